/**
 * Checks a document against one of the contracts: its version first (a newer major may be shaped in
 * ways the schema would only report confusingly), then its compiled schema. Pure: the caller turns
 * the problems into an error that names its input or file and the fix.
 */
import { InputError } from '../runtime/errors.js';
import { pointerToPath } from '../yaml/json-pointer.js';

/** An Ajv error, as the standalone validators (*.validate.ts) report it. */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A validator compiled ahead of time by scripts/contract-schemas.ts. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/**
 * Why `doc` is not a version the reader knows, or undefined when it is.
 *
 * @param known the major version this reader reads
 * @param absent the version of a document without `version` (undefined: the field is required)
 */
export function versionProblem(doc: unknown, known: number, absent?: number): string | undefined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined; // the schema says so
  const version = (doc as Record<string, unknown>)['version'] ?? absent;
  if (version === undefined || !Number.isInteger(version)) return undefined; // idem
  if (version === known) return undefined;
  return `it is version ${String(version)}, and this reader knows version ${known} only`;
}

/** Every schema problem of `doc`, each as `field 'a.b[0]' must be …`; empty when it is valid. */
export function schemaProblems(doc: unknown, validate: CompiledValidator): string[] {
  if (validate(doc)) return [];
  const problems = (validate.errors ?? []).map(describe);
  return [...new Set(problems)].sort();
}

function describe(e: SchemaError): string {
  const path = pointerToPath(e.instancePath);
  if (e.keyword === 'required')
    return `field '${fieldPath([...path, String(e.params['missingProperty'])])}' is missing`;
  const where = path.length ? `field '${fieldPath(path)}'` : 'the document';
  if (e.keyword === 'enum') {
    const allowed = (e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  return `${where} ${e.message ?? `fails ${e.keyword}`}`;
}

/** `['perPlatform', 0, 'digest']` → `perPlatform[0].digest`, the path as a reader writes it. */
function fieldPath(segments: (string | number)[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

export interface ContractSpec {
  /** `build result`, `scan result`: how errors name the document. */
  what: string;
  version: number;
  validate: CompiledValidator;
  /** The action that writes it. */
  action: string;
  /** The published schema, for the fix. */
  schema: string;
}

/**
 * Parses a result file's text and checks it against its contract: JSON, then checkContract. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function parseContract<T>(text: string, file: string, spec: ContractSpec): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`the ${spec.what} ${file} is not JSON: ${(err as Error).message}.`, {
      fix: `pass the file ${spec.action}'s \`result-file\` output names.`,
    });
  }
  return checkContract<T>(value, file, spec);
}

/**
 * Checks a result file's parsed JSON against its contract: its version, then its schema. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function checkContract<T>(value: unknown, file: string, spec: ContractSpec): T {
  const version = versionProblem(value, spec.version);
  if (version) {
    throw new InputError(`the ${spec.what} ${file} cannot be read: ${version}.`, {
      fix: `use this action from the same release as ${spec.action} (the same @vN).`,
    });
  }
  const problems = schemaProblems(value, spec.validate);
  if (problems.length) {
    throw new InputError(`the ${spec.what} ${file} does not match its schema: ${problems.join('; ')}.`, {
      fix: `pass the file ${spec.action}'s \`result-file\` output names (${spec.schema}).`,
    });
  }
  return value as T;
}
