/**
 * The report as Markdown, for the sticky PR comment and the job summary: a headline, the baseline's
 * source and age, a chart of build time against the baseline with a table per service beside it
 * (regressions first), and recommendations. The comment must stay under GitHub's 65,536-character
 * limit: the longest parts are cut, with a pointer to the job summary, which has them all. Pure.
 */
import { formatBytes } from '../format/bytes.js';
import { cell, code, table } from '../format/markdown.js';
import type { Delta, Regression, Snapshot } from './baseline.js';
import { buildTimeChart, chartRows } from './chart.js';
import type { Recommendation } from './recommendations.js';
import { failedACheck, type ServiceReport } from './services.js';
import { formatDuration } from '../format/duration.js';

/** GitHub refuses a comment body longer than this (HTTP 422). */
export const COMMENT_LIMIT = 65_536;

export interface ReportModel {
  services: ServiceReport[];
  deltas: Delta[];
  baseline?: Snapshot;
  /** Why there is no baseline, when there is none. */
  baselineNote?: string;
  recommendations: Recommendation[];
  /** Where the full report is (the run's job summary). */
  runUrl?: string;
  /** The time the report is made, for the baseline's age. */
  now: Date;
  /** Where the metrics went (Pushgateway), or why not. */
  pushed?: string;
}

export interface RenderOptions {
  /** A first line the comment is found by (a hidden HTML comment). */
  marker?: string;
  /** Longest body, in characters; no limit unless given. */
  limit?: number;
}

const REGRESSION_WORDS: Record<Regression, string> = {
  slower: 'slower',
  bigger: 'bigger',
  'fewer-cache-hits': 'fewer cache hits',
  'new-vulnerabilities': 'new HIGH/CRITICAL vulnerabilities',
};

/** The report's Markdown, cut to `limit` characters where given. */
export function renderReport(m: ReportModel, opts: RenderOptions = {}): string {
  const limit = opts.limit ?? Infinity;
  const deltas = new Map(m.deltas.map((d) => [d.key, d]));
  const ordered = orderRows(m.services, deltas);
  let rows = ordered.length;
  let recs = m.recommendations.length;
  // Fewer rows, then fewer recommendations, until it fits; the pointer line says what was left out.
  for (;;) {
    const text = compose(m, opts, ordered, deltas, rows, recs);
    if (text.length <= limit) return text;
    if (recs > 5) recs = Math.max(5, Math.floor(recs / 2));
    else if (rows > 0) rows = Math.max(0, rows - Math.max(1, Math.ceil((text.length - limit) / 120)));
    else if (recs > 0) recs = 0;
    else return text.slice(0, limit);
  }
}

function orderRows(services: ServiceReport[], deltas: Map<string, Delta>): ServiceReport[] {
  const bad = (s: ServiceReport) => (deltas.get(s.key)?.regressions.length ?? 0) > 0 || failedACheck(s);
  return [...services].sort(
    (a, b) => Number(bad(b)) - Number(bad(a)) || b.durationMs - a.durationMs || (a.key < b.key ? -1 : 1),
  );
}

function compose(
  m: ReportModel,
  opts: RenderOptions,
  ordered: ServiceReport[],
  deltas: Map<string, Delta>,
  rows: number,
  recs: number,
): string {
  const regressed = m.deltas.filter((d) => d.regressions.length).length;
  const failing = m.services.filter(failedACheck).length;
  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker);
  const total = m.services.reduce((n, s) => n + s.durationMs, 0);
  lines.push(
    `## Build report: ${m.services.length} service${m.services.length === 1 ? '' : 's'}, ${seconds(total)} of build time` +
      `${regressed ? `, ${regressed} regression${regressed === 1 ? '' : 's'}` : ''}${failing ? `, ${failing} failing a check` : ''}`,
    '',
    baselineLine(m),
    '',
  );
  const chart = buildTimeChart(chartRows(m.deltas), m.services.length);
  if (chart) lines.push(chart, '');
  const why = m.services.some((s) => s.reasons.length);
  const header = [
    'Service',
    ...(why ? ['Why built'] : []),
    'Result',
    'Build time',
    'Δ time',
    'Cache hits',
    'Size',
    'Δ size',
    'Vulnerabilities (C/H/M/L)',
    'Policy',
    'Signed',
  ];
  lines.push(
    ...table(
      header,
      ordered.slice(0, rows).map((s) => row(s, deltas.get(s.key), why)),
    ),
  );
  if (rows < ordered.length) {
    lines.push(
      '',
      `…and ${ordered.length - rows} more service${ordered.length - rows === 1 ? '' : 's'}: ${pointer(m)}.`,
    );
  }
  if (m.recommendations.length) {
    lines.push('', '### Recommendations', '');
    for (const r of m.recommendations.slice(0, recs)) lines.push(`- **${cell(r.service)}**: ${r.text}`);
    if (recs < m.recommendations.length)
      lines.push(`- …${m.recommendations.length - recs} more: ${pointer(m)}.`);
  }
  if (m.pushed) lines.push('', `<sub>${m.pushed}</sub>`);
  return lines.join('\n') + '\n';
}

function pointer(m: ReportModel): string {
  return m.runUrl ? `see the [job summary](${m.runUrl})` : 'see the job summary';
}

function baselineLine(m: ReportModel): string {
  const b = m.baseline;
  if (!b) return `No baseline to compare with${m.baselineNote ? `: ${m.baselineNote}` : ''}.`;
  const branch = b.ref.replace(/^refs\/heads\//, '');
  const run = b.runUrl ? ` ([run](${b.runUrl}))` : '';
  return `Compared with ${code(branch)} at ${code(b.sha.slice(0, 7))}, ${age(m.now, new Date(b.createdAt))} old${run}.`;
}

function row(s: ServiceReport, d: Delta | undefined, why: boolean): string[] {
  return [
    cell(s.key),
    ...(why ? [reasonCell(s)] : []),
    result(s, d),
    seconds(s.durationMs),
    d?.durationDeltaMs !== undefined ? signed(d.durationDeltaMs / 1000, ' s', 1) : d?.new ? 'new' : '–',
    s.cacheHitRatio !== undefined
      ? `${Math.round(s.cacheHitRatio * 100)}% (${s.cachedSteps}/${s.cacheableSteps})`
      : '–',
    s.imageSize !== undefined ? formatBytes(s.imageSize) : '–',
    d?.sizeDelta !== undefined ? signedBytes(d.sizeDelta) : '–',
    s.vulnerabilities
      ? `${s.vulnerabilities.CRITICAL}/${s.vulnerabilities.HIGH}/${s.vulnerabilities.MEDIUM}/${s.vulnerabilities.LOW}${d?.newHighVulnerabilities ? ` (+${d.newHighVulnerabilities})` : ''}`
      : 'not scanned',
    s.policy
      ? s.policy.passed
        ? s.policy.warnings
          ? `⚠️ ${s.policy.warnings} warning(s)`
          : '✅'
        : `❌ ${s.policy.errors} error(s)`
      : '–',
    s.signature
      ? s.signature.status === 'failed'
        ? `❌ ${cell(s.signature.reason ?? 'failed')}`
        : `✅${s.signature.attested ? ' + provenance' : ''}`
      : '–',
  ];
}

/** The plan's first reason, short, and how many more there are. */
function reasonCell(s: ServiceReport): string {
  const [first, ...rest] = s.reasons;
  if (!first) return '–';
  const text = first.message.length > 60 ? `${first.message.slice(0, 59)}…` : first.message;
  return `${cell(text)}${rest.length ? ` (+${rest.length})` : ''}`;
}

function result(s: ServiceReport, d: Delta | undefined): string {
  const problems: string[] = [];
  if (s.scanPassed === false) problems.push('vulnerabilities');
  if (s.policy?.passed === false) problems.push('policy');
  if (s.signature?.status === 'failed') problems.push('signature');
  if (problems.length) return `❌ ${problems.join(', ')}`;
  if (d?.regressions.length) return `⚠️ ${d.regressions.map((r) => REGRESSION_WORDS[r]).join(', ')}`;
  return '✅';
}

function seconds(ms: number): string {
  return formatDuration(ms, ' ');
}

function signed(n: number, unit: string, digits: number): string {
  const v = n.toFixed(digits);
  return `${n > 0 ? '+' : n < 0 ? '' : '±'}${v}${unit}`;
}

function signedBytes(n: number): string {
  return n === 0 ? '±0 B' : `${n > 0 ? '+' : '−'}${formatBytes(Math.abs(n))}`;
}

/** `3 h`, `2 d`, `15 min`. */
export function age(now: Date, then: Date): string {
  const min = Math.max(0, Math.round((now.getTime() - then.getTime()) / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} d`;
}
