/**
 * Which services a set of changed paths affects, and why: the six rules of docs/rules.md. Pure: it
 * works on the catalogue and a path list. Changed paths are sorted once so that each read only
 * looks at the paths under its literal prefix, which keeps 1,000 services × 10,000 paths fast.
 */
import picomatch from 'picomatch';
import { compileIgnore } from '../dockerfile/dockerignore.js';
import { compilePattern, type PatternMatcher } from '../dockerfile/match.js';
import type { SourceRead } from '../dockerfile/model.js';
import { dependents } from './graph.js';
import type { PlannedService, Reason } from './types.js';

export interface AffectedInput {
  services: readonly PlannedService[];
  /** Repository-relative changed paths (both sides of renames). */
  changed: readonly string[];
  /** Manifest `global` globs. */
  global?: readonly string[];
  /** Rule 3 results, computed by the caller from the base revision's definitions. */
  definitionChanges?: ReadonlyMap<string, Reason>;
}

/** Returns the affected keys with their reasons, in catalogue order. */
export function findAffected(input: AffectedInput): Map<string, Reason[]> {
  const paths = new SortedPaths(input.changed);
  const changedSet = new Set(input.changed);
  const compiled = new Memo<PatternMatcher>();
  const ignores = new Memo<(p: string) => boolean>();
  const globs = new Memo<{ prefix: string; test: (p: string) => boolean }>();
  const reasons = new Map<string, Reason[]>();
  const add = (key: string, r: Reason) => reasons.set(key, [...(reasons.get(key) ?? []), r]);

  const globalHit = firstGlobMatch(input.global ?? [], paths, globs);

  for (const s of input.services) {
    const df = s.dockerfile ?? s.definedIn;
    const ignored = ignores.get(JSON.stringify(s.ignorePatterns), () => compileIgnore(s.ignorePatterns));
    // Rule 1: a read of the build context.
    for (const read of s.reads) {
      if (read.from.kind !== 'context') continue;
      const hit = readHit(read, s.context, ignored, paths, compiled);
      if (hit)
        add(s.key, { rule: 1, path: hit, file: df, line: read.line, message: describeRead(read, hit) });
    }
    // Rule 2: the Dockerfile, or the ignore file that applies to it.
    if (s.dockerfile && changedSet.has(s.dockerfile)) {
      add(s.key, {
        rule: 2,
        path: s.dockerfile,
        file: s.dockerfile,
        message: `Dockerfile ${s.dockerfile} changed`,
      });
    }
    for (const [i, candidate] of s.ignoreCandidates.entries()) {
      // The per-Dockerfile file always counts (adding or removing it switches files); the
      // context's counts while it is the one in force.
      const applies = i === 0 || s.ignoreFile === undefined || s.ignoreFile === candidate;
      if (applies && changedSet.has(candidate)) {
        add(s.key, {
          rule: 2,
          path: candidate,
          file: candidate,
          message: `dockerignore ${candidate} changed`,
        });
      }
    }
    // Rule 3: the build definition.
    const def = input.definitionChanges?.get(s.key);
    if (def) add(s.key, def);
    // Rule 4: a read through a local named context.
    for (const [name, ctx] of Object.entries(s.localContexts)) {
      const ctxIgnored = ignores.get(JSON.stringify(ctx.ignorePatterns), () =>
        compileIgnore(ctx.ignorePatterns),
      );
      const reads: SourceRead[] = s.reads.filter((r) => r.from.kind === 'named' && r.from.name === name);
      for (const ref of s.refs) {
        if (ref.kind === 'named' && ref.name === name && ref.via === 'FROM') {
          reads.push({
            instruction: 'FROM',
            line: ref.line,
            from: { kind: 'named', name },
            patterns: ['.'],
            excludes: [],
          });
        }
      }
      for (const read of reads) {
        const hit = readHit(read, ctx.path, ctxIgnored, paths, compiled);
        if (hit) {
          add(s.key, {
            rule: 4,
            path: hit,
            file: df,
            line: read.line,
            message: `${describeRead(read, hit)} through context '${name}' (${ctx.path})`,
          });
        }
      }
      if (reads.length && changedSet.has(ctx.ignoreFile)) {
        add(s.key, {
          rule: 4,
          path: ctx.ignoreFile,
          message: `dockerignore ${ctx.ignoreFile} of context '${name}' changed`,
        });
      }
    }
    // Rule 5: watch globs and global globs.
    const watchHit = firstGlobMatch(s.watch, paths, globs);
    if (watchHit)
      add(s.key, {
        rule: 5,
        path: watchHit.path,
        message: `${watchHit.path} matches watch glob '${watchHit.glob}'`,
      });
    if (globalHit)
      add(s.key, {
        rule: 5,
        path: globalHit.path,
        message: `${globalHit.path} matches global glob '${globalHit.glob}'`,
      });
  }

  // Rule 6: everything that builds on an affected service.
  const deps = new Map(input.services.map((s) => [s.key, s.deps]));
  for (const [key, { via }] of dependents([...reasons.keys()], deps)) {
    add(key, { rule: 6, message: `depends on ${via}, which is affected` });
  }
  const order = new Map(input.services.map((s, i) => [s.key, i]));
  return new Map([...reasons].sort(([a], [b]) => order.get(a)! - order.get(b)!));
}

/** The first changed path a read takes from a context directory, if any. */
function readHit(
  read: SourceRead,
  contextDir: string,
  ignored: (p: string) => boolean,
  paths: SortedPaths,
  compiled: Memo<PatternMatcher>,
): string | undefined {
  const ctxPrefix = contextDir === '.' ? '' : contextDir + '/';
  for (const pattern of read.patterns) {
    const m = compiled.get(`${pattern}\0${read.excludes.join('\0')}`, () =>
      compilePattern(pattern, read.excludes),
    );
    const [lo, hi] = paths.range(ctxPrefix + m.prefix);
    for (let i = lo; i < hi; i++) {
      const rel = paths.at(i).slice(ctxPrefix.length);
      if (m.test(rel) && !ignored(rel)) return paths.at(i);
    }
  }
  return undefined;
}

function describeRead(read: SourceRead, path: string): string {
  const what = read.instruction === 'RUN' ? 'RUN --mount' : read.instruction;
  const how = read.unresolved ? ` (the whole context: ${read.unresolved})` : '';
  return `${what} reads ${path}${how}`;
}

function firstGlobMatch(
  list: readonly string[],
  paths: SortedPaths,
  globs: Memo<{ prefix: string; test: (p: string) => boolean }>,
): { glob: string; path: string } | undefined {
  for (const glob of list) {
    const g = globs.get(glob, () => ({
      prefix: literalPrefix(glob),
      test: picomatch(glob.replace(/^\.\//, ''), { dot: true }),
    }));
    const [lo, hi] = paths.range(g.prefix);
    for (let i = lo; i < hi; i++) if (g.test(paths.at(i))) return { glob, path: paths.at(i) };
  }
  return undefined;
}

function literalPrefix(glob: string): string {
  const segs = glob.replace(/^\.\//, '').split('/');
  const i = segs.findIndex((s) => /[*?[\]{}()!+@\\]/.test(s));
  return i < 0 ? segs.join('/') : segs.slice(0, i).join('/');
}

/** Changed paths, sorted by UTF-16 code unit so that a prefix selects one contiguous range. */
class SortedPaths {
  private readonly list: string[];
  constructor(paths: readonly string[]) {
    this.list = [...new Set(paths)].sort();
  }
  at(i: number): string {
    return this.list[i]!;
  }
  /** [lo, hi) of the paths that start with `prefix`. */
  range(prefix: string): [number, number] {
    if (!prefix) return [0, this.list.length];
    return [this.lowerBound(prefix), this.lowerBound(prefix + '\uffff')];
  }
  private lowerBound(x: string): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

class Memo<T> {
  private readonly map = new Map<string, T>();
  get(key: string, make: () => T): T {
    let v = this.map.get(key);
    if (v === undefined) this.map.set(key, (v = make()));
    return v;
  }
}
