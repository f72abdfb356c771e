/**
 * The builder's CPU and memory use during a build, where the driver lets it be seen: a
 * `docker-container` builder's BuildKit runs in a container (`buildx_buildkit_<node>`, buildx's
 * driver/docker-container naming) whose cgroup counters `docker exec` can read. A `remote` builder is
 * a buildkitd the runner only reaches over gRPC, which exposes no resource counters, and the `docker`
 * driver shares dockerd's process with everything else: neither records anything.
 *
 * Counters are the cgroup's own, v2 or v1 (docker mounts the container's cgroup at /sys/fs/cgroup):
 * CPU is the cumulative usage's difference between the first and the last sample; memory is the
 * cgroup's peak when the build raised it (a higher peak at the end than at the start is the build's),
 * else the highest current usage sampled. Sampling never fails a build: any error leaves the figures
 * out.
 */
import type { Deps } from '../runtime/deps.js';
import { parseInspect } from './inspect.js';
import { dockerCommand } from '../buildx/runner.js';

export interface BuilderUsage {
  /** CPU time (user + system) the builder's container used during the build. */
  cpuSeconds?: number;
  /** The builder container's peak memory during the build, in bytes. */
  memoryPeakBytes?: number;
}

/** One reading of the container's cgroup. */
export interface CgroupSample {
  /** Cumulative CPU time, microseconds. */
  cpuUsec?: number;
  /** Memory in use now, bytes. */
  memoryCurrent?: number;
  /** The cgroup's highest memory use since it was created, bytes. */
  memoryPeak?: number;
}

/** The files read, v2 first; a kernel or version without one simply leaves it out. */
const CGROUP_FILES = [
  '/sys/fs/cgroup/cpu.stat',
  '/sys/fs/cgroup/memory.current',
  '/sys/fs/cgroup/memory.peak',
  '/sys/fs/cgroup/cpuacct/cpuacct.usage',
  '/sys/fs/cgroup/memory/memory.usage_in_bytes',
  '/sys/fs/cgroup/memory/memory.max_usage_in_bytes',
];

/** The container a docker-container builder's first node runs in; undefined for another driver. Pure. */
export function builderContainer(inspectText: string): string | undefined {
  const info = parseInspect(inspectText);
  const node = info.nodes[0]?.name;
  return info.driver === 'docker-container' && node ? `buildx_buildkit_${node}` : undefined;
}

/**
 * Parses `head -n 20 FILE...` output: a `==> FILE <==` line before each file's lines (head prints
 * them for more than one file; a missing file is only an error line on stderr). Pure.
 */
export function parseCgroupSample(text: string): CgroupSample {
  const files = new Map<string, string[]>();
  let lines: string[] | undefined;
  for (const line of text.split('\n')) {
    const header = /^==> (.+) <==$/.exec(line.trim());
    if (header) files.set(header[1]!, (lines = []));
    else if (lines && line.trim()) lines.push(line.trim());
  }
  const num = (file: string): number | undefined => {
    const v = files.get(file)?.[0];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const out: CgroupSample = {};
  const usage = files.get('/sys/fs/cgroup/cpu.stat')?.find((l) => l.startsWith('usage_usec '));
  const v1Cpu = num('/sys/fs/cgroup/cpuacct/cpuacct.usage');
  if (usage) out.cpuUsec = Number(usage.split(/\s+/)[1]);
  else if (v1Cpu !== undefined) out.cpuUsec = v1Cpu / 1000;
  const current = num('/sys/fs/cgroup/memory.current') ?? num('/sys/fs/cgroup/memory/memory.usage_in_bytes');
  if (current !== undefined) out.memoryCurrent = current;
  const peak = num('/sys/fs/cgroup/memory.peak') ?? num('/sys/fs/cgroup/memory/memory.max_usage_in_bytes');
  if (peak !== undefined) out.memoryPeak = peak;
  return out;
}

/** The use between the first and the last of `samples` (in order). Pure. */
export function usageOf(samples: readonly CgroupSample[]): BuilderUsage {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return {};
  const out: BuilderUsage = {};
  if (samples.length > 1 && first.cpuUsec !== undefined && last.cpuUsec !== undefined)
    out.cpuSeconds = Math.round(Math.max(0, last.cpuUsec - first.cpuUsec) / 1000) / 1000;
  const sampled = samples.flatMap((s) => (s.memoryCurrent !== undefined ? [s.memoryCurrent] : []));
  const raised =
    first.memoryPeak !== undefined && last.memoryPeak !== undefined && last.memoryPeak > first.memoryPeak;
  if (raised) out.memoryPeakBytes = last.memoryPeak;
  else if (sampled.length) out.memoryPeakBytes = Math.max(...sampled);
  return out;
}

export interface UsageSampler {
  /** Takes a last sample and returns the use since the first; `{}` when nothing could be read. */
  stop(): Promise<BuilderUsage>;
}

/**
 * Starts sampling `builder`'s container every `intervalMs` when it is a docker-container builder
 * (the current builder when `builder` is empty); a sampler that records nothing otherwise.
 */
export function startUsageSampler(
  builder: string | undefined,
  deps: Pick<Deps, 'exec' | 'log'>,
  opts: { buildx?: string; intervalMs?: number } = {},
): UsageSampler {
  const samples: CgroupSample[] = [];
  let stopped = false;
  // A pause that stop() cuts short, so the build's end never waits for the next tick.
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const read = async (container: string): Promise<CgroupSample | undefined> => {
    try {
      const r = await deps.exec('docker', ['exec', container, 'head', '-n', '20', ...CGROUP_FILES], {
        allowFailure: true,
      });
      const s = parseCgroupSample(r.stdout);
      return s.cpuUsec !== undefined || s.memoryCurrent !== undefined ? s : undefined;
    } catch {
      return undefined;
    }
  };
  const container = (async () => {
    try {
      const [cmd, argv] = dockerCommand(['buildx', 'inspect', ...(builder ? [builder] : [])], opts.buildx);
      const r = await deps.exec(cmd, argv, { allowFailure: true });
      return r.code === 0 ? builderContainer(r.stdout) : undefined;
    } catch {
      return undefined;
    }
  })();
  const loop = (async () => {
    const name = await container;
    if (!name) return undefined;
    const first = await read(name);
    if (!first) {
      deps.log.debug(`Builder use: the cgroup of ${name} could not be read; not recorded.`);
      return undefined;
    }
    samples.push(first);
    while (!stopped) {
      await pause(opts.intervalMs ?? 1000);
      if (stopped) break;
      const s = await read(name);
      if (s) samples.push(s);
    }
    return name;
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      const name = await loop;
      if (!name) return {};
      const last = await read(name);
      if (last) samples.push(last);
      return usageOf(samples);
    },
  };
}
