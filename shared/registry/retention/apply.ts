/** Retention applied: the scan, the plan over the caches, and the deletes it asks for. */
import type { RegistryClient } from '../client.js';
import { planRetention, type CacheRef, type RetentionPlan, type RetentionPolicy } from './policy.js';
import type { CachePrefix } from './prefix.js';
import { scanPrefix, type SkippedRef } from './scan.js';

export interface RetentionResult extends RetentionPlan {
  dryRun: boolean;
  /** Refs whose deletion failed, with the error. */
  failed: { ref: CacheRef; error: string }[];
  /** Manifests under the prefix that are not BuildKit caches: kept, whatever their age or size. */
  skipped: SkippedRef[];
  prefix: string;
}

/**
 * Applies retention under `prefix`: scan, plan over the BuildKit caches only, then delete each
 * removed manifest by digest (nothing in dry-run mode). A failed delete is recorded and the rest go
 * on.
 */
export async function applyRetention(
  client: RegistryClient,
  prefix: CachePrefix,
  policy: RetentionPolicy,
  dryRun: boolean,
): Promise<RetentionResult> {
  const { refs, skipped } = await scanPrefix(client, prefix);
  const plan = planRetention(refs, policy);
  const failed: RetentionResult['failed'] = [];
  if (!dryRun) {
    for (const { ref } of plan.remove) {
      try {
        await client.deleteManifest(ref.repository, ref.digest);
      } catch (err) {
        failed.push({ ref, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return { ...plan, dryRun, failed, skipped, prefix: `${prefix.host}/${prefix.path}` };
}

/** The refs actually deleted (none in dry-run mode), as the `cache-removed` output lists them. */
export function deletedRefs(
  result: RetentionResult,
): { repository: string; digest: string; tags: string[] }[] {
  if (result.dryRun) return [];
  const failed = new Set(result.failed.map((f) => f.ref));
  return result.remove
    .filter((d) => !failed.has(d.ref))
    .map(({ ref }) => ({ repository: ref.repository, digest: ref.digest, tags: ref.tags }));
}
