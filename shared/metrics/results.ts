/**
 * A run's services as metrics, from the result files its steps wrote: build-service's, joined by
 * image digest to what scan-image and sign-image found of the same image. Pure.
 */
import type { BuildResult } from '../contracts/build-result.js';
import type { findingsFor } from '../contracts/findings.js';
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
        ...(result.builder && { builder: result.builder }),
      },
    }),
    ...(images.length && { images }),
  };
}

/**
 * The build's metrics with the scan's counts and the signature's status of its image
 * (contracts/findings.ts finds them by digest).
 */
export function withFindings(result: BuildResult, find: ReturnType<typeof findingsFor>): ServiceMetrics {
  const metrics = fromBuildResult(result);
  const f = find(result);
  return {
    ...metrics,
    ...(f.scan && { vulnerabilities: { ...f.scan.image.counts } }),
    ...(f.scan?.image.policy && {
      policyViolations: { error: f.scan.image.policy.errors, warning: f.scan.image.policy.warnings },
    }),
    ...(f.sign && { signed: f.sign.status === 'signed' }),
    ...(f.verify && { verified: f.verify.status === 'verified' }),
  };
}
