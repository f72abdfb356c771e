/**
 * scan-image's result file, for report-metrics: per image its digest, platforms, raw reports and
 * counts, and the gate's verdict. Version 1; the JSON Schema in shared/contracts/ comes with
 * report-metrics, its reader.
 */
import type { Severity } from './report.js';
import type { ScanOutcome } from './scan.js';
import type { Counts } from './severity.js';
import { worst } from './severity.js';

export const SCAN_RESULT_VERSION = 1;

export interface ScanResult {
  version: typeof SCAN_RESULT_VERSION;
  scanner: { name: 'trivy'; version: string };
  failOn: Severity[];
  passed: boolean;
  counts: Counts;
  images: {
    input: string;
    ref: string;
    digest: string;
    counts: Counts;
    platforms: { platform: string; report: string; reported: number; kept: number; ignored: number }[];
  }[];
}

/** The result file's document. Pure. */
export function scanResult(
  outcome: ScanOutcome,
  failOn: readonly Severity[],
  trivyVersion: string,
): ScanResult {
  return {
    version: SCAN_RESULT_VERSION,
    scanner: { name: 'trivy', version: trivyVersion },
    failOn: [...failOn],
    passed: outcome.passed,
    counts: outcome.counts,
    images: outcome.images.map((i) => ({
      input: i.input,
      ref: i.ref,
      digest: i.digest,
      counts: i.counts,
      platforms: i.scans.map((s) => ({
        platform: s.platform,
        report: s.report,
        reported: s.reported,
        kept: s.findings.length,
        ignored: s.ignored.length,
      })),
    })),
  };
}

/** The `worst` output: the worst findings over every image, with where they were found. */
export function worstOutput(outcome: ScanOutcome, n = 10): object[] {
  const all = outcome.images.flatMap((i) =>
    i.scans.flatMap((s) => s.findings.map((f) => ({ f, ref: i.ref }))),
  );
  const picked = worst(
    all.map((x) => x.f),
    n,
  );
  return picked.map((f) => ({
    id: f.id,
    package: f.pkg,
    installed: f.installed,
    fixed: f.fixed,
    severity: f.severity,
    url: f.url,
    image: all.find((x) => x.f === f)?.ref ?? '',
  }));
}
