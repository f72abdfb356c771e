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
    readonly url: string,
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

function once(url: URL, method: string, headers: Record<string, string>): Promise<NodeResponse> {
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:')
    return Promise.reject(new TypeError(`unsupported URL ${url.href}`));
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers, agent: secure ? agents.https : agents.http }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve(new NodeResponse(res.statusCode ?? 0, res.headers, Buffer.concat(chunks), url.href)),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `fetch(url, { method, headers, redirect })` for GET, HEAD and DELETE without a body. Redirects
 * are followed (registries send blob downloads to storage); credentials are not sent to another host.
 */
export const nodeFetch = (async (input: string | URL, init: RequestInit = {}) => {
  let url = new URL(String(input));
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = { ...((init.headers as Record<string, string> | undefined) ?? {}) };
  for (let hop = 0; ; hop++) {
    const res = await once(url, method, headers);
    const location = res.headers.get('location');
    if (init.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
      return res;
    if (hop >= MAX_REDIRECTS) throw new TypeError(`too many redirects from ${String(input)}`);
    const next = new URL(location, url);
    if (next.host !== url.host) {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === 'authorization') delete headers[k];
    }
    url = next;
  }
}) as unknown as typeof fetch;
