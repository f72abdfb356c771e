/**
 * Prod image size against the naive single-stage Dockerfile, for node-api and python-ai adopted
 * as-is (the template's Dockerfile, the unmodified sample app, no simulated install), with the same
 * base images as test/itg/templates.itg.test.ts: node-api's prod on BKA_BASE_NODE_RUNTIME,
 * python-ai's prod on the distroless-style stand-in built from
 * test/fixtures/templates/python-distroless.Dockerfile, the naive builds on the full toolchains.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../lib/action.js';
import { adoptTemplate, APP_KINDS, buildArgFlags, type AppKind } from './apps.js';
import type { Tracker } from './cache.js';
import { docker, registryImageSize, type Engine } from './engine.js';

export interface SizeResult {
  kind: AppKind;
  runtime: string;
  /** `docker image inspect` .Size, bytes. */
  prodBytes: number;
  naiveBytes: number;
  /** Compressed layer bytes in the registry's manifest. */
  prodPushedBytes: number;
  naivePushedBytes: number;
  /** Unpacked size (`docker image ls` .Size, which go-units prints in decimal units). */
  prodUnpackedBytes: number;
  naiveUnpackedBytes: number;
}

async function push(
  engine: Engine,
  tracker: Tracker,
  tag: string,
  context: string,
  args: string[],
): Promise<string> {
  tracker.images.push(tag);
  tracker.registry.push(tag);
  await docker(engine, [
    'buildx',
    'build',
    '--progress=quiet',
    '--provenance=false',
    ...args,
    '--tag',
    tag,
    '--output',
    'type=image,push=true',
    context,
  ]);
  return tag;
}

async function inspectSize(engine: Engine, tag: string): Promise<number> {
  const r = await docker(engine, ['image', 'inspect', '--format', '{{.Size}}', tag]);
  return Number(r.stdout.trim());
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

/** `docker image ls` .Size ("147MB"): the unpacked size in the containerd image store. */
async function unpackedSize(engine: Engine, tag: string): Promise<number> {
  const r = await docker(engine, ['image', 'ls', '--format', '{{.Size}}', tag]);
  const m = /^([\d.]+)\s*([kKMGT]?B)$/.exec(r.stdout.trim().split('\n')[0] ?? '');
  if (!m) throw new Error(`docker image ls ${tag}: unexpected size '${r.stdout.trim()}'`);
  return Number(m[1]) * UNITS[m[2]!]!;
}

export async function measureSizes(
  engine: Engine,
  dirs: (label: string) => string,
  opts: { runId: string; tracker: Tracker; log: (m: string) => void },
): Promise<SizeResult[]> {
  const repo = `${engine.registry}/bench-build`;
  opts.log('build: size: the distroless-style Python runtime stand-in');
  const empty = dirs('empty');
  mkdirSync(empty, { recursive: true });
  const distroless = await push(engine, opts.tracker, `${repo}/python-distroless:${opts.runId}`, empty, [
    '--file',
    join(REPO_ROOT, 'test/fixtures/templates/python-distroless.Dockerfile'),
    ...buildArgFlags({ PYTHON: engine.bases.python, BUSYBOX: engine.bases.busybox }),
  ]);

  const out: SizeResult[] = [];
  for (const kind of APP_KINDS) {
    const app = adoptTemplate(kind, dirs(`size-${kind}`), engine);
    const node = kind === 'node-api';
    const prodArgs: Record<string, string> = node
      ? { NODE_IMAGE: engine.bases.node, RUNTIME_IMAGE: engine.bases.nodeRuntime }
      : { PYTHON_IMAGE: engine.bases.python, RUNTIME_IMAGE: distroless };
    const naiveArgs: Record<string, string> = node
      ? { NODE_IMAGE: engine.bases.node }
      : { PYTHON_IMAGE: engine.bases.python };
    opts.log(`build: size: ${kind} prod and naive`);
    const prod = await push(engine, opts.tracker, `${repo}/${kind}:${opts.runId}-size-prod`, app.dir, [
      '--target',
      'prod',
      ...buildArgFlags(prodArgs),
    ]);
    const naive = await push(engine, opts.tracker, `${repo}/${kind}:${opts.runId}-size-naive`, app.dir, [
      '--file',
      join(app.dir, 'naive.Dockerfile'),
      ...buildArgFlags(naiveArgs),
    ]);
    out.push({
      kind,
      runtime: node ? 'BKA_BASE_NODE_RUNTIME' : 'python-distroless stand-in',
      prodBytes: await inspectSize(engine, prod),
      naiveBytes: await inspectSize(engine, naive),
      prodPushedBytes: await registryImageSize(engine, prod),
      naivePushedBytes: await registryImageSize(engine, naive),
      prodUnpackedBytes: await unpackedSize(engine, prod),
      naiveUnpackedBytes: await unpackedSize(engine, naive),
    });
  }
  return out;
}
