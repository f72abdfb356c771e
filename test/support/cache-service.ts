/**
 * A loopback fake of GitHub's Actions cache service (v2, what github.com runs): the Twirp JSON API
 * @actions/cache calls (`CreateCacheEntry`, `FinalizeCacheEntryUpload`, `GetCacheEntryDownloadURL`
 * of `github.actions.results.api.v1.CacheService`) and the blob storage its signed URLs point at
 * (Azure Blob's single-shot `PUT` with `x-ms-blob-type: BlockBlob`, a plain `GET`). Requests are
 * checked against the messages of the service's protobuf description (REQUEST_FIELDS; a test holds
 * them equal to the message types @actions/cache is generated from) and unknown fields are refused,
 * as Twirp's JSON decoding does. Entries are scoped like the real service: a key and a version.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = 'github.actions.results.api.v1.CacheService';

/**
 * Field names of each request message (results/api/v1/cache.proto), as the client sends them: the
 * proto names. Twirp's JSON decoding (protojson) also takes their lowerCamelCase JSON names.
 */
export const REQUEST_FIELDS: Record<string, string[]> = {
  CreateCacheEntry: ['metadata', 'key', 'version'],
  FinalizeCacheEntryUpload: ['metadata', 'key', 'size_bytes', 'version'],
  GetCacheEntryDownloadURL: ['metadata', 'key', 'restore_keys', 'version'],
};

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The message's fields by proto name, whichever of the two names the body used. */
function normalize(body: Record<string, unknown>, known: string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const name = known.find((f) => f === k || camel(f) === k);
    if (!name) return undefined;
    out[name] = v;
  }
  return out;
}

/**
 * The other fields' types as protojson decodes them: `metadata` a message (an object), `restore_keys`
 * a list of strings, `size_bytes` an int64 (a decimal string, or a JSON integer).
 */
function typed(fields: Record<string, unknown>): boolean {
  const { metadata, restore_keys: keys, size_bytes: size } = fields;
  if (
    metadata !== undefined &&
    (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
  )
    return false;
  if (keys !== undefined && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string'))) return false;
  if (size !== undefined && !(Number.isInteger(size) || (typeof size === 'string' && /^-?\d+$/.test(size))))
    return false;
  return true;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  blob: string;
  data?: Buffer;
  finalized: boolean;
  created: number;
}

export interface CacheRequest {
  method: string;
  url: string;
  body?: unknown;
  status?: number;
}

export class FakeCacheService {
  readonly requests: CacheRequest[] = [];
  /** Requests the fake refused as malformed (unknown fields, wrong types): a test expects none. */
  readonly violations: string[] = [];
  private readonly entries: Entry[] = [];
  private failures: number[] = [];
  private corrupt = false;
  private nextId = 1;
  private url_ = '';

  private constructor(
    private readonly server: Server,
    readonly token: string,
  ) {}

  static async start(token = `runtime-${randomUUID()}`): Promise<FakeCacheService> {
    const server = createServer();
    const fake = new FakeCacheService(server, token);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.url_ = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return fake;
  }

  /** `ACTIONS_RESULTS_URL`. */
  get url(): string {
    return this.url_;
  }

  /** The variables a runner gives a step for the cache. */
  env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url_,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_CACHE_SERVICE_V2: 'true',
    };
  }

  /** Keys of the finalized entries, oldest first. */
  keys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  /**
   * Answers the next `n` Twirp calls with `status`: 503 (`unavailable`, which @actions/cache retries
   * with its own backoff, 3 s first) or 401 (`unauthenticated`, which it does not).
   */
  failNext(n: number, status: 503 | 401 = 503): void {
    for (let i = 0; i < n; i++) this.failures.push(status);
  }

  /** Serves downloads that are not the archive that was uploaded. */
  corruptDownloads(on = true): void {
    this.corrupt = on;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const record: CacheRequest = { method: req.method ?? 'GET', url: req.url ?? '/' };
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const data = body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body);
      res.writeHead(status, {
        ...(Buffer.isBuffer(body) ? {} : { 'content-type': 'application/json' }),
        ...headers,
      });
      res.end(data);
    };
    const url = new URL(record.url, this.url_);
    const twirp = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    if (twirp) {
      const failure = this.failures.shift();
      if (failure === 503) return send(503, { code: 'unavailable', msg: 'the cache service is unavailable' });
      if (failure === 401) return send(401, { code: 'unauthenticated', msg: 'the token has expired' });
      if (req.headers.authorization !== `Bearer ${this.token}`)
        return send(401, { code: 'unauthenticated', msg: 'invalid token' });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
        record.body = body;
      } catch {
        return send(400, { code: 'malformed', msg: 'the body is not JSON' });
      }
      const method = twirp[1]!;
      const known = REQUEST_FIELDS[method];
      if (!known) return send(404, { code: 'bad_route', msg: `no handler for ${url.pathname}` });
      const fields = normalize(body, known);
      if (
        !fields ||
        typeof fields['key'] !== 'string' ||
        typeof fields['version'] !== 'string' ||
        !typed(fields)
      ) {
        this.violations.push(`${method}: ${JSON.stringify(body)}`);
        return send(400, { code: 'malformed', msg: `unknown or missing fields in ${method}` });
      }
      return send(200, this.call(method, fields));
    }
    const blob = /^\/devstoreaccount1\/actions-cache\/([\w-]+)$/.exec(url.pathname);
    if (blob) {
      const entry = this.entries.find((e) => e.blob === blob[1]);
      if (!entry || url.searchParams.get('sig') !== entry.blob.slice(0, 8))
        return send(403, Buffer.from('AuthenticationFailed'));
      if (record.method === 'PUT') {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob' || url.searchParams.has('comp')) {
          this.violations.push(`blob upload not single-shot: ${record.url}`);
          return send(400, Buffer.from('InvalidHeaderValue'));
        }
        entry.data = raw;
        return send(201, Buffer.alloc(0), {
          etag: `"0x${entry.id.toString(16).padStart(15, '0')}"`,
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': randomUUID(),
          'x-ms-version': '2024-11-04',
          'x-ms-request-server-encrypted': 'true',
        });
      }
      if (record.method === 'GET' || record.method === 'HEAD') {
        if (!entry.data) return send(404, Buffer.from('BlobNotFound'));
        const data = this.corrupt ? Buffer.from('not a tar archive') : entry.data;
        return send(200, data, {
          'content-length': String(data.length),
          'content-type': 'application/octet-stream',
        });
      }
    }
    send(404, { code: 'not_found', msg: url.pathname });
  }

  private call(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const key = body['key'] as string;
    const version = body['version'] as string;
    if (method === 'CreateCacheEntry') {
      if (this.entries.some((e) => e.key === key && e.version === version))
        return { ok: false, signedUploadUrl: '', message: `cache entry ${key} already exists` };
      const entry: Entry = {
        id: this.nextId++,
        key,
        version,
        blob: randomUUID(),
        finalized: false,
        created: Date.now() + this.nextId,
      };
      this.entries.push(entry);
      return { ok: true, signedUploadUrl: this.blobUrl(entry) };
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (!entry?.data) return { ok: false, entryId: '0', message: 'no upload to finalize' };
      if (String(entry.data.length) !== body['size_bytes']) {
        this.violations.push(
          `FinalizeCacheEntryUpload: size_bytes ${String(body['size_bytes'])} != ${entry.data.length}`,
        );
      }
      entry.finalized = true;
      return { ok: true, entryId: String(entry.id) };
    }
    // GetCacheEntryDownloadURL: the exact key, else the newest entry of the first matching prefix.
    const ready = this.entries.filter((e) => e.finalized && e.version === version);
    let hit = ready.find((e) => e.key === key);
    for (const prefix of (body['restore_keys'] as string[] | undefined) ?? []) {
      if (hit) break;
      hit = ready.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0];
    }
    if (!hit) return { ok: false, signedDownloadUrl: '', matchedKey: '' };
    return { ok: true, signedDownloadUrl: this.blobUrl(hit), matchedKey: hit.key };
  }

  private blobUrl(e: Entry): string {
    return `${this.url_}devstoreaccount1/actions-cache/${e.blob}?sig=${e.blob.slice(0, 8)}&se=2099-01-01`;
  }
}
