/**
 * Where baselines live: GitHub's Actions cache, through @actions/cache. A run on the default branch
 * saves its snapshot under `<prefix><run id>-<attempt>`; any later run restores the newest entry of
 * the prefix (a pull request's run reads its base branch's caches, so it sees the default branch's).
 * A cache that is missing, unreachable or holds something unreadable is no baseline: a notice, never
 * a failure.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseSnapshot, type Snapshot } from './baseline.js';

/** The calls of @actions/cache the store makes (tests pass their own). */
export interface CacheApi {
  /** False on a runner with no cache service (some self-hosted and GHES runners, `act`). */
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

const FILE = 'snapshot.json';

/**
 * Where the snapshot is kept while it is saved or restored. The cache's version is a hash of the
 * paths as written, so the path must read the same on every runner: `~` (which @actions/cache
 * expands) rather than RUNNER_TEMP, which differs from one self-hosted runner to the next.
 */
export const BASELINE_DIR = '~/.cache/buildkit-actions/baseline';

/** The folder `~/...` names, for the file system. */
function local(dir: string): string {
  return dir.startsWith('~/') ? join(homedir(), dir.slice(2)) : dir;
}

/**
 * The cache key prefix of a baseline: one per repository workflow and `key` (the input). Restore
 * matches by prefix, so the readable part is followed by a hash of the key as given: `build` must
 * not find the baselines of `build-arm`, nor `ci/build` those of `ci_build`.
 */
export function baselinePrefix(key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `buildkit-actions-baseline-${key.replace(/[^A-Za-z0-9._-]+/g, '_')}-${hash}-`;
}

export type RestoreOutcome =
  { found: true; snapshot: Snapshot; cacheKey: string } | { found: false; note: string };

// @actions/cache retries a service it cannot find for ten seconds before giving up: ask first.
const NO_SERVICE =
  'this runner has no Actions cache service (ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL is not set)';

/** Restores the newest baseline of `prefix` into `dir`. */
export async function restoreBaseline(cache: CacheApi, dir: string, prefix: string): Promise<RestoreOutcome> {
  if (!cache.isFeatureAvailable()) return { found: false, note: NO_SERVICE };
  // Nothing left from an earlier restore may pass for this one's snapshot.
  rmSync(local(dir), { recursive: true, force: true });
  mkdirSync(local(dir), { recursive: true });
  let hit: string | undefined;
  try {
    // The primary key never exists (it names no run); the prefix finds the newest entry.
    hit = await cache.restoreCache([dir], `${prefix}none`, [prefix]);
  } catch (err) {
    return { found: false, note: `the Actions cache could not be read (${(err as Error).message})` };
  }
  // @actions/cache logs its own warning and answers undefined when the service fails.
  if (!hit) return { found: false, note: 'none in the Actions cache yet (the default branch saves one)' };
  let text: string;
  try {
    text = readFileSync(join(local(dir), FILE), 'utf8');
  } catch {
    return { found: false, note: `the cache entry ${hit} holds no snapshot` };
  }
  const snapshot = parseSnapshot(text);
  if (!snapshot) return { found: false, note: `the cache entry ${hit} is not a snapshot this version reads` };
  return { found: true, snapshot, cacheKey: hit };
}

export type SaveOutcome = { saved: true; cacheKey: string } | { saved: false; note: string };

/** Saves `snapshot` as the newest baseline of `prefix`. */
export async function saveBaseline(
  cache: CacheApi,
  dir: string,
  prefix: string,
  snapshot: Snapshot,
  runId: string,
  attempt: string,
): Promise<SaveOutcome> {
  if (!cache.isFeatureAvailable()) return { saved: false, note: NO_SERVICE };
  mkdirSync(local(dir), { recursive: true });
  writeFileSync(join(local(dir), FILE), JSON.stringify(snapshot) + '\n');
  const cacheKey = `${prefix}${runId || Date.now()}-${attempt || '1'}`;
  try {
    const id = await cache.saveCache([dir], cacheKey);
    // @actions/cache answers -1 when it did not save (a reserved key, a cache service refusal).
    if (id === -1) return { saved: false, note: `the Actions cache did not take ${cacheKey}` };
    return { saved: true, cacheKey };
  } catch (err) {
    return { saved: false, note: `the Actions cache could not be written (${(err as Error).message})` };
  }
}
