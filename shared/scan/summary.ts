/** The job summary of a scan: the verdict, counts per image and platform, the worst findings. Pure. */
import { cell, code, table } from '../format/markdown.js';
import { renderPolicyMarkdown, type ExtraRule } from '../policy/markdown.js';
import type { PolicyOutcome } from './policy.js';
import { SEVERITIES, type Finding, type Severity } from './report.js';
import type { ImageScan, ScanOutcome } from './scan.js';
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

/**
 * The vulnerability gate as the policy's rule "scanned with zero high-severity findings": an error
 * when the image has findings `fail-on` names, whatever the policy mode (the gate always fails).
 */
export function vulnerabilityRule(image: ImageScan, failOn: readonly Severity[]): ExtraRule {
  const fix =
    'update the packages the scan lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.';
  if (!failOn.length) return { rule: 'vulnerabilities', level: 'off', status: 'off', finding: '', fix };
  return {
    rule: 'vulnerabilities',
    level: 'error',
    status: image.failing ? 'fail' : 'pass',
    finding: image.failing ? `${image.failing} finding(s) of ${failOn.join(', ')}` : '',
    fix,
  };
}

/** The policy section of the summary: the mode, then each image's table with the gate as a rule. Pure. */
export function renderPolicySection(
  outcome: ScanOutcome,
  failOn: readonly Severity[],
  policy: PolicyOutcome | undefined,
  unread?: Error,
): string {
  if (unread)
    return ['## Image policy', '', `Not checked: the images could not be read (${unread.message}).`, ''].join(
      '\n',
    );
  if (!policy) return ['## Image policy', '', 'Not checked (`policy: off`).', ''].join('\n');
  const mode =
    policy.mode === 'enforce'
      ? 'enforced: a rule at level `error` fails the step'
      : 'reported only (`policy: report`): no rule fails the step; the vulnerability gate still does';
  const lines = ['## Image policy', '', `Policy ${mode}.`, ''];
  for (const p of policy.images) {
    const scan = outcome.images.find((i) => i.ref === p.ref);
    const from = policy.manifestFile ? code(policy.manifestFile) : 'no manifest: the built-in defaults';
    const which = p.service ? `service ${code(p.service)}` : 'defaults';
    lines.push(`Settings: ${which} (${from}).`, '');
    lines.push(renderPolicyMarkdown(p.report, scan ? [vulnerabilityRule(scan, failOn)] : []));
  }
  return lines.join('\n');
}
