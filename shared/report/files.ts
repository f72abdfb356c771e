/**
 * Files an input names: absolute paths as they are, globs relative to the workspace, and every
 * `*.json` under the folders given (downloaded artifacts keep their own layout). Sorted, unique.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { globFiles } from '../compose/glob-files.js';

const GLOB = /[*?[{]/;

export async function findFiles(globs: readonly string[], workspace: string): Promise<string[]> {
  const found = new Set<string>();
  for (const g of globs) {
    if (isAbsolute(g) && !GLOB.test(g)) found.add(g);
    else for (const f of await globFiles(workspace, [g], () => false)) found.add(join(workspace, f));
  }
  return [...found].sort();
}

/** Every `*.json` file under `dir`, at any depth; none when it does not exist. */
export function jsonFilesUnder(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.json')) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}
