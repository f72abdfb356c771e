/** The docker CLI's configuration folder and files, as the CLI and its plugins find them. */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$DOCKER_CONFIG`, else `~/.docker`. */
export function dockerConfigDir(env: Record<string, string | undefined>, home: string = homedir()): string {
  return env['DOCKER_CONFIG'] || join(home, '.docker');
}

/** A file's text, or undefined when it does not exist or cannot be read. */
export function readOptionalFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
