/**
 * The retention policy, pure: which BuildKit cache manifests to keep and which to delete, by age
 * and then, oldest first, by the total size of their distinct blobs.
 */
import { formatBytes } from '../../format/bytes.js';

/** One manifest in the registry and every tag that points at it (deleting it removes them all). */
export interface CacheRef {
  repository: string;
  digest: string;
  tags: string[];
  /** When the content was written; undefined when nothing in the manifest says. */
  created?: Date;
  /** Where `created` came from. */
  createdFrom: 'annotation' | 'config' | 'layers' | 'unknown';
  /** Blobs the manifest (and its children) reference: digest → size. */
  blobs: Record<string, number>;
  /** Sum of `blobs`. */
  size: number;
}

export interface RetentionPolicy {
  now: Date;
  /** Maximum age in days; 0 turns the age rule off. */
  maxAgeDays: number;
  /** Maximum total bytes; 0 turns the size rule off. */
  maxBytes: number;
}

export interface RetentionDecision {
  ref: CacheRef;
  reason: string;
}

export interface RetentionPlan {
  keep: RetentionDecision[];
  remove: RetentionDecision[];
  /** Bytes of the distinct blobs the kept refs reference. */
  keptBytes: number;
  totalBytes: number;
}

const DAY = 86_400_000;

/** Distinct-blob size of some refs (cache refs share layers: a blob is counted once). */
export function distinctBytes(refs: CacheRef[]): number {
  const seen = new Map<string, number>();
  for (const r of refs) for (const [d, s] of Object.entries(r.blobs)) seen.set(d, s);
  let total = 0;
  for (const s of seen.values()) total += s;
  return total;
}

const byAge = (a: CacheRef, b: CacheRef) =>
  (a.created?.getTime() ?? Number.POSITIVE_INFINITY) - (b.created?.getTime() ?? Number.POSITIVE_INFINITY) ||
  `${a.repository}:${a.tags[0] ?? a.digest}`.localeCompare(`${b.repository}:${b.tags[0] ?? b.digest}`);

/**
 * Splits refs into kept and removed. A ref older than `maxAgeDays` is removed; then, while the kept
 * refs' distinct blobs exceed `maxBytes`, the oldest kept ref is removed. A ref without a date is
 * never removed for age and goes last for size (it sorts as the newest).
 */
export function planRetention(refs: CacheRef[], policy: RetentionPolicy): RetentionPlan {
  const sorted = [...refs].sort(byAge);
  const keep: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  const now = policy.now.getTime();
  for (const ref of sorted) {
    const age = ref.created ? (now - ref.created.getTime()) / DAY : undefined;
    if (policy.maxAgeDays > 0 && age !== undefined && age > policy.maxAgeDays) {
      remove.push({ ref, reason: `older than ${policy.maxAgeDays} days (${Math.floor(age)} days)` });
    } else {
      keep.push({
        ref,
        reason: age === undefined ? 'no creation date' : `${Math.max(0, Math.floor(age))} days old`,
      });
    }
  }
  if (policy.maxBytes > 0) {
    while (keep.length > 0 && distinctBytes(keep.map((k) => k.ref)) > policy.maxBytes) {
      const total = distinctBytes(keep.map((k) => k.ref));
      const oldest = keep.shift()!;
      remove.push({
        ref: oldest.ref,
        reason: `over the size limit (${formatBytes(total)} > ${formatBytes(policy.maxBytes)}), oldest first`,
      });
    }
  }
  remove.sort((a, b) => byAge(a.ref, b.ref));
  return {
    keep,
    remove,
    keptBytes: distinctBytes(keep.map((k) => k.ref)),
    totalBytes: distinctBytes(refs),
  };
}
