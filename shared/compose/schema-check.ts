/**
 * Checks a Compose document against the compose-spec JSON schema the reference Compose embeds
 * (compose-spec.schema.json, compiled ahead of time into compose-spec.validate.ts), as Compose does
 * after interpolation. Each problem says whether a build reads the part it concerns: the loader
 * rejects those, and reports the others (ports, networks, hooks, deploy settings...) as warnings, so
 * a file written for a newer Compose still plans its builds.
 */
import validateComposeSpec from './compose-spec.validate.js';
import { pointerToPath } from '../yaml/json-pointer.js';

/** A path into a Compose document: keys and sequence indexes. */
export type ModelPath = Array<string | number>;

export interface SchemaProblem {
  /** Where the problem is: for an unknown key, the key itself. */
  path: ModelPath;
  /** What Compose objects to, e.g. `services.web: additional property "pre_start" is not allowed`. */
  message: string;
  /** True when the planner reads that part (the build, image, extends, profiles, includes, names). */
  buildRelevant: boolean;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The parts of a service a build or the plan reads; everything else only matters when it runs. */
const BUILD_KEYS = new Set(['build', 'image', 'extends', 'profiles', 'platform']);

/** Top-level sections only containers read (a build never does). */
const TOP_LEVEL_RUNTIME = new Set(['networks', 'volumes', 'secrets', 'configs', 'version']);

/** True when the planner reads the part of a Compose document at `path`. */
export function isBuildRelevant(path: ModelPath): boolean {
  const [top, , key] = path;
  // An unknown top-level key is most often a misspelt `services:`: never planned around.
  if (path.length === 1 && !TOP_LEVEL_RUNTIME.has(String(top))) return true;
  if (top === 'include' || top === 'name') return true;
  if (top !== 'services') return false;
  return path.length <= 2 || BUILD_KEYS.has(String(key));
}

/** Every schema problem of one document (interpolated, without `!reset`/`!override` markers: stripMarkers). */
export function composeSchemaProblems(data: unknown): SchemaProblem[] {
  const validate = validateComposeSpec as unknown as ((d: unknown) => boolean) & {
    errors?: AjvError[] | null;
  };
  if (validate(data)) return [];
  return pickErrors(validate.errors ?? []).map((e) => {
    const path = pointerToPath(e.instancePath);
    const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
    const full = extra === undefined ? path : [...path, extra];
    return { path: full, message: describe(path, e, data), buildRelevant: isBuildRelevant(full) };
  });
}

/**
 * The errors worth reporting. A failed `oneOf` reports every branch: keep the errors of the branch
 * whose type the value has (an unknown key in the mapping form of `build`, not "must be string"),
 * and drop the `oneOf`/`anyOf` summaries when a more precise error covers the same place.
 */
function pickErrors(errors: AjvError[]): AjvError[] {
  const precise = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const covered = (e: AjvError, others: AjvError[]): boolean =>
    others.some((o) => o !== e && o.keyword !== 'type' && isWithin(o.instancePath, e.instancePath));
  const kept = precise.filter((e) => e.keyword !== 'type' || !covered(e, precise));
  const summaries = errors.filter(
    (e) =>
      (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
      !kept.some((k) => isWithin(k.instancePath, e.instancePath)),
  );
  const out: AjvError[] = [];
  const seen = new Set<string>();
  for (const e of [...kept, ...summaries]) {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

const isWithin = (path: string, parent: string): boolean => path === parent || path.startsWith(parent + '/');

/** `services.web.ports[0]`, as Compose names a place (`(root)` for the document itself). */
export function dottedPath(path: ModelPath): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: ModelPath): unknown {
  let v = data;
  for (const p of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function describe(path: ModelPath, e: AjvError, data: unknown): string {
  const where = dottedPath(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      return path.length === 0
        ? `top-level key "${key}" is not allowed`
        : path[0] === 'services' && path.length === 1
          ? `invalid service name "${key}" (only letters, digits, ".", "_" and "-")`
          : `${where}: additional property "${key}" is not allowed`;
    }
    case 'enum':
      return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(valueAt(data, path))}`;
    case 'required':
      return `${where} needs "${String(e.params.missingProperty)}"`;
    case 'type':
      return `${where} must be ${String(e.params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ')}, not ${typeName(valueAt(data, path))}`;
    case 'uniqueItems':
      return `${where} has duplicate items`;
    case 'oneOf':
    case 'anyOf':
      return `${where} has none of the accepted forms`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'a string' : typeof v} (${JSON.stringify(v)})`;
}
