import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { listPullRequestFiles } from '../../shared/github/pr-files.js';
import { FakeGitHubApi, validateComponent, validateResponse, type FakeFile } from '../support/github-api.js';

const TOKEN = 'ghs_fakeTokenForTests0123456789';
const FAST = { retries: 3, retryAfterBaseValue: 1 };

let api: FakeGitHubApi;
let stdout: string[];

beforeEach(async () => {
  api = await FakeGitHubApi.start({ token: TOKEN });
  stdout = [];
  // @actions/core writes workflow commands (::add-mask::, ::debug::) to stdout.
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

const list = (pullNumber: number) =>
  listPullRequestFiles({
    token: TOKEN,
    owner: 'acme',
    repo: 'shop',
    pullNumber,
    baseUrl: api.url,
    retry: FAST,
  });

const many = (n: number, dir = 'services/api'): FakeFile[] =>
  Array.from({ length: n }, (_, i) => ({
    filename: `${dir}/f${String(i).padStart(4, '0')}.txt`,
    status: 'modified',
  }));

const filesRequests = () => api.requests.filter((r) => /\/pulls\/\d+\/files/.test(r.url));

describe('listPullRequestFiles', () => {
  it('follows Link pagination past 100 files with per_page=100', async () => {
    api.addPullRequest('acme', 'shop', { number: 7, files: many(250) });
    const { paths, truncated } = await list(7);
    expect(truncated).toBe(false);
    expect(paths).toHaveLength(250);
    expect(paths[0]).toBe('services/api/f0000.txt');
    expect(paths[249]).toBe('services/api/f0249.txt');
    const pages = filesRequests().map((r) => new URL(r.url, api.url));
    expect(pages).toHaveLength(3);
    expect(pages[0]!.pathname).toBe('/repos/acme/shop/pulls/7/files');
    expect(pages.map((u) => u.searchParams.get('per_page'))).toEqual(['100', '100', '100']);
    // Later pages come from the Link header, which names the repository by id, as GitHub's does.
    expect(pages[1]!.pathname).toMatch(/^\/repositories\/\d+\/pulls\/7\/files$/);
    expect(pages.map((u) => u.searchParams.get('page'))).toEqual([null, '2', '3']);
  });

  it('serves Link headers in GitHub order: prev, next, last, first', async () => {
    api.addPullRequest('acme', 'shop', { number: 8, files: many(250) });
    const id = await repoId(8);
    const res = await fetch(`${api.url}/repositories/${id}/pulls/8/files?per_page=100&page=2`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    const base = `${api.url}/repositories/${id}/pulls/8/files?per_page=100&page=`;
    expect(res.headers.get('link')).toBe(
      `<${base}1>; rel="prev", <${base}3>; rel="next", <${base}3>; rel="last", <${base}1>; rel="first"`,
    );
    expect(((await res.json()) as unknown[]).length).toBe(100);
  });

  it('reports both sides of a rename, and removed and added files', async () => {
    api.addPullRequest('acme', 'shop', {
      number: 9,
      files: [
        { filename: 'services/web/Dockerfile', status: 'renamed', previous_filename: 'web/Dockerfile' },
        { filename: 'services/old/main.go', status: 'removed' },
        { filename: 'docs/my notes ü.md', status: 'added' },
        { filename: 'compose.yaml', status: 'modified' },
      ],
    });
    const { paths, truncated } = await list(9);
    expect(truncated).toBe(false);
    expect(paths).toEqual([
      'compose.yaml',
      'docs/my notes ü.md',
      'services/old/main.go',
      'services/web/Dockerfile',
      'web/Dockerfile',
    ]);
  });

  it('flags truncation when GitHub lists fewer files than the pull request changes (3000 cap)', async () => {
    api.addPullRequest('acme', 'shop', { number: 10, files: many(3100), changedFiles: 3100 });
    const { paths, truncated } = await list(10);
    expect(truncated).toBe(true);
    expect(paths).toHaveLength(3000);
    expect(filesRequests()).toHaveLength(30);
  });

  it('is not truncated at exactly 3000 files', async () => {
    api.addPullRequest('acme', 'shop', { number: 11, files: many(3000) });
    const { paths, truncated } = await list(11);
    expect(truncated).toBe(false);
    expect(paths).toHaveLength(3000);
  });

  it('retries 502s with backoff, then succeeds', async () => {
    api.addPullRequest('acme', 'shop', { number: 12, files: many(3) });
    api.failNext(2, 'bad-gateway', { match: /\/files$/ });
    const { paths } = await list(12);
    expect(paths).toHaveLength(3);
    expect(filesRequests().map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('waits out a secondary rate limit (403 with retry-after), then succeeds', async () => {
    api.addPullRequest('acme', 'shop', { number: 13, files: many(2) });
    api.failNext(1, 'secondary-rate-limit', { retryAfter: 2 });
    const { paths } = await list(13);
    expect(paths).toHaveLength(2);
    expect(api.requests.map((r) => r.status)).toEqual([403, 200, 200]);
  });

  it('gives up after the configured retries', async () => {
    api.addPullRequest('acme', 'shop', { number: 14, files: many(2) });
    api.failNext(10, 'bad-gateway');
    await expect(
      listPullRequestFiles({
        token: TOKEN,
        owner: 'acme',
        repo: 'shop',
        pullNumber: 14,
        baseUrl: api.url,
        retry: { retries: 2, retryAfterBaseValue: 1 },
      }),
    ).rejects.toMatchObject({ status: 502 });
    expect(api.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    await expect(list(404)).rejects.toMatchObject({ status: 404 });
    expect(api.requests).toHaveLength(1);
  });

  it('masks the token before any request and sends it as the credential', async () => {
    api.addPullRequest('acme', 'shop', { number: 15, files: many(1) });
    await list(15);
    // The mask is the first thing written, and the token shows up nowhere else in the log.
    expect(stdout[0]).toMatch(new RegExp(`^::add-mask::${TOKEN}\\r?\\n$`));
    expect(stdout.slice(1).some((l) => l.includes(TOKEN))).toBe(false);
    expect(api.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('uses GITHUB_API_URL when no baseUrl is given', async () => {
    api.addPullRequest('acme', 'shop', { number: 16, files: many(1) });
    const saved = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = api.url;
    try {
      const { paths } = await listPullRequestFiles({
        token: TOKEN,
        owner: 'acme',
        repo: 'shop',
        pullNumber: 16,
      });
      expect(paths).toEqual(['services/api/f0000.txt']);
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = saved;
    }
  });
});

describe('the fake GitHub API', () => {
  it('serves pull request, files and comment bodies that match the OpenAPI description', async () => {
    api.addPullRequest('acme', 'shop', {
      number: 20,
      files: [
        { filename: 'a/b.txt', status: 'renamed', previous_filename: 'a/c.txt', additions: 0, deletions: 0 },
        { filename: 'x y/ü.txt', status: 'removed' },
      ],
    });
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const get = async (path: string) => (await fetch(`${api.url}${path}`, { headers: auth })).json();

    const pull = await get('/repos/acme/shop/pulls/20');
    expect(validateResponse('get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, pull)).toEqual({
      valid: true,
      errors: [],
    });
    const files = await get('/repos/acme/shop/pulls/20/files');
    expect(validateResponse('get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200, files).valid).toBe(
      true,
    );

    const created = await fetch(`${api.url}/repos/acme/shop/issues/20/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ body: 'plan: 2 services' }),
    });
    expect(created.status).toBe(201);
    const comment = (await created.json()) as { id: number; url: string };
    expect(created.headers.get('location')).toBe(comment.url);

    const patched = await fetch(`${api.url}/repos/acme/shop/issues/comments/${comment.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ body: 'plan: 3 services' }),
    });
    expect(patched.status).toBe(200);
    expect(await get(`/repos/acme/shop/issues/comments/${comment.id}`)).toMatchObject({
      body: 'plan: 3 services',
    });
    expect(await get('/repos/acme/shop/issues/20/comments')).toMatchObject([{ id: comment.id }]);
    expect(api.issueComments('acme', 'shop', 20)).toEqual([
      { id: comment.id, body: 'plan: 3 services', author: 'github-actions[bot]' },
    ]);

    const missing = await fetch(`${api.url}/repos/acme/shop/issues/20/comments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ text: 'wrong field' }),
    });
    expect(missing.status).toBe(422);
    expect((await fetch(`${api.url}/repos/acme/shop/pulls/20`)).status).toBe(401);
    expect(api.requests.map((r) => r.status)).toEqual([200, 200, 201, 200, 200, 200, 422, 401]);
  });

  it('rejects a wrongly shaped body, both directly and when told to serve one', async () => {
    const bad = [{ filename: 'a.txt', status: 'moved', additions: '1' }];
    const result = validateResponse('get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200, bad);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/0 must have required property/),
        '/0/status must be equal to one of the allowed values',
        '/0/additions must be integer',
      ]),
    );
    expect(validateComponent('basic-error', { message: 42 }).valid).toBe(false);

    const broken = await FakeGitHubApi.start({
      transformBody: (op, body) =>
        op.endsWith('/pulls/{pull_number}') ? { ...(body as object), changed_files: 'many' } : body,
    });
    try {
      broken.addPullRequest('acme', 'shop', { number: 1, files: many(1) });
      const res = await fetch(`${broken.url}/repos/acme/shop/pulls/1`);
      expect(res.status).toBe(500);
      expect(broken.schemaViolations).toEqual([
        {
          operation: 'get /repos/{owner}/{repo}/pulls/{pull_number}',
          errors: ['/changed_files must be integer'],
        },
      ]);
    } finally {
      await broken.close();
    }
  });
});

async function repoId(pull: number): Promise<number> {
  const res = await fetch(`${api.url}/repos/acme/shop/pulls/${pull}`, {
    headers: { authorization: `token ${TOKEN}` },
  });
  return ((await res.json()) as { base: { repo: { id: number } } }).base.repo.id;
}
