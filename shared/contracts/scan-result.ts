/**
 * The scan result: the file scan-image writes (its `result-file` output) for report-metrics. Schema:
 * ./scan-result.schema.ts, published as docs/schemas/scan-result.schema.json; fields and version
 * policy: docs/contracts.md.
 */
import { readFileSync } from 'node:fs';
import type { PolicyLevel, RuleName } from '../policy/config.js';
import type { PolicyMode, Violation } from '../scan/policy.js';
import type { Severity } from '../scan/report.js';
import type { Counts } from '../scan/severity.js';
import { InputError } from '../runtime/errors.js';
import { parseContract, type CompiledValidator } from './check.js';
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

/**
 * Parses and validates a scan result's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function parseScanResult(text: string, file: string): ScanResult {
  return parseContract<ScanResult>(text, file, {
    what: 'scan result',
    version: SCAN_RESULT_VERSION,
    validate: validateScanResult as CompiledValidator,
    action: 'scan-image',
    schema: 'docs/schemas/scan-result.schema.json',
  });
}

/**
 * Reads and validates the result file scan-image wrote.
 *
 * @throws InputError naming the file when it cannot be read, is not JSON, is of an unknown version or
 *   does not match the schema
 */
export function readScanResult(
  path: string,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ScanResult {
  let text: string;
  try {
    text = readText(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`the scan result ${path} cannot be read (${code ?? (err as Error).message}).`, {
      fix: "pass the file scan-image's `result-file` output names, in the same job as scan-image.",
    });
  }
  return parseScanResult(text, path);
}
