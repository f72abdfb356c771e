/**
 * Registry cache retention as setup-builder runs it: the BuildKit cache manifests under a prefix are
 * found (scan.ts), planned for by age and size (policy.ts, pure), deleted (apply.ts) and summarised
 * (render.ts). Only BuildKit caches are ever deleted (cache-kind.ts): an image, an image index, a
 * signature or anything else under the prefix is kept and listed as "not a BuildKit cache".
 */
import { RegistryClient } from '../client.js';
import { applyRetention, type RetentionResult } from './apply.js';
import type { CachePrefix } from './prefix.js';
import { NOT_A_CACHE, refName, renderRetention } from './render.js';

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
