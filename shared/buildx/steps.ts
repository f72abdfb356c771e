/**
 * Build steps and cache metrics from merged rawjson vertexes. Pure.
 *
 * Vertex names follow BuildKit's Dockerfile frontend: an instruction of the Dockerfile is named
 * `[<platform> <stage> <n>/<total>] <INSTRUCTION> ...` (platform and stage only when needed), and
 * the solver's own work has other names: `[internal] load build definition from Dockerfile`,
 * `[internal] load metadata for ...`, `[internal] load build context`, `importing cache manifest
 * from ...`, `exporting to image`, `exporting cache to registry`, `[context base] ...`.
 *
 * **cache-hit-ratio** = cached instruction steps / instruction steps, where an instruction step is a
 * vertex named after a Dockerfile instruction other than `FROM` (RUN, COPY, ADD, WORKDIR, ...). FROM
 * steps are excluded because they fetch a base image rather than build a layer (a pulled base is
 * never "cached" on a fresh runner, whatever the cache holds); internal, context-transfer, metadata,
 * cache-import and export vertexes are excluded because they run on every build. Each platform of a
 * multi-platform build counts its own steps. With no instruction step the ratio is undefined.
 */
import type { Vertex } from './rawjson.js';

export type StepKind = 'instruction' | 'from' | 'internal' | 'cache-import' | 'export' | 'other';

export interface Step {
  name: string;
  kind: StepKind;
  /** Dockerfile instruction (RUN, COPY, ...) for `instruction` and `from` steps. */
  instruction?: string;
  /** Stage and platform as the vertex name gives them. */
  stage?: string;
  platform?: string;
  /** Milliseconds from started to completed; 0 when the step never ran or is unfinished. */
  durationMs: number;
  cached: boolean;
  error?: string;
}

export interface StepMetrics {
  steps: Step[];
  /** Instruction steps, the ratio's denominator. */
  cacheable: number;
  cached: number;
  /** `cached / cacheable`, rounded to 4 decimals; undefined when there is no instruction step. */
  cacheHitRatio?: number;
  /** Cache imports that failed (missing, unreachable or corrupt cache), as BuildKit reported them. */
  cacheImportErrors: { ref: string; error: string }[];
}

const INSTRUCTION = /^\[(?:(.*?) )?(\d+)\/(\d+)\] ([A-Za-z]+)\b/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9.]+)?$/;

/** Classifies one vertex. */
export function toStep(v: Vertex): Step {
  const name = v.name;
  const durationMs =
    v.started && v.completed ? Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) : 0;
  const base = { name, durationMs, cached: v.cached, ...(v.error && { error: v.error }) };
  const m = INSTRUCTION.exec(name);
  if (m) {
    const [, prefix = '', , , instr] = m as unknown as [string, string | undefined, string, string, string];
    const words = prefix.split(' ').filter(Boolean);
    const platform = words[0] && PLATFORM.test(words[0]) ? words.shift() : undefined;
    const stage = words.join(' ') || undefined;
    const instruction = instr.toUpperCase();
    return {
      ...base,
      kind: instruction === 'FROM' ? 'from' : 'instruction',
      instruction,
      ...(stage && { stage }),
      ...(platform && { platform }),
    };
  }
  if (/^importing cache manifest from /.test(name)) return { ...base, kind: 'cache-import' };
  if (
    /^(exporting|pushing|writing image|naming to|resolving provenance|sending tarball|unpacking)\b/.test(name)
  )
    return { ...base, kind: 'export' };
  if (
    /^\[(?:\S+ )?(?:internal|auth)\]|^\[context [^\]]+\]/.test(name) ||
    /^load (metadata|build definition)/.test(name)
  )
    return { ...base, kind: 'internal' };
  return { ...base, kind: 'other' };
}

/** Steps and cache metrics of a build. */
export function stepMetrics(vertexes: readonly Vertex[]): StepMetrics {
  const steps = vertexes.filter((v) => v.name).map(toStep);
  const instr = steps.filter((s) => s.kind === 'instruction');
  const cached = instr.filter((s) => s.cached).length;
  const cacheImportErrors = steps
    .filter((s) => s.kind === 'cache-import' && s.error)
    .map((s) => ({ ref: s.name.replace(/^importing cache manifest from /, ''), error: s.error! }));
  return {
    steps,
    cacheable: instr.length,
    cached,
    ...(instr.length > 0 && { cacheHitRatio: Math.round((cached / instr.length) * 10000) / 10000 }),
    cacheImportErrors,
  };
}

/** The `n` slowest steps that did work (not served from cache), slowest first. */
export function slowestSteps(steps: readonly Step[], n = 10): Step[] {
  return steps
    .filter((s) => !s.cached && s.durationMs > 0)
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, n);
}
