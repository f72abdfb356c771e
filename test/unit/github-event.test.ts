import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { resolveRange, type EventContext, type RangeDecision } from '../../shared/github/event.js';
import { addGitHubFormats } from '../support/github-api.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');
type Payload = Record<string, unknown>;
const load = (name: string): Payload =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Payload;

// The shas the fixtures carry.
const SHA = {
  base: '8f3c2a1b9d7e6f5a4c3b2a1908f7e6d5c4b3a291',
  head: 'c41e9a7f2d6b8e1035a7c9f4e2d1b6a8037f5e9c',
  after: 'e9b17c3d5f7a9b1c3e5d7f9a1b3c5e7d9f1a3b5c',
  forcedBefore: '1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c',
  mgBase: '0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b',
  mgHead: '7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d',
};

/** Which `@octokit/webhooks-schemas` definition each fixture must satisfy; `null`: not a webhook. */
const WEBHOOK_DEFINITIONS: Record<string, string | null> = {
  'pull_request.opened': 'pull_request$opened',
  'pull_request.synchronize': 'pull_request$synchronize',
  // pull_request_target delivers the pull_request payload, run in the base repository's context.
  'pull_request_target.opened': 'pull_request$opened',
  'push.branch': 'push$event',
  'push.forced': 'push$event',
  'push.new-branch': 'push$event',
  'push.tag': 'push$event',
  'push.deleted': 'push$event',
  'merge_group.checks_requested': 'merge_group$checks_requested',
  workflow_dispatch: 'workflow_dispatch$event',
  repository_dispatch: 'repository_dispatch$event',
  // Actions makes the schedule payload itself ({ schedule: cron }); no webhook describes it.
  schedule: null,
};

describe('event fixtures', () => {
  const schema = createRequire(import.meta.url)('@octokit/webhooks-schemas/schema.json') as {
    definitions: Record<string, unknown>;
  };
  // The community schema annotates with `tsAdditionalProperties` for its TypeScript generator.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  ajv.addKeyword('tsAdditionalProperties');
  addGitHubFormats(ajv);
  ajv.addSchema(schema, 'webhooks');

  it('has a schema mapping for every fixture file', () => {
    const names = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(names.sort()).toEqual(Object.keys(WEBHOOK_DEFINITIONS).sort());
  });

  it.each(Object.entries(WEBHOOK_DEFINITIONS).filter(([, d]) => d !== null))(
    '%s is shaped as GitHub sends it (%s)',
    (fixture, definition) => {
      const validate = ajv.getSchema(
        `webhooks#/definitions/${definition!.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      )!;
      const ok = validate(load(fixture));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('the schema check has teeth', () => {
    const validate = ajv.getSchema('webhooks#/definitions/push$event')!;
    const withoutForced = load('push.branch');
    delete withoutForced['forced'];
    expect(validate(withoutForced)).toBe(false);
    expect(validate({ ...load('push.branch'), before: 42 })).toBe(false);
  });
});

interface Case {
  name: string;
  event: string;
  fixture?: string;
  /** Shallow changes to the fixture's payload. */
  patch?: (p: Payload) => Payload;
  ctx?: Partial<EventContext>;
  expected: RangeDecision | { kind: 'all' | 'unknown' | 'none'; reason: RegExp };
}

const cases: Case[] = [
  {
    name: 'pull_request opened: base and head of the pull request, diffed from the merge base',
    event: 'pull_request',
    fixture: 'pull_request.opened',
    // GITHUB_SHA of a pull_request run is the test merge commit, which is not the head.
    ctx: { sha: 'ffffffffffffffffffffffffffffffffffffffff', ref: 'refs/pull/42/merge' },
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.head,
      source: 'pull_request',
      mode: 'merge-base',
      prNumber: 42,
    },
  },
  {
    name: 'pull_request synchronize: the pull request base, not the previous head (before)',
    event: 'pull_request',
    fixture: 'pull_request.synchronize',
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.head,
      source: 'pull_request',
      mode: 'merge-base',
      prNumber: 42,
    },
  },
  {
    name: 'pull_request_target from a fork: the fork head, not GITHUB_SHA (the base branch)',
    event: 'pull_request_target',
    fixture: 'pull_request_target.opened',
    ctx: { sha: SHA.base, ref: 'refs/heads/main' },
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.after,
      source: 'pull_request_target',
      mode: 'merge-base',
      prNumber: 57,
    },
  },
  {
    name: 'pull_request_review carries the pull request too',
    event: 'pull_request_review',
    fixture: 'pull_request.opened',
    patch: (p) => ({ ...p, action: 'submitted' }),
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.head,
      source: 'pull_request_review',
      mode: 'merge-base',
      prNumber: 42,
    },
  },
  {
    name: 'pull_request without a head sha',
    event: 'pull_request',
    fixture: 'pull_request.opened',
    patch: (p) => ({ ...p, pull_request: { ...(p['pull_request'] as Payload), head: { ref: 'x' } } }),
    expected: { kind: 'unknown', reason: /pull_request\.head\.sha/ },
  },
  {
    name: 'push to a branch: before..after, tree to tree',
    event: 'push',
    fixture: 'push.branch',
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.after,
      source: 'push',
      mode: 'direct',
      forced: false,
    },
  },
  {
    name: 'force push: still a range, flagged forced',
    event: 'push',
    fixture: 'push.forced',
    expected: {
      kind: 'range',
      base: SHA.forcedBefore,
      head: SHA.after,
      source: 'push',
      mode: 'direct',
      forced: true,
    },
  },
  {
    name: 'first push of a new branch: the caller diffs from the fork point with the default branch',
    event: 'push',
    fixture: 'push.new-branch',
    expected: {
      kind: 'new-branch',
      head: SHA.after,
      defaultBranch: 'main',
      ref: 'refs/heads/feature/new-cache',
    },
  },
  {
    name: 'new branch recognised by the zero before sha alone',
    event: 'push',
    fixture: 'push.new-branch',
    patch: (p) => ({ ...p, created: false }),
    expected: {
      kind: 'new-branch',
      head: SHA.after,
      defaultBranch: 'main',
      ref: 'refs/heads/feature/new-cache',
    },
  },
  {
    name: 'new branch, default branch only in master_branch',
    event: 'push',
    fixture: 'push.new-branch',
    patch: (p) => ({
      ...p,
      repository: { ...(p['repository'] as Payload), default_branch: undefined, master_branch: 'trunk' },
    }),
    expected: {
      kind: 'new-branch',
      head: SHA.after,
      defaultBranch: 'trunk',
      ref: 'refs/heads/feature/new-cache',
    },
  },
  {
    name: 'first push of the default branch itself',
    event: 'push',
    fixture: 'push.new-branch',
    patch: (p) => ({ ...p, ref: 'refs/heads/main' }),
    expected: { kind: 'all', reason: /first push to the default branch main/ },
  },
  {
    name: 'new branch in a payload that does not name the default branch',
    event: 'push',
    fixture: 'push.new-branch',
    patch: (p) => ({ ...p, repository: {} }),
    expected: { kind: 'unknown', reason: /default branch/ },
  },
  {
    name: 'tag push: plan everything',
    event: 'push',
    fixture: 'push.tag',
    expected: { kind: 'all', reason: /^Tag v1\.4\.0 was pushed/ },
  },
  {
    name: 'tag moved by a normal push is still a release',
    event: 'push',
    fixture: 'push.branch',
    patch: (p) => ({ ...p, ref: 'refs/tags/v2.0.0' }),
    expected: { kind: 'all', reason: /Tag v2\.0\.0/ },
  },
  {
    name: 'branch deletion',
    event: 'push',
    fixture: 'push.deleted',
    expected: { kind: 'none', reason: /deleted refs\/heads\/feature\/old/ },
  },
  {
    name: 'push payload without after falls back to GITHUB_SHA',
    event: 'push',
    fixture: 'push.branch',
    patch: (p) => ({ ...p, after: undefined }),
    ctx: { sha: SHA.head },
    expected: {
      kind: 'range',
      base: SHA.base,
      head: SHA.head,
      source: 'push',
      mode: 'direct',
      forced: false,
    },
  },
  {
    name: 'push with an abbreviated before sha',
    event: 'push',
    fixture: 'push.branch',
    patch: (p) => ({ ...p, before: '8f3c2a1' }),
    expected: { kind: 'unknown', reason: /"before"/ },
  },
  {
    name: 'push in a SHA-256 repository',
    event: 'push',
    fixture: 'push.branch',
    patch: (p) => ({ ...p, before: 'a'.repeat(64), after: 'b'.repeat(64) }),
    expected: {
      kind: 'range',
      base: 'a'.repeat(64),
      head: 'b'.repeat(64),
      source: 'push',
      mode: 'direct',
      forced: false,
    },
  },
  {
    name: 'merge queue: the group base and head',
    event: 'merge_group',
    fixture: 'merge_group.checks_requested',
    expected: { kind: 'range', base: SHA.mgBase, head: SHA.mgHead, source: 'merge_group', mode: 'direct' },
  },
  {
    name: 'merge queue payload without shas',
    event: 'merge_group',
    fixture: 'merge_group.checks_requested',
    patch: (p) => ({ ...p, merge_group: {} }),
    expected: { kind: 'unknown', reason: /merge_group\.base_sha/ },
  },
  {
    name: 'workflow_dispatch',
    event: 'workflow_dispatch',
    fixture: 'workflow_dispatch',
    expected: { kind: 'all', reason: /started by hand/ },
  },
  {
    name: 'schedule',
    event: 'schedule',
    fixture: 'schedule',
    expected: { kind: 'all', reason: /on a schedule/ },
  },
  {
    name: 'repository_dispatch names its type',
    event: 'repository_dispatch',
    fixture: 'repository_dispatch',
    expected: { kind: 'all', reason: /of type 'rebuild-images'/ },
  },
  {
    name: 'an event without commits to compare',
    event: 'release',
    expected: { kind: 'unknown', reason: /'release' event/ },
  },
  {
    name: 'a payload that is not an object',
    event: 'push',
    ctx: { payload: null },
    expected: { kind: 'unknown', reason: /"after"/ },
  },
];

describe('resolveRange', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const payload = c.fixture ? (c.patch ?? ((p) => p))(load(c.fixture)) : {};
    const decision = resolveRange({ eventName: c.event, payload, ...c.ctx });
    if ('reason' in c.expected && c.expected.reason instanceof RegExp) {
      expect(decision.kind).toBe(c.expected.kind);
      expect((decision as { reason: string }).reason).toMatch(c.expected.reason);
    } else {
      expect(decision).toEqual(c.expected);
    }
  });

  it('words every reason as a sentence for the user', () => {
    for (const c of cases) {
      const payload = c.fixture ? (c.patch ?? ((p) => p))(load(c.fixture)) : {};
      const d = resolveRange({ eventName: c.event, payload, ...c.ctx });
      if (d.kind === 'all' || d.kind === 'unknown') {
        expect(d.reason).toMatch(/^[A-Z].*\.$/s);
        expect(d.reason).not.toMatch(/undefined|null|\[object/);
      }
    }
  });
});
