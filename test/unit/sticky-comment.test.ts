import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { upsertStickyComment, type StickyCommentOptions } from '../../shared/github/sticky-comment.js';
import { FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';

const TOKEN = 'ghs_stickyCommentToken0123456789';
const MARKER = '<!-- buildkit-actions/report-metrics: ci -->';
const FAST = { retries: 3, retryAfterBaseValue: 1 };

let api: FakeGitHubApi;
let stdout: string[];

async function start(opts: FakeGitHubOptions = {}): Promise<void> {
  api = await FakeGitHubApi.start({ token: TOKEN, ...opts });
  api.addPullRequest('acme', 'shop', { number: 7, files: [] });
}

beforeEach(() => {
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  jest.restoreAllMocks();
  await api.close();
  expect(api.schemaViolations).toEqual([]);
});

const upsert = (body: string, extra: Partial<StickyCommentOptions> = {}) =>
  upsertStickyComment({
    token: TOKEN,
    owner: 'acme',
    repo: 'shop',
    issueNumber: 7,
    marker: MARKER,
    body: `${MARKER}\n${body}`,
    baseUrl: api.url,
    retry: FAST,
    ...extra,
  });

const comments = () => api.issueComments('acme', 'shop', 7);

describe('the sticky PR comment', () => {
  it('creates one comment, then edits it in place on every rerun', async () => {
    await start();
    const first = await upsert('run 1');
    expect(first).toMatchObject({ status: 'created', removed: [] });
    const second = await upsert('run 2');
    expect(second).toMatchObject({ status: 'updated', removed: [] });
    if (first.status !== 'forbidden' && second.status !== 'forbidden') expect(second.id).toBe(first.id);
    expect(comments()).toEqual([
      { id: expect.any(Number), body: `${MARKER}\nrun 2`, author: 'github-actions[bot]' },
    ]);
    expect(stdout.join('')).toContain(`::add-mask::${TOKEN}`);
  });

  it("leaves other people's comments alone, even when they quote the marker", async () => {
    await start();
    const human = api.addComment('acme', 'shop', 7, `${MARKER}\nI copied your comment`, 'octocat');
    const otherBot = api.addComment('acme', 'shop', 7, 'a comment of another report', 'github-actions[bot]');
    await upsert('ours');
    const all = comments();
    expect(all.map((c) => c.id)).toEqual([human, otherBot, expect.any(Number)]);
    expect(all[0]!.body).toContain('I copied');
  });

  it('removes duplicates left by earlier runs, keeping the oldest', async () => {
    await start();
    const a = api.addComment('acme', 'shop', 7, `${MARKER}\nold 1`);
    const b = api.addComment('acme', 'shop', 7, `${MARKER}\nold 2`);
    const out = await upsert('new');
    expect(out).toMatchObject({ status: 'updated', id: a, removed: [b] });
    expect(comments()).toEqual([{ id: a, body: `${MARKER}\nnew`, author: 'github-actions[bot]' }]);
  });

  it('converges on one comment when two runs race', async () => {
    await start();
    await Promise.all([upsert('run A'), upsert('run B')]);
    const left = comments();
    expect(left).toHaveLength(1);
    expect(left[0]!.body).toMatch(/run [AB]$/);
    // They did race: both found none and created one, and the duplicate was deleted.
    const sent = (method: string) =>
      api.requests.filter((r) => r.method === method && /\/comments/.test(r.url));
    expect(sent('POST').map((r) => r.status)).toEqual([201, 201]);
    expect(sent('DELETE').map((r) => r.status)).toContain(204);
  });

  it("finds comments written with a person's token by that login", async () => {
    await start({ author: 'release-bot' });
    await upsert('one', { authors: ['release-bot'] });
    await upsert('two', { authors: ['release-bot'] });
    expect(comments()).toEqual([{ id: expect.any(Number), body: `${MARKER}\ntwo`, author: 'release-bot' }]);
  });

  it("reports a read-only token (a fork's pull request) instead of failing", async () => {
    await start({ readOnly: true });
    const out = await upsert('body');
    expect(out).toEqual({ status: 'forbidden', message: expect.stringContaining('not accessible') });
    expect(comments()).toEqual([]);
  });

  it('retries rate limits (403 and 429 with retry-after) and server errors', async () => {
    await start();
    api.failNext(1, 'secondary-rate-limit', { retryAfter: 1 });
    api.failNext(1, 'too-many-requests', { retryAfter: 1 });
    api.failNext(1, 'bad-gateway');
    const out = await upsert('after retries');
    expect(out.status).toBe('created');
    expect(api.requests.map((r) => r.status)).toEqual(expect.arrayContaining([403, 429, 502]));
    expect(comments()).toHaveLength(1);
  });

  it('passes on a 422 for a body over 65,536 characters (the caller cuts it)', async () => {
    await start();
    await expect(upsert('x'.repeat(70_000))).rejects.toMatchObject({ status: 422 });
    expect(comments()).toEqual([]);
  });

  it('refuses a body that does not start with its marker', async () => {
    await start();
    await expect(
      upsertStickyComment({
        token: TOKEN,
        owner: 'acme',
        repo: 'shop',
        issueNumber: 7,
        marker: MARKER,
        body: 'x',
        baseUrl: api.url,
      }),
    ).rejects.toThrow(/marker/);
  });
});
