/** Temporary git repositories made from a folder (the example monorepo), with scripted changes. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Change {
  write?: Record<string, string>;
  append?: Record<string, string>;
  remove?: string[];
  rename?: [string, string][];
}

export class TempRepo {
  readonly dir: string;

  constructor(from?: string, dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'bka-repo-'));
    if (from) cpSync(from, this.dir, { recursive: true });
    if (!dir) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.email', 't@example.com');
      this.git('config', 'user.name', 'test');
      this.git('config', 'commit.gpgsign', 'false');
      this.git('add', '-A');
      this.git('commit', '-q', '-m', 'initial', '--allow-empty');
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  /** Applies a change and commits it; returns the new commit. */
  commit(change: Change, message = 'change'): string {
    for (const [p, text] of Object.entries(change.write ?? {})) {
      mkdirSync(dirname(join(this.dir, p)), { recursive: true });
      writeFileSync(join(this.dir, p), text);
    }
    for (const [p, text] of Object.entries(change.append ?? {})) appendFileSync(join(this.dir, p), text);
    for (const p of change.remove ?? []) rmSync(join(this.dir, p), { recursive: true });
    for (const [a, b] of change.rename ?? []) {
      mkdirSync(dirname(join(this.dir, b)), { recursive: true });
      renameSync(join(this.dir, a), join(this.dir, b));
    }
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message, '--allow-empty');
    return this.head();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
