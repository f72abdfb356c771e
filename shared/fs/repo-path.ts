/**
 * Paths the user names (a build context, a Dockerfile, a named context, a secret file, the
 * manifest, an ignore file) must stay inside the repository, symbolic links included: a checkout
 * can hold a link to `/etc` or to `$HOME/.docker/config.json`, and a check on the path as text would
 * let a read through it leave the repository. One helper does the check for every reader.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError, type SourceLocation } from '../runtime/errors.js';

/** Who named the path, for the error: an action input, or a file and line (a Compose key). */
export type RepoPathSubject = string | { input?: string; location?: SourceLocation };

/**
 * Resolves `path` inside the repository at `repoRoot`, following symbolic links, and returns its
 * real path.
 *
 * Contract (the Compose loader relies on it too):
 * - `path` is relative to `repoRoot`, or absolute. It is first normalised as text (`a/../b` is `b`,
 *   as Go's `filepath.Clean` does before buildx opens a path), and must then lie inside `repoRoot`.
 * - The normalised path is then resolved with `realpath` (every link on the way, the last component
 *   included), and the result must lie inside the real path of `repoRoot` (which may itself be a
 *   link, as a runner's workspace can be). Links that stay inside the repository are followed.
 * - Returns the real absolute path; read through it, not through `path`, so that what was checked
 *   is what is read. Returns `undefined` when nothing exists at `path` (a dangling link included):
 *   the caller decides whether a missing file is an error.
 * - Throws InputError naming `subject` (the input, or the file and line), the path as given and,
 *   for a link, the link (repository-relative) and its target as written and as resolved. No other
 *   exception escapes but I/O errors other than a missing file (EACCES, ELOOP ...).
 * - Pure but for `lstat`, `readlink` and `realpath`; the repository root's real path is computed
 *   once per root and process, and what a `cache` holds is not looked at again.
 *
 * @param repoRoot absolute path of the repository root
 * @param path the path as the user wrote it
 * @param subject the input name (`'context'`), or `{ input?, location? }` for a file and line
 * @returns the real path, or `undefined` when it does not exist
 * @throws InputError when the path, as text or through a link, leaves the repository
 */
export function resolveInsideRepo(
  repoRoot: string,
  path: string,
  subject: RepoPathSubject,
  cache?: RepoPathCache,
): string | undefined {
  const root = resolve(repoRoot);
  const abs = resolve(root, path);
  if (!contains(root, abs)) {
    throw new InputError(`'${path}' is outside the repository (${root}).`, {
      ...details(subject),
      fix: 'give a path inside the repository (relative to working-directory).',
    });
  }
  const realRoot = realRootOf(root);
  const memo = cache ?? new RepoPathCache();
  let real = memo.paths.get(abs);
  if (real === undefined && !memo.paths.has(abs)) {
    real = realPathOf(root, realRoot, abs, memo.dirs);
    memo.paths.set(abs, real);
  }
  if (real === undefined) return undefined;
  if (contains(realRoot, real)) return real;
  const link = firstEscapingLink(root, realRoot, abs);
  const shown = link ? relative(root, link.path).split(sep).join('/') : path;
  const how = link
    ? `the symbolic link '${shown}' points to '${link.target}'${link.real !== link.target ? ` (${link.real})` : ''}`
    : `it resolves to '${real}'`;
  throw new InputError(`'${path}' leaves the repository: ${how}, outside ${realRoot}.`, {
    ...details(subject),
    fix: 'point the link at a file inside the repository (links inside it are followed), or copy what it names into the repository.',
  });
}

const realRoots = new Map<string, string>();
/**
 * What resolveInsideRepo found, for a reader that checks many paths while the files stay as they
 * are (one plan's catalogue): a plan checks thousands of files in the same few hundred folders, and
 * the loader and the catalogue check the same contexts and Dockerfiles. Resolving each whole path
 * again (a readlink per component) was a tenth of a large plan.
 */
export class RepoPathCache {
  /** Folder → its real path. */
  readonly dirs = new Map<string, string>();
  /** Path → its real path, or undefined when nothing is there. */
  readonly paths = new Map<string, string | undefined>();
}

/**
 * The real path of `abs` (inside `root` as text), or undefined when nothing is there (a dangling
 * link included): one lstat for a plain entry, whose real path is its folder's plus its name.
 */
function realPathOf(
  root: string,
  realRoot: string,
  abs: string,
  realDirs: Map<string, string>,
): string | undefined {
  if (abs === root) return realRoot;
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isSymbolicLink()) {
    try {
      return realpathSync.native(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw err;
    }
  }
  const dir = dirname(abs);
  let realDir = dir === root ? realRoot : realDirs.get(dir);
  if (realDir === undefined) {
    realDir = realPathOf(root, realRoot, dir, realDirs);
    if (realDir === undefined) return undefined;
    realDirs.set(dir, realDir);
  }
  return join(realDir, basename(abs));
}

function realRootOf(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

/** True when `p` is `dir` or below it (both absolute and normalised). */
function contains(dir: string, p: string): boolean {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * Walks `abs` from `root` one component at a time; the first prefix whose real path leaves the
 * repository ends in the link to blame (the prefix before it was inside, and a plain entry of a
 * directory inside the repository is inside too).
 */
function firstEscapingLink(
  root: string,
  realRoot: string,
  abs: string,
): { path: string; target: string; real: string } | undefined {
  const parts = relative(root, abs).split(sep).filter(Boolean);
  let prefix = root;
  for (const part of parts) {
    prefix = join(prefix, part);
    if (!lstatSync(prefix).isSymbolicLink()) continue;
    const real = realpathSync.native(prefix);
    if (!contains(realRoot, real)) return { path: prefix, target: readlinkSync(prefix), real };
  }
  return undefined;
}

function details(subject: RepoPathSubject): { input?: string; location?: SourceLocation } {
  return typeof subject === 'string' ? { input: subject } : subject;
}
