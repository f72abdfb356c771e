/**
 * The GitHub context every action reads: the event payload and the runner's `GITHUB_*` variables, in
 * one place. It stands in for `@actions/github`'s `context`, which reads the event file when it is
 * imported and logs a missing one as a warning; here a missing or corrupt event file is an error
 * (./event-file.ts), and the environment is passed in so tests need no process globals.
 */
import { readEventPayload } from './event-file.js';

export interface GitHubContext {
  /** `GITHUB_EVENT_NAME`: `push`, `pull_request`…; empty when run from a terminal. */
  eventName: string;
  /** The event file at `GITHUB_EVENT_PATH`, parsed; `{}` when there is none. */
  payload: unknown;
  /** `GITHUB_REPOSITORY`: `owner/name`. */
  repository: string;
  /** `GITHUB_SHA`: the commit that triggered the workflow. */
  sha: string;
  /** `GITHUB_REF`: `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/12/merge`. */
  ref: string;
  /** `GITHUB_HEAD_REF`: a pull request's head branch. */
  headRef: string;
  /** `GITHUB_SERVER_URL` without a trailing slash; https://github.com unless told. */
  serverUrl: string;
  /** `GITHUB_API_URL`; empty when unset (the API client picks its default). */
  apiUrl: string;
  /** `GITHUB_RUN_ID`; empty outside a workflow run. */
  runId: string;
  /** `GITHUB_RUN_ATTEMPT`; 1 unless told. */
  runAttempt: string;
  /** `GITHUB_WORKSPACE`; empty when unset. */
  workspace: string;
  /**
   * `GITHUB_WORKFLOW_REF`: `owner/repo/.github/workflows/file.yml@refs/heads/main`, the top-level
   * workflow (a called reusable workflow's ref is only in the OIDC token); empty outside a run.
   */
  workflowRef: string;
  /** `GITHUB_WORKFLOW_SHA`: the commit of the workflow file. */
  workflowSha: string;
}

/** The context from `GITHUB_*` variables alone, with `payload` as given. Pure. */
export function githubContext(env: NodeJS.ProcessEnv, payload: unknown = {}): GitHubContext {
  const v = (name: string) => env[name] ?? '';
  return {
    eventName: v('GITHUB_EVENT_NAME'),
    payload,
    repository: v('GITHUB_REPOSITORY'),
    sha: v('GITHUB_SHA'),
    ref: v('GITHUB_REF'),
    headRef: v('GITHUB_HEAD_REF'),
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: v('GITHUB_API_URL'),
    runId: v('GITHUB_RUN_ID'),
    runAttempt: env['GITHUB_RUN_ATTEMPT'] || '1',
    workspace: v('GITHUB_WORKSPACE'),
    workflowRef: v('GITHUB_WORKFLOW_REF'),
    workflowSha: v('GITHUB_WORKFLOW_SHA'),
  };
}

/**
 * The context of the running workflow: the variables and the event file.
 *
 * @throws InputError naming GITHUB_EVENT_PATH when it is set but the file is missing or not JSON
 */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  return githubContext(env, readEventPayload(env));
}

/** The workflow run's page, `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`. */
export function runUrl(ctx: GitHubContext): string {
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
}
