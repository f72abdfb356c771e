/**
 * A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec):
 * catalog and tag listing with `Link` pagination, manifests by tag or digest, blobs, deletion.
 * Authenticates with Basic credentials or the token flow a `WWW-Authenticate: Bearer` challenge
 * asks for (Docker Hub, GHCR, Harbor...). Credentials go only where they cannot be read on the way
 * (credentials.ts), and never to another origin than the registry's (a pagination link, a
 * redirect). Transient failures (5xx, 429, connection resets) of every request, the token service's
 * included, are retried with exponential backoff, each retry reported to `log`.
 * `fetch` and `sleep` are injectable so tests observe both.
 */

import { sha256Digest } from '../oci/digest.js';
import type { Manifest } from '../oci/manifest.js';
import { MANIFEST_TYPES } from '../oci/media-types.js';
import { parseChallenge, withoutScope } from './challenge.js';
import { credentialsRefusal } from './credentials.js';
import { CredentialsRefusedError, parseOciError, RegistryError } from './errors.js';
import { nodeFetch, withoutQuery } from './http.js';
import { nextLink } from './pagination.js';
import { backoffMs, sleep, type Backoff } from '../runtime/retry.js';

/** A registry answers in milliseconds: the first retry comes quickly. */
const REGISTRY_BACKOFF: Backoff = { baseMs: 250, maxMs: 8000 };

const ACCEPT = MANIFEST_TYPES.join(', ');

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  manifest: Manifest;
  /** The bytes as served (their sha256 is the digest). */
  raw: string;
}

export interface RegistryClientOptions {
  /** `host[:port]`; `docker.io` is reached at registry-1.docker.io. */
  host: string;
  /**
   * Plain HTTP (loopback and insecure registries). Only ever set for a loopback host or a registry
   * the user named insecure: the registry's own host then takes credentials over plain HTTP.
   */
  insecure?: boolean;
  /**
   * Other `host[:port]` entries the user named insecure (setup-builder's `insecure-registries`): a
   * token service on one of them may take credentials over plain HTTP. An entry without a port
   * stands for every port of that host, as in docker's `insecure-registries`.
   */
  insecureHosts?: readonly string[];
  username?: string;
  password?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Attempts after the first for a transient failure (default 4). */
  retries?: number;
  /** Pauses between attempts (default: 250 ms, doubling, at most 8 s), with jitter. */
  backoff?: Backoff;
  /** In [0, 1): the jitter (Math.random unless told). */
  random?: () => number;
  log?: (message: string) => void;
}

type Method = 'GET' | 'HEAD' | 'DELETE';

export class RegistryClient {
  readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly tokens = new Map<string, string>();
  /** Number of requests sent, retries included (for tests and the summary). */
  requests = 0;

  private readonly origin: string;
  private readonly insecureHosts: readonly string[];

  constructor(private readonly opts: RegistryClientOptions) {
    const host = opts.host === 'docker.io' ? 'registry-1.docker.io' : opts.host;
    this.base = `${opts.insecure ? 'http' : 'https'}://${host}`;
    this.origin = new URL(this.base).origin;
    this.insecureHosts = [...(opts.insecure ? [host] : []), ...(opts.insecureHosts ?? [])];
    this.fetchFn = opts.fetch ?? nodeFetch;
    this.sleep = opts.sleep ?? sleep;
  }

  /** Every repository name (`GET /v2/_catalog`, all pages). */
  async catalog(pageSize = 100): Promise<string[]> {
    const out: string[] = [];
    for await (const page of this.pages(`/v2/_catalog?n=${pageSize}`, 'registry:catalog:*'))
      out.push(...(((page as { repositories?: string[] }).repositories ?? []) as string[]));
    return out;
  }

  /** Every tag of `repo` (`GET /v2/<name>/tags/list`, all pages). */
  async tags(repo: string, pageSize = 100): Promise<string[]> {
    const out: string[] = [];
    for await (const page of this.pages(`/v2/${repo}/tags/list?n=${pageSize}`, pullScope(repo))) {
      out.push(...(((page as { tags?: string[] | null }).tags ?? []) as string[]));
    }
    return out;
  }

  /**
   * A manifest by tag or digest, with the digest of the bytes served: what is signed, scanned or
   * read by that digest afterwards is these bytes. A registry whose digest header disagrees with
   * its bytes is not trusted.
   */
  async manifest(repo: string, reference: string): Promise<FetchedManifest> {
    const path = `/v2/${repo}/manifests/${reference}`;
    const res = await this.request('GET', path, pullScope(repo), { Accept: ACCEPT });
    const body = Buffer.from(await res.arrayBuffer());
    const manifest = JSON.parse(body.toString('utf8')) as Manifest;
    const digest = sha256Digest(body);
    // A digest asked for is its caller's to compare (each action says what it expected).
    const header = res.headers.get('docker-content-digest');
    if (header && header !== digest) {
      const why = `served bytes whose digest is ${digest}, not the ${header} its header names`;
      throw new RegistryError('GET', `${this.base}${path}`, res.status, undefined, why);
    }
    const mediaType = manifest.mediaType ?? res.headers.get('content-type')?.split(';')[0] ?? '';
    return { digest, mediaType, size: body.length, manifest, raw: body.toString('utf8') };
  }

  /** The digest a tag points to (`HEAD`), or undefined when the tag does not exist. */
  async digest(repo: string, reference: string): Promise<string | undefined> {
    try {
      const res = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, pullScope(repo), {
        Accept: ACCEPT,
      });
      return res.headers.get('docker-content-digest') ?? undefined;
    } catch (err) {
      if (err instanceof RegistryError && err.status === 404) return undefined;
      throw err;
    }
  }

  /**
   * Answers the registry's challenge for pulling `repo` ahead of the first real request (`GET /v2/`
   * opens the connection; a Basic or Bearer challenge is answered for the pull scope), so that
   * request needs no round trip to a token service. Throws what the token service refused.
   */
  async authorize(repo: string): Promise<void> {
    const scope = pullScope(repo);
    if (this.tokens.has(scope) || this.tokens.has('*')) return;
    const res = await this.send('GET', `${this.base}/v2/`, () => ({}));
    await res.arrayBuffer().catch(() => undefined);
    const challenge = res.status === 401 ? res.headers.get('www-authenticate') : null;
    // The base endpoint's challenge names no repository (or another one): ask for this one's pull.
    if (challenge) await this.authenticate(withoutScope(challenge), scope);
  }

  /** A JSON blob (an image config). */
  async blobJson(repo: string, digest: string): Promise<unknown> {
    const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, pullScope(repo));
    return JSON.parse(await res.text()) as unknown;
  }

  /** Deletes a manifest by digest; every tag pointing at it goes with it. */
  async deleteManifest(repo: string, digest: string): Promise<void> {
    try {
      await this.request('DELETE', `/v2/${repo}/manifests/${digest}`, `repository:${repo}:delete`);
    } catch (err) {
      if (err instanceof RegistryError && (err.status === 405 || err.code === 'UNSUPPORTED')) {
        throw new RegistryError(
          err.method,
          err.url,
          err.status,
          err.code,
          'the registry does not allow deletes (distribution: set storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true)',
        );
      }
      throw err;
    }
  }

  private async *pages(first: string, scope: string): AsyncGenerator<unknown> {
    let next: string | undefined = first;
    while (next) {
      const res = await this.request('GET', next, scope);
      yield (await res.json()) as unknown;
      next = nextLink(res.headers.get('link'));
    }
  }

  /** One request with auth and retries; throws RegistryError on a final non-2xx status. */
  async request(
    method: Method,
    path: string,
    scope: string,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    // A token or Basic credentials are for the registry's origin only: a pagination link to another
    // host (or to plain HTTP) is followed without them.
    const sameOrigin = new URL(url).origin === this.origin;
    const withAuth = () => {
      const auth = sameOrigin ? (this.tokens.get(scope) ?? this.tokens.get('*')) : undefined;
      return { ...headers, ...(auth ? { Authorization: auth } : {}) };
    };
    let res = await this.send(method, url, withAuth);
    if (res.status === 401 && sameOrigin) {
      const challenge = res.headers.get('www-authenticate');
      await res.arrayBuffer().catch(() => undefined);
      if (challenge && (await this.authenticate(challenge, scope)))
        res = await this.send(method, url, withAuth);
    }
    if (!res.ok) {
      const text = method === 'HEAD' ? '' : await res.text().catch(() => '');
      const { code, message } = parseOciError(text);
      throw new RegistryError(
        method,
        url,
        res.status,
        code,
        [
          message ||
            (res.status === 401 ? 'unauthorized: check registry-username and registry-password' : ''),
          transient(res.status) ? this.gaveUp() : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    return res;
  }

  /**
   * Sends one request, again after a transient failure (a network error, 5xx, 429) until the
   * retries are spent; returns the last answer, whatever its status. Every call to the registry and
   * its token service goes through here, so each is retried the same way.
   */
  private async send(
    method: Method,
    url: string | URL,
    headers: () => Record<string, string>,
  ): Promise<Response> {
    const retries = this.opts.retries ?? 4;
    const shown = typeof url === 'string' ? url : withoutQuery(url);
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        this.requests++;
        res = await this.fetchFn(url, { method, headers: headers(), redirect: 'follow' });
      } catch (err) {
        if (attempt < retries) {
          await this.backoff(attempt, `${method} ${shown}: ${describe(err)}`);
          continue;
        }
        throw new Error(`${method} ${shown}: ${describe(err)} ${this.gaveUp()}`, { cause: err });
      }
      if (transient(res.status) && attempt < retries) {
        await res.arrayBuffer().catch(() => undefined);
        await this.backoff(
          attempt,
          `${method} ${shown}: ${res.status}`,
          retryAfter(res.headers.get('retry-after')),
        );
        continue;
      }
      return res;
    }
  }

  /** What a failure after every retry says: how often it was tried, and what to do. */
  private gaveUp(): string {
    return `(after ${(this.opts.retries ?? 4) + 1} attempts); the registry kept failing: check that ${this.opts.host} is up and reachable, then run the job again`;
  }

  private async backoff(attempt: number, why: string, after?: number): Promise<void> {
    const ms =
      after ?? backoffMs(attempt, this.opts.backoff ?? REGISTRY_BACKOFF, this.opts.random ?? Math.random);
    this.opts.log?.(
      `${why}; retrying in ${ms} ms (attempt ${attempt + 2} of ${(this.opts.retries ?? 4) + 1})`,
    );
    await this.sleep(ms);
  }

  /**
   * Answers a challenge: Basic sends the credentials, Bearer fetches a token for the scope.
   *
   * @throws CredentialsRefusedError when the credentials would go where they could be read on the
   *   way (a token service over plain HTTP that is neither loopback nor named insecure).
   */
  private async authenticate(challenge: string, scope: string): Promise<boolean> {
    const { username, password } = this.opts;
    const basic =
      username || password
        ? `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64')}`
        : undefined;
    const parsed = parseChallenge(challenge);
    if (parsed?.scheme === 'basic') {
      if (!basic) return false;
      this.refuseCredentials(new URL(this.base), 'the registry');
      this.tokens.set('*', basic);
      return true;
    }
    if (!parsed) return false;
    const { params } = parsed;
    if (!params['realm']) return false;
    let url: URL;
    try {
      url = new URL(params['realm']);
    } catch {
      throw new RegistryError(
        'GET',
        `${this.base}/v2/`,
        401,
        undefined,
        'the token service address (realm) is not a URL',
      );
    }
    // Anonymous token requests carry nothing secret; credentials go only where nobody reads them.
    if (basic) this.refuseCredentials(url, 'the token service');
    if (params['service']) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', params['scope'] ?? scope);
    const res = await this.send('GET', url, (): Record<string, string> =>
      basic ? { Authorization: basic } : {},
    );
    if (!res.ok) {
      throw new RegistryError(
        'GET',
        withoutQuery(url),
        res.status,
        undefined,
        transient(res.status)
          ? `token request failed ${this.gaveUp()}`
          : 'token request failed: check registry-username and registry-password',
      );
    }
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) return false;
    this.tokens.set(scope, `Bearer ${token}`);
    return true;
  }

  private refuseCredentials(url: URL, what: string): void {
    const why = credentialsRefusal(url, this.insecureHosts);
    if (!why) return;
    throw new CredentialsRefusedError(
      `refused to send the credentials for ${this.opts.host} to ${what} at ${withoutQuery(url)}: ${why}. ` +
        `Serve it over https, or, if ${url.host} is trusted on this network, name it an insecure registry.`,
    );
  }
}

function pullScope(repo: string): string {
  return `repository:${repo}:pull`;
}

/** A failure worth another try: the registry or something before it is overloaded or restarting. */
function transient(status: number): boolean {
  return status >= 500 || status === 429;
}

function retryAfter(header: string | null): number | undefined {
  const s = Number(header);
  return header && Number.isFinite(s) && s >= 0 ? Math.min(s, 30) * 1000 : undefined;
}

function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
