/**
 * Layered build caches with automatic scopes. Pure: inputs in, `--cache-from`/`--cache-to` values
 * out; the only I/O the plan implies (rotating a local cache directory) is described, not done.
 *
 * Three scopes, read in this order:
 *   1. the service's own scope on this branch      `<service>[-<variant>]-<branch>`
 *   2. the shared scope of the service's stack     `<stack>[-<variant>]-<default-branch>`
 *      (the matrix entry's `cache-scope`; services of one stack share it)
 *   3. the service's scope on the default branch   `<service>[-<variant>]-<default-branch>`
 * A build writes scope 1 with `mode=max` (every stage's layers, not only the final image's); on the
 * default branch it also writes the shared scope, so a new branch, or a service whose own cache is
 * gone, starts from its stack's layers. Pull requests never write a scope another branch reads.
 *
 * Backends:
 * - `registry`: each scope is a tag of a cache repository. The service's scopes live in `cache-ref`
 *   (default `<image>-cache`); the shared scope lives in `<namespace of cache-ref>/<stack>-cache`, so
 *   services with different images still share it.
 * - `gha`: each scope is a GitHub Actions cache scope (`type=gha,scope=...`).
 * - `local`: each scope is a directory under the cache directory. BuildKit's local exporter never
 *   prunes, so the build writes `<scope>-new` and the caller swaps it in after the build
 *   (https://docs.docker.com/build/ci/github-actions/cache/#local-cache).
 * Every export sets `ignore-error=true`: a cache that cannot be written must not fail the build.
 * A cache that cannot be read only warns (BuildKit's behaviour for every importer).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { isRepository, slug } from '../oci/reference.js';

export const CACHE_BACKENDS = ['registry', 'gha', 'local'] as const;
export type CacheBackend = (typeof CACHE_BACKENDS)[number];

export interface CacheScopes {
  /** This service on this branch: read first, always written. */
  service: string;
  /** The stack's shared scope on the default branch; undefined when the stack is the service itself. */
  shared?: string;
  /** This service on the default branch; undefined when this is the default branch. */
  defaultBranch?: string;
  /** Whether this build also writes the shared scope (it runs on the default branch). */
  writeShared: boolean;
}

/** Longest scope: registry tags stop at 128 characters; leave room for `-new`. */
const MAX_SCOPE = 120;

/**
 * Names the scopes of one build.
 *
 * @param service the plan key (`worker@infrastructure-compose-ai` is fine: it is slugged)
 * @param stack the matrix entry's `cache-scope`
 * @param branch the branch the build belongs to ('' for a tag build: the default branch's scopes)
 */
export function cacheScopes(opts: {
  service: string;
  stack?: string;
  variant?: string;
  branch: string;
  defaultBranch: string;
}): CacheScopes {
  const v = opts.variant ? `-${opts.variant}` : '';
  const branch = opts.branch || opts.defaultBranch;
  const onDefault = branch === opts.defaultBranch;
  const scope = (name: string, br: string) => {
    const b = slug(br, 60) || 'default';
    return `${slug(`${name}${v}`, MAX_SCOPE - b.length - 1) || 'build'}-${b}`;
  };
  const stack = opts.stack && slug(opts.stack) !== slug(opts.service) ? opts.stack : undefined;
  return {
    service: scope(opts.service, branch),
    ...(stack && { shared: scope(stack, opts.defaultBranch) }),
    ...(!onDefault && { defaultBranch: scope(opts.service, opts.defaultBranch) }),
    writeShared: onDefault && stack !== undefined,
  };
}

/** Parses the `cache` input's lines (`registry`, `gha`, `local`; `none` or nothing for no cache). */
export function parseBackends(lines: readonly string[]): CacheBackend[] {
  const out: CacheBackend[] = [];
  for (const line of lines) {
    const b = line.trim().toLowerCase();
    if (b === 'none' || b === '') continue;
    if (!(CACHE_BACKENDS as readonly string[]).includes(b)) {
      throw new InputError(`'${line}' is not a cache backend.`, {
        input: 'cache',
        fix: `use one per line of: ${CACHE_BACKENDS.join(', ')}, or none.`,
      });
    }
    if (!out.includes(b as CacheBackend)) out.push(b as CacheBackend);
  }
  return out;
}

/** The default cache repository of an image (`ghcr.io/acme/api` → `ghcr.io/acme/api-cache`). */
export function defaultCacheRef(image: string): string {
  return `${image}-cache`;
}

/** The shared scope's repository: `<namespace of cacheRef>/<stack>-cache`. */
export function sharedCacheRepository(cacheRef: string, stack: string): string {
  const i = cacheRef.lastIndexOf('/');
  const name = `${slug(stack.toLowerCase()).replace(/[^a-z0-9._-]/g, '') || 'shared'}-cache`;
  return i >= 0 ? `${cacheRef.slice(0, i)}/${name}` : name;
}

export interface CacheRequest {
  backends: readonly CacheBackend[];
  scopes: CacheScopes;
  /** Stack name, for the shared registry repository. */
  stack?: string;
  /** Registry cache repository (no tag). */
  cacheRef?: string;
  /** Directory of local caches. */
  localDir?: string;
  /** Extra attributes for every registry export (e.g. `image-manifest=true,oci-mediatypes=true`). */
  registryExportAttrs?: string;
}

export interface CachePlan {
  from: string[];
  to: string[];
  /** Local exports to swap in after a successful build: move `from` over `to`. */
  rotate: { from: string; to: string }[];
  /** Human-readable lines for the summary: what is read and written. */
  describe: string[];
}

/**
 * The `--cache-from` and `--cache-to` values for `req`. `exists` tells whether a local cache
 * directory holds a cache (its `index.json`); a missing one is not passed (buildx would only warn).
 *
 * @throws InputError when the registry backend is asked for without a valid cache repository.
 */
export function planCache(
  req: CacheRequest,
  exists: (dir: string) => boolean = (d) => existsSync(join(d, 'index.json')),
): CachePlan {
  const plan: CachePlan = { from: [], to: [], rotate: [], describe: [] };
  const { scopes } = req;
  const reads: { scope: string; kind: 'service' | 'shared' | 'default-branch' }[] = [
    { scope: scopes.service, kind: 'service' as const },
    ...(scopes.shared ? [{ scope: scopes.shared, kind: 'shared' as const }] : []),
    ...(scopes.defaultBranch ? [{ scope: scopes.defaultBranch, kind: 'default-branch' as const }] : []),
  ];
  const writes = [
    { scope: scopes.service, kind: 'service' as const },
    ...(scopes.writeShared && scopes.shared ? [{ scope: scopes.shared, kind: 'shared' as const }] : []),
  ];

  for (const backend of req.backends) {
    if (backend === 'registry') {
      const ref = req.cacheRef;
      if (!ref || !isRepository(ref)) {
        throw new InputError(`'${ref ?? ''}' is not a cache repository.`, {
          input: 'cache-ref',
          fix: 'give a repository without tag (ghcr.io/acme/api-cache), or set `image` so the default applies.',
        });
      }
      const repo = (kind: string) =>
        kind === 'shared' && req.stack ? sharedCacheRepository(ref, req.stack) : ref;
      const extra = req.registryExportAttrs ? `,${req.registryExportAttrs}` : '';
      for (const r of reads) {
        plan.from.push(`type=registry,ref=${repo(r.kind)}:${r.scope}`);
        plan.describe.push(`read ${r.kind} scope: registry ${repo(r.kind)}:${r.scope}`);
      }
      for (const w of writes) {
        plan.to.push(`type=registry,ref=${repo(w.kind)}:${w.scope},mode=max,ignore-error=true${extra}`);
        plan.describe.push(`write ${w.kind} scope: registry ${repo(w.kind)}:${w.scope} (mode=max)`);
      }
    } else if (backend === 'gha') {
      for (const r of reads) {
        plan.from.push(`type=gha,scope=${r.scope}`);
        plan.describe.push(`read ${r.kind} scope: gha ${r.scope}`);
      }
      for (const w of writes) {
        plan.to.push(`type=gha,scope=${w.scope},mode=max,ignore-error=true`);
        plan.describe.push(`write ${w.kind} scope: gha ${w.scope} (mode=max)`);
      }
    } else {
      const dir = req.localDir;
      if (!dir) throw new InputError('the local cache needs a directory.', { input: 'cache-dir' });
      for (const r of reads) {
        const src = join(dir, r.scope);
        if (exists(src)) {
          plan.from.push(`type=local,src=${src}`);
          plan.describe.push(`read ${r.kind} scope: local ${src}`);
        } else {
          plan.describe.push(`skip ${r.kind} scope: local ${src} holds no cache yet`);
        }
      }
      for (const w of writes) {
        const dest = join(dir, `${w.scope}-new`);
        plan.to.push(`type=local,dest=${dest},mode=max,ignore-error=true`);
        plan.rotate.push({ from: dest, to: join(dir, w.scope) });
        plan.describe.push(`write ${w.kind} scope: local ${join(dir, w.scope)} (mode=max, via ${dest})`);
      }
    }
  }
  return plan;
}

/** Clears what an earlier, failed run left where this build exports its local caches. */
export function clearStagedCaches(plan: CachePlan): void {
  for (const r of plan.rotate) rmSync(r.from, { recursive: true, force: true });
}

/**
 * Swaps each freshly exported local cache in for the old one. Only after a successful build: a
 * failed build keeps the cache it started from.
 */
export function rotateLocalCaches(plan: CachePlan): void {
  for (const r of plan.rotate) {
    if (!existsSync(r.from)) continue;
    rmSync(r.to, { recursive: true, force: true });
    renameSync(r.from, r.to);
  }
}
