/**
 * Loads a Compose project the way `docker compose -f a -f b config` does (Compose v2.26, compose-go
 * v2): each file is parsed, interpolated, its `extends` resolved and its `include`s imported, then
 * merged onto the files before it; relative paths follow the directory Compose resolves them
 * against. What the planner needs is returned with repository-relative paths.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import { RepoPathCache, resolveInsideRepo } from '../fs/repo-path.js';
import { interpolate, parseEnvFile, projectEnvironment } from './interpolate.js';
import {
  parseYamlTree,
  YAML_TAG_PREFIX,
  type YamlTree,
  type YMap,
  type YNode,
  type YScalar,
} from './yaml-tree.js';
import {
  buildAsMapping,
  isMapping,
  keyValueEntries,
  mergeServiceMaps,
  Override,
  RESET,
  resolveExtends,
  sameValue,
  setKey,
  stripMarkers,
  type ExtendsFile,
  type Mapping,
  type ServiceEntry,
  type ServiceMap,
  type ServiceOrigin,
} from './merge.js';
import { consistencyProblems, type TopLevelSection } from './consistency.js';
import { composeSchemaProblems, type ModelPath } from './schema-check.js';
import type {
  AdditionalContext,
  BuildSpec,
  ComposeProject,
  ComposeService,
  ComposeWarning,
} from './types.js';

export interface LoadOptions {
  /** Absolute (or cwd-relative) path of the repository root; every returned path is relative to it. */
  repoRoot: string;
  /** The environment Compose would see; defaults to `process.env`. It wins over the project's `.env`. */
  env?: Record<string, string | undefined>;
  /** Where paths really are, shared with other readers of the same files (see RepoPathCache). */
  pathCache?: RepoPathCache;
  /**
   * Told each file the loader reads (repository-relative), as it reads it: what a project that
   * fails to load had read by then, interpolated paths included.
   */
  onRead?: (path: string) => void;
}

/**
 * Loads one Compose project. `files` are repository-relative paths in merge order: the first is the
 * main file (its directory is the project directory, where `.env` is read), the others override it.
 * Every service is kept whatever its `profiles`; services without `build:` have `build` undefined.
 *
 * @throws InputError (with file and line where there is one) for malformed YAML, a missing file, a
 * required variable that is unset, a build context outside the repository, a missing Dockerfile, an
 * `extends` or `include` cycle, and the other errors Compose itself reports while loading.
 */
export async function loadComposeProject(files: string[], opts: LoadOptions): Promise<ComposeProject> {
  if (files.length === 0) throw new InputError('no Compose file given for the project.');
  const session = new Session(resolve(opts.repoRoot), opts.pathCache ?? new RepoPathCache(), opts.onRead);
  const absFiles = files.map((f) => resolve(session.repoRoot, f));
  const displays = absFiles.map((f) => session.display(f));
  const workingDir = dirname(absFiles[0]!);

  const processEnv = opts.env ?? process.env;
  const dotenvPath = resolve(workingDir, '.env');
  let dotenv: Record<string, string> = {};
  if (await isFile(dotenvPath)) {
    const display = session.display(dotenvPath);
    dotenv = parseEnvFile(await session.read(dotenvPath, display), (k) => processEnv[k], display);
  }
  const env = projectEnvironment(processEnv, dotenv);

  const model = await loadModel({ files: absFiles, workingDir, env, chain: [] }, session);
  checkConsistency(model, session);
  const project = { workingDir, env, composeFile: displays[0]! };
  const services: ComposeService[] = [];
  for (const name of [...model.services.keys()].sort()) {
    services.push(await toComposeService(name, model.services.get(name)!, project, session));
  }
  const result: ComposeProject = {
    name: projectName(env, model.name, workingDir),
    files: displays,
    sources: [...session.sources],
    services,
  };
  if (session.warnings.size) result.warnings = session.sortedWarnings();
  const profiles = (env.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (profiles.length) result.activeProfiles = profiles;
  return result;
}

/* ------------------------------------------------------------------------------------------------ */
/* Session: file access, repository-relative paths, what was read                                    */
/* ------------------------------------------------------------------------------------------------ */

class Session {
  /** Repository-relative paths of every file read, in reading order. */
  readonly sources = new Set<string>();
  /** Warnings by message and place: Compose says each once. */
  readonly warnings = new Map<string, ComposeWarning>();
  constructor(
    readonly repoRoot: string,
    readonly paths: RepoPathCache,
    private readonly onRead?: (path: string) => void,
  ) {}

  /** The real path of a path inside the repository (see resolveInsideRepo), or undefined. */
  inside(abs: string, location: SourceLocation): string | undefined {
    return resolveInsideRepo(this.repoRoot, abs, { location }, this.paths);
  }

  /** `refused`: Compose itself refuses this (see ComposeWarning). */
  warn(message: string, location?: SourceLocation, refused = false): void {
    const key = `${location?.file ?? ''}:${location?.line ?? ''}:${message}`;
    if (!this.warnings.has(key))
      this.warnings.set(key, { message, ...(location && { location }), ...(refused && { refused }) });
  }

  sortedWarnings(): ComposeWarning[] {
    const at = (w: ComposeWarning): string =>
      `${w.location?.file ?? ''}\0${String(w.location?.line ?? 0).padStart(9, '0')}\0${w.message}`;
    return [...this.warnings.values()].sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
  }

  /** Repository-relative POSIX path of `abs`, or undefined when it is outside the repository. */
  repoPath(abs: string): string | undefined {
    const rel = relative(this.repoRoot, abs);
    if (rel === '') return '.';
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  /** Like repoPath for a file the loader must read: outside the repository is an error. */
  display(abs: string, from?: SourceLocation): string {
    const rel = this.repoPath(abs);
    if (rel !== undefined) return rel;
    throw new InputError(`${abs} is outside the repository.`, {
      location: from,
      fix: 'keep every Compose, extended, included and .env file inside the repository.',
    });
  }

  async read(abs: string, display: string, from?: SourceLocation): Promise<string> {
    let text: string;
    try {
      // Read through the real path, once it is known to stay inside the repository (links too).
      const real = this.inside(abs, from ?? { file: display });
      text = readFileSync(real ?? abs, 'utf8');
    } catch (e) {
      if (e instanceof InputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      const what = code === 'EISDIR' ? 'is a directory, not a file' : 'does not exist';
      throw new InputError(`${from ? '' : 'Compose file '}${display} ${what}.`, {
        location: from ?? { file: display },
        fix: from
          ? 'correct the path; it is relative to the Compose project directory.'
          : 'correct the Compose file path; it is relative to the repository root.',
      });
    }
    this.sources.add(display);
    this.onRead?.(display);
    return text;
  }

  unsetWarning = (name: string): void => {
    this.warn(`The "${name}" variable is not set. Defaulting to a blank string.`);
  };
}

// Synchronous I/O: the loader stats and reads thousands of small files one after another, and a
// promise round trip through the thread pool costs more than each call.
async function isFile(p: string): Promise<boolean> {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

async function isDirectory(p: string): Promise<boolean> {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/* ------------------------------------------------------------------------------------------------ */
/* YAML to plain values, with key locations and interpolation                                       */
/* ------------------------------------------------------------------------------------------------ */

/** Interpolates one string scalar found at `where()` (dotted model `path`). */
export type ScalarInterpolator = (text: string, where: () => SourceLocation, path: string) => string;

// Where each key and item was written, as source offsets: a location is made only when asked for
// (an error, a reason), not for each of the tens of thousands of keys a large monorepo has.
type Locate = (offset: number) => SourceLocation;
const keyLocations = new WeakMap<object, { locate: Locate; offsets: Map<string, number> }>();
const itemLocations = new WeakMap<object, { locate: Locate; offsets: number[] }>();

/** Where `key` of a mapping produced by parseComposeYaml was written. */
export function keyLocation(obj: unknown, key: string): SourceLocation | undefined {
  const locs = typeof obj === 'object' && obj !== null ? keyLocations.get(obj) : undefined;
  const offset = locs?.offsets.get(key);
  return offset === undefined ? undefined : locs!.locate(offset);
}

/** Where item `index` of a sequence produced by parseComposeYaml was written. */
export function itemLocation(list: unknown, index: number): SourceLocation | undefined {
  const locs = Array.isArray(list) ? itemLocations.get(list) : undefined;
  const offset = locs?.offsets[index];
  return offset === undefined ? undefined : locs!.locate(offset);
}

/** Alias expansion beyond this many nodes is refused (a "billion laughs" document). */
const MAX_NODES = 1_000_000;

/**
 * Parses a Compose file's YAML into one plain mapping per document (Compose merges several
 * documents of a file in order). Scalars are typed as Go's yaml.v3 types them, so they print as
 * Compose prints them; `<<` merge keys and aliases are expanded; `!reset` and `!override` become
 * RESET and Override. Strings go through `interpolate` when given.
 *
 * @throws InputError for a YAML error (file, line and column) or a document that is not a mapping.
 */
export function parseComposeYaml(text: string, file: string, interpolate?: ScalarInterpolator): Mapping[] {
  const tree = parsedDocuments(text, file);
  const out: Mapping[] = [];
  for (const doc of tree.docs) {
    if (doc === null) continue;
    const value = new Converter(tree, file, interpolate).value(doc, '');
    if (value === null) continue;
    if (!isMapping(value)) {
      throw new InputError(`${file} is not a Compose file: its top level must be a mapping.`, {
        location: { file, line: tree.position(doc.start).line },
        fix: 'start the file with `services:`.',
      });
    }
    out.push(value);
  }
  return out;
}

/** True when a value holds a `!reset` or `!override` marker anywhere (a walk, no copy). */
function hasMarkers(value: unknown): boolean {
  if (value === RESET || value instanceof Override) return true;
  if (Array.isArray(value)) return value.some(hasMarkers);
  return isMapping(value) && Object.values(value).some(hasMarkers);
}

// Discovery and loading both read every Compose file, so the parsed trees are kept per file text
// for the length of one catalogue (forgetComposeYaml). They are only read after parsing.
const parsed = new Map<string, YamlTree>();
const PARSED_CACHE_MAX = 512;

/** Drops the parsed trees (each plan starts afresh). */
export function forgetComposeYaml(): void {
  parsed.clear();
}

function parsedDocuments(text: string, file: string): YamlTree {
  let hit = parsed.get(text);
  if (!hit) {
    hit = parseYamlTree(text, file);
    if (parsed.size >= PARSED_CACHE_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, hit);
  }
  return hit;
}

// Explicitly typed scalars (`!!int "7"`) take their type as yaml.v3 gives a plain scalar its own.
const TYPED_TAGS = new Set(['int', 'float', 'bool', 'null'].map((t) => YAML_TAG_PREFIX + t));

class Converter {
  private budget = MAX_NODES;
  private readonly active = new Set<YNode>();

  constructor(
    private readonly tree: YamlTree,
    private readonly file: string,
    private readonly interp?: ScalarInterpolator,
  ) {}

  private readonly locate: Locate = (offset) => ({ file: this.file, ...this.tree.position(offset) });

  private loc(node: YNode): SourceLocation {
    return this.locate(node.start);
  }

  value(node: YNode, path: string): unknown {
    if (--this.budget < 0) {
      throw new InputError('the YAML expands to too many values (aliases nested too deep).', {
        location: { file: this.file },
      });
    }
    if (node.kind === 'alias') {
      const target = node.target;
      if (!target || this.active.has(target)) {
        throw new InputError(`alias *${node.name} refers to ${target ? 'itself' : 'no anchor'}.`, {
          location: this.loc(node),
        });
      }
      this.active.add(target);
      try {
        return this.value(target, path);
      } finally {
        this.active.delete(target);
      }
    }
    if (node.tag === '!reset') return RESET;
    if (node.tag === '!override') return new Override(this.untagged(node, path));
    return this.untagged(node, path);
  }

  private untagged(node: Exclude<YNode, { kind: 'alias' }>, path: string): unknown {
    if (node.kind === 'scalar') return this.scalar(node, path);
    if (node.kind === 'map') return this.mapping(node, path);
    const list = node.items.map((item, i) => this.value(item, `${path}[${i}]`));
    itemLocations.set(list, { locate: this.locate, offsets: node.items.map((item) => item.start) });
    return list;
  }

  private scalar(node: YScalar, path: string): unknown {
    const tag = node.tag;
    // Other YAML tags (`!!str`, `!!binary`...) keep the text; unknown local tags do not change typing.
    const typed = tag ? TYPED_TAGS.has(tag) || (node.plain && !tag.startsWith(YAML_TAG_PREFIX)) : node.plain;
    let value: unknown = typed ? resolvePlainScalar(node.value) : node.value;
    if (typeof value === 'string' && this.interp && value.includes('$'))
      value = this.interp(value, () => this.loc(node), path);
    return value;
  }

  private mapping(node: YMap, path: string): Mapping {
    const out: Mapping = {};
    const offsets = new Map<string, number>();
    const merges: YNode[] = [];
    for (const [keyNode, valueNode] of node.pairs) {
      if (keyNode.kind !== 'scalar') {
        throw new InputError('mapping keys must be plain values.', { location: this.loc(keyNode) });
      }
      const key = keyNode.value;
      if (key === '<<' && keyNode.plain) {
        merges.push(valueNode);
        continue;
      }
      const before = offsets.get(key);
      if (before !== undefined) {
        throw new InputError(
          `invalid YAML: Map keys must be unique ("${key}" is already defined at line ${this.locate(before).line}).`,
          { location: this.loc(keyNode), fix: 'keep one entry per key.' },
        );
      }
      setKey(out, key, this.value(valueNode, path ? `${path}.${key}` : key));
      offsets.set(key, keyNode.start);
    }
    // YAML merge keys: explicit keys win, and earlier merged mappings win over later ones.
    const explicit = new Set(offsets.keys());
    const sources = merges.flatMap((m) => {
      const n = m.kind === 'alias' ? m.target : m;
      return n?.kind === 'seq' ? n.items : [m];
    });
    for (const src of sources.reverse()) {
      const merged = this.value(src, path);
      if (!isMapping(merged)) {
        throw new InputError('a `<<` merge key needs a mapping or a list of mappings.', {
          location: this.loc(src),
        });
      }
      for (const [k, v] of Object.entries(merged)) {
        if (explicit.has(k)) continue;
        setKey(out, k, v);
        // A merged mapping comes from this file (an anchor in it), so its offsets are this file's.
        const o = keyLocations.get(merged)?.offsets.get(k);
        if (o !== undefined) offsets.set(k, o);
      }
    }
    keyLocations.set(out, { locate: this.locate, offsets });
    return out;
  }
}

/**
 * The value of an unquoted YAML scalar as Go's yaml.v3 decodes it into an interface and Compose then
 * prints it: null, booleans (true/false only, in three casings), integers (decimal, 0x, 0o, 0b and
 * a leading 0 for octal; `_` ignored), floats printed as Go's %v prints them (`1e+06`), and
 * timestamps as Go prints a time. Everything else stays a string.
 */
export function resolvePlainScalar(s: string): string | number | boolean | null {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  // Every other typed form (numbers, .inf, .nan, timestamps) starts with one of these: most
  // Compose scalars (names, paths, images) are strings, decided without a regular expression.
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? '-Inf' : '+Inf';
  if (/^\.(nan|NaN|NAN)$/.test(s)) return 'NaN';
  const time = goTimestamp(s);
  if (time !== undefined) return time;
  const plain = s.replaceAll('_', '');
  const int = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (int) {
    const digits = int[2]!;
    const magnitude = BigInt(
      /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.replace(/^0[oO]/, '0o'),
    );
    const v = int[1] === '-' ? -magnitude : magnitude;
    if (v >= -(2n ** 63n) && v < 2n ** 64n) {
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : String(v);
    }
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) return goFloat(Number(plain));
  return s;
}

/** yaml.v3's timestamp forms: `2006-1-2`, `2006-1-2T15:4:5[.frac](Z|±07:00)`, `2006-1-2 15:4:5[.frac]`. */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[-+]\d{2}:\d{2})| +(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?)?$/;

/**
 * A YAML timestamp as Go's time.String() prints it (`2024-01-02 03:04:05 +0000 UTC`), assuming UTC
 * is the local zone as on CI runners; undefined when `s` is not a valid timestamp.
 */
function goTimestamp(s: string): string | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, sec] = [Number(m[4] ?? m[9] ?? 0), Number(m[5] ?? m[10] ?? 0), Number(m[6] ?? m[11] ?? 0)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59)
    return undefined;
  const two = (n: number): string => String(n).padStart(2, '0');
  const frac = (m[7] ?? m[12] ?? '').replace(/0+$/, '');
  const offset = m[8] ?? 'Z';
  const zone =
    offset === 'Z' || /^[-+]00:00$/.test(offset)
      ? '+0000 UTC'
      : `${offset.replace(':', '')} ${offset.replace(':', '')}`;
  return `${m[1]}-${two(mo)}-${two(d)} ${two(h)}:${two(mi)}:${two(sec)}${frac === '.' ? '' : frac} ${zone}`;
}

/** A float64 as Go's `%v` prints it: shortest digits, exponent form below 1e-4 and from 1e+06 (as "1e+06"). */
function goFloat(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa, e] = x.toExponential().split('e') as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 6) {
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}

/* ------------------------------------------------------------------------------------------------ */
/* Shape of a Compose file                                                                           */
/* ------------------------------------------------------------------------------------------------ */

const TOP_LEVEL_KEYS = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
]);
/** Service names Compose accepts (compose-spec JSON schema, `services` property names). */
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * Why a parsed document is not a Compose file, or undefined: a top-level key Compose does not know
 * (other than `x-*` extensions), or `services`/`include` of the wrong type. `key` is the culprit.
 */
export function composeShapeProblem(data: Mapping): { key: string; problem: string } | undefined {
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-'))
      return { key, problem: `top-level key "${key}" is not a Compose key` };
  }
  if (data.services != null && !isMapping(data.services))
    return { key: 'services', problem: '`services` is not a mapping' };
  if (data.include != null && !Array.isArray(data.include))
    return { key: 'include', problem: '`include` is not a list' };
  return undefined;
}

/**
 * Checks a document against the Compose schema: a problem in a part the plan reads is an error,
 * any other is a warning at its place (Compose refuses both; see schema-check.ts).
 */
function checkDocument(data: Mapping, file: string, session: Session): void {
  // Only a document holding `!reset` or `!override` needs a plain copy for the schema.
  for (const problem of composeSchemaProblems(hasMarkers(data) ? stripMarkers(data) : data)) {
    const location = locationOf(data, problem.path) ?? { file };
    if (problem.buildRelevant) {
      throw new InputError(`${file} is not a valid Compose file: ${problem.message}.`, {
        location,
        fix: 'correct it as the Compose specification says (https://docs.docker.com/reference/compose-file/).',
      });
    }
    session.warn(
      `Compose refuses this file: ${problem.message}. No build reads it, so the builds are planned.`,
      location,
      true,
    );
  }
}

/** Where the node at `path` of a parsed document was written: its key, or the nearest parent's. */
function locationOf(data: unknown, path: ModelPath): SourceLocation | undefined {
  let node: unknown = data;
  let found: SourceLocation | undefined;
  for (const seg of path) {
    const here =
      typeof seg === 'number'
        ? itemLocation(node, seg)
        : isMapping(node)
          ? keyLocation(node, seg)
          : undefined;
    if (here) found = here;
    node =
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  }
  return found;
}

/** The services of one document, with the origin of each (see ServiceOrigin). */
function servicesOf(data: Mapping, file: string): ServiceMap {
  const out: ServiceMap = new Map();
  const services = data.services;
  if (!isMapping(services)) return out;
  for (const [name, value] of Object.entries(services)) {
    const location = keyLocation(services, name) ?? { file };
    if (!SERVICE_NAME.test(name)) {
      throw new InputError(`invalid service name "${name}".`, {
        location,
        fix: 'use only letters, digits, `.`, `_` and `-` in service names.',
      });
    }
    if (value === RESET) continue; // `name: !reset` removes the service: see resetServices
    if (!isMapping(value)) {
      throw new InputError(`service "${name}" must be a mapping.`, {
        location,
        fix: 'give it `image:` or `build:`.',
      });
    }
    const origin: ServiceOrigin = { service: location };
    if (value.build !== undefined && value.build !== RESET) {
      const build = value.build instanceof Override ? value.build.value : value.build;
      origin.build = location;
      origin.context = (isMapping(build) && keyLocation(build, 'context')) || keyLocation(value, 'build');
    }
    if (value.extends !== undefined) origin.extends = keyLocation(value, 'extends');
    out.set(name, { value, origin });
  }
  return out;
}

/** Services a document removes with `name: !reset` (Compose spec, "Reset value"). */
function resetServices(data: Mapping): string[] {
  return isMapping(data.services)
    ? Object.keys(data.services).filter((n) => (data.services as Mapping)[n] === RESET)
    : [];
}

/* ------------------------------------------------------------------------------------------------ */
/* Paths                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

/**
 * True for a context Compose leaves as it is rather than resolving it as a directory: a URL
 * (`https://`, `git://`, `ssh://`, `s3://`...) or the git shorthands `git@` and `github.com/`.
 */
export function isRemoteContext(value: string): boolean {
  return /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|git@|github\.com\/)/.test(value);
}

function isLocalAdditional(value: string): boolean {
  return !value.startsWith('service:') && !isRemoteContext(value);
}

/** Applies `fn` to a `build` value's mapping, keeping its `!override` wrapper. */
function withBuildMapping(build: unknown, fn: (b: Mapping) => Mapping): unknown {
  if (build instanceof Override) return new Override(withBuildMapping(build.value, fn));
  return isMapping(build) ? fn(build) : build;
}

/**
 * Makes the relative local paths of a document's build sections and env files absolute against `dir`: the project
 * directory for the project's own files (Compose: "paths in override files are relative to the
 * first file"), the file's directory for an extended file, the project directory of an included one.
 */
function resolveBuildPaths(services: ServiceMap, dir: string): void {
  const local = (p: unknown): unknown => (typeof p === 'string' && !isRemoteContext(p) ? resolve(dir, p) : p);
  for (const { value } of services.values()) {
    // env files too: Compose checks they exist, relative to the file that names them.
    if (typeof value.env_file === 'string') value.env_file = resolve(dir, value.env_file);
    else if (Array.isArray(value.env_file)) {
      value.env_file = value.env_file.map((f) =>
        typeof f === 'string'
          ? resolve(dir, f)
          : isMapping(f) && typeof f.path === 'string'
            ? { ...f, path: resolve(dir, f.path) }
            : f,
      );
    }
    if (value.build === undefined) continue;
    if (typeof value.build === 'string') {
      value.build = local(value.build);
      continue;
    }
    value.build = withBuildMapping(value.build, (b) => {
      const out: Mapping = { ...b };
      if (b.context !== undefined) out.context = local(b.context);
      const ac = b.additional_contexts;
      if (Array.isArray(ac)) {
        out.additional_contexts = ac.map((item) => {
          const s = String(item);
          const i = s.indexOf('=');
          return i >= 0 && isLocalAdditional(s.slice(i + 1))
            ? `${s.slice(0, i)}=${resolve(dir, s.slice(i + 1))}`
            : item;
        });
      } else if (isMapping(ac)) {
        const m: Mapping = {};
        for (const [k, v] of Object.entries(ac))
          setKey(m, k, typeof v === 'string' && isLocalAdditional(v) ? resolve(dir, v) : v);
        out.additional_contexts = m;
      }
      return out;
    });
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Model: files merged, with extends and include                                                     */
/* ------------------------------------------------------------------------------------------------ */

interface ModelRequest {
  /** Absolute paths in merge order. */
  files: string[];
  /** Project directory: relative paths of these files resolve against it. */
  workingDir: string;
  env: Record<string, string>;
  /** Absolute paths of the files whose `include` led here, for cycle detection. */
  chain: string[];
  /** The `include` entry that asked for these files. */
  from?: SourceLocation;
}

interface Model {
  services: ServiceMap;
  /** Names declared by the top-level sections of every file (included ones too). */
  declared: Record<TopLevelSection, Set<string>>;
  /** The last `name:` of the files, and where it is. */
  name?: { value: string; at?: SourceLocation };
}

function interpolatorFor(env: Record<string, string>, session: Session): ScalarInterpolator {
  const lookup = (k: string): string | undefined => (Object.hasOwn(env, k) ? env[k] : undefined);
  return (text, where, path) =>
    interpolate(text, lookup, {
      get location() {
        return where(); // only an error reads it
      },
      path,
      onUnset: session.unsetWarning,
    });
}

async function loadModel(req: ModelRequest, session: Session): Promise<Model> {
  const interp = interpolatorFor(req.env, session);
  const extendsCache = new Map<string, Promise<ExtendsFile>>();
  const readExtends = (path: string, from: SourceLocation): Promise<ExtendsFile> => {
    let file = extendsCache.get(path);
    if (!file) {
      file = readExtendedFile(path, from, interp, session);
      extendsCache.set(path, file);
    }
    return file;
  };

  let services: ServiceMap = new Map();
  let name: Model['name'];
  const declared = emptyDeclared();
  for (const abs of req.files) {
    const display = session.display(abs, req.from);
    const docs = parseComposeYaml(await session.read(abs, display, req.from), display, interp);
    if (docs.length === 0) {
      throw new InputError(`${display} is empty.`, {
        location: req.from ?? { file: display },
        fix: 'add `services:`.',
      });
    }
    for (const data of docs) {
      checkDocument(data, display, session);
      collectDeclared(data, declared);
      if (data.name != null && data.name !== '')
        name = { value: scalarString(data.name), at: keyLocation(data, 'name') };
      let own = servicesOf(data, display);
      resolveBuildPaths(own, req.workingDir);
      own = await resolveExtends({ path: abs, display, dir: req.workingDir, services: own }, readExtends);
      if (data.include != null) {
        await importIncludes(data, own, { ...req, chain: [...req.chain, abs] }, session, declared);
      }
      services = mergeServiceMaps(services, own);
      for (const reset of resetServices(data)) services.delete(reset);
    }
  }
  return { services, name, declared };
}

const SECTIONS: TopLevelSection[] = ['networks', 'volumes', 'secrets', 'configs'];

function emptyDeclared(): Model['declared'] {
  return { networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() };
}

/** Adds the names a document's top-level networks, volumes, secrets and configs declare. */
function collectDeclared(data: Mapping, into: Model['declared']): void {
  for (const section of SECTIONS) {
    const v = data[section];
    if (isMapping(v)) for (const k of Object.keys(v)) into[section].add(k);
  }
}

/**
 * Compose's checks of the merged project: a problem in what a build reads is an error, any other a
 * warning at the service's key (see consistency.ts).
 */
function checkConsistency(model: Model, session: Session): void {
  const values = new Map(
    [...model.services].map(([n, e]) => [
      n,
      (hasMarkers(e.value) ? stripMarkers(e.value) : e.value) as Mapping,
    ]),
  );
  const problems = consistencyProblems({
    services: values,
    declared: model.declared,
    display: (p) => session.repoPath(p) ?? p,
    envFileExists: (p) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
  });
  for (const p of problems) {
    const entry = model.services.get(p.service)!;
    const location = keyLocation(entry.value, p.key) ?? entry.origin.service;
    if (p.buildRelevant) {
      throw new InputError(`${p.message}.`, { location, fix: 'correct the service as the message says.' });
    }
    session.warn(
      `Compose refuses this project: ${p.message}. No build reads it, so the builds are planned.`,
      location,
      true,
    );
  }
}

/** A file named by `extends.file`: its services, paths resolved against its own directory. */
async function readExtendedFile(
  abs: string,
  from: SourceLocation,
  interp: ScalarInterpolator,
  session: Session,
): Promise<ExtendsFile> {
  const display = session.display(abs, from);
  let services: ServiceMap = new Map();
  for (const data of parseComposeYaml(await session.read(abs, display, from), display, interp)) {
    checkDocument(data, display, session);
    const own = servicesOf(data, display);
    resolveBuildPaths(own, dirname(abs));
    services = mergeServiceMaps(services, own);
  }
  return { path: abs, display, dir: dirname(abs), services };
}

interface IncludeEntry {
  paths: string[];
  projectDirectory?: string;
  envFiles?: string[];
}

function parseIncludeEntry(item: unknown, where: SourceLocation): IncludeEntry {
  const strings = (v: unknown): string[] | undefined =>
    typeof v === 'string' ? [v] : Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined;
  if (typeof item === 'string') return { paths: [item] };
  if (isMapping(item)) {
    const paths = strings(item.path);
    const envFiles = item.env_file == null ? undefined : strings(item.env_file);
    const pd = item.project_directory;
    if (paths?.length && (item.env_file == null || envFiles) && (pd == null || typeof pd === 'string')) {
      return { paths, projectDirectory: pd ?? undefined, envFiles };
    }
  }
  throw new InputError('an include entry must be a path or {path, project_directory?, env_file?}.', {
    location: where,
    fix: 'write `- path/to/compose.yaml` or `- path: [a.yaml, b.yaml]`.',
  });
}

/**
 * Imports the services of a document's `include:` entries into `own` (Compose spec, "include"):
 * each entry is loaded as a project of its own, relative paths against its project directory
 * (default: the first file's directory), interpolated with this project's variables, which win
 * over the entry's env files (default: its project directory's `.env`). A name already taken by a
 * different service is an error, as in Compose.
 */
async function importIncludes(
  data: Mapping,
  own: ServiceMap,
  req: ModelRequest,
  session: Session,
  declared: Model['declared'],
): Promise<void> {
  const list = data.include as unknown[];
  for (const [i, item] of list.entries()) {
    const where = itemLocation(list, i) ?? keyLocation(data, 'include') ?? { file: req.chain.at(-1)! };
    const entry = parseIncludeEntry(item, where);
    for (const p of entry.paths) {
      if (isRemoteContext(p) || p.startsWith('oci://')) {
        throw new InputError(`remote include ${p} is not supported.`, {
          location: where,
          fix: 'vendor the included Compose file into the repository and include it by path.',
        });
      }
    }
    const files = entry.paths.map((p) => resolve(req.workingDir, p));
    const looping = files.find((f) => req.chain.includes(f));
    if (looping) {
      const trail = [...req.chain, looping].map((f) => session.repoPath(f) ?? f).join(' → ');
      throw new InputError(`include cycle: ${trail}.`, {
        location: where,
        fix: 'remove one of the includes.',
      });
    }
    const workingDir = entry.projectDirectory
      ? resolve(req.workingDir, entry.projectDirectory)
      : dirname(files[0]!);
    const env = await includeEnvironment(entry, workingDir, req, where, session);
    const model = await loadModel({ files, workingDir, env, chain: req.chain, from: where }, session);
    for (const section of SECTIONS) for (const n of model.declared[section]) declared[section].add(n);
    for (const [name, svc] of model.services) {
      applyBuildDefaults(svc.value, workingDir, env);
      const existing = own.get(name);
      if (existing && !sameValue(stripMarkers(existing.value), svc.value)) {
        const at = existing.origin.service;
        throw new InputError(
          `service "${name}" from ${svc.origin.service.file} conflicts with the service "${name}" at ${at.file}${at.line ? `:${at.line}` : ''}.`,
          {
            location: where,
            fix: 'rename one of them; to change an included service, override it from an override file (-f) instead.',
          },
        );
      }
      own.set(name, svc);
    }
  }
}

async function includeEnvironment(
  entry: IncludeEntry,
  workingDir: string,
  req: ModelRequest,
  where: SourceLocation,
  session: Session,
): Promise<Record<string, string>> {
  const defaultEnv = resolve(workingDir, '.env');
  const files = entry.envFiles
    ? entry.envFiles.map((f) => resolve(req.workingDir, f))
    : (await isFile(defaultEnv))
      ? [defaultEnv]
      : [];
  const fromFiles: Record<string, string> = {};
  for (const f of files) {
    const display = session.display(f, where);
    const text = await session.read(f, display, where);
    Object.assign(
      fromFiles,
      parseEnvFile(text, (k) => req.env[k] ?? fromFiles[k], display),
    );
  }
  return projectEnvironment(req.env, fromFiles);
}

/**
 * Compose's defaults for a build, relative to the project that defines the service: the context is
 * the project directory, and args listed without a value take the project's variable when set.
 */
function applyBuildDefaults(value: Mapping, workingDir: string, env: Record<string, string>): void {
  const build = buildAsMapping(value.build);
  if (!isMapping(build)) return;
  const out: Mapping = { ...build };
  if (out.context == null) out.context = workingDir;
  if (out.args != null) out.args = resolveArgs(out.args, env);
  value.build = out;
}

/** `build.args` as a mapping of strings; a key without a value takes the variable, or is dropped. */
function resolveArgs(args: unknown, env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of keyValueEntries(args)) {
    if (v === null || v === undefined) {
      if (Object.hasOwn(env, k)) setKey(out, k, env[k]);
    } else setKey(out, k, scalarString(v));
  }
  return out;
}

function scalarString(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/* ------------------------------------------------------------------------------------------------ */
/* Project name                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

/** Compose's project-name normalisation: lower case, only `[a-z0-9_-]`, no leading `_` or `-`. */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** COMPOSE_PROJECT_NAME (environment or `.env`), else the last `name:`, else the directory's name. */
function projectName(env: Record<string, string>, fromFiles: Model['name'], workingDir: string): string {
  const fromEnv = env.COMPOSE_PROJECT_NAME;
  if (fromEnv) {
    if (normalizeProjectName(fromEnv) !== fromEnv) {
      throw new InputError(`invalid project name "${fromEnv}" in COMPOSE_PROJECT_NAME.`, {
        fix: 'use only lowercase letters, digits, `_` and `-`, starting with a letter or digit.',
      });
    }
    return fromEnv;
  }
  const raw = fromFiles?.value ?? basename(workingDir);
  const name = normalizeProjectName(raw);
  if (!name) {
    throw new InputError(`the Compose project name "${raw}" is empty once normalised.`, {
      location: fromFiles?.at,
      fix: 'set a top-level `name:` made of lowercase letters, digits, `_` and `-`.',
    });
  }
  return name;
}

/* ------------------------------------------------------------------------------------------------ */
/* Services as the planner sees them                                                                 */
/* ------------------------------------------------------------------------------------------------ */

interface ProjectInfo {
  workingDir: string;
  env: Record<string, string>;
  composeFile: string;
}

async function toComposeService(
  name: string,
  entry: ServiceEntry,
  project: ProjectInfo,
  session: Session,
): Promise<ComposeService> {
  const { value, origin } = entry;
  const definedAt = origin.build ?? origin.service;
  const service: ComposeService = {
    name,
    composeFile: project.composeFile,
    definedIn: definedAt.file,
    line: definedAt.line,
  };
  // An image that interpolates to nothing is no image, as in Compose (`image: ${UNSET}`).
  if (value.image != null && value.image !== '') service.image = scalarString(value.image);
  if (Array.isArray(value.profiles)) service.profiles = value.profiles.map(scalarString);
  if (value.build == null) {
    if (service.image === undefined) {
      throw new InputError(`service "${name}" has neither an image nor a build context.`, {
        location: origin.service,
        fix: 'give the service `image:` or `build:`; if the file only overrides another, list both as `base.yaml:override.yaml`.',
      });
    }
    return service;
  }
  applyBuildDefaults(value, project.workingDir, project.env);
  if (!isMapping(value.build)) {
    throw new InputError(`service "${name}": build must be a path or a mapping.`, { location: definedAt });
  }
  service.build = await buildSpec(name, value.build, origin, project, session);
  return service;
}

async function buildSpec(
  name: string,
  build: Mapping,
  origin: ServiceOrigin,
  project: ProjectInfo,
  session: Session,
): Promise<BuildSpec> {
  const definedAt = origin.build ?? origin.service;
  const contextAt = origin.context ?? definedAt;
  if (build.dockerfile != null && build.dockerfile_inline != null) {
    throw new InputError(`service "${name}" sets both build.dockerfile and build.dockerfile_inline.`, {
      location: definedAt,
      fix: 'keep only one of them.',
    });
  }
  const context = scalarString(build.context);
  const inline = build.dockerfile_inline == null ? undefined : scalarString(build.dockerfile_inline);
  const remote = isRemoteContext(context);
  const dockerfile = inline === undefined ? scalarString(build.dockerfile ?? 'Dockerfile') : undefined;
  const paths = remote
    ? { context, dockerfile }
    : await checkLocalBuild(name, context, dockerfile, contextAt, definedAt, session);
  return {
    context: paths.context,
    ...(remote ? { remote: true as const } : {}),
    ...(paths.dockerfile !== undefined ? { dockerfile: paths.dockerfile } : {}),
    ...(inline !== undefined ? { dockerfileInline: inline } : {}),
    ...(build.target != null ? { target: scalarString(build.target) } : {}),
    args: resolveArgs(build.args, project.env),
    additionalContexts: additionalContexts(name, build.additional_contexts, contextAt, session),
    platforms: uniqueStrings(build.platforms),
    tags: uniqueStrings(build.tags),
  };
}

/**
 * Checks a local build: the context is a directory inside the repository and the Dockerfile, relative
 * to it (Compose spec, "dockerfile"), a file inside the repository. Returns both repository-relative.
 */
async function checkLocalBuild(
  name: string,
  context: string,
  dockerfile: string | undefined,
  contextAt: SourceLocation,
  definedAt: SourceLocation,
  session: Session,
): Promise<{ context: string; dockerfile?: string }> {
  const contextRel = session.repoPath(context);
  if (contextRel === undefined) {
    throw new InputError(`service "${name}": build context ${context} is outside the repository.`, {
      location: contextAt,
      fix: 'move the build context inside the repository (every path the planner tracks is repository-relative).',
    });
  }
  // A link that leaves the repository is an error here; a missing context stays a build-time one.
  const contextReal = session.inside(context, contextAt);
  if (!contextReal || !(await isDirectory(contextReal))) {
    throw new InputError(
      `service "${name}": build context ${contextRel} does not exist or is not a directory.`,
      {
        location: contextAt,
        fix: 'correct build.context; it is relative to the Compose project directory.',
        buildTime: true,
      },
    );
  }
  if (dockerfile === undefined) return { context: contextRel };
  const dockerfileAbs = resolve(context, dockerfile);
  const dockerfileRel = session.repoPath(dockerfileAbs);
  if (dockerfileRel === undefined) {
    throw new InputError(`service "${name}": Dockerfile ${dockerfileAbs} is outside the repository.`, {
      location: definedAt,
      fix: 'keep the Dockerfile inside the repository.',
    });
  }
  const dockerfileReal = session.inside(dockerfileAbs, definedAt);
  if (!dockerfileReal || !(await isFile(dockerfileReal))) {
    throw new InputError(`service "${name}": Dockerfile ${dockerfileRel} not found.`, {
      location: definedAt,
      fix: `create ${dockerfileRel}, or set build.dockerfile (relative to the build context ${contextRel}).`,
      buildTime: true,
    });
  }
  return { context: contextRel, dockerfile: dockerfileRel };
}

function additionalContexts(
  name: string,
  value: unknown,
  where: SourceLocation,
  session: Session,
): Record<string, AdditionalContext> {
  const out: Record<string, AdditionalContext> = {};
  for (const [key, raw] of keyValueEntries(value)) {
    const v = scalarString(raw ?? '');
    let ctx: AdditionalContext;
    if (v.startsWith('service:')) ctx = { kind: 'service', service: v.slice('service:'.length) };
    else if (v.startsWith('docker-image://')) ctx = { kind: 'image', ref: v.slice('docker-image://'.length) };
    else if (isRemoteContext(v))
      ctx = { kind: 'remote', ref: v }; // URLs and oci-layout://: not tracked
    else {
      const path = session.repoPath(resolve(v));
      if (path !== undefined) session.inside(resolve(v), where);
      if (path === undefined) {
        throw new InputError(
          `service "${name}": additional context "${key}" (${v}) is outside the repository.`,
          {
            location: where,
            fix: 'keep local build contexts inside the repository, or use docker-image:// or a URL.',
          },
        );
      }
      ctx = { kind: 'local', path };
    }
    setKey(out as Mapping, key, ctx);
  }
  return out;
}

function uniqueStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return value == null ? [] : [scalarString(value)];
  return [...new Set(value.map(scalarString))];
}
