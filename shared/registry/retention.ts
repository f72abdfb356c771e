/**
 * Registry cache retention: finds the BuildKit cache manifests under a prefix, dates and sizes
 * them, and deletes those older than a maximum age or, oldest first, those beyond a maximum total
 * size. Only BuildKit caches are ever deleted (`cacheKind`): an image, a multi-platform image index,
 * a signature or anything else under the prefix is kept and listed as "not a BuildKit cache". The
 * policy (`planRetention`) is a pure function; reading and deleting go through RegistryClient.
 */
import { isRegistryHost, isRepository } from '../oci/reference.js';
import { formatBytes } from '../format/bytes.js';
import { cell } from '../format/markdown.js';
import { InputError } from '../runtime/errors.js';
import {
  MANIFEST_TYPES,
  RegistryClient,
  RegistryError,
  type Descriptor,
  type FetchedManifest,
  type Manifest,
} from './client.js';

/**
 * The config media type of BuildKit's cache (moby/buildkit cache/remotecache/v1/spec.go
 * `CacheConfigMediaTypeV0`): the one thing that tells a registry cache from an image.
 */
export const CACHE_CONFIG_TYPE = 'application/vnd.buildkit.cacheconfig.v0';

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

/** A cache prefix split into registry host and repository path: `127.0.0.1:5000/cache/`. */
export interface CachePrefix {
  host: string;
  /** Never empty: a prefix always names a repository path. */
  path: string;
}

/**
 * Parses `cache-prefix`. The first component must be a registry host (it has a `.` or `:`, or is
 * `localhost`), as docker's reference grammar tells a host from a path, and a repository path must
 * follow: a bare host would put every repository of the registry under retention.
 *
 * @throws InputError (input `cache-prefix`).
 */
export function parseCachePrefix(text: string, input = 'cache-prefix'): CachePrefix {
  const t = text.trim().replace(/^(oci|docker|https?):\/\//, '');
  const slash = t.indexOf('/');
  const host = slash < 0 ? t : t.slice(0, slash);
  const path = slash < 0 ? '' : t.slice(slash + 1);
  if (!isRegistryHost(host)) {
    throw new InputError(`'${text}' does not start with a registry host.`, {
      input,
      fix: 'write host[:port]/path/, e.g. ghcr.io/acme/cache/ or 127.0.0.1:5000/cache/.',
    });
  }
  if (!path.replace(/\/+$/, '')) {
    throw new InputError(
      `'${text}' names the whole registry ${host}, not a repository path: retention would go through every repository in it.`,
      {
        input,
        fix: `add the repository path your caches are pushed under, e.g. ${host}/cache/ for cache refs ${host}/cache/<service>:<tag>.`,
      },
    );
  }
  if (!isRepository(`${host}/${path.replace(/\/+$/, '')}`)) {
    throw new InputError(`'${text}' is not a repository prefix.`, {
      input,
      fix: 'give a repository path without tag or digest, in lowercase, e.g. ghcr.io/acme/cache/.',
    });
  }
  return { host, path };
}

/**
 * True when `repo` is the prefix's repository or lies below it, by whole path segments: `acme/app`
 * (or `acme/app/`) takes `acme/app` and `acme/app/cache`, never `acme/app-prod`. An empty path
 * takes nothing.
 */
export function underPrefix(repo: string, path: string): boolean {
  const p = path.replace(/\/+$/, '');
  if (!p) return false;
  return repo === p || repo.startsWith(`${p}/`);
}

/**
 * What a manifest is to retention. A BuildKit cache comes in one of three shapes:
 * - `manifest`: an image manifest whose config is the cache config (`--cache-to
 *   type=registry,image-manifest=true`, BuildKit ≥ 0.12);
 * - `index`: BuildKit's default registry cache layout, an index whose entries are layer blobs plus
 *   exactly one cache config blob, and nothing else (no manifest: it holds no image);
 * - `index-of-caches`: an index whose every entry is a manifest of the first shape.
 * Anything else is not a cache and is never deleted: an image (its config is an image config), an
 * image index (multi-platform or with attestations: it holds image manifests), an index mixing
 * caches with anything else, an empty index, signatures and other artifacts.
 */
export type CacheKind =
  { cache: true; layout: 'manifest' | 'index' | 'index-of-caches' } | { cache: false; what: string };

const isManifestType = (t: string) => MANIFEST_TYPES.includes(t);
/** Layer blobs, OCI and Docker (gzip, zstd, uncompressed), as BuildKit's cache index lists them. */
const LAYER_RE =
  /^application\/vnd\.(oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.(foreign\.)?diff\.tar)/;

/**
 * Classifies `m` (see CacheKind). `child` fetches an entry of an index by digest; it is asked only
 * for an index whose entries are all manifests, and only until one of them is not a cache.
 */
export async function cacheKind(
  m: Manifest,
  child: (digest: string) => Promise<Manifest>,
): Promise<CacheKind> {
  if (m.config) {
    if (m.config.mediaType === CACHE_CONFIG_TYPE) return { cache: true, layout: 'manifest' };
    return { cache: false, what: describeConfig(m.config.mediaType) };
  }
  const entries = m.manifests;
  if (!Array.isArray(entries)) return { cache: false, what: 'neither an image manifest nor an index' };
  if (entries.length === 0) return { cache: false, what: 'an empty index' };
  const configs = entries.filter((d) => d.mediaType === CACHE_CONFIG_TYPE).length;
  const layers = entries.filter((d) => LAYER_RE.test(d.mediaType)).length;
  const manifests = entries.filter((d) => isManifestType(d.mediaType)).length;
  if (configs === 1 && configs + layers === entries.length) return { cache: true, layout: 'index' };
  if (manifests !== entries.length) {
    return {
      cache: false,
      what: manifests
        ? 'an index mixing manifests with other entries'
        : 'an index of blobs that is not a BuildKit cache layout (one cache config and layers)',
    };
  }
  const platforms = [
    ...new Set(
      entries
        .flatMap((d) => (d.platform && d.platform.os !== 'unknown' ? [d.platform] : []))
        .map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
    ),
  ];
  for (const d of entries) {
    let entry: Manifest;
    try {
      entry = await child(d.digest);
    } catch (err) {
      // Kept: what cannot be read cannot be shown to be a cache.
      const why = err instanceof Error ? err.message : String(err);
      return { cache: false, what: `an index whose entry ${d.digest} could not be read (${why})` };
    }
    if (entry.config?.mediaType !== CACHE_CONFIG_TYPE) {
      return { cache: false, what: `an image index${platforms.length ? ` (${platforms.join(', ')})` : ''}` };
    }
  }
  return { cache: true, layout: 'index-of-caches' };
}

function describeConfig(mediaType: string): string {
  if (/image\.config|container\.image\.v1/.test(mediaType)) return 'an image';
  if (/cosign|sigstore/.test(mediaType)) return `a signature or attestation (${mediaType})`;
  return `an artifact (config ${mediaType || 'without a media type'})`;
}

const CREATED = 'org.opencontainers.image.created';
const BUILDKIT_CREATED = 'buildkit/createdat';

function parseDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Dates and sizes one manifest. The date is, in order: the manifest's
 * `org.opencontainers.image.created` annotation; an image config's `created`; the newest
 * `buildkit/createdat` annotation of its blobs (BuildKit's registry cache writes one per layer).
 */
export async function describeManifest(
  client: Pick<RegistryClient, 'manifest' | 'blobJson'>,
  repository: string,
  digest: string,
  tags: string[],
): Promise<CacheRef> {
  const blobs: Record<string, number> = {};
  const layerDates: Date[] = [];
  let created: Date | undefined;
  let createdFrom: CacheRef['createdFrom'] = 'unknown';
  let configDate: Date | undefined;

  const visit = async (m: Manifest, depth: number): Promise<void> => {
    const annotated = parseDate(m.annotations?.[CREATED]);
    if (annotated && !created) {
      created = annotated;
      createdFrom = 'annotation';
    }
    const note = (d: Descriptor) => {
      blobs[d.digest] = d.size;
      const at = parseDate(d.annotations?.[BUILDKIT_CREATED]) ?? parseDate(d.annotations?.[CREATED]);
      if (at) layerDates.push(at);
    };
    if (m.config) {
      note(m.config);
      if (!configDate && /image\.config|container\.image\.v1/.test(m.config.mediaType)) {
        const config = (await client.blobJson(repository, m.config.digest).catch(() => undefined)) as
          { created?: string } | undefined;
        configDate = parseDate(config?.created);
      }
    }
    for (const l of m.layers ?? []) note(l);
    for (const d of m.manifests ?? []) {
      if (MANIFEST_TYPES.includes(d.mediaType) && depth < 2) {
        blobs[d.digest] = d.size;
        const child = await client.manifest(repository, d.digest);
        await visit(child.manifest, depth + 1);
      } else note(d);
    }
  };

  const top = await client.manifest(repository, digest);
  await visit(top.manifest, 0);
  if (!created && configDate) {
    created = configDate;
    createdFrom = 'config';
  }
  if (!created && layerDates.length > 0) {
    created = new Date(Math.max(...layerDates.map((d) => d.getTime())));
    createdFrom = 'layers';
  }
  const size = Object.values(blobs).reduce((a, b) => a + b, 0);
  return { repository, digest: top.digest, tags, created, createdFrom, blobs, size };
}

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

const refName = (r: { repository: string; tags: string[] }) =>
  `${r.repository}:${r.tags.join(', :') || '(untagged)'}`;
/** Rows of non-cache manifests shown in the summary; the rest are counted. */
const SKIPPED_ROWS = 50;
export const NOT_A_CACHE = 'kept: not a BuildKit cache';
const shortDigest = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);

/** The retention part of the job summary: totals and a kept/removed table. */
export function renderRetention(result: RetentionResult, policy: RetentionPolicy): string {
  const removeWord = result.dryRun ? 'would remove' : 'removed';
  const skipped = result.skipped;
  const lines = [
    `### Registry cache retention${result.dryRun ? ' (dry run)' : ''}`,
    '',
    `Prefix \`${result.prefix}\`: ${result.keep.length + result.remove.length} BuildKit cache manifest(s), ${formatBytes(result.totalBytes)} of distinct blobs. ` +
      `Policy: older than ${policy.maxAgeDays || '∞'} days, or beyond ${policy.maxBytes ? formatBytes(policy.maxBytes) : '∞'} oldest first. ` +
      `Kept ${result.keep.length} (${formatBytes(result.keptBytes)}), ${removeWord} ${result.remove.length - result.failed.length}` +
      `${result.failed.length ? `, ${result.failed.length} failed` : ''}.` +
      (skipped.length
        ? ` ${skipped.length} other manifest(s) ${NOT_A_CACHE} (images and indexes are never deleted).`
        : ''),
    '',
  ];
  if (result.keep.length + result.remove.length + skipped.length === 0)
    return `${lines.join('\n')}\nNo manifests under the prefix.\n`;
  lines.push('| ref | digest | created | size | action | reason |', '|---|---|---|---|---|---|');
  const failed = new Map(result.failed.map((f) => [f.ref, f.error]));
  const row = (d: RetentionDecision, action: string) =>
    `| \`${refName(d.ref)}\` | \`${shortDigest(d.ref.digest)}\` | ${d.ref.created ? d.ref.created.toISOString() : 'unknown'}${d.ref.createdFrom !== 'unknown' ? ` (${d.ref.createdFrom})` : ''} | ${formatBytes(d.ref.size)} | ${action} | ${cell(d.reason)} |`;
  for (const d of result.remove)
    lines.push(row(d, failed.has(d.ref) ? `failed: ${cell(failed.get(d.ref)!)}` : removeWord));
  for (const d of result.keep) lines.push(row(d, 'kept'));
  for (const k of skipped.slice(0, SKIPPED_ROWS))
    lines.push(`| \`${refName(k)}\` | \`${shortDigest(k.digest)}\` | | | ${NOT_A_CACHE} | ${cell(k.what)} |`);
  if (skipped.length > SKIPPED_ROWS)
    lines.push(`| … and ${skipped.length - SKIPPED_ROWS} more | | | | ${NOT_A_CACHE} | |`);
  lines.push(
    '',
    'Deleting a manifest removes its tags; the registry frees the blobs at its next garbage collection.',
    '',
  );
  return lines.join('\n');
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

export interface RetentionInputs {
  prefix: CachePrefix;
  maxAgeDays: number;
  maxBytes: number;
  dryRun: boolean;
  username: string;
  password: string;
  /** Plain HTTP: a loopback host or an insecure registry. */
  insecure: boolean;
  /** The registries the user named insecure: a token service there may take credentials over HTTP. */
  insecureHosts?: string[];
}

/**
 * Runs retention for the action and never throws: housekeeping must not fail the build that
 * follows, so a failure comes back as a warning (and in the summary).
 */
export async function runRetention(
  r: RetentionInputs,
  opts: { now?: Date; log?: (m: string) => void; fetch?: typeof fetch; client?: RegistryClient } = {},
): Promise<{ result?: RetentionResult; summary: string; warnings: string[]; headline: string }> {
  const client =
    opts.client ??
    new RegistryClient({
      host: r.prefix.host,
      insecure: r.insecure,
      insecureHosts: r.insecureHosts,
      username: r.username || undefined,
      password: r.password || undefined,
      log: opts.log,
      fetch: opts.fetch,
    });
  const policy = { now: opts.now ?? new Date(), maxAgeDays: r.maxAgeDays, maxBytes: r.maxBytes };
  try {
    const result = await applyRetention(client, r.prefix, policy, r.dryRun);
    const warnings = result.failed.map(
      (f) => `Could not delete ${f.ref.repository}@${f.ref.digest}: ${f.error}`,
    );
    const removed = result.remove.length - result.failed.length;
    const headline =
      `Cache retention under ${result.prefix}: kept ${result.keep.length}, ${result.dryRun ? 'would remove' : 'removed'} ${removed}` +
      (result.skipped.length ? `; ${result.skipped.length} ${NOT_A_CACHE}` : '');
    for (const k of result.skipped) opts.log?.(`${refName(k)}@${k.digest}: ${NOT_A_CACHE} (${k.what})`);
    return { result, summary: renderRetention(result, policy), warnings, headline };
  } catch (err) {
    const message = `Cache retention under ${r.prefix.host}/${r.prefix.path} failed: ${err instanceof Error ? err.message : String(err)}`;
    return {
      summary: `### Registry cache retention\n\n${message}\n`,
      warnings: [message],
      headline: message,
    };
  }
}
