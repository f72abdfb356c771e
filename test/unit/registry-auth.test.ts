// Where registry credentials may go. Each refusal with a fake fetch (or a fake hop for the redirect
// policy): a token service over plain HTTP that is neither loopback nor named insecure, a
// pagination link to another origin, a redirect from https to http or to another host. Errors say
// what was refused and why, never the credentials. One real redirect between two loopback servers
// checks that nodeFetch applies the policy.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '../../shared/registry/client.js';
import { credentialsRefusal } from '../../shared/registry/credentials.js';
import { CredentialsRefusedError } from '../../shared/registry/errors.js';
import { followRedirects, nodeFetch } from '../../shared/registry/http.js';

const USER = 'ci-bot';
const SECRET = 's3cret-Pa55';
const BASIC = `Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`;

interface Sent {
  url: string;
  authorization?: string;
}

/** A Response-like answer. */
function answer(status: number, headers: Record<string, string> = {}, body: unknown = {}): Response {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const text = JSON.stringify(body);
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (n: string) => lower[n.toLowerCase()] ?? null },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  } as unknown as Response;
}

/**
 * A fake fetch for a registry at `registry` (an origin) whose `/v2/` endpoints ask for a Bearer
 * token from `realm`, and whose token service gives `tok` to anyone.
 */
function bearerRegistry(registry: string, realm: string, extra?: (url: URL) => Response | undefined) {
  const sent: Sent[] = [];
  const fetch = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const authorization = (init.headers as Record<string, string> | undefined)?.['Authorization'];
    sent.push({ url: url.href, ...(authorization !== undefined && { authorization }) });
    if (url.href.startsWith(realm)) return answer(200, {}, { token: 'tok' });
    const other = extra?.(url);
    if (other) return other;
    if (url.origin === registry && authorization !== 'Bearer tok')
      return answer(401, { 'WWW-Authenticate': `Bearer realm="${realm}",service="reg"` });
    return answer(200, {}, { repositories: ['cache/a'] });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const noSleep = async () => undefined;

describe('credentialsRefusal', () => {
  it.each<[string, string[], string | undefined]>([
    ['https://auth.example.com/token', [], undefined],
    ['http://127.0.0.1:5001/token', [], undefined],
    ['http://localhost/token', [], undefined],
    ['http://[::1]:5001/token', [], undefined],
    ['http://reg.local:5000/token', ['reg.local:5000'], undefined],
    ['http://reg.local:5001/token', ['reg.local'], undefined],
    [
      'http://reg.local:5001/token',
      ['reg.local:5000'],
      'it is plain HTTP, and reg.local:5001 is neither a loopback host nor a registry named insecure',
    ],
    [
      'http://auth.example.com/token',
      [],
      'it is plain HTTP, and auth.example.com is neither a loopback host nor a registry named insecure',
    ],
    ['ftp://auth.example.com/token', [], 'ftp: is not https'],
  ])('%s (insecure %p): %p', (url, insecure, refusal) => {
    expect(credentialsRefusal(new URL(url), insecure)).toBe(refusal);
  });
});

describe('RegistryClient: credentials only where nobody reads them on the way', () => {
  it('refuses to send credentials to a plain-HTTP token service on another host', async () => {
    const reg = bearerRegistry('https://ghcr.example', 'http://auth.example.com/token');
    const c = new RegistryClient({
      host: 'ghcr.example',
      username: USER,
      password: SECRET,
      fetch: reg.fetch,
      sleep: noSleep,
    });
    const err = (await c.catalog().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(CredentialsRefusedError);
    expect(err.message).toBe(
      'refused to send the credentials for ghcr.example to the token service at http://auth.example.com/token: ' +
        'it is plain HTTP, and auth.example.com is neither a loopback host nor a registry named insecure. ' +
        'Serve it over https, or, if auth.example.com is trusted on this network, name it an insecure registry.',
    );
    expect(err.message).not.toContain(SECRET);
    expect(err.message).not.toContain(BASIC.slice(6));
    // The token service was never asked.
    expect(reg.sent.map((s) => s.url)).toEqual(['https://ghcr.example/v2/_catalog?n=100']);
  });

  it('refuses a token service address that is neither https nor http', async () => {
    const reg = bearerRegistry('https://ghcr.example', 'ftp://auth.example.com/token');
    const c = new RegistryClient({
      host: 'ghcr.example',
      username: USER,
      password: SECRET,
      fetch: reg.fetch,
    });
    await expect(c.catalog()).rejects.toThrow(
      /to the token service at ftp:\/\/auth\.example\.com\/token: ftp: is not https/,
    );
    expect(reg.sent).toHaveLength(1);
  });

  it.each<[string, string, string[]]>([
    ['an https token service', 'https://auth.example.com/token', []],
    ['a loopback token service', 'http://127.0.0.1:5001/token', []],
    ['a token service the user named insecure', 'http://auth.corp:5001/token', ['auth.corp:5001']],
  ])('sends the credentials to %s', async (_, realm, insecureHosts) => {
    const reg = bearerRegistry('https://ghcr.example', realm);
    const c = new RegistryClient({
      host: 'ghcr.example',
      username: USER,
      password: SECRET,
      insecureHosts,
      fetch: reg.fetch,
    });
    expect(await c.catalog()).toEqual(['cache/a']);
    expect(reg.sent[1]).toEqual({
      url: expect.stringMatching(new RegExp(`^${realm}\\?`)),
      authorization: BASIC,
    });
  });

  it('asks a plain-HTTP token service for an anonymous token: nothing secret to send', async () => {
    const reg = bearerRegistry('https://ghcr.example', 'http://auth.example.com/token');
    expect(await new RegistryClient({ host: 'ghcr.example', fetch: reg.fetch }).catalog()).toEqual([
      'cache/a',
    ]);
    expect(reg.sent[1]).toEqual({ url: expect.stringMatching(/^http:\/\/auth\.example\.com\/token\?/) });
  });

  it('sends Basic credentials over plain HTTP to the insecure registry itself', async () => {
    const sent: Sent[] = [];
    const fetch = (async (input: string | URL, init: RequestInit = {}) => {
      const authorization = (init.headers as Record<string, string>)['Authorization'];
      sent.push({ url: String(input), authorization });
      return authorization === BASIC
        ? answer(200, {}, { repositories: [] })
        : answer(401, { 'WWW-Authenticate': 'Basic realm="reg"' });
    }) as unknown as typeof globalThis.fetch;
    const c = new RegistryClient({
      host: 'reg.local:5000',
      insecure: true,
      username: USER,
      password: SECRET,
      fetch,
    });
    expect(await c.catalog()).toEqual([]);
    expect(sent.map((s) => s.authorization)).toEqual([undefined, BASIC]);
  });

  it.each([
    ['another host', 'https://elsewhere.example/v2/_catalog?last=a&n=100'],
    ['plain HTTP on the same host', 'http://ghcr.example/v2/_catalog?last=a&n=100'],
    ['another port', 'https://ghcr.example:8443/v2/_catalog?last=a&n=100'],
  ])('follows a pagination link to %s without the token', async (_, next) => {
    // The first page, once authorised, links to the next one elsewhere.
    const reg = bearerRegistry('https://ghcr.example', 'https://ghcr.example/token', (url) =>
      url.href === next ? answer(200, {}, { repositories: ['b'] }) : undefined,
    );
    const fetch = (async (input: string | URL, init?: RequestInit) => {
      const res = await reg.fetch(input, init);
      return String(input) === 'https://ghcr.example/v2/_catalog?n=100' && res.status === 200
        ? answer(200, { Link: `<${next}>; rel="next"` }, { repositories: ['a'] })
        : res;
    }) as unknown as typeof globalThis.fetch;
    const c = new RegistryClient({ host: 'ghcr.example', username: USER, password: SECRET, fetch });
    expect(await c.catalog()).toEqual(['a', 'b']);
    expect(reg.sent.at(-2)).toEqual({
      url: 'https://ghcr.example/v2/_catalog?n=100',
      authorization: 'Bearer tok',
    });
    expect(reg.sent.at(-1)).toEqual({ url: next });
  });
});

describe('followRedirects', () => {
  /** A fake hop: each URL answers with a redirect to the next, the last with 200. */
  function chain(...urls: string[]) {
    const seen: Sent[] = [];
    const hop = async (url: URL, _method: string, headers: Record<string, string>) => {
      seen.push({
        url: url.href,
        ...(headers['Authorization'] && { authorization: headers['Authorization'] }),
      });
      const i = urls.indexOf(url.href);
      const next = urls[i + 1];
      return next ? answer(307, { Location: next }) : answer(200);
    };
    return { hop, seen };
  }
  const init = { headers: { Authorization: BASIC, Accept: 'x' } };

  it('keeps the credentials on the same origin', async () => {
    const c = chain('https://reg.example/v2/a/blobs/1', 'https://reg.example/storage/1');
    await followRedirects('https://reg.example/v2/a/blobs/1', init, c.hop);
    expect(c.seen.map((s) => s.authorization)).toEqual([BASIC, BASIC]);
  });

  it.each([
    ['from https to http on the same host', 'http://reg.example/storage/1'],
    ['to another host', 'https://storage.example/1?X-Amz-Signature=abc'],
    ['to another port', 'https://reg.example:8443/storage/1'],
  ])('drops the Authorization header on a redirect %s', async (_, target) => {
    const c = chain('https://reg.example/v2/a/blobs/1', target);
    const res = await followRedirects('https://reg.example/v2/a/blobs/1', init, c.hop);
    expect(res.status).toBe(200);
    expect(c.seen).toEqual([
      { url: 'https://reg.example/v2/a/blobs/1', authorization: BASIC },
      { url: target },
    ]);
  });

  it('does not give the credentials back on a redirect home', async () => {
    const c = chain(
      'https://reg.example/v2/a/blobs/1',
      'https://cdn.example/1',
      'https://reg.example/v2/a/blobs/1?again',
    );
    await followRedirects('https://reg.example/v2/a/blobs/1', init, c.hop);
    expect(c.seen.map((s) => s.authorization)).toEqual([BASIC, undefined, undefined]);
  });

  it('returns the redirect itself in manual mode, and stops after five', async () => {
    const c = chain('https://reg.example/1', 'https://reg.example/2');
    expect(
      (await followRedirects('https://reg.example/1', { ...init, redirect: 'manual' }, c.hop)).status,
    ).toBe(307);
    const loop = async () => answer(302, { Location: '/again' });
    await expect(followRedirects('https://reg.example/v2/?token=x', {}, loop)).rejects.toThrow(
      'too many redirects from https://reg.example/v2/',
    );
  });
});

describe('nodeFetch', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const s = createServer(handler);
    servers.push(s);
    s.listen(0, '127.0.0.1');
    await new Promise((r) => s.once('listening', r));
    return `127.0.0.1:${(s.address() as AddressInfo).port}`;
  }

  it('drops the Authorization header on a real redirect to another origin', async () => {
    const received: (string | undefined)[] = [];
    const storage = await serve((req, res) => {
      received.push(req.headers.authorization);
      res.end('blob');
    });
    const registry = await serve((req, res) => {
      received.push(req.headers.authorization);
      res.writeHead(307, { Location: `http://${storage}/blob` }).end();
    });
    const res = await nodeFetch(`http://${registry}/v2/a/blobs/sha256:1`, {
      headers: { Authorization: BASIC },
    });
    expect(await res.text()).toBe('blob');
    expect(received).toEqual([BASIC, undefined]);
  });
});
