/**
 * The baseline: what each service measured on the default branch's last successful run, kept as a
 * small JSON snapshot, and the deltas of this run against it. Pure: where the snapshot is stored
 * (@actions/cache) is ./baseline-store.ts's job.
 */
import { InputError } from '../runtime/errors.js';
import type { Counts, ServiceReport } from './services.js';

export const SNAPSHOT_VERSION = 1;

export interface ServiceFigures {
  durationMs: number;
  cacheHitRatio?: number;
  imageSize?: number;
  vulnerabilities?: Counts;
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** ISO time the run that made it finished. */
  createdAt: string;
  repository: string;
  /** The branch (`refs/heads/main`) and commit it was measured on. */
  ref: string;
  sha: string;
  runUrl: string;
  services: Record<string, ServiceFigures>;
}

export interface Thresholds {
  /** Slower when the duration is above baseline × factor… */
  durationFactor: number;
  /** …and longer by at least this much (a 2 s build taking 3 s is noise, not a regression). */
  minDurationMs: number;
  /** Bigger when the size grew by more than this fraction. */
  sizeGrowth: number;
  /** Fewer cache hits when the ratio dropped by more than this (absolute). */
  cacheDrop: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  durationFactor: 1.2,
  minDurationMs: 5000,
  sizeGrowth: 0.05,
  cacheDrop: 0.1,
};

export type Regression = 'slower' | 'bigger' | 'fewer-cache-hits' | 'new-vulnerabilities';

export interface Delta {
  key: string;
  /** No baseline figures for this service (new, or the baseline is missing). */
  new: boolean;
  durationMs?: number;
  /** This run's figure minus the baseline's. */
  durationDeltaMs?: number;
  sizeDelta?: number;
  cacheHitRatioDelta?: number;
  /** HIGH and CRITICAL findings this run has more of than the baseline. */
  newHighVulnerabilities?: number;
  regressions: Regression[];
}

/** The snapshot of this run's services. Pure. */
export function makeSnapshot(
  reports: readonly ServiceReport[],
  meta: Omit<Snapshot, 'version' | 'services'>,
): Snapshot {
  const services: Record<string, ServiceFigures> = {};
  for (const r of reports) {
    services[r.key] = {
      durationMs: r.durationMs,
      ...(r.cacheHitRatio !== undefined && { cacheHitRatio: r.cacheHitRatio }),
      ...(r.imageSize !== undefined && { imageSize: r.imageSize }),
      ...(r.vulnerabilities && { vulnerabilities: r.vulnerabilities }),
    };
  }
  return { version: SNAPSHOT_VERSION, ...meta, services };
}

/**
 * Parses a stored snapshot; undefined when it is not one this version reads (an old or corrupt
 * baseline is no baseline: it never fails the report). Pure.
 */
export function parseSnapshot(text: string): Snapshot | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const s = doc as Partial<Snapshot> | null;
  if (!s || typeof s !== 'object' || s.version !== SNAPSHOT_VERSION) return undefined;
  if (typeof s.createdAt !== 'string' || !s.services || typeof s.services !== 'object') return undefined;
  for (const f of Object.values(s.services)) {
    if (!f || typeof f !== 'object' || typeof (f as ServiceFigures).durationMs !== 'number') return undefined;
  }
  return s as Snapshot;
}

const high = (c: Counts | undefined) => (c ? (c.HIGH ?? 0) + (c.CRITICAL ?? 0) : 0);

/** Each service against its baseline figures. Pure. */
export function compare(
  reports: readonly ServiceReport[],
  baseline: Snapshot | undefined,
  t: Thresholds = DEFAULT_THRESHOLDS,
): Delta[] {
  return reports.map((r) => {
    const b = baseline?.services[r.key];
    if (!b) return { key: r.key, new: true, durationMs: r.durationMs, regressions: [] };
    const regressions: Regression[] = [];
    const durationDeltaMs = r.durationMs - b.durationMs;
    if (r.durationMs > b.durationMs * t.durationFactor && durationDeltaMs >= t.minDurationMs)
      regressions.push('slower');
    const sizeDelta =
      r.imageSize !== undefined && b.imageSize !== undefined ? r.imageSize - b.imageSize : undefined;
    if (sizeDelta !== undefined && b.imageSize! > 0 && sizeDelta / b.imageSize! > t.sizeGrowth)
      regressions.push('bigger');
    const cacheHitRatioDelta =
      r.cacheHitRatio !== undefined && b.cacheHitRatio !== undefined
        ? Math.round((r.cacheHitRatio - b.cacheHitRatio) * 10_000) / 10_000
        : undefined;
    if (cacheHitRatioDelta !== undefined && -cacheHitRatioDelta > t.cacheDrop)
      regressions.push('fewer-cache-hits');
    const newHigh =
      r.vulnerabilities && b.vulnerabilities
        ? Math.max(0, high(r.vulnerabilities) - high(b.vulnerabilities))
        : undefined;
    if (newHigh) regressions.push('new-vulnerabilities');
    return {
      key: r.key,
      new: false,
      durationMs: r.durationMs,
      durationDeltaMs,
      ...(sizeDelta !== undefined && { sizeDelta }),
      ...(cacheHitRatioDelta !== undefined && { cacheHitRatioDelta }),
      ...(newHigh !== undefined && { newHighVulnerabilities: newHigh }),
      regressions,
    };
  });
}

/** Reads the thresholds' inputs; each must be a positive number. */
export function thresholds(values: Partial<Record<keyof Thresholds, string>>): Thresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  const names: Record<keyof Thresholds, string> = {
    durationFactor: 'regression-factor',
    minDurationMs: 'regression-min-seconds',
    sizeGrowth: 'size-growth',
    cacheDrop: 'cache-drop',
  };
  for (const k of Object.keys(names) as (keyof Thresholds)[]) {
    const raw = values[k]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || (k === 'durationFactor' && n < 1)) {
      throw new InputError(`'${raw}' is not a valid threshold.`, {
        input: names[k],
        fix: k === 'durationFactor' ? 'give a factor of 1 or more, e.g. 1.2.' : 'give a number of 0 or more.',
      });
    }
    out[k] = k === 'minDurationMs' ? n * 1000 : n;
  }
  return out;
}
