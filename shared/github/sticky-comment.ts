/**
 * One comment per pull request and report, kept up to date: found by a hidden marker and its author,
 * edited in place on every rerun, never duplicated. Two runs racing may both create one; each then
 * keeps the oldest (the lowest id), moves its body there and deletes the rest, so they converge on
 * one comment. A token that may not write (a fork's pull request) is a notice, not a failure.
 */
import * as core from '@actions/core';
import { createClient, type RetryPolicy } from './client.js';

export interface StickyCommentOptions {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** A hidden line (`<!-- ... -->`) the body starts with: how the comment is found again. */
  marker: string;
  body: string;
  /** Logins whose comments count as ours; `github-actions[bot]` (the GITHUB_TOKEN's) unless given. */
  authors?: string[];
  baseUrl?: string;
  retry?: RetryPolicy;
}

export type StickyCommentOutcome =
  | { status: 'created' | 'updated'; id: number; url: string; removed: number[] }
  | { status: 'forbidden'; message: string };

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

/**
 * Creates or updates the pull request's comment.
 *
 * @throws the Octokit RequestError for anything but a refusal to write (403 without rate limit)
 */
export async function upsertStickyComment(opts: StickyCommentOptions): Promise<StickyCommentOutcome> {
  core.setSecret(opts.token);
  if (!opts.body.startsWith(opts.marker)) throw new Error('the comment body must start with its marker');
  const octokit = createClient(opts.token, opts.baseUrl ?? process.env['GITHUB_API_URL'], opts.retry);
  const params = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };
  const authors = new Set(opts.authors?.length ? opts.authors : ['github-actions[bot]']);

  const ours = async (): Promise<Comment[]> =>
    ((await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })) as Comment[])
      .filter((c) => c.user && authors.has(c.user.login) && (c.body ?? '').startsWith(opts.marker))
      .sort((a, b) => a.id - b.id);

  try {
    // Every comment of ours, oldest first: the oldest is kept, the rest are duplicates.
    let found = await ours();
    let created: Comment | undefined;
    if (!found[0]) {
      created = (await octokit.rest.issues.createComment({ ...params, body: opts.body })).data as Comment;
      // Another run may have created one meanwhile: the oldest wins, with this run's body.
      found = await ours();
      if (!found.some((c) => c.id === created!.id)) found = [...found, created].sort((a, b) => a.id - b.id);
    }
    const [oldest, ...duplicates] = found as [Comment, ...Comment[]];
    const keep =
      oldest.id === created?.id
        ? created
        : ((await octokit.rest.issues.updateComment({ ...params, comment_id: oldest.id, body: opts.body }))
            .data as Comment);
    const status = keep === created ? 'created' : 'updated';
    const removed: number[] = [];
    for (const c of duplicates) {
      try {
        await octokit.rest.issues.deleteComment({ owner: opts.owner, repo: opts.repo, comment_id: c.id });
        removed.push(c.id);
      } catch (err) {
        // Deleted by the other run already.
        if ((err as { status?: number }).status !== 404) throw err;
      }
    }
    return { status, id: keep.id, url: keep.html_url, removed };
  } catch (err) {
    const e = err as { status?: number; message?: string };
    if (e.status === 403 || (e.status === 404 && /not accessible/i.test(e.message ?? ''))) {
      return { status: 'forbidden', message: e.message ?? 'forbidden' };
    }
    throw err;
  }
}
