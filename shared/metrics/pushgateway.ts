/**
 * The Pushgateway's HTTP API: push a group, delete a group, list a pull request's groups. Through
 * `Deps.fetch` with the suite's one backoff. A failure is returned, not thrown: an unreachable
 * gateway must not fail a build unless the user asked for that (`fail-on-error`), and the action
 * decides. https://github.com/prometheus/pushgateway#api
 */
import type { Deps } from '../runtime/deps.js';
import { mapLimit } from '../runtime/concurrency.js';
import { backoffMs, type Backoff } from '../runtime/retry.js';
import { EXPOSITION_CONTENT_TYPE, exposition } from './exposition.js';
import { METRICS_JOB, type MetricGroup } from './families.js';

/**
 * Requests in flight at once: over a network each waits a round trip, and 500 of them one by one
 * would wait 500. The gateway itself applies writes one at a time (and checks each push against
 * everything it holds), so more in flight would gain nothing there.
 */
export const GATEWAY_CONCURRENCY = 8;

/**
 * PUT replaces the whole group: a service that lost a platform, a step or a severity loses its old
 * series too, so the group always shows exactly the last run. POST would replace only the families
 * pushed and leave the rest behind, stale, forever.
 */
export type PushMethod = 'PUT' | 'POST';

export interface GatewayOptions {
  /**
   * The gateway's base URL, e.g. `http://127.0.0.1:9091` (a path prefix is kept; `user:password@`
   * becomes a Basic Authorization header and is never logged).
   */
  url: string;
  /** Extra headers (Authorization for a gateway behind basic auth); the caller masks secrets. */
  headers?: Record<string, string>;
  /** Retries after the first attempt, on a network error, a 5xx or a 429. */
  retries?: number;
  backoff?: Backoff;
  /** Per attempt. */
  timeoutMs?: number;
  /** A failure is an `error` outcome rather than a `warning`. */
  failOnError?: boolean;
}

export type GatewayOutcome =
  | { ok: true; url: string; status: number; attempts: number }
  | {
      ok: false;
      url: string;
      /** `unreachable`: no answer, or 5xx/429 after every retry; `rejected`: any other status. */
      reason: 'unreachable' | 'rejected';
      /** What the action should make of it: `error` only with fail-on-error. */
      level: 'warning' | 'error';
      status?: number;
      message: string;
      attempts: number;
    };

/** A gateway answers fast or is down: a few quick retries, not a long wait in every build. */
export const PUSHGATEWAY_BACKOFF: Backoff = { baseMs: 500, maxMs: 5000 };
const DEFAULT_RETRIES = 3;
const DEFAULT_TIMEOUT_MS = 10_000;

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** RFC 4648 §5 URL-safe base64 with padding; `=` for the empty string, as the Pushgateway documents. */
export function base64Url(value: string): string {
  if (!value) return '=';
  return Buffer.from(value, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * One `name/value` pair of the path: `name@base64/...` for a value with `/`, an empty one, and `.`
 * or `..` (which URL parsing would resolve as path steps); percent-encoded otherwise.
 */
export function groupingSegment(name: string, value: string): string {
  if (!LABEL_NAME.test(name)) throw new Error(`grouping label ${JSON.stringify(name)} is not a label name`);
  // `%2F` is decoded or refused by many proxies before it reaches the gateway; base64 is not.
  if (!value || value.includes('/') || value === '.' || value === '..') {
    return `${name}@base64/${base64Url(value)}`;
  }
  return `${name}/${encodeURIComponent(value)}`;
}

/**
 * The group's path under the gateway: `/metrics/job/<job>` then every other label, in the order
 * given. Pure.
 *
 * @throws Error when there is no non-empty `job` (the gateway requires one) or a label name is invalid
 */
export function groupPath(grouping: Readonly<Record<string, string>>): string {
  const { job, ...rest } = grouping;
  if (!job) throw new Error('a Pushgateway group needs a non-empty job label');
  const segments = [
    groupingSegment('job', job),
    ...Object.entries(rest).map(([n, v]) => groupingSegment(n, v)),
  ];
  return `/metrics/${segments.join('/')}`;
}

/**
 * The gateway's base URL without credentials, and the credentials as a Basic Authorization header:
 * fetch refuses a URL with a user and password in it, and a URL goes into every log line. Pure.
 */
export function gatewayTarget(url: string): { base: string; headers: Record<string, string> } {
  const u = new URL(url);
  const headers: Record<string, string> = {};
  if (u.username || u.password) {
    const user = decodeURIComponent(u.username);
    const pass = decodeURIComponent(u.password);
    headers['Authorization'] = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    u.username = '';
    u.password = '';
  }
  return { base: u.toString().replace(/\/+$/, ''), headers };
}

function groupUrl(base: string, grouping: Readonly<Record<string, string>>): string {
  return gatewayTarget(base).base + groupPath(grouping);
}

function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** One request with retries; never throws. */
async function request(
  method: 'PUT' | 'POST' | 'DELETE' | 'GET',
  url: string,
  opts: GatewayOptions,
  deps: Pick<Deps, 'fetch' | 'sleep' | 'random' | 'log'>,
  body?: string,
): Promise<{ outcome: GatewayOutcome; text?: string }> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const level = opts.failOnError ? 'error' : 'warning';
  for (let attempt = 0; ; attempt++) {
    const attempts = attempt + 1;
    let why: string;
    let status: number | undefined;
    try {
      const res = await deps.fetch(url, {
        method,
        headers: {
          ...(body !== undefined && { 'Content-Type': EXPOSITION_CONTENT_TYPE }),
          ...gatewayTarget(opts.url).headers,
          ...opts.headers,
        },
        ...(body !== undefined && { body }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      const text = await res.text().catch(() => '');
      if (res.ok) return { outcome: { ok: true, url, status: res.status, attempts }, text };
      status = res.status;
      why = `${res.status} ${text.trim().split('\n')[0] ?? ''}`.trim();
      if (res.status < 500 && res.status !== 429) {
        const message = `${method} ${url}: ${why}`;
        return { outcome: { ok: false, url, reason: 'rejected', level, status, message, attempts } };
      }
    } catch (err) {
      why = describe(err);
    }
    if (attempt >= retries) {
      const message = `${method} ${url}: ${why} (after ${attempts} attempts)`;
      return {
        outcome: {
          ok: false,
          url,
          reason: 'unreachable',
          level,
          ...(status && { status }),
          message,
          attempts,
        },
      };
    }
    const ms = backoffMs(attempt, opts.backoff ?? PUSHGATEWAY_BACKOFF, deps.random);
    deps.log.info(`${method} ${url}: ${why}; retrying in ${ms} ms`);
    await deps.sleep(ms);
  }
}

/** Pushes one group's families (PUT by default: see PushMethod). */
export async function pushGroup(
  group: MetricGroup,
  opts: GatewayOptions & { method?: PushMethod },
  deps: Pick<Deps, 'fetch' | 'sleep' | 'random' | 'log'>,
): Promise<GatewayOutcome> {
  const body = exposition(group.families);
  return (await request(opts.method ?? 'PUT', groupUrl(opts.url, group.grouping), opts, deps, body)).outcome;
}

/** Deletes one group (the gateway answers 202 whether or not it existed). */
export async function deleteGroup(
  grouping: Readonly<Record<string, string>>,
  opts: GatewayOptions,
  deps: Pick<Deps, 'fetch' | 'sleep' | 'random' | 'log'>,
): Promise<GatewayOutcome> {
  return (await request('DELETE', groupUrl(opts.url, grouping), opts, deps)).outcome;
}

interface ApiGroups {
  data?: { labels?: Record<string, string> }[];
}

/**
 * The grouping keys of one pull request's groups on the gateway, read from `/api/v1/metrics`:
 * every service pushed by any workflow of the pull request, including services no longer built.
 * Pure over the API's JSON.
 */
export function pullRequestGroupings(api: unknown, repository: string, pr: string): Record<string, string>[] {
  const groups = (api as ApiGroups | null)?.data ?? [];
  return groups
    .map((g) => g.labels ?? {})
    .filter((l) => l.job === METRICS_JOB && l.repository === repository && l.pr === pr && pr !== '');
}

/**
 * Deletes every group of a pull request (when it closes: its series would otherwise stay on the
 * gateway, and in Prometheus, forever). The outcomes of the listing and of each delete.
 */
export async function deletePullRequestGroups(
  repository: string,
  pr: string,
  opts: GatewayOptions,
  deps: Pick<Deps, 'fetch' | 'sleep' | 'random' | 'log'>,
): Promise<{ deleted: Record<string, string>[]; outcomes: GatewayOutcome[] }> {
  const listUrl = `${gatewayTarget(opts.url).base}/api/v1/metrics`;
  const { outcome: listed, text } = await request('GET', listUrl, opts, deps);
  if (!listed.ok) return { deleted: [], outcomes: [listed] };
  let api: unknown;
  try {
    api = JSON.parse(text ?? '');
  } catch {
    const level = opts.failOnError ? 'error' : 'warning';
    const message = `GET ${listUrl}: the answer is not JSON (is this a Pushgateway, 1.0 or later?)`;
    return {
      deleted: [],
      outcomes: [{ ok: false, url: listUrl, reason: 'rejected', level, message, attempts: 1 }],
    };
  }
  const groupings = pullRequestGroupings(api, repository, pr);
  // A few at a time, as pushes go (each waits a round trip).
  const results = await mapLimit(groupings, GATEWAY_CONCURRENCY, (g) => deleteGroup(g, opts, deps));
  return {
    deleted: groupings.filter((_, i) => results[i]!.ok),
    outcomes: [listed, ...results],
  };
}
