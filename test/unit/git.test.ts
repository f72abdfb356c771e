import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ToolError } from '../../shared/runtime/errors.js';
import { execTool } from '../../shared/runtime/exec.js';
import type { GitRepo } from '../../shared/git/git.js';

/** A fixture checkout, with git run as the actions run it. */
const local = (cwd: string): GitRepo => ({ cwd, exec: execTool });
import {
  changedPaths,
  ensureMergeBase,
  fetchCommits,
  fileAtRevision,
  forkPoint,
  hasCommit,
  isShallow,
  listFilesAtRevision,
  mergeBase,
  parseNameStatus,
  revParse,
} from '../../shared/git/git.js';

// Fixture repositories are built without the machine's git config, so signing or hooks there cannot interfere.
const FIXTURE_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'git-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function g(cwd: string, ...args: string[]): Promise<string> {
  return (await execTool('git', args, { cwd, env: FIXTURE_ENV })).stdout.trim();
}

let seq = 0;
async function newRepo(): Promise<string> {
  const dir = join(root, `repo-${++seq}`);
  mkdirSync(dir);
  await g(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** Writes (string) or deletes (null) files, commits, and returns the new commit's sha. */
async function commit(
  repo: string,
  files: Record<string, string | null>,
  message = 'change',
): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(repo, path);
    if (content === null) unlinkSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  await g(repo, 'add', '-A');
  await g(repo, 'commit', '-q', '--allow-empty', '-m', message);
  return g(repo, 'rev-parse', 'HEAD');
}

async function shallowClone(origin: string, branch: string): Promise<string> {
  const dir = join(root, `clone-${++seq}`);
  await g(root, 'clone', '-q', '--depth=1', '--single-branch', '--branch', branch, `file://${origin}`, dir);
  return dir;
}

describe('parseNameStatus', () => {
  it('reads every status, both sides of renames and copies, and paths verbatim', () => {
    // prettier-ignore
    const z = [
      'M', 'a.txt',
      'R100', 'old dir/old name.txt', 'new dir/nëw name.txt',
      'C075', 'src/x.go', 'src/y.go',
      'D', 'gone.txt',
      'A', 'tab\there.txt',
      'T', 'link',
      'M', 'a.txt',
      '',
    ].join('\0');
    expect(parseNameStatus(z)).toEqual([
      'a.txt',
      'gone.txt',
      'link',
      'new dir/nëw name.txt',
      'old dir/old name.txt',
      'src/x.go',
      'src/y.go',
      'tab\there.txt',
    ]);
  });

  it('returns nothing for empty output and rejects truncated output', () => {
    expect(parseNameStatus('')).toEqual([]);
    expect(() => parseNameStatus('R100\0only-one\0')).toThrow(/malformed/);
  });
});

describe('changedPaths', () => {
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(async () => {
    repo = await newRepo();
    base = await commit(repo, {
      'compose.yaml': 'services: {}\n',
      'services/web app/Dockerfile': 'FROM nginx\n',
      'services/api/main.go': 'package main\n',
      'docs/obsolete.md': 'old\n',
      'config/settings.txt': 'x=1\n',
      'unchanged.txt': 'same\n',
    });
    await commit(repo, {
      // Renamed into a directory with spaces and non-ASCII, content unchanged: detected as a rename.
      'services/web app/Dockerfile': null,
      'services/wëb app/Dockerfile': 'FROM nginx\n',
      'docs/obsolete.md': null,
      'services/api/main.go': 'package main\n\nfunc main() {}\n',
      'services/new one/file.txt': 'new\n',
      'config/settings.txt': null,
    });
    symlinkSync('../compose.yaml', join(repo, 'config/settings.txt')); // file becomes a symlink: type change
    head = await commit(repo, {});
  });

  it('lists added, modified, deleted, type-changed paths and both sides of a rename', async () => {
    const status = await g(repo, 'diff', '--name-status', '-M', base, head);
    expect(status).toMatch(/^R100/m); // the fixture really is a rename, not add + delete
    expect(status).toMatch(/^T\tconfig\/settings\.txt$/m);
    expect(await changedPaths(local(repo), base, head)).toEqual([
      'config/settings.txt',
      'docs/obsolete.md',
      'services/api/main.go',
      'services/new one/file.txt',
      'services/web app/Dockerfile',
      'services/wëb app/Dockerfile',
    ]);
  });

  it('returns repository-relative paths when run from a subdirectory', async () => {
    expect(await changedPaths(local(join(repo, 'services')), base, head)).toContain('docs/obsolete.md');
  });

  it('is empty for the same commit', async () => {
    expect(await changedPaths(local(repo), head, head, 'merge-base')).toEqual([]);
  });

  it('diffs from the merge base (three dots) or tree to tree (two dots)', async () => {
    const r = await newRepo();
    await commit(r, { 'shared.txt': '1\n' });
    await g(r, 'checkout', '-q', '-b', 'feature');
    const feature = await commit(r, { 'feature.txt': 'f\n' });
    await g(r, 'checkout', '-q', 'main');
    const main = await commit(r, { 'main-only.txt': 'm\n' });

    expect(await changedPaths(local(r), main, feature, 'merge-base')).toEqual(['feature.txt']);
    // Tree to tree, main's own later change shows up too, as "removed" on the feature side.
    expect(await changedPaths(local(r), main, feature, 'direct')).toEqual(['feature.txt', 'main-only.txt']);
    expect(await changedPaths(local(r), main, feature)).toEqual(['feature.txt', 'main-only.txt']);
  });

  it('refuses a merge-base diff without a merge base', async () => {
    const r = await newRepo();
    const a = await commit(r, { 'a.txt': 'a\n' });
    await g(r, 'checkout', '-q', '--orphan', 'unrelated');
    const b = await commit(r, { 'b.txt': 'b\n' });
    expect(await mergeBase(local(r), a, b)).toBeUndefined();
    await expect(changedPaths(local(r), a, b, 'merge-base')).rejects.toThrow(ToolError);
    await expect(changedPaths(local(r), a, b, 'merge-base')).rejects.toThrow(/no merge base/);
  });
});

describe('revisions', () => {
  let repo: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    repo = await newRepo();
    first = await commit(repo, { 'a.txt': '1\n' });
    await g(repo, 'tag', '-a', 'v1', '-m', 'release 1');
    second = await commit(repo, { 'a.txt': '2\n' });
  });

  it('resolves names to commit shas, peeling annotated tags', async () => {
    expect(await revParse(local(repo), 'HEAD')).toBe(second);
    expect(await revParse(local(repo), 'HEAD~1')).toBe(first);
    expect(await revParse(local(repo), 'main')).toBe(second);
    expect(await revParse(local(repo), 'v1')).toBe(first);
    expect(await revParse(local(repo), second)).toBe(second);
  });

  it('returns undefined for unknown revisions', async () => {
    expect(await revParse(local(repo), 'no-such-branch')).toBeUndefined();
    expect(await revParse(local(repo), 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef')).toBeUndefined();
    expect(await revParse(local(repo), 'HEAD~5')).toBeUndefined();
    expect(await hasCommit(local(repo), first)).toBe(true);
    expect(await hasCommit(local(repo), 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef')).toBe(false);
  });

  it('refuses revisions that git would read as options, and fails outside a repository', async () => {
    await expect(revParse(local(repo), '--output=/tmp/x')).rejects.toThrow(ToolError);
    await expect(revParse(local(root), 'HEAD')).rejects.toThrow(ToolError);
  });

  it('knows a full clone is not shallow', async () => {
    expect(await isShallow(local(repo))).toBe(false);
  });
});

describe('shallow clones', () => {
  let origin: string;
  let forkSha: string;
  let mainSha: string;
  let featureSha: string;

  beforeAll(async () => {
    origin = await newRepo();
    await commit(origin, { 'services/api/Dockerfile': 'FROM alpine\n', 'compose.yaml': 'v1\n' });
    for (let i = 1; i <= 10; i++) await commit(origin, { 'history.txt': `${i}\n` });
    forkSha = await commit(origin, { 'services/web/Dockerfile': 'FROM nginx\n' });
    await g(origin, 'checkout', '-q', '-b', 'feature');
    for (let i = 1; i <= 6; i++) featureSha = await commit(origin, { [`services/api/f${i}.txt`]: `${i}\n` });
    await g(origin, 'checkout', '-q', 'main');
    mainSha = await commit(origin, { 'compose.yaml': 'v2\n' });
  });

  it('fetches a missing base commit on demand for a direct diff', async () => {
    const clone = await shallowClone(origin, 'feature');
    expect(await isShallow(local(clone))).toBe(true);
    expect(await hasCommit(local(clone), mainSha)).toBe(false);
    expect(await fetchCommits(local(clone), [mainSha, featureSha])).toBe(true);
    expect(await hasCommit(local(clone), mainSha)).toBe(true);
    expect(await changedPaths(local(clone), mainSha, featureSha, 'direct')).toEqual([
      'compose.yaml',
      ...[1, 2, 3, 4, 5, 6].map((i) => `services/api/f${i}.txt`),
    ]);
  });

  it('deepens until the merge base shows up, then diffs from it', async () => {
    const clone = await shallowClone(origin, 'feature');
    await expect(changedPaths(local(clone), mainSha, featureSha, 'merge-base')).rejects.toThrow(
      /no merge base/,
    );
    expect(await ensureMergeBase(local(clone), mainSha, featureSha, { depths: [2, 4, 8] })).toBe(forkSha);
    expect(await isShallow(local(clone))).toBe(true); // deepened, not unshallowed
    expect(await changedPaths(local(clone), mainSha, featureSha, 'merge-base')).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `services/api/f${i}.txt`),
    );
  });

  it('gives up after the last depth it was allowed', async () => {
    const clone = await shallowClone(origin, 'feature');
    expect(await ensureMergeBase(local(clone), mainSha, featureSha, { depths: [2, 3] })).toBeUndefined();
  });

  it('reports a commit the remote does not have', async () => {
    const clone = await shallowClone(origin, 'feature');
    expect(await fetchCommits(local(clone), ['0123456789abcdef0123456789abcdef01234567'])).toBe(false);
    expect(
      await ensureMergeBase(local(clone), '0123456789abcdef0123456789abcdef01234567', featureSha),
    ).toBeUndefined();
  });

  it('finds the fork point of a new branch against the default branch it has to fetch', async () => {
    const clone = await shallowClone(origin, 'feature');
    expect(await revParse(local(clone), 'origin/main')).toBeUndefined();
    expect(await forkPoint(local(clone), featureSha, 'main', { depths: [3, 10] })).toBe(forkSha);
    expect(await revParse(local(clone), 'refs/remotes/origin/main')).toBe(mainSha);
    expect(await forkPoint(local(clone), featureSha, 'refs/remotes/origin/main')).toBe(forkSha);
    expect(await forkPoint(local(clone), featureSha, 'no-such-branch')).toBeUndefined();
  });

  it('does not make a full clone shallow when fetching', async () => {
    const full = join(root, `full-${++seq}`);
    await g(root, 'clone', '-q', '--single-branch', '--branch', 'feature', `file://${origin}`, full);
    expect(await fetchCommits(local(full), [mainSha], 1)).toBe(true);
    expect(await isShallow(local(full))).toBe(false);
  });
});

describe('reading old revisions', () => {
  let repo: string;
  let v1: string;

  beforeAll(async () => {
    repo = await newRepo();
    v1 = await commit(repo, {
      'compose.yaml': 'services:\n  web: {}\n',
      'svc/Dockerfile': 'FROM alpine:3.19\n',
      'svc/src/main.c': 'int main(){}\n',
      'svc2/Dockerfile': 'FROM busybox\n',
      'docs/a b.md': 'ü\n',
    });
    await commit(repo, { 'compose.yaml': 'services:\n  web: {}\n  api: {}\n', 'svc/Dockerfile': null });
  });

  it('reads a file as it was', async () => {
    expect(await fileAtRevision(local(repo), v1, 'compose.yaml')).toBe('services:\n  web: {}\n');
    expect(await fileAtRevision(local(repo), 'HEAD', 'compose.yaml')).toContain('api: {}');
    expect(await fileAtRevision(local(repo), v1, './svc/Dockerfile')).toBe('FROM alpine:3.19\n');
    expect(await fileAtRevision(local(repo), v1, 'docs/a b.md')).toBe('ü\n');
    // Repository-relative even from a subdirectory.
    expect(await fileAtRevision(local(join(repo, 'docs')), v1, 'svc/Dockerfile')).toBe('FROM alpine:3.19\n');
  });

  it('returns undefined for a missing file, a directory, an unknown revision or a path outside', async () => {
    expect(await fileAtRevision(local(repo), 'HEAD', 'svc/Dockerfile')).toBeUndefined();
    expect(await fileAtRevision(local(repo), v1, 'svc')).toBeUndefined();
    expect(
      await fileAtRevision(local(repo), 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef', 'compose.yaml'),
    ).toBeUndefined();
    expect(await fileAtRevision(local(repo), v1, '../compose.yaml')).toBeUndefined();
  });

  it('lists files at a revision, whole or under a directory', async () => {
    expect(await listFilesAtRevision(local(repo), v1)).toEqual([
      'compose.yaml',
      'docs/a b.md',
      'svc/Dockerfile',
      'svc/src/main.c',
      'svc2/Dockerfile',
    ]);
    expect(await listFilesAtRevision(local(repo), v1, 'svc')).toEqual(['svc/Dockerfile', 'svc/src/main.c']);
    expect(await listFilesAtRevision(local(repo), v1, './svc/')).toEqual([
      'svc/Dockerfile',
      'svc/src/main.c',
    ]);
    expect(await listFilesAtRevision(local(join(repo, 'docs')), 'HEAD', 'svc')).toEqual(['svc/src/main.c']);
    expect(await listFilesAtRevision(local(repo), v1, 'nowhere')).toEqual([]);
    expect(await listFilesAtRevision(local(repo), 'no-such-rev')).toBeUndefined();
  });
});

describe('execTool', () => {
  it('passes arguments verbatim, without a shell', async () => {
    const r = await execTool('node', ['-e', 'process.stdout.write(process.argv[1])', '$HOME; echo "hi" `x`']);
    expect(r).toEqual({ code: 0, stdout: '$HOME; echo "hi" `x`', stderr: '' });
  });

  it('feeds standard input and merges env over the process environment', async () => {
    const r = await execTool(
      'node',
      [
        '-e',
        'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(s+process.env.X_TEST+(process.env.PATH?"+path":"")))',
      ],
      { input: 'in-ü ', env: { X_TEST: 'set' } },
    );
    expect(r.stdout).toBe('in-ü set+path');
  });

  it('throws ToolError with the exit code and stderr tail, unless failure is allowed', async () => {
    const script = 'process.stderr.write("boom\\n"); process.exit(3)';
    await expect(execTool('node', ['-e', script])).rejects.toMatchObject({ exitCode: 3, stderr: 'boom\n' });
    await expect(execTool('node', ['-e', script])).rejects.toThrow(/exited with code 3:\nboom/);
    expect(await execTool('node', ['-e', script], { allowFailure: true })).toEqual({
      code: 3,
      stdout: '',
      stderr: 'boom\n',
    });
  });

  it('streams standard error as it arrives, a character split between writes kept whole', async () => {
    // "é" is two bytes: the first ends one write, the second starts the next, a pause between.
    const script =
      'process.stderr.write(Buffer.from([0x61, 0xc3]), () => setTimeout(() => process.stderr.write(Buffer.from([0xa9, 0x62])), 50))';
    const chunks: string[] = [];
    const r = await execTool('node', ['-e', script], { onStderr: (t) => chunks.push(t) });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe('aéb');
    expect(chunks.every((c) => !c.includes('\ufffd'))).toBe(true);
    expect(r.stderr).toBe('aéb');
  });

  it('reports a missing program as exit code 127', async () => {
    await expect(execTool('no-such-program-xyz', [])).rejects.toMatchObject({
      name: 'ToolError',
      exitCode: 127,
    });
  });
});
