/**
 * The matrix entry: what plan-matrix hands build-service, one per planned service (its `matrix` and
 * `waves` outputs; build-service's `entry` input). Schema: ./matrix-entry.schema.ts, published as
 * docs/schemas/matrix-entry.schema.json; fields and version policy: docs/contracts.md.
 */
import { InputError } from '../runtime/errors.js';
import { schemaProblems, versionProblem, type CompiledValidator } from './check.js';
import validateMatrixEntry from './matrix-entry.validate.js';

/** The major version plan-matrix writes. An entry without `version` is version 1 (written before it). */
export const MATRIX_ENTRY_VERSION = 1;

export interface MatrixEntry {
  version: typeof MATRIX_ENTRY_VERSION;
  service: string;
  name: string;
  'compose-file': string;
  context: string;
  dockerfile: string;
  target: string;
  targets: { dev?: string; prod?: string };
  platforms: string;
  depends_on: string[];
  wave: number;
  image: string;
  'cache-scope': string;
  /**
   * Optional: each planned target's base image (docs/contracts.md), keyed by stage as `target` and
   * `targets` name it ('' for the last stage); '' where there is none to name (scratch, or known only
   * at build time).
   */
  bases?: Record<string, string>;
}

export interface Matrix {
  include: MatrixEntry[];
}

/**
 * Reads an entry as an action input gives it (`toJSON(matrix)`). Every field is optional, since the
 * action's other inputs override each one; unknown fields (the workflow's own matrix dimensions) are
 * ignored.
 *
 * @param raw the input's text; empty gives `{}`
 * @param input the input's name, for the errors
 * @throws InputError naming the input and, for a schema problem, the field's path
 */
export function parseMatrixEntry(raw: string, input = 'entry'): Partial<MatrixEntry> {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`is not JSON: ${(err as Error).message}.`, {
      input,
      fix: 'pass one plan-matrix entry, e.g. entry: ${{ toJSON(matrix) }}.',
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('is not a JSON object.', {
      input,
      fix: 'pass one entry of the matrix’s include list.',
    });
  }
  const version = versionProblem(value, MATRIX_ENTRY_VERSION, 1);
  if (version) {
    throw new InputError(`the plan-matrix entry cannot be read: ${version}.`, {
      input,
      fix: 'use plan-matrix and build-service from the same release (the same @vN), or upgrade build-service.',
    });
  }
  const problems = schemaProblems(value, validateMatrixEntry as CompiledValidator);
  if (problems.length) {
    throw new InputError(`${problems.join('; ')}.`, {
      input,
      fix: 'pass the entry as plan-matrix emits it (docs/schemas/matrix-entry.schema.json).',
    });
  }
  return value as Partial<MatrixEntry>;
}
