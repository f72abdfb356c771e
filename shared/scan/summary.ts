/** The job summary of a scan: the verdict, counts per image and platform, the worst findings. Pure. */
import { cell, code, table } from '../format/markdown.js';
import { SEVERITIES, type Finding, type Severity } from './report.js';
import type { ScanOutcome } from './scan.js';
import { worst } from './severity.js';

const ORDER = [...SEVERITIES].reverse();

function link(f: Finding): string {
  return f.url ? `[${cell(f.id)}](${f.url.replace(/[()\s]/g, encodeURIComponent)})` : cell(f.id);
}

/** Markdown for the step summary. `top` caps the findings listed. */
export function renderScanSummary(outcome: ScanOutcome, failOn: readonly Severity[], top = 20): string {
  const verdict = !failOn.length
    ? 'none (`fail-on: none`)'
    : outcome.passed
      ? `passed: no finding of ${failOn.join(', ')}`
      : `**failed**: ${outcome.failing} finding(s) of ${failOn.join(', ')}`;
  const lines = [`## Vulnerability scan`, '', `Gate: ${verdict}.`, ''];
  const rows = outcome.images.flatMap((img) =>
    img.scans.map((s) => {
      const counts = Object.fromEntries(ORDER.map((sev) => [sev, 0])) as Record<string, number>;
      for (const f of s.findings) counts[f.severity]!++;
      return [
        code(img.ref),
        s.platform ? code(s.platform) : '',
        ...ORDER.map((sev) => String(counts[sev])),
        String(s.ignored.length),
        String(s.unfixed),
      ];
    }),
  );
  lines.push(...table(['image', 'platform', ...ORDER, 'ignored', 'unfixed (skipped)'], rows), '');
  const all = outcome.images.flatMap((i) => i.scans.flatMap((s) => s.findings));
  if (all.length) {
    const shown = worst(all, top);
    lines.push(`### Worst findings (${shown.length} of ${all.length})`, '');
    lines.push(
      ...table(
        ['id', 'severity', 'package', 'installed', 'fixed'],
        shown.map((f) => [
          link(f),
          f.severity,
          code(f.pkg),
          code(f.installed),
          f.fixed ? code(f.fixed) : 'no fix',
        ]),
      ),
      '',
    );
  } else {
    lines.push('No vulnerability at or above the threshold.', '');
  }
  const ignored = outcome.images.flatMap((i) => i.scans.flatMap((s) => s.ignored));
  if (ignored.length) {
    const byRule = new Map<string, { rule: (typeof ignored)[number]['rule']; n: number }>();
    for (const { rule } of ignored) {
      const e = byRule.get(rule.source) ?? { rule, n: 0 };
      e.n++;
      byRule.set(rule.source, e);
    }
    lines.push('### Ignored', '');
    lines.push(
      ...table(
        ['id', 'findings', 'until', 'statement', 'rule'],
        [...byRule.values()].map(({ rule, n }) => [
          cell(rule.id),
          String(n),
          rule.expiredAt ?? '',
          cell(rule.statement ?? ''),
          code(rule.source),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
