/**
 * Six services in two dependency waves, built through build-service as a workflow's matrix jobs
 * would build them: wave 0 is two base images (FROM the local Node.js and Python images), wave 1
 * four services FROM one of them, each base pinned by digest with the `contexts` input
 * (`base=docker-image://<image>@sha256:…`, the digest from the base's `image` output).
 *
 *   sequential  all six one after another (bases first)
 *   waves       the services of a wave in parallel, one wave after the other
 *
 * Each run starts from a pruned builder, with a fresh salt so that no layer is reused across runs.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { requireBundle } from '../../lib/action.js';
import { median } from '../../lib/measure.js';
import { FIXTURES } from './apps.js';
import type { Tracker } from './cache.js';
import { errorTail, pruneBuilder, removeImages, settle, type Engine } from './engine.js';
import { runAction } from './overhead.js';

interface WaveService {
  name: string;
  lang: 'node' | 'python';
  /** The base it builds FROM (wave 1), or none (wave 0). */
  base?: string;
  hashes: number;
}

/** About 4 s of one core for a base, 3 s for a service, in either language. */
export const WAVE_SERVICES: readonly WaveService[] = [
  { name: 'node-base', lang: 'node', hashes: 2_000_000 },
  { name: 'python-base', lang: 'python', hashes: 10_000_000 },
  { name: 'api-users', lang: 'node', base: 'node-base', hashes: 1_500_000 },
  { name: 'api-orders', lang: 'node', base: 'node-base', hashes: 1_500_000 },
  { name: 'worker-embed', lang: 'python', base: 'python-base', hashes: 7_500_000 },
  { name: 'worker-ingest', lang: 'python', base: 'python-base', hashes: 7_500_000 },
];

export type WaveMode = 'sequential' | 'waves';

export interface WaveRun {
  mode: WaveMode;
  ms: number;
  /** Each service's wall time (the build-service process), by name. */
  serviceMs: Record<string, number>;
  /** Each wave's wall time. */
  waveMs: number[];
}

export interface WavesResult {
  runs: WaveRun[];
  sequentialMs: number;
  wavesMs: number;
  speedup: number;
}

/** Writes the six services' contexts (the fixture Dockerfile and a source file each) under `root`. */
function writeServices(root: string): void {
  for (const s of WAVE_SERVICES) {
    mkdirSync(join(root, s.name, 'src'), { recursive: true });
    copyFileSync(join(FIXTURES, `wave-${s.lang}.Dockerfile`), join(root, s.name, 'Dockerfile'));
    const file = s.lang === 'node' ? 'main.js' : 'main.py';
    const comment = s.lang === 'node' ? '//' : '#';
    writeFileSync(join(root, s.name, 'src', file), `${comment} ${s.name}\n`);
  }
}

export async function measureWaves(
  engine: Engine,
  root: string,
  opts: { runId: string; reps: number; tracker: Tracker; log: (m: string) => void },
): Promise<WavesResult> {
  const bundle = requireBundle('build-service');
  writeServices(root);
  const fromImage = { node: engine.bases.node, python: engine.bases.python };

  const runOnce = async (mode: WaveMode, rep: number): Promise<WaveRun> => {
    const salt = `${opts.runId}-${mode}-${rep}`;
    const digests = new Map<string, string>();
    const serviceMs: Record<string, number> = {};
    const buildOne = async (s: WaveService) => {
      const image = `${engine.registry}/bench-waves/${s.name}`;
      const tag = `${image}:${salt}`;
      opts.tracker.images.push(tag);
      opts.tracker.registry.push(tag);
      const pinned = s.base ? digests.get(s.base) : undefined;
      if (s.base && !pinned) throw new Error(`${s.name}: its base ${s.base} has no digest`);
      const r = await runAction(engine, bundle, root, {
        service: s.name,
        context: s.name,
        target: '',
        image,
        tags: tag,
        'conventional-tags': 'false',
        'build-args': [
          `FROM_IMAGE=${s.base ? 'base' : fromImage[s.lang]}`,
          `SERVICE=${s.name}`,
          `HASHES=${s.hashes}`,
          `SALT=${salt}`,
        ].join('\n'),
        contexts: pinned ? `base=docker-image://${pinned}` : '',
        cache: 'none',
        push: 'true',
      });
      if (r.code !== 0) {
        const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
        throw new Error(`build-service ${s.name} failed: ${errors.join(' | ') || errorTail(r)}`);
      }
      const ref = r.outputs['image'] ?? '';
      if (!/@sha256:[a-f0-9]{64}$/.test(ref)) throw new Error(`${s.name}: no pinned image output (${ref})`);
      digests.set(s.name, ref);
      serviceMs[s.name] = r.ms;
    };

    // A fresh builder: no layer of an earlier run, no local copy of an earlier run's images.
    await removeImages(engine, opts.tracker.images);
    await pruneBuilder(engine);
    await settle(engine);
    opts.log(`build: waves #${rep}: ${mode}`);
    const t0 = performance.now();
    const waves = [WAVE_SERVICES.filter((s) => !s.base), WAVE_SERVICES.filter((s) => s.base)];
    const waveMs: number[] = [];
    for (const wave of waves) {
      const w0 = performance.now();
      if (mode === 'waves') await Promise.all(wave.map(buildOne));
      else for (const s of wave) await buildOne(s);
      waveMs.push(performance.now() - w0);
    }
    return { mode, ms: performance.now() - t0, serviceMs, waveMs };
  };

  const runs: WaveRun[] = [];
  for (let rep = 1; rep <= opts.reps; rep++) {
    // Alternate which mode goes first, so that a drift hits both.
    const order: WaveMode[] = rep % 2 ? ['sequential', 'waves'] : ['waves', 'sequential'];
    for (const mode of order) runs.push(await runOnce(mode, rep));
  }
  const sequentialMs = median(runs.filter((r) => r.mode === 'sequential').map((r) => r.ms));
  const wavesMs = median(runs.filter((r) => r.mode === 'waves').map((r) => r.ms));
  return { runs, sequentialMs, wavesMs, speedup: sequentialMs / wavesMs };
}
