/**
 * Merging of Compose models as Compose v2 merges override files (`-f a -f b`) and `extends`: the
 * Compose spec's merge rules ("Merge and override"), plus compose-go's choices where the spec leaves
 * room. Pure apart from reading extended files through a callback.
 */
import { resolve } from 'node:path';
import { InputError, type SourceLocation } from '../runtime/errors.js';

export type Mapping = Record<string, unknown>;

/** The `!reset` YAML tag: the later file removes the value. */
export const RESET: unique symbol = Symbol('compose !reset');

/** The `!override` YAML tag: the later file replaces the value instead of merging it. */
export class Override {
  constructor(readonly value: unknown) {}
}

/** Where a service's pieces come from, for `definedIn`/`line` and error messages. */
export interface ServiceOrigin {
  /** The service's key: in the first file that defines it (override files), or in the extending file. */
  service: SourceLocation;
  /** The service's key in the file that provides its build context: `definedIn` and `line`. */
  build?: SourceLocation;
  /** The `context:` key (or `build:` when it is a string) that set the build context. */
  context?: SourceLocation;
  /** The `extends:` key. */
  extends?: SourceLocation;
}

export interface ServiceEntry {
  value: Mapping;
  origin: ServiceOrigin;
}

/** Services by name, in definition order. */
export type ServiceMap = Map<string, ServiceEntry>;

/** True for a YAML mapping (not a list, null or an `!override` wrapper). */
export const isMapping = (v: unknown): v is Mapping =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Override);

/** Sets a key without letting `__proto__` reach the prototype. */
export function setKey(obj: Mapping, key: string, value: unknown): void {
  // Plain assignment is much faster; only `__proto__` would set the prototype instead of a key.
  if (key !== '__proto__') obj[key] = value;
  else Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Fields merged entry by entry, whether written as a mapping or a `KEY=VALUE` list (Compose spec:
 * "Mappings": environment, labels, args...); the regexp splits a list item into key and value.
 * Paths are relative to the service.
 */
const KEYED: Record<string, RegExp> = {
  environment: /=/,
  labels: /=/,
  annotations: /=/,
  sysctls: /=/,
  extra_hosts: /[=:]/,
  'deploy.labels': /=/,
  'build.args': /=/,
  'build.labels': /=/,
  'build.additional_contexts': /=/,
  'build.extra_hosts': /[=:]/,
};

/** Fields a later file replaces whole (Compose spec, merge rules: command, entrypoint, healthcheck.test). */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test']);

/**
 * The entries of a key-value field in either form: `{K: V}` or `["K=V", "K"]`. A key without a value
 * maps to null (for `build.args` and `environment`: "take it from the environment").
 */
export function keyValueEntries(value: unknown, sep: RegExp = /=/): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = typeof item === 'string' ? item : String(item);
      const m = sep.exec(s);
      if (m) out.set(s.slice(0, m.index), s.slice(m.index + 1));
      else out.set(s, null);
    }
  } else if (isMapping(value)) {
    for (const [k, v] of Object.entries(value)) out.set(k, v);
  }
  return out;
}

/** Removes `!reset` values and unwraps `!override` ones, once nothing is left to merge them into. */
export function stripMarkers(value: unknown): unknown {
  if (value instanceof Override) return stripMarkers(value.value);
  if (Array.isArray(value)) return value.filter((v) => v !== RESET).map(stripMarkers);
  if (isMapping(value)) {
    const out: Mapping = {};
    for (const [k, v] of Object.entries(value)) if (v !== RESET) setKey(out, k, stripMarkers(v));
    return out;
  }
  return value;
}

/** Structural equality of plain YAML values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  return false;
}

/** `build: ./dir` is short for `build: {context: ./dir}` (Compose spec, "build"). */
export function buildAsMapping(build: unknown): unknown {
  return typeof build === 'string' ? { context: build } : build;
}

/**
 * Merges `over` onto `base`: mappings merge key by key, key-value fields by entry, other sequences
 * append without duplicates, scalars and mismatched types take the later value. `path` is the
 * dotted path relative to a service, or null outside services (no special fields).
 */
export function mergeValues(base: unknown, over: unknown, path: string | null): unknown {
  if (over instanceof Override) return stripMarkers(over.value);
  if (path === 'build') {
    base = buildAsMapping(base);
    over = buildAsMapping(over);
  }
  if (path !== null && REPLACED.has(path)) return stripMarkers(over);
  const sep = path === null ? undefined : KEYED[path];
  if (sep && (isMapping(over) || Array.isArray(over)) && (isMapping(base) || Array.isArray(base))) {
    return mergeKeyed(base, over, sep);
  }
  if (isMapping(base) && isMapping(over)) return mergeMappings(base, over, path);
  if (Array.isArray(base) && Array.isArray(over)) return appendUnique(base, stripMarkers(over) as unknown[]);
  return stripMarkers(over);
}

/** Key-by-key merge of two mappings; a `!reset` value removes the key. */
export function mergeMappings(base: Mapping, over: Mapping, path: string | null): Mapping {
  const out: Mapping = {};
  for (const [k, v] of Object.entries(base)) setKey(out, k, v);
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    if (v === RESET) {
      delete out[k];
      continue;
    }
    const sub = path === null ? null : path ? `${path}.${k}` : k;
    setKey(out, k, Object.hasOwn(out, k) ? mergeValues(out[k], v, sub) : stripMarkers(v));
  }
  return out;
}

/** Later entries win by key; the result is always the mapping form. */
function mergeKeyed(base: unknown, over: unknown, sep: RegExp): Mapping {
  const out: Mapping = {};
  for (const [k, v] of keyValueEntries(base, sep)) setKey(out, k, v);
  for (const [k, v] of keyValueEntries(over, sep)) {
    if (v === RESET) delete out[k];
    else setKey(out, k, stripMarkers(v));
  }
  return out;
}

/** Other sequences: the later file's items are appended, without duplicates (Compose spec, merge rules). */
function appendUnique(base: unknown[], over: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of [...base, ...over]) if (!out.some((o) => sameValue(o, v))) out.push(v);
  return out;
}

/** True when a service's `build` value names a context (a string or a mapping with `context`). */
function setsContext(build: unknown): boolean {
  const b = build instanceof Override ? build.value : build;
  return typeof b === 'string' || (isMapping(b) && b.context !== undefined && b.context !== RESET);
}

/**
 * Merges one service definition onto another. `mode` says which key names the result: for override
 * files the first file's, for `extends` the extending service's.
 */
export function mergeServiceEntries(
  base: ServiceEntry,
  over: ServiceEntry,
  mode: 'override' | 'extends',
): ServiceEntry {
  const value = mergeMappings(stripMarkers(base.value) as Mapping, over.value, '');
  const hasBuild = value.build !== undefined && value.build !== null;
  const overWins = setsContext(over.value.build) || !base.origin.build;
  const origin: ServiceOrigin = {
    service: mode === 'extends' ? over.origin.service : base.origin.service,
    build: hasBuild ? (overWins ? (over.origin.build ?? base.origin.build) : base.origin.build) : undefined,
    context: hasBuild
      ? overWins
        ? (over.origin.context ?? base.origin.context)
        : base.origin.context
      : undefined,
    extends: mode === 'extends' ? undefined : (over.origin.extends ?? base.origin.extends),
  };
  return { value, origin };
}

/** Applies an override file's services onto the services loaded so far (`docker compose -f a -f b`). */
export function mergeServiceMaps(base: ServiceMap, over: ServiceMap): ServiceMap {
  const out: ServiceMap = new Map(base);
  for (const [name, entry] of over) {
    const prev = out.get(name);
    out.set(
      name,
      prev
        ? mergeServiceEntries(prev, entry, 'override')
        : { ...entry, value: stripMarkers(entry.value) as Mapping },
    );
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* extends                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** One Compose file's services, as `extends` sees them. */
export interface ExtendsFile {
  /** Absolute path: identifies the file for cycle detection. */
  path: string;
  /** Repository-relative path, for messages. */
  display: string;
  /** Directory that this file's `extends.file` paths are relative to. */
  dir: string;
  services: ServiceMap;
}

/**
 * Reads another file for `extends.file`: its services after interpolation, with their relative
 * paths already resolved against that file's directory (Compose spec, "extends": "relative paths
 * are resolved relative to the extended file").
 */
export type ReadExtendsFile = (path: string, from: SourceLocation) => Promise<ExtendsFile>;

interface Step {
  key: string;
  name: string;
  file: ExtendsFile;
}

/**
 * Resolves every `extends` of one file's services: the base (in the same file, or in `extends.file`),
 * itself resolved first, then the service merged onto it with the override rules. Chains are
 * followed; a cycle is an InputError. As in Compose v2, a service extends services of its own file
 * only, not of the files merged before it.
 */
export async function resolveExtends(file: ExtendsFile, read: ReadExtendsFile): Promise<ServiceMap> {
  const memo = new Map<string, ServiceEntry>();
  const out: ServiceMap = new Map();
  for (const name of file.services.keys()) out.set(name, await resolveService(file, name, read, [], memo));
  return out;
}

async function resolveService(
  file: ExtendsFile,
  name: string,
  read: ReadExtendsFile,
  chain: Step[],
  memo: Map<string, ServiceEntry>,
): Promise<ServiceEntry> {
  const key = `${file.path}\0${name}`;
  const done = memo.get(key);
  if (done) return done;
  const entry = file.services.get(name)!;
  if (chain.some((s) => s.key === key)) throw cycleError([...chain, { key, name, file }]);
  if (entry.value.extends === undefined) return entry;

  const where = entry.origin.extends ?? entry.origin.service;
  const ref = parseExtends(entry.value.extends, name, where);
  const target = ref.file === undefined ? file : await read(resolve(file.dir, ref.file), where);
  if (!target.services.has(ref.service)) {
    throw new InputError(
      `service "${name}" cannot extend service "${ref.service}": ${target.display} has no such service.`,
      {
        location: where,
        fix: 'name a service defined in that file (extends sees only its own file, or extends.file).',
      },
    );
  }
  const base = await resolveService(target, ref.service, read, [...chain, { key, name, file }], memo);
  const own = { ...entry.value };
  delete own.extends;
  const merged = mergeServiceEntries(base, { value: own, origin: entry.origin }, 'extends');
  memo.set(key, merged);
  return merged;
}

function parseExtends(
  value: unknown,
  name: string,
  where: SourceLocation,
): { service: string; file?: string } {
  if (typeof value === 'string') return { service: value };
  if (
    isMapping(value) &&
    typeof value.service === 'string' &&
    (value.file === undefined || typeof value.file === 'string')
  ) {
    return { service: value.service, file: value.file as string | undefined };
  }
  throw new InputError(`service "${name}": extends must be a service name or {service, file}.`, {
    location: where,
    fix: 'write `extends: other` or `extends: {service: other, file: path/to/compose.yaml}`.',
  });
}

function cycleError(steps: Step[]): InputError {
  const trail = steps.map((s) => `${s.name} (${s.file.display})`).join(' → ');
  const first = steps[0]!;
  const entry = first.file.services.get(first.name)!;
  return new InputError(`circular extends: ${trail}.`, {
    location: entry.origin.extends ?? entry.origin.service,
    fix: 'break the cycle so that each service extends one that does not lead back to it.',
  });
}
