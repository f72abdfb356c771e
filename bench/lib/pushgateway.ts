/**
 * A Pushgateway of the bench's own, from the engine's prefix, for a configuration the engine's
 * shared gateway does not run (its flags are the tests' and stay as they are).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from '../../shared/runtime/retry.js';

export interface OwnGateway {
  url: string;
  stop(): Promise<void>;
}

/** The engine's Pushgateway binary ($BKA_PREFIX/root/usr/bin), or an error naming the fix. */
export function pushgatewayBinary(): string {
  const prefix = process.env['BKA_PREFIX'];
  const bin = prefix && join(prefix, 'root/usr/bin/prometheus-pushgateway');
  if (!bin || !existsSync(bin))
    throw new Error(
      'the engine’s Pushgateway is not installed: run `bash scripts/engine.sh install` and load its variables (`eval "$(bash scripts/engine.sh env)"`).',
    );
  return bin;
}

/** Starts the engine's Pushgateway binary with `flags` on a free loopback port; ready when it returns. */
export async function startPushgateway(flags: string[]): Promise<OwnGateway> {
  const port = await freePort();
  const child = spawn(pushgatewayBinary(), [`--web.listen-address=127.0.0.1:${port}`, ...flags], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the Pushgateway exited at start:\n${stderr}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (waited >= 15_000) {
      child.kill('SIGKILL');
      throw new Error(`the Pushgateway was not ready on ${url} after 15 s:\n${stderr}`);
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
