/**
 * Git for the benchmark's scratch repositories. Always argument arrays (execFileSync, no shell), and
 * a fixed identity and clock so that generated commits do not depend on the user's configuration.
 */
import { execFileSync } from 'node:child_process';

const FIXED_DATE = '2025-01-01T00:00:00Z';

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: FIXED_DATE,
    GIT_COMMITTER_DATE: FIXED_DATE,
  };
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    env: gitEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Turns `dir` (already populated or empty) into a repository on `main`. */
export function initRepo(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  // Local settings only: a user's global hooks or signing must not slow down or break the bench.
  for (const [k, v] of [
    ['commit.gpgsign', 'false'],
    ['core.autocrlf', 'false'],
    ['core.hooksPath', '/dev/null'],
    ['gc.auto', '0'],
  ] as const) {
    git(dir, ['config', k, v]);
  }
}

/** Stages everything and commits; returns the new commit's sha. */
export function commitAll(dir: string, message: string): string {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** Paths that differ between two commits, renames split into delete + add (as paths-filter sees them). */
export function diffPaths(dir: string, base: string, head: string): string[] {
  return git(dir, ['diff', '--name-only', '--no-renames', '-z', base, head, '--'])
    .split('\0')
    .filter(Boolean);
}

export interface ImportCommit {
  message: string;
  /** Path → new content, or null to delete it. */
  files: ReadonlyMap<string, string | null>;
}

/**
 * Commits a chain of commits on `main` with one `git fast-import` run. It writes a single pack, as
 * a CI clone has, where `git add` would leave tens of thousands of loose objects that make every
 * later git command slower than it is on a runner. Returns the commits' shas in order. The working
 * tree is the caller's business; the index is reset to the last commit.
 */
export function fastImportCommits(dir: string, commits: readonly ImportCommit[]): string[] {
  const when = `${Math.floor(Date.parse(FIXED_DATE) / 1000)} +0000`;
  const chunks: Buffer[] = [];
  const put = (s: string | Buffer) => chunks.push(typeof s === 'string' ? Buffer.from(s) : s);
  const data = (s: string) => {
    const b = Buffer.from(s);
    put(`data ${b.length}\n`);
    put(b);
    put('\n');
  };
  commits.forEach((c, i) => {
    put(`commit refs/heads/main\nmark :${i + 1}\n`);
    put(`author bench <bench@example.com> ${when}\ncommitter bench <bench@example.com> ${when}\n`);
    data(c.message);
    if (i > 0) put(`from :${i}\n`);
    for (const [path, content] of [...c.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (/[\n"]/.test(path) || path.startsWith(' '))
        throw new Error(`unsupported path for fast-import: ${path}`);
      if (content === null) put(`D ${path}\n`);
      else {
        put(`M 100644 inline ${path}\n`);
        data(content);
      }
    }
    put('\n');
  });
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: gitEnv(),
    input: Buffer.concat(chunks),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  git(dir, ['read-tree', 'main']);
  const n = commits.length;
  return git(dir, ['rev-parse', ...commits.map((_, i) => `main~${n - 1 - i}`)])
    .trim()
    .split('\n');
}
