/** The retention part of the job summary, in Markdown. */
import { formatBytes } from '../../format/bytes.js';
import { cell } from '../../format/markdown.js';
import type { RetentionResult } from './apply.js';
import type { RetentionDecision, RetentionPolicy } from './policy.js';

/** `repository:tag, :tag`, how a manifest is named in the summary and the log. */
export const refName = (r: { repository: string; tags: string[] }) =>
  `${r.repository}:${r.tags.join(', :') || '(untagged)'}`;
/** Rows of non-cache manifests shown in the summary; the rest are counted. */
const SKIPPED_ROWS = 50;
export const NOT_A_CACHE = 'kept: not a BuildKit cache';
const shortDigest = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);

/** The retention part of the job summary: totals and a kept/removed table. */
export function renderRetention(result: RetentionResult, policy: RetentionPolicy): string {
  const removeWord = result.dryRun ? 'would remove' : 'removed';
  const skipped = result.skipped;
  const lines = [
    `### Registry cache retention${result.dryRun ? ' (dry run)' : ''}`,
    '',
    `Prefix \`${result.prefix}\`: ${result.keep.length + result.remove.length} BuildKit cache manifest(s), ${formatBytes(result.totalBytes)} of distinct blobs. ` +
      `Policy: older than ${policy.maxAgeDays || '∞'} days, or beyond ${policy.maxBytes ? formatBytes(policy.maxBytes) : '∞'} oldest first. ` +
      `Kept ${result.keep.length} (${formatBytes(result.keptBytes)}), ${removeWord} ${result.remove.length - result.failed.length}` +
      `${result.failed.length ? `, ${result.failed.length} failed` : ''}.` +
      (skipped.length
        ? ` ${skipped.length} other manifest(s) ${NOT_A_CACHE} (images and indexes are never deleted).`
        : ''),
    '',
  ];
  if (result.keep.length + result.remove.length + skipped.length === 0)
    return `${lines.join('\n')}\nNo manifests under the prefix.\n`;
  lines.push('| ref | digest | created | size | action | reason |', '|---|---|---|---|---|---|');
  const failed = new Map(result.failed.map((f) => [f.ref, f.error]));
  const row = (d: RetentionDecision, action: string) =>
    `| \`${refName(d.ref)}\` | \`${shortDigest(d.ref.digest)}\` | ${d.ref.created ? d.ref.created.toISOString() : 'unknown'}${d.ref.createdFrom !== 'unknown' ? ` (${d.ref.createdFrom})` : ''} | ${formatBytes(d.ref.size)} | ${action} | ${cell(d.reason)} |`;
  for (const d of result.remove)
    lines.push(row(d, failed.has(d.ref) ? `failed: ${cell(failed.get(d.ref)!)}` : removeWord));
  for (const d of result.keep) lines.push(row(d, 'kept'));
  for (const k of skipped.slice(0, SKIPPED_ROWS))
    lines.push(`| \`${refName(k)}\` | \`${shortDigest(k.digest)}\` | | | ${NOT_A_CACHE} | ${cell(k.what)} |`);
  if (skipped.length > SKIPPED_ROWS)
    lines.push(`| … and ${skipped.length - SKIPPED_ROWS} more | | | | ${NOT_A_CACHE} | |`);
  lines.push(
    '',
    'Deleting a manifest removes its tags; the registry frees the blobs at its next garbage collection.',
    '',
  );
  return lines.join('\n');
}
