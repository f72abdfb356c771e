/**
 * What one load of a Compose project shares across its files: reading them (through their real
 * paths, inside the repository), their repository-relative names, the list of what was read, and the
 * warnings, each said once.
 */
import { readFileSync } from 'node:fs';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import { resolveInsideRepo, type RepoPathCache } from '../fs/repo-path.js';
import { toRepoPath } from './repo-files.js';
import type { ComposeWarning } from './types.js';

export class Session {
  /** Repository-relative paths of every file read, in reading order. */
  readonly sources = new Set<string>();
  /** Warnings by message and place: Compose says each once. */
  readonly warnings = new Map<string, ComposeWarning>();
  constructor(
    readonly repoRoot: string,
    readonly paths: RepoPathCache,
    private readonly onRead?: (path: string) => void,
  ) {}

  /** The real path of a path inside the repository (see resolveInsideRepo), or undefined. */
  inside(abs: string, location: SourceLocation): string | undefined {
    return resolveInsideRepo(this.repoRoot, abs, { location }, this.paths);
  }

  /** `refused`: Compose itself refuses this (see ComposeWarning). */
  warn(message: string, location?: SourceLocation, refused = false): void {
    const key = `${location?.file ?? ''}:${location?.line ?? ''}:${message}`;
    if (!this.warnings.has(key))
      this.warnings.set(key, { message, ...(location && { location }), ...(refused && { refused }) });
  }

  sortedWarnings(): ComposeWarning[] {
    const at = (w: ComposeWarning): string =>
      `${w.location?.file ?? ''}\0${String(w.location?.line ?? 0).padStart(9, '0')}\0${w.message}`;
    return [...this.warnings.values()].sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
  }

  /** Repository-relative POSIX path of `abs`, or undefined when it is outside the repository. */
  repoPath(abs: string): string | undefined {
    return toRepoPath(this.repoRoot, abs);
  }

  /** Like repoPath for a file the loader must read: outside the repository is an error. */
  display(abs: string, from?: SourceLocation): string {
    const rel = this.repoPath(abs);
    if (rel !== undefined) return rel;
    throw new InputError(`${abs} is outside the repository.`, {
      location: from,
      fix: 'keep every Compose, extended, included and .env file inside the repository.',
    });
  }

  async read(abs: string, display: string, from?: SourceLocation): Promise<string> {
    let text: string;
    try {
      // Read through the real path, once it is known to stay inside the repository (links too).
      const real = this.inside(abs, from ?? { file: display });
      text = readFileSync(real ?? abs, 'utf8');
    } catch (e) {
      if (e instanceof InputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      const what = code === 'EISDIR' ? 'is a directory, not a file' : 'does not exist';
      throw new InputError(`${from ? '' : 'Compose file '}${display} ${what}.`, {
        location: from ?? { file: display },
        fix: from
          ? 'correct the path; it is relative to the Compose project directory.'
          : 'correct the Compose file path; it is relative to the repository root.',
      });
    }
    this.sources.add(display);
    this.onRead?.(display);
    return text;
  }

  unsetWarning = (name: string): void => {
    this.warn(`The "${name}" variable is not set. Defaulting to a blank string.`);
  };
}
