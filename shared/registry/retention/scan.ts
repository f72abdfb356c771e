/**
 * The registry walk under a prefix: its repositories (the catalog, or the prefix's own repository
 * where there is none), their tags, and each tagged manifest classified and, for a cache, described.
 */
import type { FetchedManifest, RegistryClient } from '../client.js';
import { RegistryError } from '../errors.js';
import { cacheKind } from './cache-kind.js';
import { describeManifest } from './describe.js';
import type { CacheRef } from './policy.js';
import { underPrefix, type CachePrefix } from './prefix.js';

/** A manifest under the prefix that is not a BuildKit cache: kept, and listed as such. */
export interface SkippedRef {
  repository: string;
  digest: string;
  tags: string[];
  mediaType: string;
  /** What it is instead (`an image`, `an image index (linux/amd64, linux/arm64)` ...). */
  what: string;
}

/** What is under a prefix: the BuildKit cache manifests, and everything else (never deleted). */
export interface PrefixScan {
  refs: CacheRef[];
  skipped: SkippedRef[];
}

/**
 * Reads every tagged manifest under a prefix: one CacheRef per (repository, digest) that is a
 * BuildKit cache (cacheKind), one SkippedRef for anything else. Manifests are read by digest, so a
 * tag moved meanwhile cannot swap what is classified for what is deleted.
 */
export async function scanPrefix(client: RegistryClient, prefix: CachePrefix): Promise<PrefixScan> {
  if (!prefix.path.replace(/\/+$/, '')) throw new Error('a cache prefix must name a repository path');
  let repos: string[];
  try {
    repos = (await client.catalog()).filter((r) => underPrefix(r, prefix.path)).sort();
  } catch (err) {
    // Registries without a catalog (GHCR, Docker Hub, ECR): the prefix names one repository.
    if (!(err instanceof RegistryError) || ![401, 403, 404, 405].includes(err.status)) throw err;
    repos = [prefix.path.replace(/\/+$/, '')];
  }
  const refs: CacheRef[] = [];
  const skipped: SkippedRef[] = [];
  for (const repo of repos) {
    const byDigest = new Map<string, string[]>();
    const tags = await client.tags(repo).catch((err: unknown) => {
      if (err instanceof RegistryError && err.status === 404) return [];
      throw err;
    });
    for (const tag of tags.sort()) {
      const digest = await client.digest(repo, tag);
      if (digest) byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
    }
    // Each manifest is fetched once, for the classification and the description alike.
    const fetched = new Map<string, Promise<FetchedManifest>>();
    const memo: Pick<RegistryClient, 'manifest' | 'blobJson'> = {
      manifest: (r, ref) => {
        let m = fetched.get(ref);
        if (!m) fetched.set(ref, (m = client.manifest(r, ref)));
        return m;
      },
      blobJson: (r, d) => client.blobJson(r, d),
    };
    for (const [digest, tags] of byDigest) {
      const top = await memo.manifest(repo, digest);
      const kind = await cacheKind(top.manifest, async (d) => (await memo.manifest(repo, d)).manifest);
      if (kind.cache) refs.push(await describeManifest(memo, repo, digest, tags));
      else
        skipped.push({
          repository: repo,
          digest: top.digest,
          tags,
          mediaType: top.mediaType,
          what: kind.what,
        });
    }
  }
  return { refs, skipped };
}

/** The BuildKit cache manifests under a prefix (scanPrefix without what it skipped). */
export async function collectCacheRefs(client: RegistryClient, prefix: CachePrefix): Promise<CacheRef[]> {
  return (await scanPrefix(client, prefix)).refs;
}
