/**
 * Finds the Compose projects of a repository from the `compose-files` input: globs, or explicit
 * `a.yaml:b.yaml` lists (one project with override files, like COMPOSE_FILE). Files that only make
 * sense as part of another project (default override files, included and extended files) are
 * folded into that project instead of being planned on their own.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../runtime/errors.js';
import { composeShapeProblem, isRemoteContext, parseComposeYaml } from './load.js';
import { isMapping, keyValueEntries, type Mapping } from './merge.js';

export interface Discovery {
  /** Each project's repository-relative files in merge order; sorted by first file. */
  projects: string[][];
  /** The first file of each project named on a line without a glob (an error there fails the plan); sorted. */
  explicit: string[];
  /**
   * Glob-found projects whose YAML cannot be parsed (and, with `keepGoing`, explicit ones that
   * fail): the caller decides whether that fails the plan or skips the file. Sorted.
   */
  failed: FailedProject[];
  /** Files skipped, and why; sorted. */
  notices: string[];
}

/** A project that could not be read, with the error that says where and why. */
export interface FailedProject {
  /** Its files as discovery found them; the first is the one a glob or an input line named. */
  files: string[];
  error: InputError;
  /** The files the loader had read when it failed (interpolated include and extends paths too). */
  reads?: string[];
}

export interface DiscoveryOptions {
  /**
   * Report explicitly named files that are missing or invalid in `failed` instead of throwing, so
   * one bad file never hides the others (the base revision is read file by file).
   */
  keepGoing?: boolean;
}

/** Used when the input is empty: every Compose file name Compose knows, anywhere in the repository. */
export const DEFAULT_PATTERNS = ['**/compose*.y*ml', '**/docker-compose*.y*ml'];

/** `docker compose` without `-f` picks the first of these in a directory... */
const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** ...and adds the first of these next to it. */
const OVERRIDE_NAMES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

const INPUT = 'compose-files';
const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Resolves the `compose-files` input into projects. `patterns` are input lines (each may itself hold
 * several lines): a picomatch glob relative to `repoRoot` (`!glob` excludes), or explicit files
 * joined with `:`. Without patterns, DEFAULT_PATTERNS apply outside `node_modules` and `.git`.
 * Exclusions apply after every including glob, to the files globs find (a default override file
 * they exclude is not folded into its main file either); explicit lines are never excluded.
 * A glob-matched file that is not a Compose project on its own is skipped with a notice, one whose
 * YAML does not parse is returned in `failed`; an explicitly named file must exist and be a
 * Compose file.
 *
 * @throws InputError for an explicit file that is missing or not a Compose file (unless `keepGoing`).
 */
export async function discoverComposeFiles(
  patterns: string[] | undefined,
  repoRoot: string,
  opts: DiscoveryOptions = {},
): Promise<Discovery> {
  const root = resolve(repoRoot);
  const lines = (patterns ?? [])
    .flatMap((p) => p.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const explicitLines = lines.filter((l) => !GLOB_CHARS.test(l));
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  let globs = lines.filter((l) => GLOB_CHARS.test(l) && !l.startsWith('!'));
  // Only `!exclusions` (or nothing): they narrow the defaults.
  if (globs.length === 0 && explicitLines.length === 0) globs = DEFAULT_PATTERNS;

  const reader = new YamlCache(root);
  const notices = new Set<string>();
  const projects: string[][] = [];
  const failed: FailedProject[] = [];
  const claimed = new Set<string>();
  for (const line of explicitLines) {
    let files: string[];
    try {
      files = await explicitProject(line, root, reader);
    } catch (err) {
      if (!opts.keepGoing || !(err instanceof InputError)) throw err;
      const named = line.split(':').map((f) => f.trim());
      failed.push({ files: named.map((f) => toRepoPath(root, resolve(root, f)) ?? f), error: err });
      continue;
    }
    if (projects.some((p) => p.join(':') === files.join(':'))) continue;
    projects.push(files);
    for (const f of files) claimed.add(f);
  }
  const explicitCount = projects.length;

  const excluded = matcher(excludes);
  const matched = (await globFiles(root, globs, excluded)).filter((f) => !claimed.has(f));
  const grouped = await groupByDefaults(matched, root, claimed, excluded, notices);
  for (const files of grouped) {
    let why: string | undefined;
    try {
      why = await notAProject(files, reader);
    } catch (err) {
      // Malformed YAML: never skipped silently, but whether it fails the plan is the caller's call
      // (a file the change touched must load; one broken long before must not block the others).
      if (!(err instanceof InputError)) throw err;
      failed.push({ files, error: err });
      continue;
    }
    if (why) notices.add(why);
    else projects.push(files);
  }

  const { kept, reachedBy } = await dropReferenced(projects, explicitCount, root, reader, notices);
  // A broken file that a kept project includes or extends is reported through that project's load.
  const unreached = failed.filter((f) => {
    const by = reachedBy.get(f.files[0]!);
    if (by) notices.add(`${f.files[0]}: not planned on its own: ${by} includes or extends it.`);
    return !by;
  });
  kept.sort((a, b) => compare(a.join('\0'), b.join('\0')));
  unreached.sort((a, b) => compare(a.files.join('\0'), b.files.join('\0')));
  return {
    projects: kept,
    explicit: projects
      .slice(0, explicitCount)
      .map((p) => p[0]!)
      .sort(compare),
    failed: unreached,
    notices: [...notices].sort(compare),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/* ------------------------------------------------------------------------------------------------ */
/* Explicit entries                                                                                  */
/* ------------------------------------------------------------------------------------------------ */

async function explicitProject(line: string, root: string, reader: YamlCache): Promise<string[]> {
  const files = line.split(':').map((f) => f.trim());
  const out: string[] = [];
  for (const [i, f] of files.entries()) {
    const rel = f ? toRepoPath(root, resolve(root, f)) : undefined;
    if (rel === undefined || rel === '.') {
      throw new InputError(`"${f}" is not a file inside the repository.`, {
        input: INPUT,
        fix: 'name Compose files relative to the repository root, joined with `:` for override files.',
      });
    }
    if (!(await isFile(resolve(root, rel)))) {
      throw new InputError(`Compose file ${rel} does not exist.`, {
        input: INPUT,
        fix: 'correct the path (relative to the repository root) or use a glob.',
      });
    }
    const docs = await reader.parse(rel); // throws InputError with file and line
    const problem = shapeProblem(docs, i === 0);
    if (problem) {
      throw new InputError(`${rel} is not a Compose file: ${problem}.`, {
        input: INPUT,
        location: { file: rel },
        fix: 'name only Compose files, or use a glob to let non-Compose files be skipped.',
      });
    }
    out.push(rel);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* Globs                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

/** True for a repository-relative path that one of the `!` patterns (given without the `!`) matches. */
function matcher(excludes: string[]): (path: string) => boolean {
  const exclude = excludes.map((g) => picomatch(g.replace(/^\.\//, ''), { dot: true }));
  return (path) => exclude.some((m) => m(path));
}

/** Repository-relative files matching any of `globs` and not `excluded`, sorted. */
async function globFiles(
  root: string,
  globs: string[],
  excluded: (path: string) => boolean,
): Promise<string[]> {
  if (globs.length === 0) return [];
  const opts = { dot: true };
  const include = globs.map((g) => picomatch(g.replace(/^\.\//, ''), opts));
  const wantsNodeModules = globs.some((g) => g.includes('node_modules'));
  const bases = [...new Set(globs.map((g) => picomatch.scan(g.replace(/^\.\//, '')).base))];
  const found = new Set<string>();
  for (const base of bases) {
    for (const f of await walk(root, base, wantsNodeModules)) {
      if (include.some((m) => m(f)) && !excluded(f)) found.add(f);
    }
  }
  return [...found].sort(compare);
}

/** Every file under `base` (repository-relative), not following directory symlinks. */
async function walk(root: string, base: string, wantsNodeModules: boolean): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(resolve(root, rel), { withFileTypes: true });
    } catch {
      // an unreadable directory holds no Compose files we can load
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === '.git' || (e.name === 'node_modules' && !wantsNodeModules)) continue;
        await visit(child);
      } else if (e.isFile() || (e.isSymbolicLink() && (await isFile(resolve(root, child))))) {
        out.push(child);
      }
    }
  };
  await visit(base === '.' ? '' : base);
  return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* Grouping as `docker compose` does in a directory                                                  */
/* ------------------------------------------------------------------------------------------------ */

/**
 * Groups matched files into projects: a directory's default override file joins its default main
 * file (as `docker compose` without `-f` does), other files are projects of their own. A default
 * file the `!` patterns exclude takes no part: neither folded in as an override, nor as a base.
 */
async function groupByDefaults(
  files: string[],
  root: string,
  claimed: Set<string>,
  excluded: (path: string) => boolean,
  notices: Set<string>,
): Promise<string[][]> {
  const projects = new Map<string, string[]>();
  const dirDefaults = new Map<string, { main?: string; override?: string }>();
  const defaultsOf = async (dir: string): Promise<{ main?: string; override?: string }> => {
    let d = dirDefaults.get(dir);
    if (!d) {
      const names = new Set(listNames(resolve(root, dir)));
      const join = (n: string | undefined): string | undefined => (n ? posix.join(dir, n) : undefined);
      d = {
        main: join(MAIN_NAMES.find((n) => names.has(n))),
        override: join(OVERRIDE_NAMES.find((n) => names.has(n))),
      };
      dirDefaults.set(dir, d);
    }
    return d;
  };

  for (const file of files) {
    const name = posix.basename(file);
    const { main, override } = await defaultsOf(posix.dirname(file));
    if (OVERRIDE_NAMES.includes(name)) {
      if (file !== override)
        notices.add(`${file}: skipped: docker compose uses ${override} as the override file there.`);
      else if (!main) {
        notices.add(
          `${file}: skipped: an override file with no compose.yaml next to it; name it as base.yaml:${name}.`,
        );
      } else if (claimed.has(main)) {
        notices.add(
          `${file}: skipped: its base file ${main} is listed explicitly; add it there as ${main}:${file}.`,
        );
      } else if (excluded(main)) {
        notices.add(`${file}: skipped: its base file ${main} is excluded by a ! pattern.`);
      } else projects.set(main, [main, file]);
    } else if (file === main) {
      const fold = override && !claimed.has(override) && !excluded(override);
      projects.set(file, fold ? [file, override] : [file]);
    } else {
      if (MAIN_NAMES.includes(name)) {
        notices.add(
          `${file}: planned as a project of its own; docker compose without -f would use ${main} there.`,
        );
      }
      projects.set(file, [file]);
    }
  }
  return [...projects.values()];
}

/* ------------------------------------------------------------------------------------------------ */
/* Is it a Compose project?                                                                          */
/* ------------------------------------------------------------------------------------------------ */

/** Why a parsed file is not a Compose file; the first file of a project needs services or include. */
function shapeProblem(docs: Mapping[], main: boolean): string | undefined {
  if (docs.length === 0) return 'it is empty';
  for (const data of docs) {
    const found = composeShapeProblem(data);
    if (found) return found.problem;
  }
  if (main && !docs.some((d) => d.services != null || d.include != null))
    return 'it has neither `services` nor `include`';
  return undefined;
}

/**
 * A notice when a glob-matched group is not a project on its own: a YAML file that is not a
 * Compose file, or a service that gets neither image, build nor extends from any of the files (an
 * override file meant to go with another one, which `docker compose` would reject alone).
 */
async function notAProject(files: string[], reader: YamlCache): Promise<string | undefined> {
  const services = new Map<string, boolean>();
  for (const [i, file] of files.entries()) {
    // Malformed YAML is an error even for a glob match: a broken Compose file skipped with a notice
    // would silently drop its services from every plan. Only well-formed YAML that is not a
    // Compose file is skipped.
    const docs = await reader.parse(file);
    const problem = shapeProblem(docs, i === 0);
    if (problem) return `${file}: skipped: not a Compose file: ${problem}.`;
    for (const d of docs) {
      if (!isMapping(d.services)) continue;
      for (const [name, svc] of Object.entries(d.services)) {
        const complete = isMapping(svc) && (svc.image != null || svc.build != null || svc.extends != null);
        services.set(name, (services.get(name) ?? false) || complete);
      }
    }
    if (docs.some((d) => d.include != null)) return undefined; // included services may complete them
  }
  const incomplete = [...services].filter(([, ok]) => !ok).map(([n]) => n);
  if (incomplete.length === 0) return undefined;
  return (
    `${files[0]}: skipped: service ${incomplete.map((n) => `"${n}"`).join(', ')} has neither image nor build: it looks like an override file; ` +
    `name it with its base file as base.yaml:${posix.basename(files.at(-1)!)}.`
  );
}

/**
 * Drops the glob-found projects whose main file another kept project pulls in through `include` or
 * `extends.file`: that file is part of the other project. Explicit projects (the first
 * `explicitCount`) are always kept. In a cycle of references the first project in path order stays,
 * so that loading it reports the cycle. `reachedBy` maps each file a kept project reaches to the
 * first such project's main file.
 */
async function dropReferenced(
  projects: string[][],
  explicitCount: number,
  root: string,
  reader: YamlCache,
  notices: Set<string>,
): Promise<{ kept: string[][]; reachedBy: Map<string, string> }> {
  const byMain = new Map(projects.map((files, i) => [files[0]!, i]));
  const reached = await Promise.all(projects.map((files) => references(files, root, reader)));
  const edges = reached.map((refs) => [...refs].map((f) => byMain.get(f)).filter((i) => i !== undefined));
  const incoming = new Set(edges.flat());
  const state = new Map<number, 'kept' | 'dropped'>();
  const keep = (i: number): void => {
    state.set(i, 'kept');
    const queue = [...edges[i]!];
    while (queue.length) {
      const j = queue.shift()!;
      if (state.has(j) || j < explicitCount) continue;
      state.set(j, 'dropped');
      notices.add(`${projects[j]![0]}: not planned on its own: ${projects[i]![0]} includes or extends it.`);
      queue.push(...edges[j]!);
    }
  };
  const order = projects
    .map((_, i) => i)
    .sort((a, b) => compare(projects[a]!.join('\0'), projects[b]!.join('\0')));
  for (const i of order) if (i < explicitCount || !incoming.has(i)) keep(i);
  for (const i of order) if (!state.has(i)) keep(i);
  const reachedBy = new Map<string, string>();
  for (const i of order) {
    if (state.get(i) !== 'kept') continue;
    for (const f of reached[i]!) if (!reachedBy.has(f)) reachedBy.set(f, projects[i]![0]!);
  }
  return { kept: projects.filter((_, i) => state.get(i) === 'kept'), reachedBy };
}

/* ------------------------------------------------------------------------------------------------ */
/* References through include, extends, env files and builds                                         */
/* ------------------------------------------------------------------------------------------------ */

type Reference = 'compose' | 'file' | 'dir';

/**
 * Repository-relative files a project reaches through `include` and `extends.file`, transitively,
 * resolved as the loader resolves them. Unreadable files are ignored here (the loader reports them).
 */
async function references(files: string[], root: string, reader: YamlCache): Promise<Set<string>> {
  const found = new Set<string>();
  await walkReferences(files, root, reader, false, (kind, rel) => {
    if (kind === 'compose' && !files.includes(rel)) found.add(rel);
  });
  return found;
}

/** What a project refers to, read from its YAML as written (without loading it). */
export interface ProjectReferences {
  /**
   * Its files, the files it includes or extends, `.env` and `env_file` files, each build's
   * Dockerfile and the ignore files that may apply to it; repository-relative, sorted.
   */
  files: string[];
  /** Build context directories, the main ones and local named ones; repository-relative, sorted. */
  dirs: string[];
}

/**
 * The files and directories a project refers to, found without loading it: for a project that
 * fails to load, what a change must have touched to have broken it. Paths are resolved as the
 * loader resolves them; a path that needs interpolation (`$`) or leaves the repository is left
 * out, and a file that does not parse contributes itself only.
 */
export async function projectReferences(files: string[], repoRoot: string): Promise<ProjectReferences> {
  const root = resolve(repoRoot);
  const out = { files: new Set<string>(files), dirs: new Set<string>() };
  await walkReferences(files, root, new YamlCache(root), true, (kind, rel) =>
    (kind === 'dir' ? out.dirs : out.files).add(rel),
  );
  return { files: [...out.files].sort(compare), dirs: [...out.dirs].sort(compare) };
}

/**
 * Walks a project's YAML (each file once per project directory) and reports what it refers to:
 * included and extended Compose files, and with `all` also `.env` and `env_file` files, build
 * contexts, Dockerfiles and ignore files. Relative paths resolve against the project directory, or
 * an extended file's own directory, or an include's project directory, as in the loader.
 */
async function walkReferences(
  files: string[],
  root: string,
  reader: YamlCache,
  all: boolean,
  visit: (kind: Reference, rel: string) => void,
): Promise<void> {
  const seen = new Set<string>();
  // Paths are joined as `${dir}/name`: ncc would bundle every file of that name it can find for a
  // path.resolve(dir, '.env') (an asset it cannot tell from a runtime path).
  const report = (kind: Reference, path: string): string | undefined => {
    const abs = resolve(path);
    const rel = toRepoPath(root, abs);
    if (rel === undefined || abs.includes('$')) return undefined;
    visit(kind, rel);
    return rel;
  };
  const scan = async (file: string, dir: string): Promise<void> => {
    const key = `${file}\0${dir}`;
    if (seen.has(key)) return;
    seen.add(key);
    const docs = await reader.parse(file).catch(() => [] as Mapping[]);
    const reach = async (target: string, targetDir: string): Promise<void> => {
      const rel = report('compose', target);
      if (rel !== undefined) await scan(rel, targetDir);
    };
    for (const data of docs) {
      for (const entry of Array.isArray(data.include) ? data.include : []) {
        const paths = typeof entry === 'string' ? [entry] : isMapping(entry) ? [entry.path].flat() : [];
        const abs = paths.filter((p): p is string => typeof p === 'string').map((p) => resolve(dir, p));
        const pd =
          isMapping(entry) && typeof entry.project_directory === 'string'
            ? resolve(dir, entry.project_directory)
            : undefined;
        if (abs.length === 0) continue;
        const includeDir = pd ?? dirname(abs[0]!);
        if (all) {
          const envFiles = isMapping(entry) ? stringList(entry.env_file) : [];
          for (const e of envFiles) report('file', resolve(dir, e));
          if (envFiles.length === 0) report('file', `${includeDir}/.env`);
        }
        for (const p of abs) await reach(p, includeDir);
      }
      for (const svc of isMapping(data.services) ? Object.values(data.services) : []) {
        if (!isMapping(svc)) continue;
        const ext = svc.extends;
        if (isMapping(ext) && typeof ext.file === 'string') {
          const target = resolve(dir, ext.file);
          await reach(target, dirname(target));
        }
        if (!all) continue;
        for (const e of stringList(svc.env_file)) report('file', resolve(dir, e));
        buildReferences(svc.build, dir, report);
      }
    }
  };
  const workingDir = dirname(resolve(root, files[0]!));
  if (all) report('file', `${workingDir}/.env`);
  for (const f of files) await scan(f, workingDir);
}

/** A build's context and named local contexts, its Dockerfile and the ignore files that may apply. */
function buildReferences(
  build: unknown,
  dir: string,
  report: (kind: Reference, abs: string) => unknown,
): void {
  if (build == null) return;
  const spec: Mapping = isMapping(build) ? build : { context: build };
  const context = typeof spec.context === 'string' ? spec.context : '.';
  if (isRemoteContext(context)) return;
  const contextAbs = resolve(dir, context);
  report('dir', contextAbs);
  report('file', `${contextAbs}/.dockerignore`);
  if (spec.dockerfile_inline == null) {
    const dockerfile = resolve(
      contextAbs,
      typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile',
    );
    report('file', dockerfile);
    report('file', `${dockerfile}.dockerignore`);
  }
  for (const [, value] of keyValueEntries(spec.additional_contexts)) {
    if (typeof value !== 'string' || /^(service:|docker-image:\/\/)/.test(value) || isRemoteContext(value))
      continue;
    const abs = resolve(dir, value);
    report('dir', abs);
    report('file', `${abs}/.dockerignore`);
  }
}

/** `env_file` as Compose accepts it: a path, or a list of paths and `{path, required}` entries. */
function stringList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value == null ? [] : [value];
  return items
    .map((v) => (isMapping(v) ? v.path : v))
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

/* ------------------------------------------------------------------------------------------------ */
/* Helpers                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** Parses each file once (without interpolation: discovery only looks at its shape). */
class YamlCache {
  private readonly cache = new Map<string, Promise<Mapping[]>>();
  constructor(private readonly root: string) {}

  parse(rel: string): Promise<Mapping[]> {
    let docs = this.cache.get(rel);
    if (!docs) {
      docs = readText(resolve(this.root, rel)).then((text) => parseComposeYaml(text, rel));
      this.cache.set(rel, docs);
    }
    return docs;
  }
}

function toRepoPath(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

// Synchronous I/O throughout: a one-shot action gains nothing from yielding, and a thousand
// promise round trips through the thread pool cost more than the reads themselves.
async function isFile(p: string): Promise<boolean> {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

async function readText(abs: string): Promise<string> {
  return readFileSync(abs, 'utf8');
}
