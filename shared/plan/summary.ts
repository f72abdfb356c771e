/** The plan-matrix job summary, as Markdown. Pure. */
import { cell, code } from '../format/markdown.js';
import type { PlanResult } from './plan.js';
import type { Reason } from './types.js';

const RULES: Record<number, string> = {
  0: 'planned on request',
  1: 'reads a changed file',
  2: 'Dockerfile or dockerignore changed',
  3: 'build definition changed',
  4: 'reads a changed file through a named context',
  5: 'watch or global glob',
  6: 'depends on an affected service',
};

const MAX_ROWS = 300;

export function renderSummary(r: PlanResult): string {
  const out: string[] = [];
  out.push(`## plan-matrix: ${r.count} of ${r.catalog.services} service(s) to build`);
  out.push('', `> ${r.source.description}`);
  if (r.source.kind !== 'all') {
    out.push('', `${r.changed.length} changed path(s).`);
    const prefixOnly = r.pathFilter.filter((k) => !(k in r.reasons));
    const missed = r.services.filter((k) => !r.pathFilter.includes(k));
    const list = (keys: string[]) => keys.slice(0, 20).map(code).join(', ') + (keys.length > 20 ? ', …' : '');
    out.push(`A per-service path-prefix filter would have rebuilt ${r.pathFilter.length} service(s).`);
    if (prefixOnly.length)
      out.push(
        `- ${prefixOnly.length} of them need no rebuild (no file their build reads changed): ${list(prefixOnly)}.`,
      );
    if (missed.length)
      out.push(`- It would have missed ${missed.length} that must be rebuilt: ${list(missed)}.`);
  }
  if (r.count > 0) {
    out.push(
      '',
      '| wave | service | context | dockerfile | target | platforms | why |',
      '|---|---|---|---|---|---|---|',
    );
    for (const e of r.matrix.include.slice(0, MAX_ROWS)) {
      const why = (r.reasons[e.service] ?? []).slice(0, 3).map(describe).join('<br>');
      out.push(
        `| ${e.wave} | ${code(e.service)} | ${code(e.context)} | ${code(e.dockerfile || '(inline)')} | ${e.target || '(last stage)'} | ${e.platforms || '(builder default)'} | ${why} |`,
      );
    }
    if (r.matrix.include.length > MAX_ROWS)
      out.push('', `…and ${r.matrix.include.length - MAX_ROWS} more (see the \`reasons\` output).`);
    out.push(
      '',
      `${r.waves.length} wave(s): ${r.waves.map((w, i) => `wave ${i}: ${w.include.length}`).join(', ')}.`,
    );
  }
  if (r.catalog.skipped.length) {
    out.push(
      '',
      `### ${r.catalog.skipped.length} Compose file(s) skipped: they do not load, and this change does not touch them`,
      '',
      'Their services are not planned until they are fixed (the `skipped-files` output lists them).',
      '',
    );
    for (const s of r.catalog.skipped)
      out.push(`- ${code(s.line ? `${s.file}:${s.line}` : s.file)}: ${cell(s.message)}`);
  }
  if (r.catalog.notices.length)
    out.push(
      '',
      '<details><summary>Notices</summary>',
      '',
      ...r.catalog.notices.map((n) => `- ${n}`),
      '',
      '</details>',
    );
  return out.join('\n') + '\n';
}

function describe(reason: Reason): string {
  const at = reason.file ? ` (${reason.file}${reason.line ? `:${reason.line}` : ''})` : '';
  return `rule ${reason.rule} (${RULES[reason.rule]}): ${cell(reason.message)}${at}`;
}
