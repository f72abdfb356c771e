/** A build result as build-service writes it, for the metrics tests: two platforms, three steps. */
import type { BuildResult } from '../../shared/contracts/build-result.js';

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
