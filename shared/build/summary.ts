/** The job summary of a build-service run. Pure. */
import { formatBytes } from '../format/bytes.js';
import { cell as esc, code } from '../format/markdown.js';
import { slowestSteps } from '../buildx/steps.js';
import { formatDuration } from '../format/duration.js';
import type { ServiceResult } from './types.js';

/** Markdown for the job summary: result, slowest steps, cache hits, size and layers, the command. */
export function renderSummary(r: ServiceResult): string {
  const out: string[] = [];
  const what = r.mode === 'merge' ? 'merge' : 'build';
  out.push(`### build-service: ${esc(r.service)}${r.variant ? ` (${r.variant})` : ''} — ${what}`, '');
  out.push('| | |', '|---|---|');
  if (r.ref) out.push(`| image | ${code(r.ref)} |`);
  if (r.target) out.push(`| target | ${code(r.target)} |`);
  if (r.platforms.length) out.push(`| platforms | ${r.platforms.join(', ')} |`);
  if (r.tags.length) out.push(`| tags | ${r.tags.map(code).join('<br>')} |`);
  out.push(
    `| duration | ${formatDuration(r.durationMs)}${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''} |`,
  );
  if (r.mode === 'build') {
    out.push(
      `| cache hits | ${r.cacheHitRatio === undefined ? 'no instruction steps' : `${Math.round(r.cacheHitRatio * 100)}% (${r.cachedSteps} of ${r.cacheableSteps} steps)`} |`,
    );
  }
  if (r.imageSize !== undefined) out.push(`| size | ${formatBytes(r.imageSize)}, ${r.layers} layers |`);
  out.push('');

  if (r.perPlatform.length > 1) {
    out.push('| platform | digest | size | layers |', '|---|---|---|---|');
    for (const p of r.perPlatform) {
      out.push(
        `| ${p.platform || '—'} | ${code(p.digest.slice(0, 19))} | ${formatBytes(p.size)} | ${p.layers} |`,
      );
    }
    out.push('');
  }

  if (r.retried.length) {
    out.push('**Retried:**', '', ...r.retried.map((x) => `- ${esc(x)}`), '');
  }

  const slow = slowestSteps(r.steps, 10);
  if (slow.length) {
    out.push('<details open><summary>Slowest steps</summary>', '', '| step | time |', '|---|---|');
    for (const s of slow) out.push(`| ${code(truncate(s.name, 100))} | ${formatDuration(s.durationMs)} |`);
    out.push('', '</details>', '');
  }
  const hits = r.steps.filter((s) => s.kind === 'instruction' && s.cached);
  const misses = r.steps.filter((s) => s.kind === 'instruction' && !s.cached);
  if (hits.length || misses.length) {
    out.push('<details><summary>Cache per step</summary>', '', '| step | cache |', '|---|---|');
    for (const s of r.steps.filter((x) => x.kind === 'instruction')) {
      out.push(`| ${code(truncate(s.name, 100))} | ${s.cached ? 'hit' : 'miss'} |`);
    }
    out.push('', '</details>', '');
  }
  if (r.cache.length || r.cacheMisses.length) {
    out.push('<details><summary>Cache sources</summary>', '');
    for (const c of r.cache) out.push(`- ${esc(c)}`);
    for (const m of r.cacheMisses) out.push(`- ⚠️ not imported: ${code(m.ref)}: ${esc(m.error)}`);
    out.push('', '</details>', '');
  }
  if (r.warnings.length) out.push('**Warnings:**', '', ...r.warnings.map((w) => `- ${esc(w)}`), '');
  out.push('<details><summary>Command</summary>', '', '```sh', r.command, '```', '');
  if (r.buildx) out.push(`Run with the buildx plugin itself, ${code(r.buildx)}, without the docker CLI.`, '');
  out.push('</details>', '');
  return out.join('\n');
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
