/**
 * The local engine as the build section sees it: the environment `scripts/engine.sh env` prints
 * (DOCKER_HOST, DOCKER_CONFIG, the loopback registry, the local base images), child processes run
 * with it and timed, the BuildKit rawjson progress stream read back into steps, and the loopback
 * registry's manifests (sizes, clean-up).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENGINE_VARS, readEngineEnv } from '../../../scripts/lib/engine-env.js';
import { classifyFailure } from '../../../shared/buildx/failure.js';
import { REPO_ROOT } from '../../lib/action.js';

export interface Engine {
  /** The environment every docker and build-service child gets. */
  env: Record<string, string>;
  /** `127.0.0.1:5000` */
  registry: string;
  bases: { node: string; nodeRuntime: string; python: string; pythonRuntime: string; busybox: string };
}

/**
 * The engine's variables: from this process's environment when `eval "$(bash scripts/engine.sh
 * env)"` was run, else from `engine.sh env` itself (side-effect free). Throws a readable error when
 * the daemon does not answer.
 */
export async function loadEngine(): Promise<Engine> {
  const vars: Record<string, string> = {};
  if (ENGINE_VARS.every((v) => process.env[v])) {
    for (const v of ENGINE_VARS) vars[v] = process.env[v]!;
    vars['PATH'] = process.env['PATH'] ?? '';
  } else {
    Object.assign(vars, readEngineEnv(REPO_ROOT));
  }
  const missing = ENGINE_VARS.filter((v) => !vars[v]);
  if (missing.length) throw new Error(`scripts/engine.sh env did not set ${missing.join(', ')}`);
  const env: Record<string, string> = {
    PATH: vars['PATH'] || process.env['PATH'] || '',
    HOME: process.env['HOME'] ?? '/tmp',
    DOCKER_HOST: vars['DOCKER_HOST']!,
    DOCKER_CONFIG: vars['DOCKER_CONFIG']!,
  };
  const engine: Engine = {
    env,
    registry: vars['BKA_REGISTRY']!,
    bases: {
      node: vars['BKA_BASE_NODE']!,
      nodeRuntime: vars['BKA_BASE_NODE_RUNTIME']!,
      python: vars['BKA_BASE_PYTHON']!,
      pythonRuntime: vars['BKA_BASE_PYTHON_RUNTIME']!,
      busybox: vars['BKA_BASE_BUSYBOX']!,
    },
  };
  const probe = await run(engine, 'docker', ['version', '--format', '{{.Server.Version}}'], {
    timeoutMs: 20_000,
  });
  if (probe.code !== 0) {
    throw new Error(
      `the engine does not answer at ${env['DOCKER_HOST']}: run \`bash scripts/engine.sh start\` first ` +
        `(${probe.stderr.trim().split('\n').at(-1) ?? ''})`,
    );
  }
  return engine;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  /** Added to the engine's environment. */
  env?: Record<string, string>;
  /** Replaces the engine's environment entirely. */
  fullEnv?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs a command with the engine's environment; never throws for a non-zero exit. */
export function run(engine: Engine, cmd: string, args: readonly string[], opts: RunOptions = {}) {
  return new Promise<RunResult>((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? REPO_ROOT,
      env: opts.fullEnv ?? { ...engine.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 10 * 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        ms: performance.now() - t0,
      });
    });
  });
}

/**
 * A build (`docker ARGS`, or `program ARGS`), run again once when it met an engine race
 * (containerd losing a parent snapshot, moby/buildkit#6521), as build-service itself retries it;
 * the time is the successful attempt's.
 */
export async function runBuild(
  engine: Engine,
  args: readonly string[],
  opts: RunOptions & { program?: string } = {},
) {
  const program = opts.program ?? 'docker';
  const r = await run(engine, program, args, opts);
  if (r.code === 0 || classifyFailure(splitRawJson(r.stderr).text).reason !== 'snapshot-race') return r;
  return run(engine, program, args, opts);
}

/** `docker ARGS`; throws with the tail of its error output when it fails. */
export async function docker(engine: Engine, args: readonly string[], opts: RunOptions = {}) {
  const r = await run(engine, 'docker', args, opts);
  if (r.code !== 0) throw new Error(`docker ${args.slice(0, 3).join(' ')} … failed: ${errorTail(r)}`);
  return r;
}

/** The last meaningful lines of a failed command's output (rawjson objects left out). */
export function errorTail(r: RunResult, lines = 6): string {
  const text = splitRawJson(r.stderr).text.concat(r.stdout.split('\n'));
  const useful = text.map((l) => l.trim()).filter((l) => l && !l.startsWith('::debug'));
  return `exit ${r.code}: ${useful.slice(-lines).join(' | ') || '(no output)'}`;
}

/** Empties the builder's cache: every record, cache mounts included. */
export async function pruneBuilder(engine: Engine): Promise<void> {
  await docker(engine, ['builder', 'prune', '-af']);
}

/** Removes local images by reference; unknown ones are ignored. */
export async function removeImages(engine: Engine, refs: readonly string[]): Promise<void> {
  if (refs.length) await run(engine, 'docker', ['image', 'rm', '-f', ...refs]);
}

/**
 * Waits until the engine's daemons (dockerd, containerd, the registry) are idle. An image removal or
 * a prune returns before containerd has collected its garbage (≈0.8 s of CPU per removed image
 * here), and a build timed meanwhile would measure the bench's own clean-up along with it. Idle:
 * under 5 % of one core in each of two consecutive 250 ms windows. Gives up after `maxMs`; returns
 * how long it waited.
 */
export async function settle(engine: Engine, maxMs = 20_000): Promise<number> {
  const runDir = dirname((engine.env['DOCKER_HOST'] ?? '').replace(/^unix:\/\//, ''));
  const pids = ['dockerd', 'containerd', 'registry']
    .map((n) => {
      try {
        return readFileSync(join(runDir, `${n}.pid`), 'utf8').trim();
      } catch {
        return '';
      }
    })
    .filter((p) => /^\d+$/.test(p));
  // utime + stime of every thread, in clock ticks (100 per second on Linux).
  const ticks = () =>
    pids.reduce((sum, pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return sum + Number(fields[11]) + Number(fields[12]);
      } catch {
        return sum;
      }
    }, 0);
  const t0 = performance.now();
  const windowMs = 250;
  let quiet = 0;
  let last = ticks();
  while (quiet < 2 && performance.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = ticks();
    // 5 % of one core over the window, in ticks.
    quiet = now - last <= (windowMs / 10) * 0.05 ? quiet + 1 : 0;
    last = now;
  }
  return performance.now() - t0;
}

// ---- rawjson progress ------------------------------------------------------------------------------

export interface Vertex {
  digest: string;
  name: string;
  cached: boolean;
  started?: string;
  completed?: string;
  error?: string;
}

/**
 * Cuts buildx's `--progress=rawjson` output into its JSON objects (each pretty-printed, opening
 * with `{` and closing with `}` at the start of a line) and the plain lines between them.
 */
export function splitRawJson(stream: string): { objects: unknown[]; text: string[] } {
  const objects: unknown[] = [];
  const text: string[] = [];
  let chunk: string[] | undefined;
  for (const line of stream.split('\n')) {
    if (chunk) {
      chunk.push(line);
      if (line === '}') {
        try {
          objects.push(JSON.parse(chunk.join('\n')));
        } catch {
          text.push(...chunk);
        }
        chunk = undefined;
      }
    } else if (line === '{') chunk = [line];
    else if (line.trim()) text.push(line);
  }
  if (chunk) text.push(...chunk);
  return { objects, text };
}

/** The vertexes of a rawjson stream, merged by digest (a vertex is reported as it progresses). */
export function parseVertexes(stream: string): Vertex[] {
  const byDigest = new Map<string, Vertex>();
  for (const obj of splitRawJson(stream).objects) {
    const list = (obj as { vertexes?: Partial<Vertex>[] | null }).vertexes ?? [];
    for (const v of list) {
      if (!v.digest) continue;
      const prev = byDigest.get(v.digest);
      byDigest.set(v.digest, {
        digest: v.digest,
        name: v.name ?? prev?.name ?? '',
        cached: Boolean(v.cached) || (prev?.cached ?? false),
        started: prev?.started ?? v.started ?? undefined,
        completed: v.completed ?? prev?.completed,
        error: v.error ?? prev?.error,
      });
    }
  }
  return [...byDigest.values()];
}

export interface StepCounts {
  /** Dockerfile instruction steps (`[stage n/m] RUN …`), FROM left out. */
  instructions: number;
  cached: number;
  /** Every vertex, internal ones included. */
  vertexes: number;
  cachedVertexes: number;
}

const INSTRUCTION = /^\[[^\]]*\d+\/\d+\]\s+(\w+)/;

export function countSteps(vertexes: readonly Vertex[]): StepCounts {
  const instr = vertexes.filter((v) => {
    const m = INSTRUCTION.exec(v.name);
    return m !== null && m[1]!.toUpperCase() !== 'FROM';
  });
  return {
    instructions: instr.length,
    cached: instr.filter((v) => v.cached).length,
    vertexes: vertexes.length,
    cachedVertexes: vertexes.filter((v) => v.cached).length,
  };
}

/** A vertex's duration in milliseconds (0 when cached or never completed). */
export function vertexMs(v: Vertex): number {
  if (v.cached || !v.started || !v.completed) return 0;
  return Math.max(0, Date.parse(v.completed) - Date.parse(v.started));
}

// ---- the loopback registry -------------------------------------------------------------------------

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Manifest {
  manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[];
  layers?: { size: number }[];
}

/** `127.0.0.1:5000/a/b:tag` or `…@sha256:…` → repository path and tag-or-digest. */
function splitRef(registry: string, ref: string): { repo: string; reference: string } {
  const rest = ref.slice(registry.length + 1);
  const at = rest.indexOf('@');
  if (at >= 0) return { repo: rest.slice(0, at), reference: rest.slice(at + 1) };
  const colon = rest.lastIndexOf(':');
  return { repo: rest.slice(0, colon), reference: rest.slice(colon + 1) };
}

async function getManifest(registry: string, repo: string, reference: string) {
  const res = await fetch(`http://${registry}/v2/${repo}/manifests/${reference}`, {
    headers: { Accept: ACCEPT },
  });
  if (!res.ok) throw new Error(`GET manifest ${repo}:${reference}: HTTP ${res.status}`);
  return { digest: res.headers.get('docker-content-digest') ?? '', json: (await res.json()) as Manifest };
}

/**
 * Compressed layer bytes of an image in the loopback registry, as pushed: the sum of its manifest's
 * layer sizes (for an index, the first manifest whose platform is not `unknown`, i.e. no attestation).
 */
export async function registryImageSize(engine: Engine, ref: string): Promise<number> {
  const { repo, reference } = splitRef(engine.registry, ref);
  let m = (await getManifest(engine.registry, repo, reference)).json;
  if (m.manifests) {
    const image = m.manifests.find((x) => x.platform?.os !== 'unknown');
    if (!image) throw new Error(`${ref}: an index without an image manifest`);
    m = (await getManifest(engine.registry, repo, image.digest)).json;
  }
  return (m.layers ?? []).reduce((a, l) => a + l.size, 0);
}

/** Deletes the manifests behind registry references (best effort: blobs stay until a registry GC). */
export async function deleteFromRegistry(engine: Engine, refs: readonly string[]): Promise<void> {
  for (const ref of new Set(refs)) {
    try {
      const { repo, reference } = splitRef(engine.registry, ref);
      const digest = reference.startsWith('sha256:')
        ? reference
        : (await getManifest(engine.registry, repo, reference)).digest;
      if (digest)
        await fetch(`http://${engine.registry}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
    } catch {
      // Already gone, or the registry does not allow deletes: nothing else to do.
    }
  }
}
