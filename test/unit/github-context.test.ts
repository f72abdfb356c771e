// The one reader of the GitHub context every action uses.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubContext, readGitHubContext, runUrl } from '../../shared/github/context.js';
import { InputError } from '../../shared/runtime/errors.js';

const RUNNER = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'acme/monorepo',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://ghes.example/',
  GITHUB_API_URL: 'https://ghes.example/api/v3',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKSPACE: '/home/runner/work/monorepo/monorepo',
  GITHUB_WORKFLOW_REF: 'acme/monorepo/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_WORKFLOW_SHA: 'e'.repeat(40),
};

describe('GitHub context', () => {
  it("reads the runner's variables and the event file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-ctx-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: 'f'.repeat(40) }));
    const ctx = readGitHubContext({ ...RUNNER, GITHUB_EVENT_PATH: event });
    expect(ctx).toEqual({
      eventName: 'push',
      payload: { ref: 'refs/heads/main', after: 'f'.repeat(40) },
      repository: 'acme/monorepo',
      sha: 'f'.repeat(40),
      ref: 'refs/heads/main',
      headRef: '',
      serverUrl: 'https://ghes.example',
      apiUrl: 'https://ghes.example/api/v3',
      runId: '42',
      runAttempt: '2',
      workspace: '/home/runner/work/monorepo/monorepo',
      workflowRef: 'acme/monorepo/.github/workflows/ci.yml@refs/heads/main',
      workflowSha: 'e'.repeat(40),
    });
    expect(runUrl(ctx)).toBe('https://ghes.example/acme/monorepo/actions/runs/42/attempts/2');
  });

  it('has defaults outside a workflow run: no event, github.com, attempt 1', () => {
    const ctx = readGitHubContext({});
    expect(ctx).toMatchObject({
      eventName: '',
      payload: {},
      serverUrl: 'https://github.com',
      runAttempt: '1',
    });
    expect(githubContext({ GITHUB_EVENT_PATH: '/nowhere' }, { a: 1 }).payload).toEqual({ a: 1 });
  });

  it('refuses a missing or corrupt event file, naming GITHUB_EVENT_PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-ctx-'));
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'no-event.json') })).toThrow(
      /GITHUB_EVENT_PATH names '.*no-event\.json', which does not exist\. Fix: /,
    );
    writeFileSync(join(dir, 'bad.json'), '{"ref":');
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'bad.json') })).toThrow(InputError);
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'bad.json') })).toThrow(
      /which is not JSON/,
    );
  });
});
