/**
 * Git helpers for a CI checkout, which is usually shallow: they find out what is present, fetch the
 * commits a comparison needs, and list what changed between two revisions. Every path they return is
 * repository-relative and POSIX.
 */
import { posix } from 'node:path';
import { ToolError } from '../runtime/errors.js';
import type { Exec } from '../runtime/deps.js';
import type { ExecResult } from '../runtime/exec.js';

/** How to compare two revisions. */
export type DiffMode =
  /** `base...head`: what head changed since it forked from base, as a pull request shows it. */
  | 'merge-base'
  /** `base..head`: the two trees compared as they are, as a push moves a branch from before to after. */
  | 'direct';

/** How far to deepen a shallow clone while looking for a merge base. */
export interface DeepenOptions {
  /** Remote to fetch from; `origin` unless told. */
  remote?: string;
  /**
   * History depths tried in turn, each a fetch, until a merge base shows up. Bounded so that a branch
   * unrelated to its base cannot turn into a full clone of a large repository.
   */
  depths?: readonly number[];
}

const DEFAULT_DEPTHS = [50, 250, 1000] as const;

// Stable English messages and no credential prompt that would hang a CI job.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

/** A checkout, and how to run git in it. */
export interface GitRepo {
  /** The repository's root (or any folder inside it). */
  cwd: string;
  exec: Exec;
}

function git(repo: GitRepo, args: string[], allowFailure = false): Promise<ExecResult> {
  // core.quotepath=off keeps non-ASCII paths verbatim in any output that is not already NUL-separated.
  return repo.exec('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: repo.cwd,
    env: GIT_ENV,
    allowFailure,
  });
}

/**
 * Why git must not be given `rev` as a revision (an event payload's or an input's): empty, read as an
 * option (`--output=…`, anything starting with `-`), or holding a NUL or line break. `undefined` when
 * it may be passed. Inputs check it first, to name themselves in the error.
 */
export function revisionProblem(rev: string): string | undefined {
  if (!rev) return 'it is empty';
  if (rev.startsWith('-')) return "it starts with '-', so git would read it as an option";
  if (/[\0\n\r]/.test(rev)) return 'it holds a NUL or a line break';
  return undefined;
}

/** A revision from outside (an event payload, an input) must not be read by git as an option. */
function assertRev(rev: string): void {
  if (revisionProblem(rev)) {
    throw new ToolError('git', 128, `refusing to pass ${JSON.stringify(rev)} to git as a revision`);
  }
}

/** Whether the repository `repo` has truncated history (a `--depth` clone or fetch). */
export async function isShallow(repo: GitRepo): Promise<boolean> {
  const { stdout } = await git(repo, ['rev-parse', '--is-shallow-repository']);
  return stdout.trim() === 'true';
}

/**
 * Resolves `rev` (a sha, branch, tag, `HEAD~2`, ...) to the sha of the commit it names, peeling
 * annotated tags; `undefined` when the repository does not have it.
 *
 * @throws ToolError when git fails for another reason (for example `repo.cwd` is not a repository).
 */
export async function revParse(repo: GitRepo, rev: string): Promise<string | undefined> {
  assertRev(rev);
  const r = await git(
    repo,
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    true,
  );
  if (r.code === 0) return r.stdout.trim();
  if (r.code === 1) return undefined;
  throw new ToolError(`git rev-parse ${rev}`, r.code, r.stderr);
}

/** Whether the commit object `sha` is present locally (a shallow clone may lack it). */
export async function hasCommit(repo: GitRepo, sha: string): Promise<boolean> {
  return (await revParse(repo, sha)) !== undefined;
}

/**
 * Fetches the commits the repository lacks, by sha, without tags. In a shallow clone each is fetched
 * with `depth` commits of history (1 unless told: a direct diff needs nothing more); a complete clone is
 * never given a depth, as that would make it shallow.
 *
 * @returns whether every commit is present afterwards. A failed fetch (a sha the server no longer
 *   serves, as after a force push) yields `false` rather than an error, so the caller can fall back.
 */
export async function fetchCommits(
  repo: GitRepo,
  shas: readonly string[],
  depth = 1,
  opts: Pick<DeepenOptions, 'remote'> = {},
): Promise<boolean> {
  const missing: string[] = [];
  for (const sha of new Set(shas)) if (!(await hasCommit(repo, sha))) missing.push(sha);
  if (missing.length === 0) return true;
  await fetchTargets(repo, missing, (await isShallow(repo)) ? depth : undefined, opts.remote);
  for (const sha of missing) if (!(await hasCommit(repo, sha))) return false;
  return true;
}

async function fetchTargets(repo: GitRepo, targets: string[], depth: number | undefined, remote = 'origin') {
  for (const t of [remote, ...targets]) assertRev(t);
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
  if (depth !== undefined) args.push(`--depth=${depth}`);
  return git(repo, [...args, remote, ...targets], true);
}

/** The best common ancestor of `a` and `b`, or `undefined` when the local history has none. */
export async function mergeBase(repo: GitRepo, a: string, b: string): Promise<string | undefined> {
  assertRev(a);
  assertRev(b);
  const r = await git(repo, ['merge-base', a, b], true);
  if (r.code === 0) return r.stdout.trim();
  // 1: no common ancestor in the history we have; 128: a revision is missing.
  if (r.code === 1 || r.code === 128) return undefined;
  throw new ToolError(`git merge-base ${a} ${b}`, r.code, r.stderr);
}

/**
 * Makes sure `base` and `head` are present and have a merge base, fetching and then deepening a
 * shallow clone through `opts.depths`. Returns the merge base, or `undefined` when none was found
 * within those bounds (unrelated histories, or a base the server no longer has).
 */
export async function ensureMergeBase(
  repo: GitRepo,
  base: string,
  head: string,
  opts: DeepenOptions = {},
): Promise<string | undefined> {
  if (!(await fetchCommits(repo, [base, head], 1, opts))) return undefined;
  return deepenUntilMergeBase(repo, base, head, [base, head], opts);
}

async function deepenUntilMergeBase(
  repo: GitRepo,
  a: string,
  b: string,
  targets: string[],
  opts: DeepenOptions,
): Promise<string | undefined> {
  let found = await mergeBase(repo, a, b);
  for (const depth of opts.depths ?? DEFAULT_DEPTHS) {
    // A complete history without a merge base will not grow one.
    if (found || !(await isShallow(repo))) break;
    await fetchTargets(repo, targets, depth, opts.remote);
    found = await mergeBase(repo, a, b);
  }
  return found;
}

/**
 * The commit where `head` forked from the default branch: the base for a branch's first push.
 * `defaultBranch` may be `main`, `refs/heads/main`, `origin/main` or `refs/remotes/origin/main`; the
 * remote-tracking branch is fetched when the checkout lacks it, and a shallow clone is deepened.
 */
export async function forkPoint(
  repo: GitRepo,
  head: string,
  defaultBranch: string,
  opts: DeepenOptions = {},
): Promise<string | undefined> {
  const remote = opts.remote ?? 'origin';
  const r = remote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = defaultBranch.replace(new RegExp(`^(refs/heads/|refs/remotes/${r}/|${r}/)`), '');
  const tracking = `refs/remotes/${remote}/${name}`;
  const refspec = `+refs/heads/${name}:${tracking}`;
  const firstDepth = (opts.depths ?? DEFAULT_DEPTHS)[0] ?? 1;

  if (!(await fetchCommits(repo, [head], firstDepth, opts))) return undefined;
  if (!(await revParse(repo, tracking))) {
    await fetchTargets(repo, [refspec], (await isShallow(repo)) ? firstDepth : undefined, remote);
    if (!(await revParse(repo, tracking))) return undefined;
  }
  return deepenUntilMergeBase(repo, head, tracking, [head, refspec], opts);
}

/**
 * Repository-relative POSIX paths that differ between `base` and `head`: added, modified, deleted,
 * type-changed, and both the old and the new path of a rename or copy. Sorted, without duplicates.
 *
 * In `merge-base` mode the merge base must be present (see {@link ensureMergeBase}); otherwise this
 * throws rather than diffing against the wrong commit.
 */
export async function changedPaths(
  repo: GitRepo,
  base: string,
  head: string,
  mode: DiffMode = 'direct',
): Promise<string[]> {
  assertRev(base);
  assertRev(head);
  let from = base;
  if (mode === 'merge-base') {
    const mb = await mergeBase(repo, base, head);
    if (!mb) {
      throw new ToolError(
        `git merge-base ${base} ${head}`,
        1,
        'no merge base in the local history; fetch more of it (ensureMergeBase) before diffing',
      );
    }
    from = mb;
  }
  // --no-relative: paths from the repository root even if diff.relative is configured or cwd is a subdirectory.
  const { stdout } = await git(repo, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-relative',
    from,
    head,
    '--',
  ]);
  return parseNameStatus(stdout);
}

/**
 * Parses `git diff --name-status -z` output: a status field then one path, or two for a rename or
 * copy (`R100`, `C075`), every field NUL-terminated. Paths come back verbatim, spaces and all.
 */
export function parseNameStatus(z: string): string[] {
  const fields = z.split('\0');
  const paths = new Set<string>();
  let i = 0;
  while (i < fields.length) {
    const status = fields[i++];
    if (!status) continue; // the empty field after the final NUL
    const count = status[0] === 'R' || status[0] === 'C' ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const p = fields[i++];
      if (p === undefined || p === '') throw new Error(`malformed git diff output after status '${status}'`);
      paths.add(p);
    }
  }
  return [...paths].sort();
}

/** Turns a user path into the `rev:path` form git reads from the root; `undefined` if it leaves the repository. */
function repoPath(path: string): string | undefined {
  const p = posix.normalize(path.replace(/\\/g, '/')).replace(/^\/+/, '').replace(/\/+$/, '');
  return p === '..' || p.startsWith('../') ? undefined : p;
}

/**
 * The content of the file at `path` (repository-relative) in `rev`, as UTF-8; `undefined` when the
 * revision is unknown or the path is not a file there. Reads the blob as stored, without filters.
 */
export async function fileAtRevision(repo: GitRepo, rev: string, path: string): Promise<string | undefined> {
  assertRev(rev);
  const p = repoPath(path);
  if (!p || p === '.') return undefined;
  const r = await git(repo, ['cat-file', 'blob', `${rev}:${p}`], true);
  return r.code === 0 ? r.stdout : undefined;
}

/**
 * Files (blobs and symlinks; not submodules) in `rev`, optionally only under directory `dir`, as
 * sorted repository-relative paths. `undefined` when the revision is unknown.
 */
export async function listFilesAtRevision(
  repo: GitRepo,
  rev: string,
  dir?: string,
): Promise<string[] | undefined> {
  assertRev(rev);
  const d = dir === undefined ? '.' : repoPath(dir);
  if (d === undefined) return [];
  if ((await revParse(repo, rev)) === undefined) return undefined;
  const r = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', rev, '--', ...(d === '.' ? [] : [d])]);
  // Each entry is `<mode> <type> <object>\t<path>`.
  const files: string[] = [];
  for (const entry of r.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type] = entry.slice(0, tab).split(' ');
    if (type === 'blob') files.push(entry.slice(tab + 1));
  }
  return files.sort();
}
