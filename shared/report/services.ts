/**
 * One row per built image: the build result joined with what scan-image and sign-image said of the
 * same digest, and the plan's reasons for building it. Pure.
 */
import type { BuilderUsage } from '../builder/usage.js';
import type { BuildResult, BuildStep } from '../contracts/build-result.js';
import type { LargestLayer } from '../registry/image-stats.js';
import type { Counts } from '../scan/severity.js';
import { findingsFor } from '../contracts/findings.js';
import type { ImageOutcome } from '../sign/result.js';
import type { CollectedResults } from './collect.js';

export type { Counts };

export interface ServiceReport {
  /** `service` or `service (variant)`: the row's name, unique in a report. */
  key: string;
  service: string;
  variant?: string;
  image: string;
  /** `image@digest`; empty when the build pushed nothing. */
  ref: string;
  platforms: string[];
  durationMs: number;
  cacheHitRatio?: number;
  cachedSteps: number;
  cacheableSteps: number;
  /** Largest platform's compressed size and layers. */
  imageSize?: number;
  layers?: number;
  /** The largest layer of the largest platform, and the history line that made it, when recorded. */
  largestLayer?: LargestLayer;
  steps: BuildStep[];
  cacheMisses: { ref: string; error: string }[];
  cache: string[];
  /** Vulnerabilities by severity over every platform, when the image was scanned. */
  vulnerabilities?: Counts;
  scanPassed?: boolean;
  policy?: { errors: number; warnings: number; passed: boolean };
  /** sign-image's word on the digest: signed, verified, or failed (with the reason). */
  signature?: { status: 'signed' | 'verified' | 'failed'; reason?: string; attested?: boolean };
  /** plan-matrix's reasons for building it (rule and message). */
  reasons: { rule: string; message: string }[];
  /** Builder resource use during the build, where build-service recorded it. */
  builder?: BuilderUsage;
}

export interface PlanReason {
  rule: string;
  message: string;
}

/** The row name of a build: its service, and its variant when the service has several. */
function rowKey(r: Pick<BuildResult, 'service' | 'variant'>, variants: boolean): string {
  return variants && r.variant ? `${r.service} (${r.variant})` : r.service;
}

/**
 * Joins the results by digest. A merge result (the index of several platform builds) stands for its
 * service in place of the platform builds it merged.
 *
 * @param reasons plan-matrix's `reasons` output: service key → reasons
 */
export function serviceReports(
  results: CollectedResults,
  reasons: Record<string, PlanReason[]> = {},
): ServiceReport[] {
  const builds = pickBuilds(results.builds.map((b) => b.result));
  const variantsOf = new Map<string, Set<string>>();
  for (const b of builds) {
    const set = variantsOf.get(b.service) ?? new Set<string>();
    set.add(b.variant ?? '');
    variantsOf.set(b.service, set);
  }
  const find = findingsFor(
    results.scans.map((s) => s.result),
    results.signs.map((s) => s.result),
  );
  return builds
    .map((b): ServiceReport => {
      const found = find(b);
      const layer = largest(b);
      const scan = found.scan && {
        counts: found.scan.image.counts,
        passed: found.scan.passed,
        policy: found.scan.image.policy && {
          errors: found.scan.image.policy.errors,
          warnings: found.scan.image.policy.warnings,
          passed: found.scan.image.policy.passed,
        },
      };
      const signature = signatureOf(found.verify ?? found.sign);
      return {
        key: rowKey(b, (variantsOf.get(b.service)?.size ?? 0) > 1),
        service: b.service,
        ...(b.variant && { variant: b.variant }),
        image: b.image,
        ref: b.ref,
        platforms: b.platforms,
        durationMs: b.durationMs,
        ...(b.cacheHitRatio !== undefined && { cacheHitRatio: b.cacheHitRatio }),
        cachedSteps: b.cachedSteps,
        cacheableSteps: b.cacheableSteps,
        ...(b.imageSize !== undefined && { imageSize: b.imageSize }),
        ...(b.layers !== undefined && { layers: b.layers }),
        ...(layer && { largestLayer: layer }),
        steps: b.steps,
        cacheMisses: b.cacheMisses,
        cache: b.cache,
        ...(scan && { vulnerabilities: scan.counts, scanPassed: scan.passed }),
        ...(scan?.policy && { policy: scan.policy }),
        ...(signature && { signature }),
        reasons: reasons[b.service] ?? reasons[rowKey(b, true)] ?? [],
        ...(b.builder && { builder: b.builder }),
      };
    })
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/**
 * The builds to report: a merge replaces the platform builds of its service and variant (their
 * durations add up into the merge's row: the time the service took to build); otherwise every build.
 */
function pickBuilds(all: BuildResult[]): BuildResult[] {
  const id = (b: BuildResult) => `${b.service}\0${b.variant ?? ''}`;
  const merged = new Map(all.filter((b) => b.mode === 'merge').map((b) => [id(b), b]));
  const out: BuildResult[] = [];
  const partsTime = new Map<string, number>();
  const partsSteps = new Map<string, BuildStep[]>();
  for (const b of all) {
    if (b.mode === 'merge') continue;
    const m = merged.get(id(b));
    if (!m) {
      out.push(b);
      continue;
    }
    partsTime.set(id(b), (partsTime.get(id(b)) ?? 0) + b.durationMs);
    partsSteps.set(id(b), [...(partsSteps.get(id(b)) ?? []), ...b.steps]);
  }
  for (const [k, m] of merged) {
    const steps = partsSteps.get(k);
    const cacheable = steps?.filter((s) => s.kind === 'instruction') ?? [];
    const cached = cacheable.filter((s) => s.cached).length;
    out.push({
      ...m,
      durationMs: m.durationMs + (partsTime.get(k) ?? 0),
      ...(steps && {
        steps,
        cachedSteps: cached,
        cacheableSteps: cacheable.length,
        ...(cacheable.length && { cacheHitRatio: Math.round((cached / cacheable.length) * 10_000) / 10_000 }),
      }),
    });
  }
  return out;
}

/** sign-image's word on the image: its verification when there is one, else its signing. */
function signatureOf(o: ImageOutcome | undefined): ServiceReport['signature'] | undefined {
  if (!o) return undefined;
  const attested = o.provenance?.status;
  return {
    status: o.status,
    ...(o.reason && { reason: o.reason }),
    ...(attested &&
      attested !== 'skipped' && { attested: attested === 'attested' || attested === 'verified' }),
  };
}

/** The largest layer build-service recorded for any platform (when it could read the image's config). */
function largest(b: BuildResult): LargestLayer | undefined {
  let best: LargestLayer | undefined;
  for (const p of b.perPlatform) {
    if (p.largestLayer && (!best || p.largestLayer.size > best.size)) best = p.largestLayer;
  }
  return best;
}

/** A failed scan gate, image policy or signature check: the service did not pass what it measured. */
export function failedACheck(s: ServiceReport): boolean {
  return s.scanPassed === false || s.policy?.passed === false || s.signature?.status === 'failed';
}
