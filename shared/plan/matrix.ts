/** Turns the affected services into the action's outputs: matrix, waves (batched), services. Pure. */
import { levels } from './graph.js';
import { MATRIX_ENTRY_VERSION } from '../contracts/matrix-entry.js';
import type { Matrix, MatrixEntry, PlannedService } from './types.js';
import { isRegistryHost } from '../oci/reference.js';

export interface PlanMatrices {
  /** Every planned entry, in wave order. */
  matrix: Matrix;
  /** One matrix per dependency level; a level larger than maxJobs is split into consecutive batches. */
  waves: Matrix[];
  services: string[];
}

export function buildMatrices(planned: readonly PlannedService[], maxJobs: number): PlanMatrices {
  const keys = planned.map((s) => s.key);
  const deps = new Map(planned.map((s) => [s.key, s.deps]));
  const level = levels(keys, deps);
  const inPlan = new Set(keys);
  const byLevel = new Map<number, PlannedService[]>();
  for (const s of planned) {
    const l = level.get(s.key)!;
    byLevel.set(l, [...(byLevel.get(l) ?? []), s]);
  }

  const waves: Matrix[] = [];
  for (const l of [...byLevel.keys()].sort((a, b) => a - b)) {
    const list = byLevel.get(l)!.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (let i = 0; i < list.length; i += maxJobs) {
      const wave = waves.length;
      waves.push({ include: list.slice(i, i + maxJobs).map((s) => entry(s, wave, inPlan)) });
    }
  }
  return {
    matrix: { include: waves.flatMap((w) => w.include) },
    waves,
    services: [...keys].sort(),
  };
}

function entry(s: PlannedService, wave: number, inPlan: Set<string>): MatrixEntry {
  return {
    version: MATRIX_ENTRY_VERSION,
    service: s.key,
    name: s.name,
    'compose-file': s.composeFile,
    context: s.context,
    dockerfile: s.dockerfile ?? '',
    target: s.target ?? s.targets.prod ?? '',
    targets: s.targets,
    platforms: s.platforms.join(','),
    // Only dependencies rebuilt in this plan: the others are taken from the registry as they are.
    depends_on: s.deps.filter((d) => inPlan.has(d)),
    wave,
    image: imageName(s),
    'cache-scope': s.cacheScope ?? s.key,
    ...(s.bases && { bases: s.bases }),
  };
}

/**
 * The image repository to push: the manifest's image, else the Compose image without its tag, else
 * the service name; prefixed with the manifest registry unless it already names a registry host.
 */
function imageName(s: PlannedService): string {
  const base = s.manifestImage ?? s.image?.replace(/(@sha256:[0-9a-f]+|:[^/:]+)$/, '') ?? s.name;
  const first = base.split('/')[0]!;
  const hasHost = base.includes('/') && isRegistryHost(first);
  return s.registry && !hasHost ? `${s.registry}/${base}` : base;
}
