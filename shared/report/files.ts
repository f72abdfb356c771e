/**
 * Files an input names: absolute paths as they are, globs relative to the workspace, and every
 * `*.json` under the folders given (downloaded artifacts keep their own layout). Sorted, unique.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { matchFiles } from '../compose/glob-files.js';

/** The files the patterns name that exist (a path the user gave that does not exist is left out). */
export async function findFiles(globs: readonly string[], workspace: string): Promise<string[]> {
  const found = (await matchFiles(globs, workspace)).flatMap((m) => m.files).filter((f) => existsSync(f));
  return [...new Set(found)].sort();
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
