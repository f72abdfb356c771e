/**
 * Gives dockerd's embedded BuildKit a plain buildkitd address, so tests can drive the buildx
 * `remote` driver without a moby/buildkit image. dockerd serves BuildKit's gRPC API on
 * `POST /grpc` after an `Upgrade: h2c` (that is how buildx's docker driver reaches it); this proxy
 * performs that upgrade on a fresh dockerd connection for each client connection, then pipes bytes
 * both ways. Listens on a unix socket (`unix://...`) or on 127.0.0.1 (`tcp://127.0.0.1:PORT`).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildkitProxy {
  /** The buildkitd-style address to give `docker buildx create --driver remote`. */
  address: string;
  /** Connections served so far. */
  connections(): number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/** The dockerd socket path from a `unix://` DOCKER_HOST. */
export function dockerSocket(
  dockerHost = process.env['DOCKER_HOST'] ?? 'unix:///var/run/docker.sock',
): string {
  if (!dockerHost.startsWith('unix://')) throw new Error(`DOCKER_HOST ${dockerHost} is not a unix socket`);
  return dockerHost.slice('unix://'.length);
}

/** Opens a dockerd connection upgraded to h2c on /grpc; resolves once dockerd answered 101. */
function upgrade(socketPath: string): Promise<{ upstream: Socket; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    const upstream = connect(socketPath);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      upstream.off('data', onData);
      upstream.off('error', reject);
      const status = head.subarray(0, head.indexOf('\r\n')).toString();
      if (!/^HTTP\/1\.[01] 101/.test(status)) {
        upstream.destroy();
        reject(new Error(`dockerd refused the h2c upgrade: ${status}`));
        return;
      }
      resolve({ upstream, rest: head.subarray(end + 4) });
    };
    upstream.on('data', onData);
    upstream.once('error', reject);
    upstream.write(
      'POST /grpc HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: 0\r\n\r\n',
    );
  });
}

/**
 * Starts a proxy. `listen` is `unix` (a socket in a new temporary folder, the default) or `tcp`
 * (an ephemeral port on 127.0.0.1).
 */
export async function startBuildkitProxy(
  opts: { listen?: 'unix' | 'tcp'; dockerHost?: string } = {},
): Promise<BuildkitProxy> {
  const socketPath = dockerSocket(opts.dockerHost);
  const open = new Set<Socket>();
  let served = 0;
  const server: Server = createServer((client) => {
    served++;
    open.add(client);
    client.pause();
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    upgrade(socketPath).then(
      ({ upstream, rest }) => {
        open.add(upstream);
        upstream.on('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => upstream.destroy());
        client.on('close', () => upstream.destroy());
        if (rest.length) client.write(rest);
        upstream.pipe(client);
        client.pipe(upstream);
        client.resume();
      },
      () => client.destroy(),
    );
  });
  let dir: string | undefined;
  let address: string;
  if ((opts.listen ?? 'unix') === 'unix') {
    dir = mkdtempSync(join(tmpdir(), 'bka-buildkitd-'));
    const path = join(dir, 'buildkitd.sock');
    server.listen(path);
    await once(server, 'listening');
    address = `unix://${path}`;
  } else {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    address = `tcp://127.0.0.1:${port}`;
  }
  return {
    address,
    connections: () => served,
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
