/** A policy report in Markdown, for the job summary and PR comments. */
import { cell, code, table } from '../format/markdown.js';
import { RULE_NAMES } from './config.js';
import type { PolicyReport, RuleVerdict } from './evaluate.js';

const STATUS: Record<string, string> = {
  'fail:error': '❌ error',
  'fail:warning': '⚠️ warning',
  pass: '✅ pass',
  off: '➖ off',
};

/**
 * One row per rule (its platforms merged when their verdicts agree), then each violation with its
 * fix. Messages come from the rules, which never carry a value read from the image.
 */
export function renderPolicyMarkdown(report: PolicyReport): string {
  const verdict = report.passed
    ? report.warnings
      ? `passed with ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}`
      : 'passed'
    : `failed: ${report.errors} ${report.errors === 1 ? 'error' : 'errors'}, ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}`;
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
  const lines = [
    `### Image policy: ${verdict}`,
    '',
    code(report.image),
    '',
    ...table(['rule', ...(multi ? ['platforms'] : []), 'verdict', 'finding'], rows),
  ];
  const fixes = report.verdicts.filter((v) => v.status === 'fail');
  if (fixes.length) {
    lines.push('', '**How to fix**', '');
    const seen = new Set<string>();
    for (const v of fixes)
      for (const f of v.findings) {
        const line = `- ${code(v.rule)}: ${f.message}. ${f.fix}`;
        if (!seen.has(line)) lines.push(line);
        seen.add(line);
      }
  }
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
