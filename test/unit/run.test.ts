// run(): an action's end. It exits as soon as the log is flushed (skipping Node's heap teardown),
// so nothing written to a slow pipe may be lost and the exit code must be the one set.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = 'test/fixtures/run/chatty-action.ts';

/** Runs the fixture action with its stdout read only after a pause, as a busy runner might. */
function runChatty(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const state = join(mkdtempSync(join(tmpdir(), 'bka-run-')), 'state');
  writeFileSync(state, '');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      env: { PATH: process.env['PATH'] ?? '', GITHUB_STATE: state, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 400);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

describe('run', () => {
  it('ends only once a log larger than the pipe has reached a slow reader, exit code 0', async () => {
    const r = await runChatty({ CHATTY_BYTES: String(2 << 20) });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(2 << 20);
    expect(r.stderr).toContain('stderr too');
  }, 30000);

  it('a thrown error fails the step: the whole log, then the error annotation, exit code 1', async () => {
    const r = await runChatty({ CHATTY_BYTES: String(1 << 20), CHATTY_FAIL: '1' });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l === 'x'.repeat(1023))).toHaveLength(1024);
    expect(lines.slice(1024)[0]).toBe('::error::chatty failed');
  }, 30000);
});
