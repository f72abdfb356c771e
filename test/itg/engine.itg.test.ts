/**
 * The engine's daemons (scripts/engine.sh) outlive whoever started them: the demo, a jest run, a CI
 * step. They must not keep that caller's temporary folder, which it may remove at exit (the demo
 * does: dockerd then failed every `docker run` of the next `npm test` with "failed to create temp
 * dir").
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = process.env['BKA_PREFIX'] ?? '';
if (!PREFIX) throw new Error('run with the engine: eval "$(bash scripts/engine.sh env)" (BKA_PREFIX)');

const DAEMONS = ['containerd', 'dockerd', 'registry', 'pushgateway'];

/** A process's environment, from /proc (the daemons run as root, and so do the tests). */
function environOf(pid: number): Map<string, string> {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return new Map(entries.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
}

describe('engine daemons', () => {
  it.each(DAEMONS)('%s runs with a temporary folder of the prefix, which exists', (name) => {
    const pid = Number(readFileSync(join(PREFIX, 'run', `${name}.pid`), 'utf8').trim());
    const tmp = environOf(pid).get('TMPDIR');
    expect(tmp).toBe(join(PREFIX, 'run', 'tmp'));
    expect(existsSync(tmp!)).toBe(true);
  });
});
