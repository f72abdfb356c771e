/**
 * The one Octokit client every action uses: @actions/github's, with plugin-retry for 5xx and network
 * errors and plugin-throttling for GitHub's primary and secondary rate limits (403/429 with
 * `retry-after` or `x-ratelimit-reset`), logging through @actions/core.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface RetryPolicy {
  /** Retries of one request after a 5xx, a network error or a rate limit; 3 unless told. */
  retries?: number;
  /**
   * Milliseconds per unit of wait: the backoff after the n-th failure is n² units, and a
   * `retry-after: S` header waits S units. 1000 (real seconds) unless told; tests pass 1.
   */
  retryAfterBaseValue?: number;
  /** The longest primary rate-limit reset, in units, worth waiting for; 60 unless told. */
  maxRateLimitWait?: number;
}

/** A client for `token` at `baseUrl` (GitHub's API when undefined). The caller masks the token. */
export function createClient(token: string, baseUrl: string | undefined, policy: RetryPolicy = {}) {
  const retries = policy.retries ?? 3;
  const unit = policy.retryAfterBaseValue ?? 1000;
  const maxWait = policy.maxRateLimitWait ?? 60;
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      log: {
        debug: (m: string) => core.debug(m),
        info: (m: string) => core.debug(m),
        warn: (m: string) => core.warning(m),
        error: (m: string) => core.warning(m),
      },
      // 5xx and network errors: plugin-retry, n² units after the n-th failure.
      retry: { retries, retryAfterBaseValue: unit },
      // 403/429 rate limits: plugin-throttling, waiting what GitHub's headers ask for.
      throttle: {
        retryAfterBaseValue: unit,
        onSecondaryRateLimit: (
          after: number,
          o: { method: string; url: string },
          _k: unknown,
          count: number,
        ) => {
          core.info(
            `Secondary rate limit on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`,
          );
          return count < retries;
        },
        onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
          if (count >= retries || after > maxWait) return false;
          core.info(
            `Rate limit reached on ${o.method} ${o.url}; retrying in ${after}s (${count + 1}/${retries}).`,
          );
          return true;
        },
      },
    },
    retry,
    throttling,
  );
}
