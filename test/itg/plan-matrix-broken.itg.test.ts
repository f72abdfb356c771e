/**
 * One broken Compose file never stops the plan of the others (docs/rules.md, "A Compose file that
 * does not load"), and the base revision's definitions load for every layout: plan-matrix's bundle
 * as the runner runs it, on git histories made from the example monorepo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { runAction, type ActionRun } from '../support/action.js';
import { TempRepo, type Change } from '../support/git-repo.js';

const COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';
const TEMPLATE = 'infrastructure/compose/template.yml';
// A template nobody fills in: `{{SERVICE}}` is a flow mapping as a key, which YAML refuses (line 4).
const TEMPLATE_TEXT =
  '# Copy me for a new service.\nname: acme-{{SERVICE}}\nservices:\n  {{SERVICE}}:\n    build: ../../{{PATH}}\n';

let repo: TempRepo;
let initial: string;
/** initial + a service whose context holds no definition file and whose Dockerfile sits beside it. */
let layout: string;
/** layout + the broken template. */
let broken: string;

beforeAll(() => {
  repo = new TempRepo(resolve('example/monorepo'));
  initial = repo.head();
  layout = repo.commit({
    write: {
      'infrastructure/compose/layout.yml':
        'services:\n  layout-api:\n    build:\n      context: ../../layout/src\n      dockerfile: ../docker/api.Dockerfile\n',
      'layout/src/index.js': 'export {};\n',
      'layout/docker/api.Dockerfile': 'FROM scratch\nCOPY index.js /\n',
    },
  });
  broken = repo.commit({ write: { [TEMPLATE]: TEMPLATE_TEXT } });
});
afterAll(() => repo.remove());

function show(path: string, rev = initial): string {
  return repo.git('show', `${rev}:${path}`) + '\n';
}

/** Commits `change` on a fresh branch from `from` and runs plan-matrix on from..change. */
async function planChange(
  from: string,
  change: Change,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  repo.git('checkout', '-q', '-B', `case-${Math.random().toString(36).slice(2)}`, from);
  const head = repo.commit(change);
  return runAction('plan-matrix', {
    workspace: repo.dir,
    inputs: { 'compose-files': COMPOSE_FILES, base: from, head, ...inputs },
  });
}

const services = (r: ActionRun) => JSON.parse(r.outputs['services'] ?? 'null') as string[];
const reasons = (r: ActionRun) =>
  JSON.parse(r.outputs['reasons']!) as Record<string, { rule: number; message: string }[]>;

describe('a glob-found Compose file that does not load', () => {
  it('is skipped when the change does not touch it: a warning at its line, the summary, skipped-files', async () => {
    const r = await planChange(broken, { append: { 'backend/api/users/src/server.js': '\n// touch\n' } });
    expect(r.code).toBe(0);
    expect(services(r)).toEqual(['api-users']);
    expect(JSON.parse(r.outputs['skipped-files']!)).toEqual([
      { file: TEMPLATE, line: 4, message: 'mapping keys must be plain values.' },
    ]);
    expect(r.stdout).toMatch(
      /^::warning file=infrastructure\/compose\/template\.yml,line=4(,col=\d+)?::infrastructure\/compose\/template\.yml is skipped, its services are not planned: mapping keys must be plain values\./m,
    );
    expect(r.summary).toMatch(/1 Compose file\(s\) skipped/);
    expect(r.summary).toContain('`infrastructure/compose/template.yml:4`');
  });

  it('is skipped when every service is planned on request', async () => {
    repo.git('checkout', '-q', broken);
    const r = await runAction('plan-matrix', {
      workspace: repo.dir,
      inputs: { 'compose-files': COMPOSE_FILES, all: 'true' },
    });
    expect(r.code).toBe(0);
    expect(services(r)).toContain('layout-api');
    expect(JSON.parse(r.outputs['skipped-files']!)).toHaveLength(1);
  });

  it('fails the step when the change touches it, with file, line and fix', async () => {
    const r = await planChange(broken, { append: { [TEMPLATE]: '# edited\n' } });
    expect(r.code).not.toBe(0);
    expect(r.outputs).toEqual({});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^infrastructure\/compose\/template\.yml:4:\d+: mapping keys must be plain values\./,
    );
    expect(r.errors[0]).toContain('This change touches infrastructure/compose/template.yml');
    expect(r.errors[0]).toContain('exclude it with a `!` line in compose-files');
  });

  it('fails the step when the change breaks it through a file it reads (its Dockerfile)', async () => {
    const r = await planChange(layout, { remove: ['layout/docker/api.Dockerfile'] });
    expect(r.code).not.toBe(0);
    expect(r.errors[0]).toMatch(/infrastructure\/compose\/layout\.yml:\d+.*api\.Dockerfile/);
    expect(r.errors[0]).toContain(
      'This change touches layout/docker/api.Dockerfile, which infrastructure/compose/layout.yml reads',
    );
  });

  it('is never read when a ! line excludes it', async () => {
    const r = await planChange(
      broken,
      { append: { [TEMPLATE]: '# edited\n' } },
      { 'compose-files': `${COMPOSE_FILES}\n!**/template.yml` },
    );
    expect(r.code).toBe(0);
    expect(services(r)).toEqual([]);
    expect(JSON.parse(r.outputs['skipped-files']!)).toEqual([]);
  });

  it('a Compose file named without a glob must load, whatever the change', async () => {
    const r = await planChange(
      broken,
      { append: { 'backend/api/users/src/server.js': '\n' } },
      { 'compose-files': `compose.yaml\n${TEMPLATE}` },
    );
    expect(r.code).not.toBe(0);
    expect(r.errors[0]).toMatch(
      /^infrastructure\/compose\/template\.yml:4:\d+: mapping keys must be plain values\.$/,
    );
  });
});

describe('the base revision, file by file', () => {
  it('a base file that does not load counts against its own services only', async () => {
    // At the base, ai.yml has a duplicated key; the change fixes it and touches nothing else.
    const ai = show('infrastructure/compose/ai.yml');
    repo.git('checkout', '-q', '-B', `dup-${Math.random().toString(36).slice(2)}`, layout);
    const dup = repo.commit({
      write: {
        'infrastructure/compose/ai.yml': ai.replace('name: acme-ai\n', 'name: acme-ai\nname: acme-ai\n'),
      },
    });
    const r = await planChange(dup, { write: { 'infrastructure/compose/ai.yml': ai } });
    expect(r.code).toBe(0);
    const own = ['embeddings', 'inference', 'worker@infrastructure-compose-ai'];
    expect(services(r)).toEqual(own);
    for (const key of own) {
      expect(reasons(r)[key]).toContainEqual(
        expect.objectContaining({
          rule: 3,
          message: expect.stringMatching(
            /^the base revision's infrastructure\/compose\/ai\.yml does not load/,
          ),
        }),
      );
    }
    expect(r.warnings).toEqual([]);
  });

  it('a base file still broken at head changes nothing by itself', async () => {
    const r = await planChange(broken, {
      write: {
        'infrastructure/compose/data.yml': show('infrastructure/compose/data.yml').replace(
          'PIPELINE_DIR: pipelines/nightly',
          'PIPELINE_DIR: pipelines/hourly',
        ),
      },
    });
    expect(r.code).toBe(0);
    expect(services(r)).toEqual(['transform']);
  });

  it('a context without definition files and a Dockerfile outside it compare as at head', async () => {
    const r = await planChange(layout, {
      write: {
        'infrastructure/compose/data.yml': show('infrastructure/compose/data.yml').replace(
          'PIPELINE_DIR: pipelines/nightly',
          'PIPELINE_DIR: pipelines/hourly',
        ),
      },
    });
    expect(r.code).toBe(0);
    expect(services(r)).toEqual(['transform']);
    expect(r.warnings).toEqual([]);
  });
});

describe('warnings of files that load', () => {
  it('are annotations at their file, and line where the loader gives one; the builds are planned', async () => {
    const r = await planChange(layout, {
      write: {
        'infrastructure/compose/extra.yml':
          'services:\n  extra:\n    image: extra:${BKA_TEST_UNSET_TAG}\n    build: ../../layout/src\n    networks: [backplane]\n',
        'layout/src/Dockerfile': 'FROM scratch\n',
      },
    });
    expect(r.code).toBe(0);
    expect(services(r)).toEqual(['extra']);
    expect(r.stdout).toMatch(
      /^::warning file=infrastructure\/compose\/extra\.yml(,line=3(,col=\d+)?)?::The "BKA_TEST_UNSET_TAG" variable is not set/m,
    );
    expect(r.stdout).toMatch(
      /^::warning file=infrastructure\/compose\/extra\.yml,line=[25],col=\d+::Compose refuses this project: .*backplane/m,
    );
  });
});
