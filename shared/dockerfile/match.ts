/**
 * Tests whether a context-relative path is read by a COPY/ADD/mount source pattern. Patterns follow
 * Go's filepath.Match per path segment (as BuildKit's copy does, `*` never crosses '/'), and a match
 * on a directory reads everything below it. Each pattern carries its literal prefix so callers can
 * narrow a sorted path list before testing.
 */
import picomatch from 'picomatch';
import { compileIgnore } from './dockerignore.js';

export interface PatternMatcher {
  pattern: string;
  /** The directory prefix before the first glob character ('' for none), to narrow candidates. */
  prefix: string;
  test(contextPath: string): boolean;
}

const GLOB = /[*?[\\]/;

export function compilePattern(pattern: string, excludes: string[] = []): PatternMatcher {
  const excluded = excludes.length ? compileIgnore(excludes) : undefined;
  const base = compileBase(pattern);
  const test = excluded
    ? (p: string) => base.test(p) && !excluded(relativeToSource(p, base.prefix, pattern))
    : base.test;
  return { pattern, prefix: base.prefix, test };
}

function compileBase(pattern: string): { prefix: string; test(p: string): boolean } {
  if (pattern === '.') return { prefix: '', test: () => true };
  if (!GLOB.test(pattern)) {
    const dir = pattern + '/';
    return { prefix: pattern, test: (p) => p === pattern || p.startsWith(dir) };
  }
  const segs = pattern.split('/');
  const firstGlob = segs.findIndex((s) => GLOB.test(s));
  const prefix = segs.slice(0, firstGlob).join('/');
  const isMatch = picomatch(pattern, {
    dot: true,
    nobrace: true,
    noextglob: true,
    noglobstar: !pattern.includes('**'),
  });
  if (pattern.includes('**')) {
    // `**` can match any depth: test the path and each of its ancestors.
    return {
      prefix,
      test: (p) => {
        for (let i = p.length; i > 0; i = p.lastIndexOf('/', i - 1)) if (isMatch(p.slice(0, i))) return true;
        return false;
      },
    };
  }
  const k = segs.length;
  return {
    prefix,
    test: (p) => {
      // The ancestor (or the path itself) with as many segments as the pattern is what matched.
      let idx = -1;
      for (let n = 0; n < k; n++) {
        idx = p.indexOf('/', idx + 1);
        if (idx < 0) return n === k - 1 && isMatch(p);
      }
      return isMatch(p.slice(0, idx));
    },
  };
}

// `COPY --exclude` patterns apply below the copied source, so match them relative to it.
function relativeToSource(p: string, prefix: string, pattern: string): string {
  const root = GLOB.test(pattern) ? prefix : pattern;
  if (!root) return p;
  return p === root ? '.' : p.startsWith(root + '/') ? p.slice(root.length + 1) : p;
}
