/**
 * The files a pull request changes, from GitHub's REST API: the way to plan a pull request when the
 * checkout is too shallow to diff and its base cannot be fetched.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** GitHub lists at most this many files for a pull request. */
export const PULL_REQUEST_FILES_CAP = 3000;

export interface RetryPolicy {
  /** Retries of one request after a 5xx, a network error or a rate limit; 3 unless told. */
  retries?: number;
  /**
   * Milliseconds per unit of wait: the backoff after the n-th failure is n² units, and a
   * `retry-after: S` header waits S units. 1000 (real seconds) unless told; tests pass 1.
   */
  retryAfterBaseValue?: number;
  /** The longest primary rate-limit reset, in units, worth waiting for; 60 unless told. */
  maxRateLimitWait?: number;
}

export interface ListPullRequestFilesOptions {
  token: string;
  owner: string;
  repo: string;
  pullNumber: number;
  /** REST API root (`GITHUB_API_URL`); the environment's, else https://api.github.com. */
  baseUrl?: string;
  retry?: RetryPolicy;
}

export interface PullRequestFiles {
  /** Every path the pull request touches, sorted: added, modified, removed, and both sides of a rename. */
  paths: string[];
  /** GitHub listed fewer files than the pull request changes (its 3000-file cap): plan everything. */
  truncated: boolean;
}

/**
 * Lists the paths a pull request changes, following pagination, with retries and backoff on server
 * errors and rate limits. Masks `token` in the job log before anything else.
 *
 * @throws the Octokit `RequestError` once retries are exhausted or on a client error (401, 404, ...).
 */
export async function listPullRequestFiles(opts: ListPullRequestFilesOptions): Promise<PullRequestFiles> {
  core.setSecret(opts.token);
  const octokit = createClient(opts.token, opts.baseUrl ?? process.env['GITHUB_API_URL'], opts.retry);
  const params = { owner: opts.owner, repo: opts.repo, pull_number: opts.pullNumber };

  const { data: pull } = await octokit.rest.pulls.get(params);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100 });

  const paths = new Set<string>();
  for (const f of files) {
    paths.add(f.filename);
    // A rename empties its old path, which may sit in another service's build context.
    if (f.previous_filename) paths.add(f.previous_filename);
  }
  const truncated = pull.changed_files > files.length;
  if (truncated) {
    core.info(
      `Pull request #${opts.pullNumber} changes ${pull.changed_files} files but GitHub lists only ${files.length} (at most ${PULL_REQUEST_FILES_CAP}).`,
    );
  }
  return { paths: [...paths].sort(), truncated };
}

function createClient(token: string, baseUrl: string | undefined, policy: RetryPolicy = {}) {
  const retries = policy.retries ?? 3;
  const unit = policy.retryAfterBaseValue ?? 1000;
  const maxWait = policy.maxRateLimitWait ?? 60;
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      log: {
        debug: (m: string) => core.debug(m),
        info: (m: string) => core.debug(m),
        warn: (m: string) => core.warning(m),
        error: (m: string) => core.warning(m),
      },
      // 5xx and network errors: plugin-retry, n² units after the n-th failure.
      retry: { retries, retryAfterBaseValue: unit },
      // 403/429 rate limits: plugin-throttling, waiting what GitHub's headers ask for.
      throttle: {
        retryAfterBaseValue: unit,
        onSecondaryRateLimit: (
          after: number,
          o: { method: string; url: string },
          _k: unknown,
          count: number,
        ) => {
          core.info(
            `Secondary rate limit on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`,
          );
          return count < retries;
        },
        onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
          if (count >= retries || after > maxWait) return false;
          core.info(
            `Rate limit reached on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`,
          );
          return true;
        },
      },
    },
    retry,
    throttling,
  );
}
