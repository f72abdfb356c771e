/**
 * The sign result: the file sign-image writes (its `result-file` output) for report-metrics. The type
 * is sign-image's own (shared/sign/result.ts); the schema is ./sign-result.schema.ts, published as
 * docs/schemas/sign-result.schema.json.
 */
import { SIGN_RESULT_VERSION, type SignResult } from '../sign/result.js';
import { parseContract, type CompiledValidator, type ContractSpec } from './check.js';
import validateSignResult from './sign-result.validate.js';

export type { SignResult };

/**
 * Parses and validates a result file's text. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function parseSignResult(text: string, file: string): SignResult {
  return parseContract<SignResult>(text, file, SIGN_RESULT);
}

/** The sign result's contract (for checkContract on JSON already parsed). */
export const SIGN_RESULT: ContractSpec = {
  what: 'sign result',
  version: SIGN_RESULT_VERSION,
  validate: validateSignResult as CompiledValidator,
  action: 'sign-image',
  schema: 'docs/schemas/sign-result.schema.json',
};
