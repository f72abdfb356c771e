/** Severity thresholds, `fail-on` lists, counts and the worst findings. Pure. */
import type { Finding } from './report.js';
import { SEVERITIES, type Severity } from './report.js';

/** 0 for UNKNOWN up to 4 for CRITICAL. */
export function rank(severity: string): number {
  return Math.max(0, (SEVERITIES as readonly string[]).indexOf(severity));
}

/** True for a severity name Trivy uses (upper case). */
export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/** Findings at or above the threshold. */
export function atOrAbove(list: readonly Finding[], threshold: Severity): Finding[] {
  return list.filter((f) => rank(f.severity) >= rank(threshold));
}

/** Findings whose severity `fail-on` names. */
export function failing(list: readonly Finding[], failOn: readonly Severity[]): Finding[] {
  return list.filter((f) => failOn.includes(f.severity as Severity));
}

export type Counts = Record<Severity, number>;

/** How many findings there are of each severity. */
export function countBySeverity(list: readonly Finding[]): Counts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Counts;
  for (const f of list) counts[f.severity as Severity]++;
  return counts;
}

/**
 * The `n` worst findings: highest severity first, then those with a fix before those without (the
 * ones a rebuild can remove), then by id; one entry per id and package.
 */
export function worst(list: readonly Finding[], n: number): Finding[] {
  const seen = new Set<string>();
  return [...list]
    .sort(
      (a, b) =>
        rank(b.severity) - rank(a.severity) ||
        Number(!!b.fixed) - Number(!!a.fixed) ||
        a.id.localeCompare(b.id) ||
        a.pkg.localeCompare(b.pkg),
    )
    .filter((f) => {
      const key = `${f.id}\0${f.pkg}\0${f.installed}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, n);
}
