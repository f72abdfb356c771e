/** POSIX path helpers for repository-relative paths, as BuildKit and git spell them. */
import { posix } from 'node:path';

/**
 * Cleans a path the way BuildKit cleans a COPY/ADD source or a mount source: it is resolved against
 * the context root, so `../x`, `/x` and `./x` all name `x` inside the context. Returns '.' for the
 * root itself.
 */
export function cleanContextPath(p: string): string {
  const cleaned = posix
    .normalize('/' + p.replace(/\\/g, '/'))
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
  return cleaned === '' ? '.' : cleaned;
}

/** Normalises a repository-relative path: `./x/` and `x` are equal; the root is '.'. */
export function normalizeRepoPath(p: string): string {
  const n = posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n === '' || n === './' ? '.' : n.replace(/^\.\//, '');
}

/** True when `path` is `dir` itself or below it ('.' contains everything). */
export function isInside(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(dir + '/');
}

/** `path` relative to `dir` (which must contain it); '.' for the directory itself. */
export function relativeTo(path: string, dir: string): string {
  if (dir === '.') return path;
  return path === dir ? '.' : path.slice(dir.length + 1);
}

/** True when a repository-relative path escapes the repository (`..` at its start). */
export function escapesRepo(p: string): boolean {
  const n = posix.normalize(p);
  return n === '..' || n.startsWith('../') || posix.isAbsolute(n);
}
