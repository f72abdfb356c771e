// dist/ is committed: rebuilding it from the sources must change nothing.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('dist/', () => {
  it('matches a fresh build of every action', () => {
    const out = mkdtempSync(join(tmpdir(), 'bka-dist-'));
    try {
      execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', out], { stdio: 'pipe' });
      const built = files(out)
        .map((f) => relative(out, f))
        .sort();
      const committed = files('dist')
        .map((f) => relative('dist', f))
        .sort();
      expect(committed).toEqual(built);
      const stale = built.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))));
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
