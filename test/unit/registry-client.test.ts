// The OCI distribution client against a loopback HTTP fake: pagination, manifests and digests,
// retries on 5xx/429/connection resets (with an injected sleep: no wall-clock waits), Basic and
// Bearer token auth, and the delete errors a registry gives.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE_CONFIG_TYPE, MEDIA_TYPES } from '../../shared/oci/media-types.js';
import { RegistryClient } from '../../shared/registry/client.js';
import { RegistryError } from '../../shared/registry/errors.js';
import { nextLink } from '../../shared/registry/pagination.js';
import { applyRetention } from '../../shared/registry/retention/apply.js';
import { collectCacheRefs } from '../../shared/registry/retention/scan.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A fake registry; `faults` are served (in order) before the real answer for a matching path. */
class FakeRegistry {
  server!: Server;
  host = '';
  log: string[] = [];
  faults: { match: RegExp; kind: 'reset' | number; count: number }[] = [];
  auth?: (req: IncomingMessage, res: ServerResponse) => boolean;
  manifests = new Map<string, { body: string; type: string }>();
  tags = new Map<string, Map<string, string>>();
  repos: string[] = [];
  deletes = true;
  catalog = true;

  async start(extra?: Handler): Promise<this> {
    this.server = createServer((req, res) => {
      this.log.push(`${req.method} ${req.url}`);
      const fault = this.faults.find((f) => f.count > 0 && f.match.test(req.url ?? ''));
      if (fault) {
        fault.count--;
        if (fault.kind === 'reset') return req.socket.destroy();
        res.writeHead(fault.kind, fault.kind === 429 ? { 'Retry-After': '1' } : {}).end();
        return;
      }
      if (extra && req.url?.startsWith('/token')) return extra(req, res);
      if (this.auth && !this.auth(req, res)) return;
      this.route(req, res);
    });
    this.server.listen(0, '127.0.0.1');
    await new Promise((r) => this.server.once('listening', r));
    this.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  put(repo: string, tag: string, manifest: object, type: string = MEDIA_TYPES.ociIndex): string {
    const body = JSON.stringify(manifest);
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    this.manifests.set(`${repo}@${digest}`, { body, type });
    if (!this.tags.has(repo)) this.tags.set(repo, new Map());
    this.tags.get(repo)!.set(tag, digest);
    if (!this.repos.includes(repo)) this.repos.push(repo);
    return digest;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const page = (items: string[], key: string, path: string) => {
      const n = Number(url.searchParams.get('n') ?? 1000);
      const last = url.searchParams.get('last');
      const start = last ? items.indexOf(last) + 1 : 0;
      const slice = items.slice(start, start + n);
      const more = start + n < items.length;
      json(
        200,
        { ...(key === 'tags' ? { name: path } : {}), [key]: slice },
        more ? { Link: `<${url.pathname}?last=${slice.at(-1)}&n=${n}>; rel="next"` } : {},
      );
    };
    if (url.pathname === '/v2/_catalog' && !this.catalog)
      return json(404, { errors: [{ code: 'UNSUPPORTED', message: 'catalog not served' }] });
    if (url.pathname === '/v2/_catalog') return page([...this.repos].sort(), 'repositories', '');
    const m = /^\/v2\/(.+)\/(tags\/list|manifests\/([^/]+)|blobs\/([^/]+))$/.exec(url.pathname);
    if (!m) return json(404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known' }] });
    const [, repo, what, ref, blob] = m as unknown as [string, string, string, string?, string?];
    if (what === 'tags/list') return page([...(this.tags.get(repo)?.keys() ?? [])].sort(), 'tags', repo);
    if (blob) return json(200, { created: '2020-01-02T03:04:05Z' });
    const digest = ref!.startsWith('sha256:') ? ref! : this.tags.get(repo)?.get(ref!);
    const entry = digest && this.manifests.get(`${repo}@${digest}`);
    if (!entry) return json(404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
    if (req.method === 'DELETE') {
      if (!this.deletes)
        return json(405, { errors: [{ code: 'UNSUPPORTED', message: 'The operation is unsupported.' }] });
      this.manifests.delete(`${repo}@${digest}`);
      for (const [t, d] of this.tags.get(repo) ?? []) if (d === digest) this.tags.get(repo)!.delete(t);
      res.writeHead(202).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': entry.type, 'Docker-Content-Digest': digest! });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

let fake: FakeRegistry | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

const sleeps: number[] = [];
const client = (opts: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}) =>
  new RegistryClient({
    host: fake!.host,
    insecure: true,
    sleep: async (ms) => void sleeps.push(ms),
    ...opts,
  });

describe('RegistryClient', () => {
  it('follows Link pagination for the catalog and tags', async () => {
    fake = await new FakeRegistry().start();
    for (const r of ['cache/a', 'cache/b', 'cache/c', 'other/x'])
      fake.put(r, 't1', { schemaVersion: 2, manifests: [] });
    for (const t of ['t2', 't3', 't4'])
      fake.put('cache/a', t, { schemaVersion: 2, manifests: [], annotations: { t } });
    const c = client();
    expect(await c.catalog(2)).toEqual(['cache/a', 'cache/b', 'cache/c', 'other/x']);
    expect(await c.tags('cache/a', 3)).toEqual(['t1', 't2', 't3', 't4']);
    expect(fake.log.filter((l) => l.includes('_catalog'))).toEqual([
      'GET /v2/_catalog?n=2',
      'GET /v2/_catalog?last=cache/b&n=2',
    ]);
  });

  it('reads manifests with their digest, HEADs digests, and deletes by digest', async () => {
    fake = await new FakeRegistry().start();
    const digest = fake.put('cache/a', 'main', {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [],
    });
    const c = client();
    const m = await c.manifest('cache/a', 'main');
    expect(m).toMatchObject({ digest, mediaType: MEDIA_TYPES.ociIndex, manifest: { schemaVersion: 2 } });
    expect(await c.digest('cache/a', 'main')).toBe(digest);
    expect(await c.digest('cache/a', 'gone')).toBeUndefined();
    expect(await c.blobJson('cache/a', 'sha256:00')).toEqual({ created: '2020-01-02T03:04:05Z' });
    await c.deleteManifest('cache/a', digest);
    expect(await c.digest('cache/a', 'main')).toBeUndefined();
  });

  it('retries 5xx, 429 and connection resets with exponential backoff', async () => {
    fake = await new FakeRegistry().start();
    fake.put('cache/a', 'main', { schemaVersion: 2, manifests: [] });
    fake.faults = [
      { match: /tags\/list/, kind: 503, count: 2 },
      { match: /tags\/list/, kind: 'reset', count: 1 },
      { match: /manifests/, kind: 429, count: 1 },
    ];
    sleeps.length = 0;
    // The jitter at its top (factor 1): the pauses are the bare exponential ones.
    const c = client({ backoff: { baseMs: 100, maxMs: 8000 }, random: () => 1 });
    expect(await c.tags('cache/a')).toEqual(['main']);
    expect(sleeps).toEqual([100, 200, 400]);
    expect(await c.digest('cache/a', 'main')).toMatch(/^sha256:/);
    expect(sleeps.at(-1)).toBe(1000); // Retry-After: 1
    expect(c.requests).toBe(6);
  });

  it('gives up after the retries with the last cause', async () => {
    fake = await new FakeRegistry().start();
    fake.faults = [{ match: /_catalog/, kind: 502, count: 10 }];
    await expect(client({ retries: 2 }).catalog()).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/v2\/_catalog\?n=100: 502/,
    );
    fake.faults = [{ match: /_catalog/, kind: 'reset', count: 10 }];
    await expect(client({ retries: 1 }).catalog()).rejects.toThrow(/_catalog\?n=100: .*\(after 2 attempts\)/);
  });

  it('retries the token service and the base endpoint as it retries the registry, and logs each retry', async () => {
    fake = await new FakeRegistry().start((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'tok-1' }));
    });
    fake.auth = (req, res) => {
      if (req.headers.authorization === 'Bearer tok-1') return true;
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${fake!.host}/token",service="fake"` });
      res.end();
      return false;
    };
    const digest = fake.put('team/api', 'v1', { schemaVersion: 2, manifests: [] });
    fake.faults = [
      { match: /^\/v2\/$/, kind: 'reset', count: 1 },
      { match: /^\/token/, kind: 503, count: 2 },
      { match: /manifests/, kind: 502, count: 1 },
    ];
    const logged: string[] = [];
    const c = client({ log: (m) => logged.push(m), random: () => 1 });
    await c.authorize('team/api');
    expect((await c.manifest('team/api', 'v1')).digest).toBe(digest);
    expect(logged).toEqual([
      expect.stringMatching(
        /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/: .*; retrying in 250 ms \(attempt 2 of 5\)$/,
      ),
      expect.stringMatching(
        /^GET http:\/\/127\.0\.0\.1:\d+\/token: 503; retrying in 250 ms \(attempt 2 of 5\)$/,
      ),
      expect.stringMatching(/\/token: 503; retrying in 500 ms \(attempt 3 of 5\)$/),
      expect.stringMatching(/\/manifests\/v1: 502; retrying in 250 ms \(attempt 2 of 5\)$/),
    ]);
    // The token's query (it may carry a scope with secrets in other registries) is not logged.
    expect(logged.join('\n')).not.toContain('scope=');
  });

  it('says the registry kept failing, and what to do, once the retries are spent', async () => {
    fake = await new FakeRegistry().start((req, res) => res.writeHead(200).end('{"token":"t"}'));
    fake.faults = [{ match: /manifests/, kind: 503, count: 10 }];
    await expect(client({ retries: 2 }).manifest('team/api', 'v1')).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/v2\/team\/api\/manifests\/v1: 503: \(after 3 attempts\); the registry kept failing: check that 127\.0\.0\.1:\d+ is up and reachable, then run the job again$/,
    );
    fake.faults = [{ match: /^\/token/, kind: 503, count: 10 }];
    fake.auth = (req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${fake!.host}/token"` }).end();
      return false;
    };
    await expect(client({ retries: 1 }).manifest('team/api', 'v1')).rejects.toThrow(
      /\/token: 503: token request failed \(after 2 attempts\); the registry kept failing/,
    );
  });

  it('does not retry client errors, and says when deletes are disabled', async () => {
    fake = await new FakeRegistry().start();
    const digest = fake.put('cache/a', 'main', { schemaVersion: 2, manifests: [] });
    fake.deletes = false;
    const c = client();
    await expect(c.deleteManifest('cache/a', digest)).rejects.toThrow(
      /405 UNSUPPORTED: the registry does not allow deletes .*storage\.delete\.enabled/,
    );
    await expect(c.manifest('cache/a', 'nope')).rejects.toMatchObject({
      status: 404,
      code: 'MANIFEST_UNKNOWN',
    });
    expect(fake.log.filter((l) => l.startsWith('DELETE'))).toHaveLength(1);
  });

  it('answers a Bearer challenge with a token fetched with the credentials', async () => {
    const tokenRequests: string[] = [];
    fake = await new FakeRegistry().start((req, res) => {
      tokenRequests.push(`${req.url} ${req.headers.authorization}`);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'tok-1' }));
    });
    fake.auth = (req, res) => {
      if (req.headers.authorization === 'Bearer tok-1') return true;
      res.writeHead(401, {
        'WWW-Authenticate': `Bearer realm="http://${fake!.host}/token",service="fake",scope="registry:catalog:*"`,
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }));
      return false;
    };
    fake.put('cache/a', 't', { schemaVersion: 2, manifests: [] });
    const c = client({ username: 'ci', password: 's3cret' });
    expect(await c.catalog()).toEqual(['cache/a']);
    expect(await c.catalog()).toEqual(['cache/a']);
    const basic = `Basic ${Buffer.from('ci:s3cret').toString('base64')}`;
    expect(tokenRequests).toEqual([
      `/token?service=fake&scope=${encodeURIComponent('registry:catalog:*')} ${basic}`,
    ]);
  });

  it('authorizes a pull ahead of time, so the manifest read that follows is one request', async () => {
    const tokenRequests: string[] = [];
    fake = await new FakeRegistry().start((req, res) => {
      tokenRequests.push(req.url ?? '');
      const scope = new URL(req.url ?? '/', 'http://x').searchParams.get('scope');
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ token: `tok:${scope}` }));
    });
    // The base endpoint's challenge names another scope, as some registries' do: the pull scope of
    // the repository must be asked for instead.
    fake.auth = (req, res) => {
      if (req.headers.authorization === 'Bearer tok:repository:team/api:pull') return true;
      res.writeHead(401, {
        'WWW-Authenticate': `Bearer realm="http://${fake!.host}/token",service="fake",scope="registry:catalog:*"`,
      });
      res.end();
      return false;
    };
    const digest = fake.put('team/api', 'v1', { schemaVersion: 2, manifests: [] });
    const c = client();
    await c.authorize('team/api');
    expect(tokenRequests).toEqual([
      `/token?service=fake&scope=${encodeURIComponent('repository:team/api:pull')}`,
    ]);
    fake.log.length = 0;
    expect((await c.manifest('team/api', digest)).digest).toBe(digest);
    expect(fake.log).toEqual([`GET /v2/team/api/manifests/${digest}`]);
    // Already authorised: no second round trip.
    await c.authorize('team/api');
    expect(tokenRequests).toHaveLength(1);
  });

  it('authorizes nothing ahead for an open registry, and a Basic one gets its credentials', async () => {
    fake = await new FakeRegistry().start();
    fake.put('team/api', 'v1', { schemaVersion: 2, manifests: [] });
    await client().authorize('team/api');
    expect(fake.log).toEqual(['GET /v2/']);

    const good = `Basic ${Buffer.from('ci:pw').toString('base64')}`;
    fake.auth = (req, res) => {
      if (req.headers.authorization === good) return true;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fake"' }).end();
      return false;
    };
    fake.log.length = 0;
    const c = client({ username: 'ci', password: 'pw' });
    await c.authorize('team/api');
    expect(await c.tags('team/api')).toEqual(['v1']);
    expect(fake.log).toEqual(['GET /v2/', 'GET /v2/team/api/tags/list?n=100']);
  });

  it('sends Basic credentials when challenged for them, and reports a refusal', async () => {
    fake = await new FakeRegistry().start();
    const good = `Basic ${Buffer.from('ci:pw').toString('base64')}`;
    fake.auth = (req, res) => {
      if (req.headers.authorization === good) return true;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fake"' }).end();
      return false;
    };
    expect(await client({ username: 'ci', password: 'pw' }).catalog()).toEqual([]);
    const err = await client({ username: 'ci', password: 'wrong' })
      .catalog()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(String(err)).toMatch(/401.*check registry-username and registry-password/);
  });
});

describe('retention through the client', () => {
  const layer = (d: string, at: string) => ({
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    digest: `sha256:${d}`,
    size: 100,
    annotations: { 'buildkit/createdat': at },
  });
  // BuildKit's cache index: layers and its cache config.
  const config = (d: string) => ({ mediaType: CACHE_CONFIG_TYPE, digest: `sha256:c${d}`, size: 10 });

  it('groups tags by digest, deletes each old manifest once, and skips other repositories', async () => {
    fake = await new FakeRegistry().start();
    const old = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [layer('a', '2020-01-01T00:00:00Z'), config('a')],
    };
    const fresh = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [layer('b', '2026-06-29T00:00:00Z'), config('b')],
    };
    fake.put('cache/app', 'old', old);
    fake.put('cache/app', 'old-alias', old);
    fake.put('cache/app', 'main', fresh);
    fake.put('other/app', 'old', old);
    const now = new Date('2026-06-30T00:00:00Z');
    const result = await applyRetention(
      client(),
      { host: fake.host, path: 'cache/' },
      { now, maxAgeDays: 30, maxBytes: 0 },
      false,
    );
    expect(result.remove.map((d) => d.ref.tags)).toEqual([['old', 'old-alias']]);
    expect(fake.log.filter((l) => l.startsWith('DELETE'))).toHaveLength(1);
    expect([...fake.tags.get('cache/app')!.keys()]).toEqual(['main']);
    expect([...fake.tags.get('other/app')!.keys()]).toEqual(['old']);
  });

  it('falls back to the prefix as one repository when the registry serves no catalog', async () => {
    fake = await new FakeRegistry().start();
    fake.catalog = false;
    fake.put('acme/cache', 'x', {
      schemaVersion: 2,
      manifests: [layer('a', '2020-01-01T00:00:00Z'), config('a')],
    });
    const refs = await collectCacheRefs(client(), { host: fake.host, path: 'acme/cache' });
    expect(refs.map((r) => `${r.repository}:${r.tags}`)).toEqual(['acme/cache:x']);
    expect(await collectCacheRefs(client(), { host: fake.host, path: 'acme/none/' })).toEqual([]);
    // A prefix without a repository path is refused before any request.
    fake.log.length = 0;
    await expect(collectCacheRefs(client(), { host: fake.host, path: '' })).rejects.toThrow(
      /must name a repository path/,
    );
    expect(fake.log).toEqual([]);
  });
});

describe('nextLink', () => {
  it.each([
    ['</v2/_catalog?last=b&n=2>; rel="next"', '/v2/_catalog?last=b&n=2'],
    ['<https://r/v2/x/tags/list?last=1>; rel=next', 'https://r/v2/x/tags/list?last=1'],
    ['<a>; rel="prev", <b>; rel="next"', 'b'],
    [null, undefined],
    ['<a>; rel="prev"', undefined],
  ])('%p → %p', (header, next) => {
    expect(nextLink(header)).toBe(next);
  });
});
