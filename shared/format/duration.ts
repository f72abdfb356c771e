/**
 * A duration as the summaries show it: tenths of a second under a minute (`4.2s`), whole minutes
 * and seconds from a minute on (`2m 5s`). `unitGap` puts a space before each unit (`2 m 5 s`).
 */
export function formatDuration(ms: number, unitGap = ''): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}${unitGap}s`;
  // Rounded once, so 119.6 s is `2m 0s`, never `1m 60s`.
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}${unitGap}m ${s % 60}${unitGap}s`;
}
