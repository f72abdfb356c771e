/**
 * `ignore-unfixed`, as Trivy's `--ignore-unfixed` means it: a shorthand of `--ignore-status
 * affected,will_not_fix,fix_deferred,end_of_life` (docs/configuration/filtering.md, "By Status").
 * Reports from before statuses existed have none: there a finding without a fixed version is unfixed.
 */
import type { Finding } from './report.js';

const UNFIXED_STATUSES = new Set(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life']);

/** True when no fix is released for the finding. Pure. */
export function isUnfixed(f: Finding): boolean {
  return f.status ? UNFIXED_STATUSES.has(f.status) : !f.fixed;
}

/** The findings that have a fix. Pure. */
export function withoutUnfixed(list: readonly Finding[]): Finding[] {
  return list.filter((f) => !isUnfixed(f));
}
