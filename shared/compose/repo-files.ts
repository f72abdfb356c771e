/**
 * Paths and file checks shared by discovery and loading: repository-relative POSIX paths, and
 * whether a path is a file or a directory.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** Repository-relative POSIX path of `abs` ('.' for the root), or undefined when it is outside `root`. */
export function toRepoPath(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

// Synchronous I/O: discovery and the loader stat thousands of small files one after another, and a
// promise round trip through the thread pool costs more than each call.
export async function isFile(p: string): Promise<boolean> {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

export async function isDirectory(p: string): Promise<boolean> {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Orders strings by code unit, as `<` does: the same order on every machine, whatever the locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
