/**
 * The part of `fetch` the registry client uses, over node:http and node:https. Node's global fetch
 * loads and compiles undici on first use (≈65 ms) and its idle keep-alive socket then holds the
 * process open for a few hundred milliseconds after the action is done: together as slow as the
 * `buildx imagetools inspect` the direct manifest read replaces. Idle sockets of a node:http agent
 * do not keep the process alive.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const MAX_REDIRECTS = 5;

/** What the client reads from a response: a subset of the Fetch API's Response. */
class NodeResponse {
  readonly ok: boolean;
  /** Header lookup by name, any case (the global Headers class would load undici). */
  readonly headers: { get(name: string): string | null };
  constructor(
    readonly status: number,
    raw: IncomingMessage['headers'],
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const v = raw[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    };
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(
      this.body.byteOffset,
      this.body.byteOffset + this.body.byteLength,
    ) as ArrayBuffer;
  }
  async text(): Promise<string> {
    return this.body.toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8')) as unknown;
  }
}

/** No answer within this long (connect included) fails the request, which the client may retry. */
const TIMEOUT_MS = 30_000;

function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<NodeResponse> {
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:')
    return Promise.reject(new TypeError(`unsupported URL ${url.href}`));
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(new NodeResponse(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A firewall that drops packets would otherwise leave the connect hanging for minutes.
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)),
    );
    req.end();
  });
}

/**
 * `fetch(url, { method, headers, redirect })` for GET, HEAD and DELETE without a body. Redirects
 * are followed (registries send blob downloads to storage) as browsers follow them: the
 * Authorization header is dropped at the first hop to another origin (scheme, host or port), so
 * credentials never reach another host, nor the same host over plain HTTP after https.
 */
export const nodeFetch = createNodeFetch(TIMEOUT_MS);

/** nodeFetch with its own time limit per request. */
export function createNodeFetch(timeoutMs: number): typeof fetch {
  return (async (input: string | URL, init: RequestInit = {}) =>
    followRedirects(input, init, (url, method, headers) =>
      once(url, method, headers, timeoutMs),
    )) as unknown as typeof fetch;
}

/** One request without following redirects: what followRedirects sends each hop with. */
export type Hop<R> = (url: URL, method: string, headers: Record<string, string>) => Promise<R>;

/**
 * Sends `input` through `hop`, following up to five redirects (unless `init.redirect` is
 * `manual`). Credentials go no further than the origin they were given for: at a hop to another
 * origin the Authorization header is removed and stays removed (the Fetch standard's "HTTP-redirect
 * fetch" step for cross-origin redirects, which browsers and undici follow): a redirect from https
 * to http, even on the same host, is such a hop.
 */
export async function followRedirects<
  R extends { status: number; headers: { get(name: string): string | null } },
>(input: string | URL, init: RequestInit, hop: Hop<R>): Promise<R> {
  let url = new URL(String(input));
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = { ...((init.headers as Record<string, string> | undefined) ?? {}) };
  for (let n = 0; ; n++) {
    const res = await hop(url, method, { ...headers });
    const location = res.headers.get('location');
    if (init.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
      return res;
    if (n >= MAX_REDIRECTS)
      throw new TypeError(`too many redirects from ${withoutQuery(new URL(String(input)))}`);
    const next = new URL(location, url);
    if (next.origin !== url.origin) {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === 'authorization') delete headers[k];
    }
    url = next;
  }
}

/** A URL as it may be shown: origin and path, without the query (it may hold a signature). */
export function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** True when HTTP(S)_PROXY applies to `host` (NO_PROXY aside): node:http does not use proxies. */
export function proxiedHost(host: string, env: Record<string, string | undefined> = process.env): boolean {
  const proxy = env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'];
  if (!proxy) return false;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const noProxy = (env['NO_PROXY'] ?? env['no_proxy'] ?? '').split(',').map((x) => x.trim().toLowerCase());
  return !noProxy.some(
    (n) =>
      n === '*' || (n && (name === n.replace(/^\./, '') || name.endsWith(n.startsWith('.') ? n : `.${n}`))),
  );
}
