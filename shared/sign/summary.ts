/** The job summary of a sign-image run. Pure. */
import { cell, code, table } from '../format/markdown.js';
import type { ImageOutcome, SignOutcome } from './result.js';

const STATUS = { signed: '✅ signed', verified: '✅ verified', failed: '❌ failed' } as const;
const PROVENANCE = {
  attested: '✅ attested',
  verified: '✅ verified',
  skipped: '⚠️ skipped',
  failed: '❌ failed',
} as const;

function provenanceCell(i: ImageOutcome): string {
  const p = i.provenance;
  if (!p) return '—';
  const why = p.status === 'failed' || p.status === 'skipped' ? `: ${cell(p.reason ?? '')}` : '';
  const from = p.status === 'attested' ? (p.from === 'build-result' ? ' (build)' : ' (workflow only)') : '';
  return `${PROVENANCE[p.status]}${from}${why}`;
}

export function renderSignSummary(o: SignOutcome): string {
  const out = [
    `### sign-image: ${o.mode} (${o.method}) — cosign ${cell(o.cosign.version)} (${o.cosign.major}.x)`,
    '',
  ];
  if (o.identity)
    out.push(`Identity: ${code(o.identity)}${o.issuer ? `, issuer ${code(o.issuer)}` : ''}`, '');
  out.push(
    ...table(
      ['image', 'digest', 'from tag', 'platforms', 'result', 'provenance'],
      o.images.map((i) => [
        code(i.image),
        code(i.digest),
        i.tag ? code(i.tag) : '—',
        i.platforms.join(', ') || '—',
        i.status === 'failed'
          ? `${STATUS.failed}: ${cell(i.reason ?? '')}${i.failedPlatforms?.length ? ` (${i.failedPlatforms.join(', ')})` : ''}`
          : STATUS[i.status],
        provenanceCell(i),
      ]),
    ),
    '',
  );
  return out.join('\n');
}
