/**
 * Bad input: plan-matrix fails with a clear error naming the input, file and line where there is
 * one, and the fix, and writes no output at all.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { runAction } from '../support/action.js';
import { TempRepo, type Change } from '../support/git-repo.js';

const COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';
let repo: TempRepo;
let initial: string;

beforeAll(() => {
  repo = new TempRepo(resolve('example/monorepo'));
  initial = repo.head();
});
afterAll(() => repo.remove());

function show(path: string): string {
  return repo.git('show', `${initial}:${path}`) + '\n';
}

/**
 * Applies `change` on a branch from the initial commit and plans that range with `inputs`. (A
 * glob-found Compose file that does not load fails the step only when the change touches it.)
 */
async function failWith(change: Change, inputs: Record<string, string> = {}) {
  repo.git('checkout', '-q', '-B', `err-${Math.random().toString(36).slice(2)}`, initial);
  repo.commit(change);
  const r = await runAction('plan-matrix', {
    workspace: repo.dir,
    inputs: { 'compose-files': COMPOSE_FILES, base: initial, ...inputs },
  });
  expect(r.code).not.toBe(0);
  expect(r.outputs).toEqual({}); // nothing half-done
  expect(r.errors).toHaveLength(1);
  return r.errors[0]!;
}

describe('plan-matrix rejects bad input', () => {
  it('malformed YAML: file and line', async () => {
    const text = show('infrastructure/compose/ai.yml').replace(
      '  inference:\n',
      '  inference:\n   bad: [unclosed\n',
    );
    const err = await failWith({ write: { 'infrastructure/compose/ai.yml': text } });
    expect(err).toMatch(/infrastructure\/compose\/ai\.yml:\d+/);
  });

  it('a Compose file named explicitly that does not exist', async () => {
    const err = await failWith({}, { 'compose-files': 'infrastructure/compose/missing.yml' });
    expect(err).toContain('infrastructure/compose/missing.yml');
  });

  it('a build context outside the repository', async () => {
    const text = show('infrastructure/compose/ai.yml').replace(
      'context: ../../ai/inference',
      'context: ../../../outside',
    );
    const err = await failWith({ write: { 'infrastructure/compose/ai.yml': text } });
    expect(err).toMatch(/inference/);
    expect(err).toMatch(/infrastructure\/compose\/ai\.yml:\d+/);
    expect(err).toMatch(/outside the repository/i);
  });

  it('a missing Dockerfile', async () => {
    const err = await failWith({ remove: ['ai/inference/Dockerfile'] });
    expect(err).toMatch(/ai\/inference\/Dockerfile/);
    expect(err).toMatch(/inference/);
  });

  it('an unknown service in the manifest depends_on', async () => {
    const text = show('.github/buildkit-actions.yml').replace(
      'depends_on: [embeddings]',
      'depends_on: [embedings]',
    );
    const err = await failWith({ write: { '.github/buildkit-actions.yml': text } });
    expect(err).toMatch(/\.github\/buildkit-actions\.yml:\d+.*'embedings'.*not a built service/);
    expect(err).toContain('embeddings');
  });

  it('a dependency cycle, named', async () => {
    const text = show('.github/buildkit-actions.yml').replace(
      '  embeddings:\n',
      '  embeddings:\n    depends_on: [inference]\n',
    );
    const err = await failWith({ write: { '.github/buildkit-actions.yml': text } });
    expect(err).toMatch(
      /dependency cycle: (embeddings → inference → embeddings|inference → embeddings → inference)/,
    );
  });

  it('an unknown base or head revision', async () => {
    const base = await failWith({}, { all: 'false', base: 'no-such-branch' });
    expect(base).toMatch(/input 'base'.*no-such-branch/);
    const head = await failWith({}, { all: 'false', base: initial, head: 'f'.repeat(40) });
    expect(head).toMatch(/input 'head'/);
    // Both are resolved at once; base's error is the one reported, whichever git answers first.
    const both = await failWith({}, { all: 'false', base: 'no-such-branch', head: 'no-such-head' });
    expect(both).toMatch(/input 'base'.*no-such-branch/);
    expect(both).not.toMatch(/no-such-head/);
  });

  it.each(['0', '257', 'many'])('max-jobs %s is out of range', async (value) => {
    const err = await failWith({}, { 'max-jobs': value });
    expect(err).toMatch(/input 'max-jobs'.*1 to 256/);
  });

  it('an invalid platform string (manifest and Compose)', async () => {
    const m = show('.github/buildkit-actions.yml').replace(
      'platforms: [linux/amd64, linux/arm64]',
      'platforms: [linux/amd64, linux/arm65]',
    );
    expect(await failWith({ write: { '.github/buildkit-actions.yml': m } })).toMatch(
      /buildkit-actions\.yml:\d+.*platforms\[1\].*arm65/,
    );
    const c = show('infrastructure/compose/ai.yml').replace(
      '      target: prod\n',
      '      target: prod\n      platforms: [linux]\n',
    );
    expect(await failWith({ write: { 'infrastructure/compose/ai.yml': c } })).toMatch(/os\/arch/);
  });

  it('a manifest that fails its schema: the key path', async () => {
    const text = show('.github/buildkit-actions.yml').replace(
      'cache-scope: frontend',
      'cache-scope: frontend\n    targetz: { prod: x }',
    );
    const err = await failWith({ write: { '.github/buildkit-actions.yml': text } });
    expect(err).toMatch(/buildkit-actions\.yml:\d+.*services\.web.*targetz/);
  });

  it('a manifest target that names no stage', async () => {
    const text = show('.github/buildkit-actions.yml').replace(
      'cache-scope: frontend',
      'cache-scope: frontend\n    targets: { prod: release }',
    );
    const err = await failWith({ write: { '.github/buildkit-actions.yml': text } });
    expect(err).toMatch(/release/);
  });
});
