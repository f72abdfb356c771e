/**
 * One backoff for every retry (buildx runs, registry calls): exponential, capped, with "equal
 * jitter" so that parallel jobs that failed together do not retry together.
 */

export interface Backoff {
  /** First pause; doubles per attempt. */
  baseMs: number;
  /** Longest pause. */
  maxMs: number;
}

/**
 * The pause before retry number `attempt` (0-based): `base * 2^attempt`, capped at `max`, then
 * scaled by a random factor in [0.5, 1).
 */
export function backoffMs(attempt: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
