// resolveInsideRepo: paths the user names stay inside the repository, symbolic links included.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../shared/runtime/errors.js';
import { resolveInsideRepo } from '../../shared/fs/repo-path.js';

let base: string;
let repo: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'bka-repo-path-')));
  repo = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(repo, 'app', 'src'), { recursive: true });
  mkdirSync(join(repo, 'templates'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(repo, 'app', 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(repo, 'templates', 'node.Dockerfile'), 'FROM node\n');
  writeFileSync(join(outside, 'secret.txt'), 'top secret\n');
  // Links that stay inside the repository.
  symlinkSync('../templates/node.Dockerfile', join(repo, 'app', 'Node.Dockerfile'));
  symlinkSync('app', join(repo, 'app-link'));
  // Links that leave it.
  symlinkSync(join(outside, 'secret.txt'), join(repo, 'app', 'secret.txt'));
  symlinkSync('../outside', join(repo, 'ext'));
  symlinkSync('Node.Dockerfile', join(repo, 'app', 'chain'));
  symlinkSync('ext', join(repo, 'ext-chain'));
  symlinkSync('nowhere', join(repo, 'dangling'));
  // The repository reached through a link (a runner's workspace can be one).
  symlinkSync(repo, join(base, 'repo-link'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function error(root: string, path: string, subject: Parameters<typeof resolveInsideRepo>[2] = 'context') {
  try {
    resolveInsideRepo(root, path, subject);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error(`'${path}' was accepted`);
}

describe('resolveInsideRepo', () => {
  it('returns the real path of a file or directory inside the repository', () => {
    expect(resolveInsideRepo(repo, 'app/Dockerfile', 'dockerfile')).toBe(join(repo, 'app', 'Dockerfile'));
    expect(resolveInsideRepo(repo, './app/', 'context')).toBe(join(repo, 'app'));
    expect(resolveInsideRepo(repo, '.', 'context')).toBe(repo);
    expect(resolveInsideRepo(repo, join(repo, 'app'), 'contexts')).toBe(join(repo, 'app'));
  });

  it('follows links that stay inside the repository', () => {
    expect(resolveInsideRepo(repo, 'app/Node.Dockerfile', 'dockerfile')).toBe(
      join(repo, 'templates', 'node.Dockerfile'),
    );
    expect(resolveInsideRepo(repo, 'app/chain', 'dockerfile')).toBe(
      join(repo, 'templates', 'node.Dockerfile'),
    );
    expect(resolveInsideRepo(repo, 'app-link/src', 'context')).toBe(join(repo, 'app', 'src'));
  });

  it('works when the repository root itself is reached through a link', () => {
    const root = join(base, 'repo-link');
    expect(resolveInsideRepo(root, 'app/Dockerfile', 'dockerfile')).toBe(join(repo, 'app', 'Dockerfile'));
    expect(error(root, 'app/secret.txt', 'secret-files')).toMatch(/symbolic link 'app\/secret\.txt'/);
  });

  it('returns undefined for a missing path or a dangling link', () => {
    expect(resolveInsideRepo(repo, 'app/.dockerignore', 'context')).toBeUndefined();
    expect(resolveInsideRepo(repo, 'dangling', 'context')).toBeUndefined();
  });

  it('refuses a path outside the repository as text, naming the input', () => {
    expect(error(repo, '../outside', 'contexts')).toMatch(
      /^input 'contexts': '\.\.\/outside' is outside the repository/,
    );
    expect(error(repo, outside, 'contexts')).toMatch(/is outside the repository/);
    expect(error(repo, 'app/../../outside/secret.txt', 'secret-files')).toMatch(/is outside the repository/);
  });

  it('refuses a link to a file outside, naming the link and its target', () => {
    const m = error(repo, 'app/secret.txt', 'secret-files');
    expect(m).toMatch(/^input 'secret-files': 'app\/secret\.txt' leaves the repository/);
    expect(m).toContain(`the symbolic link 'app/secret.txt' points to '${join(outside, 'secret.txt')}'`);
    expect(m).toMatch(/Fix: /);
  });

  it('refuses a path through a directory link that leaves, naming that link', () => {
    writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n');
    const m = error(repo, 'ext/Dockerfile', 'dockerfile');
    expect(m).toContain(`the symbolic link 'ext' points to '../outside' (${outside})`);
    expect(error(repo, 'ext', 'context')).toContain("the symbolic link 'ext' points to '../outside'");
    // A link to a link that leaves: the first link on the path is named, with where it ends up.
    expect(error(repo, 'ext-chain/Dockerfile', 'dockerfile')).toContain(
      `the symbolic link 'ext-chain' points to 'ext' (${outside})`,
    );
  });

  it('names a file and line instead of an input when given one', () => {
    const m = error(repo, 'ext', { location: { file: 'compose.yaml', line: 7 } });
    expect(m).toMatch(/^compose\.yaml:7: 'ext' leaves the repository/);
  });
});
