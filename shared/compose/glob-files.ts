/**
 * Files of a repository that the `compose-files` globs match: a walk of the directories the globs
 * can reach, outside `.git` (and `node_modules`, unless a glob names it).
 */
import { readdirSync, type Dirent } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { compare, isFile } from './repo-files.js';

/** True for a repository-relative path that one of the `!` patterns (given without the `!`) matches. */
export function matcher(excludes: string[]): (path: string) => boolean {
  const exclude = excludes.map((g) => picomatch(g.replace(/^\.\//, ''), { dot: true }));
  return (path) => exclude.some((m) => m(path));
}

/** Repository-relative files matching any of `globs` and not `excluded`, sorted. */
export async function globFiles(
  root: string,
  globs: string[],
  excluded: (path: string) => boolean,
): Promise<string[]> {
  if (globs.length === 0) return [];
  const opts = { dot: true };
  const include = globs.map((g) => picomatch(g.replace(/^\.\//, ''), opts));
  const wantsNodeModules = globs.some((g) => g.includes('node_modules'));
  const bases = [...new Set(globs.map((g) => picomatch.scan(g.replace(/^\.\//, '')).base))];
  const found = new Set<string>();
  for (const base of bases) {
    for (const f of await walk(root, base, wantsNodeModules)) {
      if (include.some((m) => m(f)) && !excluded(f)) found.add(f);
    }
  }
  return [...found].sort(compare);
}

/** Every file under `base` (repository-relative), not following directory symlinks. */
async function walk(root: string, base: string, wantsNodeModules: boolean): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(resolve(root, rel), { withFileTypes: true });
    } catch {
      // an unreadable directory holds no Compose files we can load
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === '.git' || (e.name === 'node_modules' && !wantsNodeModules)) continue;
        await visit(child);
      } else if (e.isFile() || (e.isSymbolicLink() && (await isFile(resolve(root, child))))) {
        out.push(child);
      }
    }
  };
  await visit(base === '.' ? '' : base);
  return out;
}

/** What one pattern of a files input names: absolute paths. */
export interface PatternMatch {
  pattern: string;
  files: string[];
}

/**
 * The files each pattern of an input names (the actions' `result-files`): a path without glob
 * characters is the file itself, whether it exists or not (a walk would take it for a directory);
 * a glob is matched under `root` when relative, under `/` when absolute. Each pattern's files sorted.
 */
export async function matchFiles(patterns: readonly string[], root: string): Promise<PatternMatch[]> {
  const out: PatternMatch[] = [];
  for (const pattern of patterns) {
    const abs = isAbsolute(pattern);
    const base = abs ? '/' : root;
    const rel = abs ? pattern.replace(/^\/+/, '') : pattern;
    const files = picomatch.scan(rel).isGlob
      ? (await globFiles(base, [rel], () => false)).map((f) => resolve(base, f))
      : [resolve(base, rel)];
    out.push({ pattern, files });
  }
  return out;
}
