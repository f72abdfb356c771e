/**
 * The files a pull request changes, from GitHub's REST API: the way to plan a pull request when the
 * checkout is too shallow to diff and its base cannot be fetched.
 */
import * as core from '@actions/core';
import { createClient, type RetryPolicy } from './client.js';

/** GitHub lists at most this many files for a pull request. */
export const PULL_REQUEST_FILES_CAP = 3000;

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
