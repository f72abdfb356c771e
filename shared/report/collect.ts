/**
 * The result files of a run, sorted by kind: build-service's, scan-image's and sign-image's (each
 * validated against its contract), wherever the workflow put them (the files named, or a folder of
 * downloaded artifacts). A JSON file that is none of the three is left out and named, so a glob that
 * also matches other JSON does not fail the report.
 */
import { BUILD_RESULT, type BuildResult } from '../contracts/build-result.js';
import { checkContract } from '../contracts/check.js';
import { InputError } from '../runtime/errors.js';
import { SCAN_RESULT, type ScanResult } from '../contracts/scan-result.js';
import { SIGN_RESULT, type SignResult } from '../contracts/sign-result.js';

export interface Collected<T> {
  file: string;
  result: T;
}

export interface CollectedResults {
  builds: Collected<BuildResult>[];
  scans: Collected<ScanResult>[];
  signs: Collected<SignResult>[];
  /** JSON files that are not result files (left out). */
  other: string[];
}

export type ResultKind = 'build' | 'scan' | 'sign';

/** Which action wrote `doc`, by the fields only its result file has. Pure. */
export function resultKind(doc: unknown): ResultKind | undefined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  if (!('version' in d)) return undefined;
  if ('scanner' in d && 'images' in d) return 'scan';
  if ('cosign' in d && 'images' in d) return 'sign';
  if ((d['mode'] === 'build' || d['mode'] === 'merge') && 'service' in d && 'steps' in d) return 'build';
  return undefined;
}

/**
 * Reads and validates every file. Pure but for `readText`.
 *
 * @param input the input the files came from, for the errors
 * @throws InputError naming the file when a result file is not JSON, of an unknown version or does
 *   not match its schema
 */
export function collectResults(
  files: readonly string[],
  readText: (path: string) => string,
  input = 'result-files',
): CollectedResults {
  const out: CollectedResults = { builds: [], scans: [], signs: [], other: [] };
  for (const file of [...new Set(files)].sort()) {
    let text: string;
    try {
      text = readText(file);
    } catch (err) {
      throw new InputError(`${file} cannot be read: ${(err as Error).message}.`, {
        input,
        fix: 'name files the build-service, scan-image and sign-image steps wrote (their `result-file` outputs).',
      });
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      out.other.push(file);
      continue;
    }
    // Parsed once: the kind is told by the JSON, and the contract checks that same JSON.
    switch (resultKind(doc)) {
      case 'build':
        out.builds.push({ file, result: checkContract<BuildResult>(doc, file, BUILD_RESULT) });
        break;
      case 'scan':
        out.scans.push({ file, result: checkContract<ScanResult>(doc, file, SCAN_RESULT) });
        break;
      case 'sign':
        out.signs.push({ file, result: checkContract<SignResult>(doc, file, SIGN_RESULT) });
        break;
      default:
        out.other.push(file);
    }
  }
  return out;
}
