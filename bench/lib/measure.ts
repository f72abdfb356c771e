/** Timing helpers: medians over repeated runs, after warm-up runs that fill caches and the JIT. */
import { performance } from 'node:perf_hooks';

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Timed<T> {
  /** Milliseconds of each measured run (warm-up excluded). */
  samples: number[];
  median: number;
  /** The result of the last measured run. */
  result: T;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export async function timeRuns<T>(fn: () => Promise<T> | T, runs = 5, warmup = 1): Promise<Timed<T>> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  return { samples, median: median(samples), result: result as T };
}

/** Milliseconds, rounded to 0.1 for JSON. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Like timeRuns, for functions that time themselves (a child process): the measured runs' results. */
export async function repeat<T>(fn: () => Promise<T>, runs = 5, warmup = 1): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const r = await fn();
    if (i >= warmup) out.push(r);
  }
  return out;
}
