/**
 * The scan result: the file scan-image writes (its `result-file` output) for report-metrics. Schema:
 * ./scan-result.schema.ts, published as docs/schemas/scan-result.schema.json; fields and version
 * policy: docs/contracts.md.
 */
import type { PolicyLevel, RuleName } from '../policy/config.js';
import type { PolicyMode, Violation } from '../scan/policy.js';
import type { Severity } from '../scan/report.js';
import type { Counts } from '../scan/severity.js';
import { parseContract, type CompiledValidator, type ContractSpec } from './check.js';
import validateScanResult from './scan-result.validate.js';

/** The major version scan-image writes; a reader refuses any other. */
export const SCAN_RESULT_VERSION = 1;

/** One image's policy verdicts. */
export interface ImagePolicyResult {
  /** No error-level violation. */
  passed: boolean;
  errors: number;
  warnings: number;
  /** The plan key whose manifest settings applied; absent: the manifest's defaults. */
  service?: string;
  /** The base image the build result gave; absent: the image's base annotations were read. */
  base?: string;
  /** Every rule on every platform. */
  rules: { rule: RuleName; platform: string; level: PolicyLevel; status: 'pass' | 'fail' | 'off' }[];
  violations: Omit<Violation, 'image'>[];
}

export interface ScanResult {
  version: typeof SCAN_RESULT_VERSION;
  scanner: { name: 'trivy'; version: string };
  failOn: Severity[];
  /** The vulnerability gate passed. */
  passed: boolean;
  counts: Counts;
  /** The image policy: how it was applied, and whether it passed (`off`: not checked, passed). */
  policy: { mode: PolicyMode; passed: boolean };
  images: {
    input: string;
    ref: string;
    digest: string;
    counts: Counts;
    platforms: { platform: string; report: string; reported: number; kept: number; ignored: number }[];
    /** Absent when the policy is `off`. */
    policy?: ImagePolicyResult;
  }[];
}

/** The scan result's contract (for checkContract on JSON already parsed). */
export const SCAN_RESULT: ContractSpec = {
  what: 'scan result',
  version: SCAN_RESULT_VERSION,
  validate: validateScanResult as CompiledValidator,
  action: 'scan-image',
  schema: 'docs/schemas/scan-result.schema.json',
};

/**
 * Parses and validates a scan result's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function parseScanResult(text: string, file: string): ScanResult {
  return parseContract<ScanResult>(text, file, SCAN_RESULT);
}
