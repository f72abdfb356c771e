/**
 * plan-matrix deriving its range from the event, as on GitHub: a pull request in a shallow clone
 * (the base is fetched), a pull request whose base cannot be fetched (the file list comes from the
 * REST API, here a loopback fake checked against GitHub's OpenAPI description), a new branch's
 * first push (its fork point), workflow_dispatch and a force push (everything, with the reason).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAction } from '../support/action.js';
import { FakeGitHubApi } from '../support/github-api.js';
import { TempRepo } from '../support/git-repo.js';

const COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';
const SHARED_UTILS_USERS = ['api-orders', 'api-payments', 'web', 'worker@infrastructure-compose-data'];

let origin: TempRepo;
let forkBase: string;
let mainTip: string;
let featureTip: string;
const clones: string[] = [];

beforeAll(() => {
  origin = new TempRepo(resolve('example/monorepo'));
  forkBase = origin.head();
  // The feature branch changes the shared package; main moves on with an unrelated change after
  // the fork, which a pull request must not count (merge-base comparison).
  origin.git('checkout', '-q', '-b', 'feature');
  origin.commit({ append: { 'packages/shared-utils/src/index.js': '\n// feature\n' } });
  featureTip = origin.commit({ append: { 'packages/shared-utils/README.md': '\nnotes\n' } });
  origin.git('checkout', '-q', 'main');
  mainTip = origin.commit({ append: { 'backend/api/users/src/server.js': '\n// main moved on\n' } });
});

afterAll(() => {
  origin.remove();
  for (const c of clones) rmSync(c, { recursive: true, force: true });
});

function shallowClone(branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bka-clone-'));
  clones.push(dir);
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', branch, `file://${origin.dir}`, dir]);
  return dir;
}

/** A shallow clone whose remote has gone: no commit can be fetched into it. */
function cloneWithoutRemote(branch: string): string {
  const dir = shallowClone(branch);
  execFileSync('git', ['remote', 'set-url', 'origin', `file://${dir}-gone`], { cwd: dir });
  return dir;
}

const prEvent = (number: number) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number,
    pull_request: { number, base: { ref: 'main', sha: mainTip }, head: { ref: 'feature', sha: featureTip } },
    repository: { full_name: 'acme/monorepo', default_branch: 'main' },
  },
});

describe('pull_request', () => {
  it('fetches the base into a shallow clone and compares from the merge base', async () => {
    const dir = shallowClone('feature');
    expect(
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8' }).trim(),
    ).toBe('true');
    const r = await runAction('plan-matrix', {
      workspace: dir,
      event: prEvent(7),
      inputs: { 'compose-files': COMPOSE_FILES },
    });
    expect(r.code).toBe(0);
    // main's later change to api-users is not part of the pull request
    expect(JSON.parse(r.outputs['services']!)).toEqual(SHARED_UTILS_USERS);
    expect(r.summary).toMatch(/from their merge base.*fetched/);
  });

  it('reads the changed files from the API when the base cannot be fetched', async () => {
    const dir = cloneWithoutRemote('feature');
    const api = await FakeGitHubApi.start({ token: 'ghs_test_token' });
    try {
      api.addPullRequest('acme', 'monorepo', {
        number: 8,
        baseSha: mainTip,
        headSha: featureTip,
        files: [
          { filename: 'packages/shared-utils/src/index.js', status: 'modified' },
          { filename: 'packages/shared-utils/README.md', status: 'modified' },
        ],
      });
      const r = await runAction('plan-matrix', {
        workspace: dir,
        event: prEvent(8),
        inputs: { 'compose-files': COMPOSE_FILES, token: 'ghs_test_token' },
        env: { GITHUB_API_URL: api.url },
      });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.outputs['services']!)).toEqual(SHARED_UTILS_USERS);
      expect(r.summary).toContain('read from the GitHub API');
      expect(api.requests.some((q) => q.url.startsWith('/repos/acme/monorepo/pulls/8/files'))).toBe(true);
      expect(api.schemaViolations).toEqual([]);
      // The runner learns the mask from `::add-mask::`; the token must appear nowhere else.
      expect(
        r.stdout.startsWith('::add-mask::ghs_test_token') ||
          r.stdout.includes('\n::add-mask::ghs_test_token'),
      ).toBe(true);
      expect(
        r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain('ghs_test_token');
    } finally {
      await api.close();
    }
  });

  it('plans everything when the API lists fewer files than the pull request changes', async () => {
    const dir = cloneWithoutRemote('feature');
    const api = await FakeGitHubApi.start();
    try {
      api.addPullRequest('acme', 'monorepo', {
        number: 9,
        baseSha: mainTip,
        headSha: featureTip,
        changedFiles: 3500,
        files: [{ filename: 'a.txt', status: 'added' }],
      });
      const r = await runAction('plan-matrix', {
        workspace: dir,
        event: prEvent(9),
        inputs: { 'compose-files': COMPOSE_FILES, token: 't' },
        env: { GITHUB_API_URL: api.url },
      });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.outputs['count']!)).toBe(16);
      expect(r.summary).toContain('more files than the API lists');
    } finally {
      await api.close();
    }
  });
});

describe('push', () => {
  it("a new branch's first push compares from its fork point", async () => {
    const dir = shallowClone('feature');
    const r = await runAction('plan-matrix', {
      workspace: dir,
      event: {
        name: 'push',
        payload: {
          ref: 'refs/heads/feature',
          before: '0'.repeat(40),
          after: featureTip,
          created: true,
          forced: false,
          repository: { default_branch: 'main' },
        },
      },
      inputs: { 'compose-files': COMPOSE_FILES },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs['services']!)).toEqual(SHARED_UTILS_USERS);
    expect(r.summary).toContain(`fork point from main (${forkBase.slice(0, 7)})`);
  });

  it('a force push whose before commit is gone plans everything and says why', async () => {
    const dir = shallowClone('feature');
    const r = await runAction('plan-matrix', {
      workspace: dir,
      event: {
        name: 'push',
        payload: {
          ref: 'refs/heads/feature',
          before: 'b'.repeat(40),
          after: featureTip,
          forced: true,
          repository: { default_branch: 'main' },
        },
      },
      inputs: { 'compose-files': COMPOSE_FILES },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['count']).toBe('16');
    expect(r.summary).toMatch(/base commit bbbbbbb is unknown \(a force push replaced it\)/);
  });

  it('a push compares before and after tree to tree', async () => {
    const r = await runAction('plan-matrix', {
      workspace: origin.dir,
      event: {
        name: 'push',
        payload: {
          ref: 'refs/heads/main',
          before: forkBase,
          after: mainTip,
          repository: { default_branch: 'main' },
        },
      },
      inputs: { 'compose-files': COMPOSE_FILES },
    });
    expect(JSON.parse(r.outputs['services']!)).toEqual(['api-users']);
  });
});

describe('workflow_dispatch', () => {
  it('plans every service and says why', async () => {
    const r = await runAction('plan-matrix', {
      workspace: origin.dir,
      event: { name: 'workflow_dispatch', payload: {} },
      inputs: { 'compose-files': COMPOSE_FILES },
    });
    expect(r.outputs['count']).toBe('16');
    expect(r.summary).toContain('workflow_dispatch');
    expect(JSON.parse(r.outputs['reasons']!)['web'][0]).toMatchObject({ rule: 0 });
  });
});
