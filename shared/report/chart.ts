/**
 * A Mermaid xychart of build time per service against the baseline: bars for this run, a line for
 * the baseline. GitHub renders `mermaid` code blocks in comments and job summaries. Pure.
 */
import type { Delta } from './baseline.js';

/** More bars than this are unreadable at a comment's width. */
export const CHART_MAX = 20;

export interface ChartRow {
  key: string;
  durationMs: number;
  /** The baseline's duration; the row's own when it has none (no visible delta). */
  baselineMs?: number;
}

/** Rows for the chart: regressions first, then the slowest, at most `max`. */
export function chartRows(deltas: readonly Delta[], max = CHART_MAX): ChartRow[] {
  return [...deltas]
    .sort(
      (a, b) =>
        Number(b.regressions.length > 0) - Number(a.regressions.length > 0) ||
        (b.durationMs ?? 0) - (a.durationMs ?? 0) ||
        (a.key < b.key ? -1 : 1),
    )
    .slice(0, max)
    .map((d) => ({
      key: d.key,
      durationMs: d.durationMs ?? 0,
      ...(d.durationDeltaMs !== undefined && { baselineMs: (d.durationMs ?? 0) - d.durationDeltaMs }),
    }));
}

const secs = (ms: number) => String(Math.round(ms / 100) / 10);
/** Text Mermaid takes inside quotes: no quotes, brackets or newlines of its own. */
const quoted = (s: string) => `"${s.replace(/["\\[\]\n\r]/g, ' ')}"`;
/** An axis label: long service names are cut so the bars keep their width. */
const label = (s: string) => quoted(s.length > 30 ? `${s.slice(0, 29)}…` : s);

/** The chart as a fenced `mermaid` block; empty when there is nothing to draw. */
export function buildTimeChart(rows: readonly ChartRow[], total: number): string {
  if (!rows.length) return '';
  const hasBaseline = rows.some((r) => r.baselineMs !== undefined);
  const top = Math.max(...rows.map((r) => Math.max(r.durationMs, r.baselineMs ?? 0)), 1000);
  const title = `Build time (s)${rows.length < total ? `: ${rows.length} of ${total} services` : ''}${hasBaseline ? ', bars this run, line baseline' : ''}`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quoted(title)}`,
    `  x-axis [${rows.map((r) => label(r.key)).join(', ')}]`,
    `  y-axis "seconds" 0 --> ${secs(top * 1.1)}`,
    `  bar [${rows.map((r) => secs(r.durationMs)).join(', ')}]`,
    ...(hasBaseline ? [`  line [${rows.map((r) => secs(r.baselineMs ?? r.durationMs)).join(', ')}]`] : []),
    '```',
  ].join('\n');
}
