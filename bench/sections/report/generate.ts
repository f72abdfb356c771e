/**
 * A run's result files for N services, as download-artifact leaves them: per service a build
 * result (two platforms, a Dockerfile's steps), a scan result and a sign result. Seeded, so every run
 * of the bench reads the same files. `slower` makes a share of the services regress against the same
 * seed's baseline run (slower, bigger, a new HIGH finding), so the comment has deltas to show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult, BuildStep } from '../../../shared/contracts/build-result.js';
import type { ScanResult } from '../../../shared/contracts/scan-result.js';
import type { SignResult } from '../../../shared/sign/result.js';
import { Random } from '../../lib/random.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const STEPS: [string, string][] = [
  ['WORKDIR', 'WORKDIR /app'],
  ['COPY', 'COPY package.json package-lock.json ./'],
  ['RUN', 'RUN npm ci --omit=dev'],
  ['COPY', 'COPY . .'],
  ['RUN', 'RUN npm run build'],
  ['RUN', 'RUN npm prune --omit=dev'],
];

export interface GenerateOptions {
  services: number;
  seed: number;
  /** Share of the services that regress (0 for the baseline run). */
  regress: number;
}

const hex = (r: Random) => Array.from({ length: 64 }, () => '0123456789abcdef'[r.int(16)]).join('');

/** Writes the files under `dir`; returns how many were written. */
export function generateResults(dir: string, opts: GenerateOptions): number {
  const r = new Random(opts.seed);
  // The regressions draw from their own stream, so the baseline and the pull request's run share
  // every other figure.
  const worse = new Random(opts.seed ^ 0x5a5a);
  let files = 0;
  const write = (path: string, doc: unknown) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(doc, null, 2));
    files++;
  };
  for (let i = 0; i < opts.services; i++) {
    const service = `svc-${String(i).padStart(4, '0')}-${r.pick(['api', 'worker', 'web', 'cron', 'gateway'])}`;
    const image = `127.0.0.1:5000/bench/${service}`;
    const digest = `sha256:${hex(r)}`;
    const regress = worse.chance(opts.regress);
    const factor = regress ? 1.5 + worse.next() : 1;
    const steps: BuildStep[] = [];
    let cached = 0;
    for (const platform of PLATFORMS) {
      STEPS.forEach(([instruction, line], n) => {
        const hit = n < 2 || r.chance(0.6);
        if (hit) cached++;
        steps.push({
          name: `[${platform} build ${n + 1}/${STEPS.length}] ${line}`,
          kind: 'instruction',
          instruction,
          stage: 'build',
          platform,
          durationMs: hit ? 0 : Math.round(r.between(200, 40_000) * factor),
          cached: hit,
        });
      });
    }
    const perPlatform = PLATFORMS.map((platform) => ({
      platform,
      digest: `sha256:${hex(r)}`,
      size: Math.round(r.between(20, 400) * 1_048_576 * (regress ? 1.2 : 1)),
      layers: r.between(4, 14),
      largestLayer: { size: r.between(5, 200) * 1_048_576, createdBy: 'RUN /bin/sh -c npm ci --omit=dev' },
    }));
    const build: BuildResult = {
      version: 1,
      mode: 'build',
      service,
      image,
      digest,
      ref: `${image}@${digest}`,
      tags: [`${image}:pr-12`],
      platforms: PLATFORMS,
      metadata: { 'containerimage.digest': digest },
      durationMs: Math.round(r.between(5_000, 300_000) * factor),
      cacheHitRatio: Math.round((cached / steps.length) * 10_000) / 10_000,
      cachedSteps: cached,
      cacheableSteps: steps.length,
      imageSize: Math.max(...perPlatform.map((p) => p.size)),
      layers: Math.max(...perPlatform.map((p) => p.layers)),
      perPlatform,
      steps,
      cacheMisses: [],
      cache: [`type=registry,ref=127.0.0.1:5000/bench/cache:${service}`],
      warnings: [],
      command: 'docker buildx build',
      attempts: 1,
      retried: [],
    };
    write(`build-${service}/result.json`, build);

    const high = regress ? 1 + worse.int(3) : 0;
    const counts = { UNKNOWN: 0, LOW: r.int(20), MEDIUM: r.int(8), HIGH: high, CRITICAL: 0 };
    const scan: ScanResult = {
      version: 1,
      scanner: { name: 'trivy', version: '0.74.0' },
      failOn: ['CRITICAL'],
      passed: true,
      counts,
      policy: { mode: 'off', passed: true },
      images: [
        {
          input: `${image}@${digest}`,
          ref: `${image}@${digest}`,
          digest,
          counts,
          platforms: PLATFORMS.map((platform) => ({
            platform,
            report: `trivy-${service}-${platform.replace('/', '-')}.json`,
            reported: counts.LOW + counts.MEDIUM + counts.HIGH,
            kept: counts.LOW + counts.MEDIUM + counts.HIGH,
            ignored: 0,
          })),
        },
      ],
    };
    write(`scan-${service}/result.json`, scan);

    const sign: SignResult = {
      version: 1,
      mode: 'sign',
      method: 'key',
      cosign: { version: '2.5.3', major: 2, path: '/usr/local/bin/cosign' },
      images: [
        {
          input: `${image}@${digest}`,
          image,
          digest,
          ref: `${image}@${digest}`,
          index: true,
          platforms: PLATFORMS,
          status: 'signed',
        },
      ],
      durationMs: r.between(800, 3000),
    };
    write(`sign-${service}/result.json`, sign);
  }
  return files;
}
