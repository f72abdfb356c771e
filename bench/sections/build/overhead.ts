/**
 * build-service's overhead: the same warm build once through the committed bundle as the runner runs
 * it (`node dist/build-service/index.js`, INPUT_* variables, GITHUB_OUTPUT, the job summary) and once
 * as the raw `docker buildx build` command the action reports it ran (its job summary's Command), in
 * alternating order, one source file changed before every build so that each does the same work.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifestDirect } from '../../../shared/registry/read-manifest.js';
import { pinned } from '../../../shared/oci/reference.js';
import { actionRuntime, requireBundle } from '../../lib/action.js';
import { median } from '../../lib/measure.js';
import { BENCH_DOCKERFILE, editSource, type App } from './apps.js';
import type { Tracker } from './cache.js';
import {
  countSteps,
  errorTail,
  parseVertexes,
  pruneBuilder,
  run,
  runBuild,
  settle,
  type Engine,
  type RunResult,
} from './engine.js';

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs an action bundle as the runner does, like bench/lib/action.ts's runBundle, plus the engine's
 * DOCKER_HOST and DOCKER_CONFIG (runBundle passes only PATH and HOME, and the engine's daemon is not
 * at docker's default socket). No RSS preload: the timing is the runner's.
 */
export async function runAction(
  engine: Engine,
  bundle: string,
  workspace: string,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bkab-action-'));
  try {
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env: Record<string, string> = {
      ...engine.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      RUNNER_TEMP: dir,
    };
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    // The runner's Node 24 where it is installed (runs.using: node24), as a runner starts the step.
    const r = await run(engine, actionRuntime().path, [bundle], { cwd: workspace, fullEnv: env });
    return {
      ...r,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const block = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (!block) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== block[2]) value.push(lines[i]!);
    out[block[1]!] = value.join('\n');
  }
  return out;
}

/** The `docker buildx build …` line of the job summary's Command block, as an argument array. */
export function commandFromSummary(summary: string): string[] {
  const m = /```sh\n(docker [^\n]+)\n```/.exec(summary);
  if (!m) throw new Error('the job summary has no ```sh command block');
  return shellWords(m[1]!);
}

/** Splits a POSIX shell line of bare words and '…' quoted parts (how the summary quotes). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unbalanced quote in: ${line}`);
      cur = (cur ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < line.length) {
      cur = (cur ?? '') + line[++i];
    } else if (c === ' ') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else {
      cur = (cur ?? '') + c;
    }
  }
  if (cur !== undefined) words.push(cur);
  return words;
}

export interface OverheadSample {
  /** The order the round ran in: `a` the action, `r` the raw command, `p` the plugin run directly. */
  order: string;
  actionMs: number;
  rawMs: number;
  /** The same build line run with the buildx plugin binary directly, as the action runs it (NaN without one). */
  pluginMs: number;
  /** The action's own duration-ms output: the buildx run inside it. */
  actionBuildMs: number;
  actionCacheHitRatio: number;
  rawCached: string;
}

export interface OverheadResult {
  kind: string;
  /** Cold: the builder pruned before every build and no cache backend (the whole Dockerfile runs). */
  cold: boolean;
  command: string;
  samples: OverheadSample[];
  actionMs: number;
  rawMs: number;
  /** Median of the direct plugin runs (NaN without a plugin). */
  pluginMs: number;
  /** (median action − median raw) / median raw × 100 */
  overheadPct: number;
  /** Median of the per-round differences, action − raw. */
  pairedDiffMs: number;
  /** Median of the per-round differences, action − plugin run directly: the action's own cost. */
  ownMs: number;
  /** Median of the per-round differences, raw − plugin run directly: what the docker CLI adds. */
  cliMs: number;
  /** Median of (action wall − its duration-ms): start-up, inputs, inspect, outputs. */
  outsideBuildMs: number;
  /** What that is made of, each a median of separate runs. */
  parts: {
    /** `node dist/build-service/index.js` with no inputs: start-up and bundle load, then an input error. */
    bundleLoadMs: number;
    /** build-service's read of the pushed manifest straight from the registry (image-size, layers). */
    manifestReadMs: number;
    /** `docker buildx imagetools inspect --raw <pushed image>`: the fallback for that read. */
    imagetoolsInspectMs: number;
    /** `docker buildx version`: the buildx plugin's own start-up. */
    buildxStartMs: number;
    /** `<plugin> version`, run directly as build-service runs it (NaN when it did not). */
    pluginStartMs: number;
  };
  /** The buildx plugin binary build-service ran its build with, from its job summary. */
  plugin?: string;
}

export async function measureOverhead(
  engine: Engine,
  app: App,
  opts: { runId: string; runs: number; tracker: Tracker; log: (m: string) => void; cold?: boolean },
): Promise<OverheadResult> {
  const cold = opts.cold ?? false;
  const label = `${app.kind}${cold ? ' (cold)' : ''}`;
  const bundle = requireBundle('build-service');
  const image = `${engine.registry}/bench-build/${app.kind}`;
  const tag = `${image}:${opts.runId}-overhead${cold ? '-cold' : ''}`;
  const cacheRef = `${engine.registry}/bench-cache/${app.kind}`;
  const service = `${app.kind}-overhead${cold ? '-cold' : ''}-${opts.runId}`;
  const inputs = {
    service,
    context: '.',
    dockerfile: BENCH_DOCKERFILE,
    target: 'prod',
    image,
    tags: tag,
    'conventional-tags': 'false',
    'build-args': Object.entries(app.buildArgs)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    ...(cold ? { cache: 'none' } : { cache: 'registry', 'cache-ref': cacheRef }),
    push: 'true',
  };
  opts.tracker.images.push(tag);
  opts.tracker.registry.push(tag);

  const viaAction = async () => {
    const r = await runAction(engine, bundle, app.dir, inputs);
    if (r.code !== 0) {
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      throw new Error(`build-service failed: ${errors.join(' | ') || errorTail(r)}`);
    }
    return r;
  };

  opts.log(`build: overhead ${label}: warm-up through build-service (fills the builder and its cache)`);
  editSource(app, `${opts.runId}-overhead-warmup`);
  const first = await viaAction();
  const argv = commandFromSummary(first.summary);
  const plugin = /Run with the buildx plugin itself, `([^`]+)`/.exec(first.summary)?.[1];
  if (argv[0] !== 'docker' || argv[1] !== 'buildx' || argv[2] !== 'build')
    throw new Error(`unexpected command in the summary: ${argv.slice(0, 3).join(' ')}`);
  const metadataAt = argv.indexOf('--metadata-file');
  const metaDir = mkdtempSync(join(tmpdir(), 'bkab-raw-'));
  // The action's metadata file lived in its RUNNER_TEMP, which is gone: the raw run gets its own.
  if (metadataAt > 0) argv[metadataAt + 1] = join(metaDir, 'metadata.json');
  for (const c of argv.filter((_, i) => argv[i - 1] === '--cache-to' || argv[i - 1] === '--cache-from'))
    opts.tracker.registry.push(c.replace(/^.*ref=([^,]+).*$/, '$1'));
  const viaRaw = async () => {
    const r = await runBuild(engine, argv.slice(1), { cwd: app.dir });
    if (r.code !== 0) throw new Error(`the raw command failed: ${errorTail(r)}`);
    return r;
  };
  // The same line with the plugin binary in place of `docker buildx`, as the action runs it.
  const viaPlugin = async () => {
    const r = await runBuild(engine, argv.slice(2), { cwd: app.dir, program: plugin });
    if (r.code !== 0) throw new Error(`the plugin run failed: ${errorTail(r)}`);
    return r;
  };

  try {
    opts.log(`build: overhead ${label}: warm-up of the raw command`);
    editSource(app, `${opts.runId}-overhead-warmup-raw`);
    await viaRaw();

    const samples: OverheadSample[] = [];
    let lastDigest = '';
    // Each round runs the three once; the order rotates so that each goes first, second and third
    // equally often, and a drift (a warming disk cache, other load) reaches all three alike.
    const ORDERS = ['arp', 'rpa', 'par'];
    for (let i = 0; i < opts.runs; i++) {
      opts.log(`build: overhead ${label}: round ${i + 1}/${opts.runs}`);
      let action: ActionRun | undefined;
      let raw: RunResult | undefined;
      let direct: RunResult | undefined;
      const prepare = async (what: string) => {
        editSource(app, `${opts.runId}-overhead-${i}-${what}`);
        if (cold) await pruneBuilder(engine);
        await settle(engine);
      };
      const order = ORDERS[i % ORDERS.length]!;
      for (const which of order) {
        if (which === 'a') {
          await prepare('action');
          action = await viaAction();
          lastDigest = action.outputs['digest'] ?? '';
        } else if (which === 'r') {
          await prepare('raw');
          raw = await viaRaw();
        } else if (plugin) {
          await prepare('plugin');
          direct = await viaPlugin();
        }
      }
      const steps = countSteps(parseVertexes(raw!.stderr));
      samples.push({
        order,
        actionMs: action!.ms,
        rawMs: raw!.ms,
        pluginMs: direct?.ms ?? NaN,
        actionBuildMs: Number(action!.outputs['duration-ms']),
        actionCacheHitRatio: Number(action!.outputs['cache-hit-ratio']),
        rawCached: `${steps.cached}/${steps.instructions}`,
      });
    }
    opts.log(`build: overhead ${label}: the parts of build-service's own time`);
    const timed = async (cmd: string, args: string[], env?: Record<string, string>) => {
      const ms: number[] = [];
      for (let i = 0; i < opts.runs; i++)
        ms.push((await run(engine, cmd, args, { cwd: app.dir, ...(env && { fullEnv: env }) })).ms);
      return median(ms);
    };
    const directMs: number[] = [];
    for (let i = 0; i < opts.runs && lastDigest; i++) {
      const t0 = performance.now();
      await readManifestDirect(pinned(image, lastDigest), { auth: { env: engine.env } });
      directMs.push(performance.now() - t0);
    }
    const parts = {
      bundleLoadMs: await timed(actionRuntime().path, [bundle], { PATH: engine.env['PATH']! }),
      manifestReadMs: directMs.length ? median(directMs) : NaN,
      imagetoolsInspectMs: await timed('docker', ['buildx', 'imagetools', 'inspect', '--raw', tag]),
      buildxStartMs: await timed('docker', ['buildx', 'version']),
      pluginStartMs: plugin ? await timed(plugin, ['version']) : NaN,
    };
    const outsideBuildMs = median(samples.map((s) => s.actionMs - s.actionBuildMs));
    const actionMs = median(samples.map((s) => s.actionMs));
    const rawMs = median(samples.map((s) => s.rawMs));
    return {
      kind: label,
      cold,
      command: ['docker', ...argv.slice(1)].join(' '),
      samples,
      actionMs,
      rawMs,
      pluginMs: plugin ? median(samples.map((s) => s.pluginMs)) : NaN,
      overheadPct: ((actionMs - rawMs) / rawMs) * 100,
      pairedDiffMs: median(samples.map((s) => s.actionMs - s.rawMs)),
      ownMs: plugin ? median(samples.map((s) => s.actionMs - s.pluginMs)) : NaN,
      cliMs: plugin ? median(samples.map((s) => s.rawMs - s.pluginMs)) : NaN,
      outsideBuildMs,
      parts,
      ...(plugin && { plugin }),
    };
  } finally {
    rmSync(metaDir, { recursive: true, force: true });
  }
}
