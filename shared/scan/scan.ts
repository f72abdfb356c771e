/**
 * One scan: every platform of every target through Trivy, each report read and filtered (severity
 * threshold, unfixed, ignore files), and the gate (`fail-on`) applied to what is left.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from '../oci/reference.js';
import type { Deps } from '../runtime/deps.js';
import { trivyArgs } from './command.js';
import { applyIgnores, type IgnoreRule } from './ignore-file.js';
import { findings, parseTrivyReport, type Finding, type Severity } from './report.js';
import { atOrAbove, countBySeverity, failing, type Counts } from './severity.js';
import type { ScanTarget } from './targets.js';
import { withoutUnfixed } from './unfixed.js';

export interface ScanSettings {
  trivy: string;
  /** Where the raw reports go, one per image and platform. */
  reportDir: string;
  cacheDir: string;
  insecureRegistries: readonly string[];
  dbRepository?: string;
  skipDbUpdate?: boolean;
  threshold: Severity;
  failOn: readonly Severity[];
  ignoreUnfixed: boolean;
  ignoreRules: readonly IgnoreRule[];
}

export interface PlatformScan {
  platform: string;
  /** Trivy's raw JSON report. */
  report: string;
  /** Every vulnerability Trivy reported. */
  reported: number;
  /** Those kept after the threshold, `ignore-unfixed` and the ignore file. */
  findings: Finding[];
  belowThreshold: number;
  unfixed: number;
  ignored: { finding: Finding; rule: IgnoreRule }[];
}

export interface ImageScan extends ScanTarget {
  scans: PlatformScan[];
  /** Distinct findings over the platforms (one per id, package and version). */
  counts: Counts;
  failing: number;
}

export interface ScanOutcome {
  images: ImageScan[];
  counts: Counts;
  /** Findings whose severity `fail-on` names, over every image. */
  failing: number;
  passed: boolean;
}

/** Filters one report's findings as the settings say. Pure. */
export function filterFindings(
  all: readonly Finding[],
  s: Pick<ScanSettings, 'threshold' | 'ignoreUnfixed' | 'ignoreRules'>,
  now: number,
): Omit<PlatformScan, 'platform' | 'report'> {
  const above = atOrAbove(all, s.threshold);
  const fixed = s.ignoreUnfixed ? withoutUnfixed(above) : above;
  const { kept, ignored } = applyIgnores(fixed, s.ignoreRules, now);
  return {
    reported: all.length,
    findings: kept,
    belowThreshold: all.length - above.length,
    unfixed: above.length - fixed.length,
    ignored,
  };
}

/** One finding per id, package and installed version (a CVE in both platforms counts once). */
export function distinct(list: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of list) {
    const key = `${f.id}\0${f.pkg}\0${f.installed}\0${f.path}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}

/** Scans every platform of every target, one Trivy run each, in order. */
export async function scanImages(
  targets: readonly ScanTarget[],
  s: ScanSettings,
  deps: Pick<Deps, 'exec' | 'now' | 'log'>,
): Promise<ScanOutcome> {
  mkdirSync(s.reportDir, { recursive: true });
  const images: ImageScan[] = [];
  for (const t of targets) {
    const scans: PlatformScan[] = [];
    for (const platform of t.platforms) {
      const report = join(
        s.reportDir,
        `${slug(`${t.name}-${t.digest.slice(7, 19)}-${platform || 'image'}`)}.json`,
      );
      const args = trivyArgs({ ...s, ref: t.ref, platform, output: report });
      deps.log.info(`Scanning ${t.ref}${platform ? ` (${platform})` : ''}`);
      await deps.exec(s.trivy, args);
      const parsed = parseTrivyReport(readFileSync(report, 'utf8'), report);
      scans.push({ platform, report, ...filterFindings(findings(parsed), s, deps.now()) });
    }
    const all = distinct(scans.flatMap((p) => p.findings));
    images.push({
      ...t,
      scans,
      counts: countBySeverity(all),
      failing: failing(all, s.failOn).length,
    });
  }
  const counts = countBySeverity(images.flatMap((i) => distinct(i.scans.flatMap((p) => p.findings))));
  const failingCount = images.reduce((n, i) => n + i.failing, 0);
  return { images, counts, failing: failingCount, passed: failingCount === 0 };
}
