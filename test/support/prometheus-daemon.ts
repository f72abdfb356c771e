/**
 * A Prometheus or Pushgateway of a test's (or the bench's) own, from the engine's prefix, on a free
 * loopback port: for a configuration the engine's shared daemons do not run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from '../../shared/runtime/retry.js';

export interface OwnDaemon {
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

/** The engine's binary `name` ($BKA_PREFIX/root/usr/bin), or an error naming the fix. */
export function engineBinary(name: 'prometheus' | 'prometheus-pushgateway'): string {
  const prefix =
    process.env['BKA_PREFIX'] ?? join(process.env['HOME'] ?? '/root', '.cache/buildkit-actions/engine');
  const bin = join(prefix, 'root/usr/bin', name);
  if (!existsSync(bin))
    throw new Error(
      `the engine’s ${name} is not installed: run \`bash scripts/engine.sh install\` and load its variables (\`eval "$(bash scripts/engine.sh env)"\`).`,
    );
  return bin;
}

/**
 * Starts `name` with `flags` and `--web.listen-address` on a free loopback port; resolves once its
 * `/-/ready` answers (both daemons serve it), and throws with the end of its log if it exits or is
 * not ready within `timeoutMs`.
 */
export async function startDaemon(
  name: 'prometheus' | 'prometheus-pushgateway',
  flags: string[],
  timeoutMs = 30_000,
): Promise<OwnDaemon> {
  const port = await freePort();
  const child = spawn(engineBinary(name), [...flags, `--web.listen-address=127.0.0.1:${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || waited >= timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start on ${url}:\n${log}`);
    }
    await sleep(100);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A loopback port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
