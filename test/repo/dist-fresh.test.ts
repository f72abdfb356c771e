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

/** Where a committed file and its rebuild first differ, so that a failure shows what moved. */
function firstDifference(committed: string, rebuilt: string): string {
  const a = committed.split('\n');
  const b = rebuilt.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const clip = (l: string | undefined) => JSON.stringify((l ?? '<end>').slice(0, 160));
  return `line ${i + 1} (of ${a.length} / ${b.length}): committed ${clip(a[i])}, rebuilt ${clip(b[i])}`;
}

/** What a bundle folder holds: the entry, import() chunks, licences, the module type, undici. */
const BUNDLE_FILE = /^[a-z-]+\/(index\.js|\d+\.index\.js|licenses\.txt|package\.json|undici(-lazy)?\.cjs)$/;

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
      // Only code and its licences: a file ncc copied as an asset (a .env it took a runtime path
      // for, say) would ship the repository's own files inside the action.
      expect(built.filter((f) => !BUNDLE_FILE.test(f))).toEqual([]);
      const stale = built
        .filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))))
        .map(
          (f) =>
            `${f}: ${firstDifference(readFileSync(join('dist', f), 'utf8'), readFileSync(join(out, f), 'utf8'))}`,
        );
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
