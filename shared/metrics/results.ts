/**
 * A run's services as metrics, from the result files its steps wrote: build-service's, joined by
 * image digest to what scan-image and sign-image found of the same image. Pure.
 */
import type { BuildResult } from '../contracts/build-result.js';
import type { ScanResult } from '../scan/result-file.js';
import type { SignResult } from '../sign/result.js';
import type { ServiceMetrics } from './families.js';

/**
 * A service's metrics from build-service's result file: duration, cache, instruction steps and
 * per-platform images; a merge contributes only its images (it builds nothing).
 */
export function fromBuildResult(result: BuildResult): ServiceMetrics {
  const images = result.perPlatform.map((p) => ({
    platform: p.platform,
    sizeBytes: p.size,
    layers: p.layers,
  }));
  return {
    service: result.service,
    ...(result.variant && { variant: result.variant }),
    platforms: [...result.platforms],
    ...(result.mode === 'build' && {
      build: {
        durationSeconds: result.durationMs / 1000,
        ...(result.cacheHitRatio !== undefined && { cacheHitRatio: result.cacheHitRatio }),
        steps: result.steps
          .filter((s) => s.kind === 'instruction')
          .map((s) => ({
            name: s.name,
            ...(s.platform && { platform: s.platform }),
            durationSeconds: s.durationMs / 1000,
            cached: s.cached,
          })),
      },
    }),
    ...(images.length && { images }),
  };
}

/**
 * The build's metrics with the scan's counts and the signature's status of its image, found by
 * digest: the pushed digest (an index or a manifest) or a platform manifest's, whichever the later
 * step was given. Several scans or signatures of one digest: the last file given wins (a rerun).
 */
export function withFindings(
  result: BuildResult,
  scans: readonly ScanResult[],
  signs: readonly SignResult[],
): ServiceMetrics {
  const metrics = fromBuildResult(result);
  const digests = new Set([result.digest, ...result.perPlatform.map((p) => p.digest)].filter(Boolean));
  if (!digests.size) return metrics;
  const scanned = scans.flatMap((s) => s.images).filter((i) => digests.has(i.digest));
  const last = scanned.at(-1);
  const signed = signs
    .flatMap((s) => s.images.map((i) => ({ mode: s.mode, ...i })))
    .filter((i) => digests.has(i.digest));
  const lastSign = signed.filter((i) => i.mode === 'sign').at(-1);
  const lastVerify = signed.filter((i) => i.mode === 'verify').at(-1);
  return {
    ...metrics,
    ...(last && { vulnerabilities: { ...last.counts } }),
    ...(lastSign && { signed: lastSign.status === 'signed' }),
    ...(lastVerify && { verified: lastVerify.status === 'verified' }),
  };
}
