/**
 * Which two revisions to compare for the event that started the workflow. Pure: it reads the event
 * payload as GitHub delivers it (`github.context.payload`) and does no I/O, so the git side can
 * decide separately how much history to fetch.
 */
import type { DiffMode } from '../git/git.js';

/** Events whose payload carries a pull request with base and head commits. */
const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
] as const;

export type RangeSource = (typeof PULL_REQUEST_EVENTS)[number] | 'push' | 'merge_group';

/** The event, as `@actions/github`'s `context` has it. */
export interface EventContext {
  eventName: string;
  payload: unknown;
  /** `GITHUB_SHA`. */
  sha?: string;
  /** `GITHUB_REF`. */
  ref?: string;
}

export type RangeDecision =
  /**
   * Compare `base` with `head`, as `mode` says: `merge-base` for pull requests (what the branch
   * changed since it forked), `direct` for pushes and merge queues (tree against tree).
   */
  | {
      kind: 'range';
      base: string;
      head: string;
      source: RangeSource;
      mode: DiffMode;
      prNumber?: number;
      /**
       * A force push: `base` may no longer be in the repository's history. The caller plans every
       * service when it cannot fetch it.
       */
      forced?: boolean;
    }
  /** A branch's first push: no `before` to compare with, so the caller diffs from its fork point. */
  | { kind: 'new-branch'; head: string; defaultBranch: string; ref: string }
  /** Plan every service; `reason` is a sentence for the job log and summary. */
  | { kind: 'all'; reason: string }
  /** Nothing to build (a branch deletion); `reason` says why. */
  | { kind: 'none'; reason: string }
  /** The event gives no usable range; `reason` says why, for the user. */
  | { kind: 'unknown'; reason: string };

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_SHA = /^0+$/;

/** Decides what to compare for the event in `ctx`. Never throws: a payload it cannot read is `unknown`. */
export function resolveRange(ctx: EventContext): RangeDecision {
  const payload = asRecord(ctx.payload) ?? {};
  const name = ctx.eventName;
  if ((PULL_REQUEST_EVENTS as readonly string[]).includes(name)) {
    return pullRequestRange(name as RangeSource, payload);
  }
  switch (name) {
    case 'push':
      return pushRange(payload, ctx);
    case 'merge_group':
      return mergeGroupRange(payload);
    case 'workflow_dispatch':
      return all(
        'The workflow was started by hand (workflow_dispatch), which has no earlier commit to compare with, so every service is planned.',
      );
    case 'schedule':
      return all(
        'The workflow runs on a schedule, which has no earlier commit to compare with, so every service is planned.',
      );
    case 'repository_dispatch': {
      const type = str(payload['action']);
      return all(
        `The workflow was started by a repository_dispatch event${type ? ` of type '${type}'` : ''}, which has no earlier commit to compare with, so every service is planned.`,
      );
    }
    default:
      return unknown(
        `The '${name}' event does not say which commits to compare. Run the workflow on pull_request, push or merge_group to plan only what changed.`,
      );
  }
}

function pullRequestRange(source: RangeSource, payload: Record<string, unknown>): RangeDecision {
  const pr = asRecord(payload['pull_request']);
  const base = str(asRecord(pr?.['base'])?.['sha']);
  const head = str(asRecord(pr?.['head'])?.['sha']);
  const prNumber = num(payload['number']) ?? num(pr?.['number']);
  if (!base || !SHA.test(base) || !head || !SHA.test(head)) {
    return unknown(
      `The ${source} event payload has no valid pull_request.base.sha and pull_request.head.sha, so the changes of the pull request cannot be found.`,
    );
  }
  return {
    kind: 'range',
    base,
    head,
    source,
    mode: 'merge-base',
    ...(prNumber !== undefined ? { prNumber } : {}),
  };
}

function pushRange(payload: Record<string, unknown>, ctx: EventContext): RangeDecision {
  const ref = str(payload['ref']) ?? ctx.ref ?? '';
  const before = str(payload['before']);
  const after = str(payload['after']) ?? ctx.sha;

  if (payload['deleted'] === true || (after !== undefined && ZERO_SHA.test(after))) {
    return { kind: 'none', reason: `The push deleted ${ref || 'a ref'}, so there is nothing to build.` };
  }
  if (ref.startsWith('refs/tags/')) {
    return all(
      `Tag ${ref.slice('refs/tags/'.length)} was pushed; a release builds every service, so every service is planned.`,
    );
  }
  if (!after || !SHA.test(after)) {
    return unknown('The push event payload has no valid "after" commit, so the changes cannot be found.');
  }
  if (payload['created'] === true || (before !== undefined && ZERO_SHA.test(before))) {
    return newBranch(ref, after, asRecord(payload['repository']));
  }
  if (!before || !SHA.test(before)) {
    return unknown('The push event payload has no valid "before" commit, so the changes cannot be found.');
  }
  return {
    kind: 'range',
    base: before,
    head: after,
    source: 'push',
    mode: 'direct',
    forced: payload['forced'] === true,
  };
}

function newBranch(
  ref: string,
  head: string,
  repository: Record<string, unknown> | undefined,
): RangeDecision {
  if (!ref.startsWith('refs/heads/')) {
    return unknown(
      `The push created ${ref || 'a ref'}, which is not a branch, so there is no earlier commit to compare with.`,
    );
  }
  const branch = ref.slice('refs/heads/'.length);
  // `master_branch` is the older name the push payload still carries beside `default_branch`.
  const defaultBranch = str(repository?.['default_branch']) ?? str(repository?.['master_branch']);
  if (!defaultBranch) {
    return unknown(
      `The push created branch ${branch}, and the payload does not name the repository's default branch to find where it forked.`,
    );
  }
  if (branch === defaultBranch) {
    return all(
      `This is the first push to the default branch ${branch}; there is no earlier commit to compare with, so every service is planned.`,
    );
  }
  return { kind: 'new-branch', head, defaultBranch, ref };
}

function mergeGroupRange(payload: Record<string, unknown>): RangeDecision {
  const group = asRecord(payload['merge_group']);
  const base = str(group?.['base_sha']);
  const head = str(group?.['head_sha']);
  if (!base || !SHA.test(base) || !head || !SHA.test(head)) {
    return unknown(
      'The merge_group event payload has no valid merge_group.base_sha and merge_group.head_sha, so the changes of the merge queue entry cannot be found.',
    );
  }
  // The group's head commit is built on base_sha, so comparing the two trees directly is exact.
  return { kind: 'range', base, head, source: 'merge_group', mode: 'direct' };
}

const all = (reason: string): RangeDecision => ({ kind: 'all', reason });
const unknown = (reason: string): RangeDecision => ({ kind: 'unknown', reason });

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}
