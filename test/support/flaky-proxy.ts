/**
 * A registry that fails its first requests: a loopback HTTP proxy in front of a registry (default
 * 127.0.0.1:5000) that answers `503 Service Unavailable`, or resets the connection, for the first
 * `fail` requests it sees, then forwards every request unchanged (the Host header too, so the
 * registry's upload `Location` URLs point back at the proxy). Push to `<address>/name` to go
 * through it.
 */
import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FailureMode = '503' | 'reset';

export interface FlakyProxy {
  /** `127.0.0.1:PORT`, a registry host for image references. */
  address: string;
  /** Requests seen, failed ones included. */
  requests(): number;
  /** Requests failed on purpose. */
  failed(): number;
  /** `METHOD path -> status` per request, for test messages. */
  log: string[];
  close(): Promise<void>;
}

export interface FlakyProxyOptions {
  /** `host:port` of the real registry. */
  upstream?: string;
  /** How many requests to fail before forwarding. */
  fail: number;
  /** How: a 503 answer, or a TCP reset (the `connection reset by peer` clients see). */
  mode?: FailureMode;
  /** Only requests this accepts count towards `fail` (default: every request under /v2/). */
  match?: (req: IncomingMessage) => boolean;
}

export async function startFlakyProxy(opts: FlakyProxyOptions): Promise<FlakyProxy> {
  const [upHost, upPort] = (opts.upstream ?? '127.0.0.1:5000').split(':') as [string, string];
  const match = opts.match ?? ((r: IncomingMessage) => (r.url ?? '').startsWith('/v2/'));
  const sockets = new Set<Socket>();
  const log: string[] = [];
  let seen = 0;
  let failed = 0;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen++;
    const line = `${req.method} ${req.url}`;
    if (failed < opts.fail && match(req)) {
      failed++;
      if (opts.mode === 'reset') {
        log.push(`${line} -> reset`);
        req.socket.resetAndDestroy();
        return;
      }
      log.push(`${line} -> 503`);
      req.resume();
      res.writeHead(503, { 'Content-Type': 'application/json', Connection: 'close' });
      res.end(
        JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'service unavailable (flaky proxy)' }] }),
      );
      return;
    }
    const up = request(
      { host: upHost, port: Number(upPort), method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        log.push(`${line} -> ${upRes.statusCode}`);
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', (err) => {
      log.push(`${line} -> upstream error ${err.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    requests: () => seen,
    failed: () => failed,
    log,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
