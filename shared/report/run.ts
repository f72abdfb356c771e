/**
 * report-metrics end to end: the run's result files in, a report out (job summary, one sticky PR
 * comment, Prometheus Pushgateway, the baseline for later runs). Every sink but the job summary is
 * optional: one that fails is a warning unless `failOnError`, and never stops the others.
 */
import type { GitHubContext } from '../github/context.js';
import { runUrl } from '../github/context.js';
import type { StickyCommentOptions, StickyCommentOutcome } from '../github/sticky-comment.js';
import { metricGroups, type RunLabels, type ServiceMetrics } from '../metrics/families.js';
import { findingsFor } from '../contracts/findings.js';
import { withFindings } from '../metrics/results.js';
import { GATEWAY_CONCURRENCY, type GatewayOutcome, type PushMethod } from '../metrics/pushgateway.js';
import type { MetricGroup } from '../metrics/families.js';
import { mapLimit } from '../runtime/concurrency.js';
import type { Log } from '../runtime/deps.js';
import { compare, makeSnapshot, type Delta, type Snapshot, type Thresholds } from './baseline.js';
import { baselinePrefix, restoreBaseline, saveBaseline, type CacheApi } from './baseline-store.js';
import { collectResults, type CollectedResults } from './collect.js';
import { recommend, type Recommendation } from './recommendations.js';
import { COMMENT_LIMIT, renderReport, type ReportModel } from './render.js';
import { failedACheck, serviceReports, type PlanReason, type ServiceReport } from './services.js';

/** A push slower than this on average, over at least SLOW_PUSH_MIN_GROUPS groups, gets advice. */
const SLOW_PUSH_MS_PER_GROUP = 20;
const SLOW_PUSH_MIN_GROUPS = 50;

/**
 * The job summary's line on the push, and, when the gateway took long over many groups, the advice
 * to log: a default Pushgateway checks each push against every series it holds, one push at a time,
 * so hundreds of groups take it tens of seconds (docs/metrics.md, "Many services").
 */
export function pushReport(
  pushed: { groups: number; failed: number },
  ms: number,
): { note: string; advice?: string } {
  const seconds = (ms / 1000).toFixed(1);
  const note = `Metrics: ${pushed.groups} group(s) pushed to the Pushgateway in ${seconds} s${pushed.failed ? `, ${pushed.failed} failed` : ''}.`;
  const total = pushed.groups + pushed.failed;
  if (total < SLOW_PUSH_MIN_GROUPS || ms / total < SLOW_PUSH_MS_PER_GROUP) return { note };
  return {
    note,
    advice:
      `Pushing ${total} groups took ${seconds} s (${Math.round(ms / total)} ms each): a Pushgateway checks each push against every series it holds, one push at a time. ` +
      'For hundreds of services, start it with --push.disable-consistency-check or give the repository its own gateway (docs/metrics.md, "Many services").',
  };
}

export interface ReportRequest {
  files: string[];
  reasons: Record<string, PlanReason[]>;
  thresholds: Thresholds;
  comment: { enabled: boolean; key: string; authors: string[]; token: string };
  baseline: { restore: boolean; save: 'auto' | 'always' | 'never'; key: string; dir: string };
  pushgateway?: { url: string; method: PushMethod; deletePullRequest: boolean };
  failOnError: boolean;
  failOnRegression: boolean;
}

export interface ReportDeps {
  readText: (path: string) => string;
  cache: CacheApi;
  upsertComment: (opts: StickyCommentOptions) => Promise<StickyCommentOutcome>;
  push: (group: MetricGroup, method: PushMethod) => Promise<GatewayOutcome>;
  deletePullRequestGroups: (repository: string, pr: string) => Promise<GatewayOutcome[]>;
  log: Log;
  now: () => number;
}

export interface ReportOutcome {
  services: ServiceReport[];
  deltas: Delta[];
  recommendations: Recommendation[];
  baseline?: Snapshot;
  baselineNote?: string;
  summary: string;
  comment?: { status: string; url?: string; id?: number };
  pushed: { groups: number; failed: number };
  savedBaseline?: string;
  /** Sinks that failed, each a line: fail the step with them when failOnError. */
  errors: string[];
  /** Regressions as the `regressions` output lists them. */
  regressions: { service: string; regressions: string[] }[];
  other: string[];
}

/** The pull request the run is for, from the event; undefined outside one. */
function pullRequestNumber(ctx: GitHubContext): number | undefined {
  const p = ctx.payload as { pull_request?: { number?: number }; number?: number };
  const n = p.pull_request?.number;
  return ctx.eventName.startsWith('pull_request') && typeof n === 'number' ? n : undefined;
}

/** The run's labels on the gateway: a pull request's head branch, else the branch or tag pushed. */
function runLabels(ctx: GitHubContext, workflow: string): RunLabels {
  const pr = pullRequestNumber(ctx);
  const branch = ctx.headRef || ctx.ref.replace(/^refs\/(heads|tags)\//, '');
  return { repository: ctx.repository, workflow, branch, ...(pr !== undefined && { pr: String(pr) }) };
}

function defaultBranch(ctx: GitHubContext): string | undefined {
  return (ctx.payload as { repository?: { default_branch?: string } }).repository?.default_branch;
}

/** Each build's metrics, with what scan-image and sign-image found of its image. */
function serviceMetrics(results: CollectedResults): ServiceMetrics[] {
  const find = findingsFor(
    results.scans.map((s) => s.result),
    results.signs.map((s) => s.result),
  );
  return results.builds.map(({ result }) => withFindings(result, find));
}

export async function reportMetrics(
  req: ReportRequest,
  ctx: GitHubContext,
  workflow: string,
  deps: ReportDeps,
): Promise<ReportOutcome> {
  const results = collectResults(req.files, deps.readText);
  const services = serviceReports(results, req.reasons);
  const errors: string[] = [];
  const fail = (line: string) => {
    if (req.failOnError) errors.push(line);
    else deps.log.warning(line);
  };

  // The baseline: restored on every run, so a pull request sees the default branch's.
  let baseline: Snapshot | undefined;
  let baselineNote: string | undefined;
  const prefix = baselinePrefix(`${ctx.repository}-${req.baseline.key}`);
  if (req.baseline.restore) {
    const restored = await restoreBaseline(deps.cache, req.baseline.dir, prefix);
    if (restored.found) {
      baseline = restored.snapshot;
      deps.log.info(
        `Baseline ${restored.cacheKey}: ${baseline.ref} at ${baseline.sha.slice(0, 7)}, ${baseline.createdAt}.`,
      );
    } else baselineNote = restored.note;
  } else baselineNote = 'turned off (`baseline: off`)';

  const deltas = compare(services, baseline, req.thresholds);
  const recommendations = services.flatMap(recommend).sort((a, b) => b.weightMs - a.weightMs);
  const regressions = deltas
    .filter((d) => d.regressions.length)
    .map((d) => ({ service: d.key, regressions: d.regressions }));

  // Pushgateway: one group per service; a pull request's groups removed when it closes.
  const pushed = { groups: 0, failed: 0 };
  let pushedNote: string | undefined;
  const labels = runLabels(ctx, workflow);
  const closed = (ctx.payload as { action?: string }).action === 'closed';
  if (req.pushgateway && req.pushgateway.deletePullRequest && closed && labels.pr) {
    // A closed pull request's groups are removed, not pushed again first.
    const outcomes = await deps.deletePullRequestGroups(ctx.repository, labels.pr);
    for (const o of outcomes) if (!o.ok) fail(`Pushgateway: ${o.message}`);
    pushedNote = `Metrics: the closed pull request's groups were removed from the Pushgateway.`;
  } else if (req.pushgateway) {
    const groups = metricGroups(labels, serviceMetrics(results));
    const method = req.pushgateway.method;
    const started = deps.now();
    const outcomes = await mapLimit(groups, GATEWAY_CONCURRENCY, (g) => deps.push(g, method));
    const pushMs = deps.now() - started;
    for (const outcome of outcomes) {
      if (outcome.ok) pushed.groups++;
      else {
        pushed.failed++;
        fail(`Pushgateway: ${outcome.message}`);
      }
    }
    const { note, advice } = pushReport(pushed, pushMs);
    pushedNote = note;
    if (advice) deps.log.warning(advice);
  }

  const model: ReportModel = {
    services,
    deltas,
    ...(baseline && { baseline }),
    ...(baselineNote && { baselineNote }),
    recommendations,
    ...(ctx.runId && { runUrl: runUrl(ctx) }),
    now: new Date(deps.now()),
    ...(pushedNote && { pushed: pushedNote }),
  };
  const summary = renderReport(model);

  // The sticky comment, on pull requests.
  let comment: ReportOutcome['comment'];
  const pr = pullRequestNumber(ctx);
  if (req.comment.enabled && pr !== undefined) {
    const marker = `<!-- buildkit-actions/report-metrics: ${req.comment.key} -->`;
    const [owner, repo] = ctx.repository.split('/') as [string, string];
    const upsert = (body: string) =>
      deps.upsertComment({
        token: req.comment.token,
        owner,
        repo,
        issueNumber: pr,
        marker,
        body,
        authors: req.comment.authors,
        ...(ctx.apiUrl && { baseUrl: ctx.apiUrl }),
      });
    try {
      let out: StickyCommentOutcome;
      try {
        out = await upsert(renderReport(model, { marker, limit: COMMENT_LIMIT }));
      } catch (err) {
        // GitHub counts characters its own way: should it still find the body too long, say less.
        if ((err as { status?: number }).status !== 422) throw err;
        out = await upsert(shortComment(marker, model));
      }
      if (out.status === 'forbidden') {
        deps.log.info(
          `The token may not comment on pull request #${pr} (${out.message}): a fork's pull request gets a read-only GITHUB_TOKEN. The report is in the job summary.`,
        );
        comment = { status: 'forbidden' };
      } else {
        deps.log.info(
          `Comment ${out.status}: ${out.url}${out.removed.length ? ` (${out.removed.length} duplicate(s) removed)` : ''}.`,
        );
        comment = { status: out.status, url: out.url, id: out.id };
      }
    } catch (err) {
      fail(`The pull request comment could not be written: ${(err as Error).message}`);
      comment = { status: 'failed' };
    }
  }

  // The baseline for later runs: the default branch's, when everything it measured passed.
  let savedBaseline: string | undefined;
  const onDefault =
    ctx.eventName === 'push' &&
    defaultBranch(ctx) !== undefined &&
    ctx.ref === `refs/heads/${defaultBranch(ctx)}`;
  const clean = !services.some(failedACheck);
  const save = req.baseline.save === 'always' || (req.baseline.save === 'auto' && onDefault && clean);
  if (save && services.length) {
    const snapshot = makeSnapshot(services, {
      createdAt: new Date(deps.now()).toISOString(),
      repository: ctx.repository,
      ref: ctx.ref,
      sha: ctx.sha,
      runUrl: ctx.runId ? runUrl(ctx) : '',
    });
    const out = await saveBaseline(deps.cache, req.baseline.dir, prefix, snapshot, ctx.runId, ctx.runAttempt);
    if (out.saved) {
      savedBaseline = out.cacheKey;
      deps.log.info(`Baseline saved as ${out.cacheKey}.`);
    } else fail(`The baseline was not saved: ${out.note}`);
  }

  return {
    services,
    deltas,
    recommendations,
    ...(baseline && { baseline }),
    ...(baselineNote && { baselineNote }),
    summary,
    ...(comment && { comment }),
    pushed,
    ...(savedBaseline && { savedBaseline }),
    errors,
    regressions,
    other: results.other,
  };
}

/** The comment when the full one is refused: the headline and a link to the job summary. */
function shortComment(marker: string, m: ReportModel): string {
  const regressed = m.deltas.filter((d) => d.regressions.length).map((d) => d.key);
  return [
    marker,
    `## Build report: ${m.services.length} service(s)`,
    '',
    regressed.length
      ? `Regressions: ${regressed.slice(0, 50).join(', ')}${regressed.length > 50 ? ', …' : ''}.`
      : 'No regressions.',
    '',
    `The full report is in the ${m.runUrl ? `[job summary](${m.runUrl})` : 'job summary'}.`,
    '',
  ].join('\n');
}
