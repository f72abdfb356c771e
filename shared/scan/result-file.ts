/**
 * scan-image's result file, for report-metrics: per image its digest, platforms, raw reports and
 * counts, its policy verdicts, and the gate's verdict. Version 1; its JSON Schema is
 * shared/contracts/scan-result.schema.ts (docs/schemas/scan-result.schema.json).
 */
import { SCAN_RESULT_VERSION, type ImagePolicyResult, type ScanResult } from '../contracts/scan-result.js';
import type { PolicyOutcome } from './policy.js';
import type { Severity } from './report.js';
import type { ScanOutcome } from './scan.js';
import { worst } from './severity.js';

/** The result file's document. Pure. */
export function scanResult(
  outcome: ScanOutcome,
  failOn: readonly Severity[],
  trivyVersion: string,
  policy?: PolicyOutcome,
): ScanResult {
  const byRef = new Map(policy?.images.map((p) => [p.ref, p]));
  return {
    version: SCAN_RESULT_VERSION,
    scanner: { name: 'trivy', version: trivyVersion },
    failOn: [...failOn],
    passed: outcome.passed,
    counts: outcome.counts,
    policy: { mode: policy?.mode ?? 'off', passed: policy?.passed ?? true },
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
      ...(byRef.has(i.ref) && { policy: imagePolicy(byRef.get(i.ref)!, policy!) }),
    })),
  };
}

function imagePolicy(p: PolicyOutcome['images'][number], outcome: PolicyOutcome): ImagePolicyResult {
  return {
    passed: p.report.passed,
    errors: p.report.errors,
    warnings: p.report.warnings,
    ...(p.service && { service: p.service }),
    ...(p.base && { base: p.base }),
    rules: p.report.verdicts.map((v) => ({
      rule: v.rule,
      platform: v.platform,
      level: v.level,
      status: v.status,
    })),
    violations: outcome.violations.filter((v) => v.image === p.ref).map(({ image: _, ...v }) => v),
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
