/**
 * plan-matrix's inputs and environment, run as the runner runs the bundle: working-directory,
 * integer inputs, the event file, revisions git would read as options, the variables Compose
 * interpolation sees, and symbolic links that leave the repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunOptions } from '../support/action.js';
import { TempRepo } from '../support/git-repo.js';

const TOKEN = 's3cr3t-token-value';
const COMPOSE = `services:
  app:
    image: registry.example/\${GITHUB_REPOSITORY}/\${INPUT_TOKEN:-fallback}
    build:
      context: app
      args:
        TOKEN: \${INPUT_TOKEN}
        RUNTIME: \${ACTIONS_RUNTIME_TOKEN:-none}
`;

let repo: TempRepo;
let outside: string;
let initial: string;

beforeAll(() => {
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'bka-outside-')));
  writeFileSync(join(outside, 'manifest.yml'), 'version: 1\n');
  writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(outside, 'dockerignore'), '*\n');
  repo = new TempRepo();
  repo.commit({
    write: {
      'compose.yaml': COMPOSE,
      'app/Dockerfile': 'FROM scratch\nCOPY . /\n',
      '.github/buildkit-actions.yml': 'version: 1\nservices:\n  app:\n    cache-scope: shared\n',
      'README.md': 'readme\n',
    },
  });
  initial = repo.head();
});
afterAll(() => {
  repo.remove();
  rmSync(outside, { recursive: true, force: true });
});

async function plan(inputs: Record<string, string>, opts: Omit<RunOptions, 'inputs'> = {}) {
  return runAction('plan-matrix', {
    workspace: repo.dir,
    ...opts,
    inputs: { 'compose-files': 'compose.yaml', ...inputs },
  });
}

/** Runs plan-matrix and expects it to fail with one error and no output. */
async function failWith(
  inputs: Record<string, string>,
  opts: Omit<RunOptions, 'inputs'> = {},
): Promise<string> {
  const r = await plan(inputs, opts);
  expect(r.code).not.toBe(0);
  expect(r.outputs).toEqual({});
  expect(r.errors).toHaveLength(1);
  return r.errors[0]!;
}

describe('working-directory', () => {
  it.each<[string, Record<string, string>, RunOptions['event']]>([
    ['with all: true', { all: 'true' }, undefined],
    ['on workflow_dispatch', {}, { name: 'workflow_dispatch', payload: {} }],
    ['with a range', { base: 'HEAD', head: 'HEAD' }, undefined],
  ])('that does not exist is an error naming the input, %s', async (_, inputs, event) => {
    const err = await failWith({ 'working-directory': 'no-such-dir', ...inputs }, { event });
    expect(err).toMatch(/input 'working-directory': 'no-such-dir' does not exist/);
    expect(err).not.toMatch(/ENOENT/);
  });

  it('that is a file is an error naming the input', async () => {
    expect(await failWith({ 'working-directory': 'README.md', all: 'true' })).toMatch(
      /input 'working-directory': 'README\.md' is not a directory/,
    );
  });
});

describe('integer inputs', () => {
  it.each(['0x10', '1e2', '1.0', ' 12abc', '0b11', 'Infinity'])(
    'max-jobs %p is refused, naming the input',
    async (value) => {
      expect(await failWith({ all: 'true', 'max-jobs': value })).toMatch(
        /input 'max-jobs': '.*' is not a decimal integer/,
      );
    },
  );

  it('max-jobs with a sign is a decimal integer', async () => {
    const r = await plan({ all: 'true', 'max-jobs': '+12' });
    expect(r.code).toBe(0);
  });
});

describe('the event file', () => {
  it('that is missing is an error naming GITHUB_EVENT_PATH', async () => {
    const err = await failWith({}, { env: { GITHUB_EVENT_PATH: join(outside, 'no-event.json') } });
    expect(err).toMatch(/GITHUB_EVENT_PATH names '.*no-event\.json', which does not exist/);
  });

  it('that is not JSON is an error naming GITHUB_EVENT_PATH', async () => {
    writeFileSync(join(outside, 'event.json'), '{"before": "abc"');
    const err = await failWith({}, { env: { GITHUB_EVENT_PATH: join(outside, 'event.json') } });
    expect(err).toMatch(/GITHUB_EVENT_PATH names '.*event\.json', which is not JSON/);
  });

  it('unset (a terminal run): no event, every service is planned', async () => {
    const r = await plan({}, { env: { GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs['services']!)).toEqual(['app']);
  });
});

describe('revisions git would read as options', () => {
  it.each([
    ['base', { base: '--output=/tmp/pwned' }],
    ['head', { base: 'HEAD', head: '-p' }],
  ])('are refused naming %s', async (input, inputs) => {
    const err = await failWith(inputs);
    expect(err).toMatch(new RegExp(`input '${input}': revision ".*" is refused: it starts with '-'`));
  });

  it('head is checked even when the base comes from the event', async () => {
    const err = await failWith(
      { head: '--output=/tmp/pwned' },
      { event: { name: 'push', payload: { before: initial, after: initial, ref: 'refs/heads/main' } } },
    );
    expect(err).toMatch(/input 'head': revision ".*" is refused/);
  });
});

describe('Compose interpolation', () => {
  it("does not see the runner's variables: INPUT_TOKEN is unset, GITHUB_* is kept", async () => {
    const r = await plan(
      { all: 'true', token: TOKEN },
      { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-value', RUNNER_TEMP: outside } },
    );
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs['matrix']!) as { include: { image: string }[] };
    // ${INPUT_TOKEN:-fallback} takes its default; ${GITHUB_REPOSITORY} is interpolated.
    expect(matrix.include.map((e) => e.image)).toEqual(['registry.example/acme/monorepo/fallback']);
    const everything = [
      JSON.stringify(r.outputs),
      r.summary,
      r.stderr,
      // The runner's own mask command carries the value by design; nothing else may.
      ...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
    ].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('runtime-token-value');
  });
});

describe('symbolic links that leave the repository', () => {
  function onBranch(setup: (dir: string) => void): void {
    repo.git('checkout', '-q', '-B', `link-${Math.random().toString(36).slice(2)}`, initial);
    setup(repo.dir);
    repo.commit({}, 'links');
  }

  it('a manifest linked outside is an error naming the link and its target', async () => {
    onBranch((dir) => {
      rmSync(join(dir, '.github/buildkit-actions.yml'));
      symlinkSync(join(outside, 'manifest.yml'), join(dir, '.github/buildkit-actions.yml'));
    });
    const err = await failWith({ all: 'true' });
    expect(err).toContain(
      `input 'manifest': '.github/buildkit-actions.yml' leaves the repository: the symbolic link '.github/buildkit-actions.yml' points to '${join(outside, 'manifest.yml')}'`,
    );
  });

  it('a Dockerfile linked outside is an error naming the link and its target', async () => {
    onBranch((dir) => {
      rmSync(join(dir, 'app/Dockerfile'));
      symlinkSync(join(outside, 'Dockerfile'), join(dir, 'app/Dockerfile'));
    });
    const err = await failWith({ all: 'true' });
    expect(err).toMatch(/^compose\.yaml:\d+:\d+: .*app\/Dockerfile' leaves the repository/);
    expect(err).toContain(`the symbolic link 'app/Dockerfile' points to '${join(outside, 'Dockerfile')}'`);
  });

  it('an ignore file linked outside is an error naming the link and its target', async () => {
    onBranch((dir) => symlinkSync(join(outside, 'dockerignore'), join(dir, 'app/.dockerignore')));
    expect(await failWith({ all: 'true' })).toContain(
      `the symbolic link 'app/.dockerignore' points to '${join(outside, 'dockerignore')}'`,
    );
  });

  it('links inside the repository are followed', async () => {
    onBranch((dir) => {
      symlinkSync('../.github/buildkit-actions.yml', join(dir, 'app/manifest.yml'));
      writeFileSync(join(dir, 'Shared.Dockerfile'), 'FROM scratch\nCOPY . /\n');
      rmSync(join(dir, 'app/Dockerfile'));
      symlinkSync('../Shared.Dockerfile', join(dir, 'app/Dockerfile'));
    });
    const r = await plan({ all: 'true', manifest: 'app/manifest.yml' });
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs['matrix']!) as { include: Record<string, string>[] };
    expect(matrix.include.map((e) => [e['service'], e['cache-scope']])).toEqual([['app', 'shared']]);
  });
});
