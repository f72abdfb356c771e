/**
 * Cold and warm builds of a template's prod target with raw `docker buildx build`:
 *
 *   cold          `docker builder prune -af`, no cache import; exports the registry cache (mode=max)
 *   warm (prune)  one source file changed, local images removed, builder pruned, then the same
 *                 build with `--cache-from` that registry cache (and the same export)
 *   warm (local)  one source file changed again, no prune: the builder's own cache
 *   repeat        nothing changed, local images removed, builder pruned, `--cache-from` the
 *                 registry cache: a re-run of the same commit on a fresh runner
 *
 * Every build pushes its image to the loopback registry, as CI does. Names are unique per run and
 * repetition, so no build can hit a cache another one wrote.
 */
import { join } from 'node:path';
import { median } from '../../lib/measure.js';
import { BENCH_DOCKERFILE, SIMULATED_MARKER, buildArgFlags, editSource, type App } from './apps.js';
import {
  countSteps,
  errorTail,
  parseVertexes,
  pruneBuilder,
  removeImages,
  runBuild,
  settle,
  vertexMs,
  type Engine,
  type StepCounts,
} from './engine.js';

export interface CacheBuild {
  ms: number;
  steps: StepCounts;
  /** The simulated install step's own time (0 when it was cached). */
  simulatedInstallMs: number;
  /** The template's own install step in the deps stage (`npm ci` / `pip install`, nothing to install). */
  templateInstallMs: number;
  /** BuildKit's "exporting cache to registry" step. */
  cacheExportMs: number;
  /** The slowest steps BuildKit ran (not cached), for the diagnosis. */
  slowest: { name: string; ms: number }[];
}

export interface CacheRep {
  cold: CacheBuild;
  warmPrune: CacheBuild;
  warmBuilder: CacheBuild;
  repeat: CacheBuild;
}

export interface CacheResult {
  kind: string;
  reps: CacheRep[];
  coldMs: number;
  warmPruneMs: number;
  warmBuilderMs: number;
}

export interface Tracker {
  /** Local image references to remove at the end. */
  images: string[];
  /** Registry references (images and cache tags) to delete at the end. */
  registry: string[];
}

/** One `docker buildx build` of the app's prod target, pushed, timed, its progress parsed. */
export async function buildProd(
  engine: Engine,
  app: App,
  opts: { tag: string; cacheRef: string; cacheFrom: boolean; metadataDir: string; tracker: Tracker },
): Promise<CacheBuild> {
  const args = [
    'buildx',
    'build',
    '--progress=rawjson',
    '--provenance=false',
    '--metadata-file',
    join(opts.metadataDir, 'metadata.json'),
    '--file',
    join(app.dir, BENCH_DOCKERFILE),
    '--target',
    'prod',
    ...buildArgFlags(app.buildArgs),
    ...(opts.cacheFrom ? ['--cache-from', `type=registry,ref=${opts.cacheRef}`] : []),
    '--cache-to',
    `type=registry,ref=${opts.cacheRef},mode=max`,
    '--tag',
    opts.tag,
    '--output',
    'type=image,push=true',
    app.dir,
  ];
  opts.tracker.images.push(opts.tag);
  opts.tracker.registry.push(opts.tag, opts.cacheRef);
  // Time the build, not the garbage collection the bench's own removals and prunes set off.
  await settle(engine);
  const r = await runBuild(engine, args);
  if (r.code !== 0) throw new Error(`building ${app.kind} (${opts.tag}) failed: ${errorTail(r)}`);
  const vertexes = parseVertexes(r.stderr);
  const sim = vertexes.find((v) => v.name.includes(SIMULATED_MARKER));
  const exportCache = vertexes.filter((v) => /^exporting cache/i.test(v.name));
  const install = vertexes.find(
    (v) => /^\[deps \d+\/\d+\] RUN /.test(v.name) && !v.name.includes(SIMULATED_MARKER),
  );
  return {
    ms: r.ms,
    steps: countSteps(vertexes),
    simulatedInstallMs: sim ? vertexMs(sim) : 0,
    templateInstallMs: install ? vertexMs(install) : 0,
    cacheExportMs: exportCache.reduce((a, v) => a + vertexMs(v), 0),
    slowest: vertexes
      .map((v) => ({ name: v.name.split('\n')[0]!.slice(0, 80), ms: vertexMs(v) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4),
  };
}

export async function measureCache(
  engine: Engine,
  app: App,
  opts: { runId: string; reps: number; metadataDir: string; tracker: Tracker; log: (m: string) => void },
): Promise<CacheResult> {
  const reps: CacheRep[] = [];
  const mine: string[] = [];
  for (let rep = 1; rep <= opts.reps; rep++) {
    const id = `${opts.runId}-r${rep}`;
    const image = `${engine.registry}/bench-build/${app.kind}`;
    const cacheRef = `${engine.registry}/bench-cache/${app.kind}:${id}`;
    const build = (stage: string, cacheFrom: boolean) => {
      mine.push(`${image}:${id}-${stage}`);
      return buildProd(engine, app, {
        tag: `${image}:${id}-${stage}`,
        cacheRef,
        cacheFrom,
        metadataDir: opts.metadataDir,
        tracker: opts.tracker,
      });
    };

    opts.log(`build: ${app.kind} #${rep}: cold (pruned builder, no cache import)`);
    await removeImages(engine, mine);
    await pruneBuilder(engine);
    const cold = await build('cold', false);

    opts.log(`build: ${app.kind} #${rep}: warm after prune (registry cache)`);
    editSource(app, `${id}-prune`);
    // The pushed images stay in the docker driver's image store; their layers must not stand in for
    // the registry cache, as they would not exist on a fresh runner.
    await removeImages(engine, mine);
    await pruneBuilder(engine);
    const warmPrune = await build('warm-prune', true);

    opts.log(`build: ${app.kind} #${rep}: warm (builder cache)`);
    editSource(app, `${id}-builder`);
    const warmBuilder = await build('warm-builder', true);

    opts.log(`build: ${app.kind} #${rep}: repeat after prune (nothing changed, registry cache)`);
    await removeImages(engine, mine);
    await pruneBuilder(engine);
    const repeat = await build('repeat', true);
    reps.push({ cold, warmPrune, warmBuilder, repeat });
  }
  return {
    kind: app.kind,
    reps,
    coldMs: median(reps.map((r) => r.cold.ms)),
    warmPruneMs: median(reps.map((r) => r.warmPrune.ms)),
    warmBuilderMs: median(reps.map((r) => r.warmBuilder.ms)),
  };
}
