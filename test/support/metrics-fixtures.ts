/**
 * Result files as build-service, scan-image and sign-image write them, for the metrics and report
 * tests: a build of two platforms and three steps, a scan of one image, a signing of one image.
 */
import type { BuildResult } from '../../shared/contracts/build-result.js';
import type { ScanResult } from '../../shared/contracts/scan-result.js';
import type { Counts } from '../../shared/scan/severity.js';
import type { SignResult } from '../../shared/sign/result.js';

export function buildResult(over: Partial<BuildResult> = {}): BuildResult {
  return {
    version: 1,
    mode: 'build',
    service: 'api',
    image: '127.0.0.1:5000/itg/api',
    digest: 'sha256:' + '1'.repeat(64),
    ref: '',
    tags: [],
    platforms: ['linux/amd64', 'linux/arm64'],
    metadata: {},
    durationMs: 42_500,
    cacheHitRatio: 0.75,
    cachedSteps: 3,
    cacheableSteps: 4,
    perPlatform: [
      { platform: 'linux/amd64', digest: 'sha256:' + '2'.repeat(64), size: 31_457_280, layers: 5 },
      { platform: 'linux/arm64', digest: 'sha256:' + '3'.repeat(64), size: 30_408_704, layers: 5 },
    ],
    steps: [
      {
        name: '[linux/amd64 build 1/3] COPY package.json ./',
        kind: 'instruction',
        instruction: 'COPY',
        platform: 'linux/amd64',
        durationMs: 0,
        cached: true,
      },
      {
        name: '[linux/amd64 build 2/3] RUN npm ci --omit="dev"',
        kind: 'instruction',
        instruction: 'RUN',
        platform: 'linux/amd64',
        durationMs: 0,
        cached: true,
      },
      {
        name: '[linux/amd64 build 3/3] RUN echo "a\\b"',
        kind: 'instruction',
        instruction: 'RUN',
        platform: 'linux/amd64',
        durationMs: 7_250,
        cached: false,
      },
    ],
    cacheMisses: [],
    cache: [],
    warnings: [],
    command: 'docker buildx build',
    attempts: 1,
    retried: [],
    ...over,
  };
}

/** Findings by severity, none unless given. */
export function severityCounts(c: Partial<Counts> = {}): Counts {
  return { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0, ...c };
}

/** scan-image's result for the one image `digest` (`r@digest`), with `counts`. */
export function scanResult(digest: string, counts: Counts, over: Partial<ScanResult> = {}): ScanResult {
  return {
    version: 1,
    scanner: { name: 'trivy', version: '0.74.0' },
    failOn: ['CRITICAL'],
    passed: true,
    counts,
    policy: { mode: 'off', passed: true },
    images: [{ input: 'x', ref: `r@${digest}`, digest, counts, platforms: [] }],
    ...over,
  };
}

/** sign-image's result for the one image `digest` (`r@digest`) in `mode`, with `status`. */
export function signResult(
  mode: 'sign' | 'verify',
  digest: string,
  status: 'signed' | 'verified' | 'failed',
): SignResult {
  return {
    version: 1,
    mode,
    method: 'key',
    cosign: { version: '2.5.0', major: 2, path: 'cosign' },
    images: [{ input: 'x', image: 'r', digest, ref: `r@${digest}`, index: true, platforms: [], status }],
    durationMs: 1,
  };
}
