/**
 * The project name as Compose chooses and normalises it (Compose spec, "name").
 */
import { basename } from 'node:path';
import { InputError } from '../runtime/errors.js';
import type { Model } from './model.js';

/** Compose's project-name normalisation: lower case, only `[a-z0-9_-]`, no leading `_` or `-`. */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** COMPOSE_PROJECT_NAME (environment or `.env`), else the last `name:`, else the directory's name. */
export function projectName(
  env: Record<string, string>,
  fromFiles: Model['name'],
  workingDir: string,
): string {
  const fromEnv = env.COMPOSE_PROJECT_NAME;
  if (fromEnv) {
    if (normalizeProjectName(fromEnv) !== fromEnv) {
      throw new InputError(`invalid project name "${fromEnv}" in COMPOSE_PROJECT_NAME.`, {
        fix: 'use only lowercase letters, digits, `_` and `-`, starting with a letter or digit.',
      });
    }
    return fromEnv;
  }
  const raw = fromFiles?.value ?? basename(workingDir);
  const name = normalizeProjectName(raw);
  if (!name) {
    throw new InputError(`the Compose project name "${raw}" is empty once normalised.`, {
      location: fromFiles?.at,
      fix: 'set a top-level `name:` made of lowercase letters, digits, `_` and `-`.',
    });
  }
  return name;
}
