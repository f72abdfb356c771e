/**
 * The plan manifest file of a repository, as every action that reads it finds it (plan-matrix,
 * scan-image): the `manifest` input's repository-relative path, else the default path when a file
 * is there. The reader (Ajv, the YAML document parser) is loaded only when there is a file.
 */
import { readFile } from 'node:fs/promises';
import { normalizeRepoPath } from '../fs/paths.js';
import { resolveInsideRepo } from '../fs/repo-path.js';
import { InputError } from '../runtime/errors.js';
import { EMPTY_MANIFEST, type Manifest } from './settings.js';

/** Where the manifest is when the `manifest` input is empty. */
export const DEFAULT_MANIFEST = '.github/buildkit-actions.yml';

/**
 * Loads the manifest at `path` (repository-relative) or, when `path` is undefined, at
 * DEFAULT_MANIFEST if it exists; EMPTY_MANIFEST when there is none.
 *
 * @throws InputError naming the `manifest` input for a missing file it names, a path that leaves the
 *   repository, or a manifest that does not match its schema (with the file and line)
 */
export async function loadManifest(repoRoot: string, path: string | undefined): Promise<Manifest> {
  const file = path ? normalizeRepoPath(path) : DEFAULT_MANIFEST;
  // Inside the repository, symbolic links included (a link out is an error naming it and its target).
  const abs = resolveInsideRepo(repoRoot, file, 'manifest');
  if (!abs) {
    if (!path) return EMPTY_MANIFEST;
    throw new InputError(`manifest file '${file}' does not exist.`, {
      input: 'manifest',
      fix: 'give the repository-relative path of an existing manifest, or leave the input empty.',
    });
  }
  // Loaded on demand (a chunk of the bundle): most repositories have no manifest.
  const { parseManifest } = await import('./load.js');
  return parseManifest(await readFile(abs, 'utf8'), file);
}
