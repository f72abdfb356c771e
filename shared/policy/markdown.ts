/** A policy report in Markdown, for the job summary and PR comments. */
import { cell, code, table } from '../format/markdown.js';
import { RULE_NAMES, type PolicyLevel } from './config.js';
import type { PolicyReport, RuleVerdict } from './evaluate.js';

const STATUS: Record<string, string> = {
  'fail:error': '❌ error',
  'fail:warning': '⚠️ warning',
  pass: '✅ pass',
  off: '➖ off',
};

/**
 * A check made outside these rules that the policy counts as one of its own (scan-image's
 * vulnerability gate: "scanned with zero high-severity findings"), over every platform.
 */
export interface ExtraRule {
  rule: string;
  level: PolicyLevel;
  status: 'pass' | 'fail' | 'off';
  /** What failed (Markdown); empty when it passed. */
  finding: string;
  fix: string;
}

/**
 * One row per rule (its platforms merged when their verdicts agree), then `extra` rules, then each
 * violation with its fix. Messages come from the rules, which never carry a value read from the image.
 */
export function renderPolicyMarkdown(report: PolicyReport, extra: readonly ExtraRule[] = []): string {
  const failedExtra = (level: PolicyLevel) =>
    extra.filter((e) => e.status === 'fail' && e.level === level).length;
  const errors = report.errors + failedExtra('error');
  const warnings = report.warnings + failedExtra('warning');
  const verdict = !errors
    ? warnings
      ? `passed with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
      : 'passed'
    : `failed: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  const multi = report.platforms.length > 1;
  const rows: string[][] = [];
  for (const rule of RULE_NAMES) {
    const vs = report.verdicts.filter((v) => v.rule === rule);
    for (const group of groupBy(vs)) {
      const first = group[0]!;
      const platforms = multi
        ? group.length === vs.length
          ? 'all'
          : group.map((v) => v.platform).join(', ')
        : '';
      rows.push([
        code(rule),
        ...(multi ? [cell(platforms)] : []),
        statusOf(first),
        cell(first.findings.map((f) => f.message).join('; ')),
      ]);
    }
  }
  for (const e of extra) {
    const status = e.status === 'fail' ? STATUS[`fail:${e.level}`]! : STATUS[e.status]!;
    rows.push([code(e.rule), ...(multi ? ['all'] : []), status, cell(e.finding)]);
  }
  const lines = [
    `### Image policy: ${verdict}`,
    '',
    code(report.image),
    '',
    ...table(['rule', ...(multi ? ['platforms'] : []), 'verdict', 'finding'], rows),
  ];
  const fixes = [
    ...report.verdicts
      .filter((v) => v.status === 'fail')
      .flatMap((v) => v.findings.map((f) => `- ${code(v.rule)}: ${f.message}. ${f.fix}`)),
    ...extra.filter((e) => e.status === 'fail').map((e) => `- ${code(e.rule)}: ${e.finding}. ${e.fix}`),
  ];
  if (fixes.length) lines.push('', '**How to fix**', '', ...new Set(fixes));
  return lines.join('\n') + '\n';
}

function statusOf(v: RuleVerdict): string {
  return v.status === 'fail' ? STATUS[`fail:${v.level}`]! : STATUS[v.status]!;
}

/** Verdicts of one rule grouped by what they say, in platform order. */
function groupBy(vs: RuleVerdict[]): RuleVerdict[][] {
  const groups = new Map<string, RuleVerdict[]>();
  for (const v of vs) {
    const key = `${v.status}|${v.findings.map((f) => f.message).join('|')}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()];
}
