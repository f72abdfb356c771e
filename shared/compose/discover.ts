/**
 * Finds the Compose projects of a repository from the `compose-files` input: globs, or explicit
 * `a.yaml:b.yaml` lists (one project with override files, like COMPOSE_FILE). Files that only make
 * sense as part of another project (default override files, included and extended files) are
 * folded into that project instead of being planned on their own.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { composeShapeProblem, parseComposeYaml } from './load.js';
import { isMapping, type Mapping } from './merge.js';

export interface Discovery {
  /** Each project's repository-relative files in merge order; sorted by first file. */
  projects: string[][];
  /** Files skipped, and why; sorted. */
  notices: string[];
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
 * A glob-matched file that is not a Compose project on its own is skipped with a notice; an
 * explicitly named file must exist and be a Compose file.
 *
 * @throws InputError for an explicit file that is missing or not a Compose file.
 */
export async function discoverComposeFiles(
  patterns: string[] | undefined,
  repoRoot: string,
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
  const claimed = new Set<string>();
  for (const line of explicitLines) {
    const files = await explicitProject(line, root, reader);
    if (projects.some((p) => p.join(':') === files.join(':'))) continue;
    projects.push(files);
    for (const f of files) claimed.add(f);
  }
  const explicitCount = projects.length;

  const matched = (await globFiles(root, globs, excludes)).filter((f) => !claimed.has(f));
  const grouped = await groupByDefaults(matched, root, claimed, notices);
  for (const files of grouped) {
    const why = await notAProject(files, reader);
    if (why) notices.add(why);
    else projects.push(files);
  }

  const kept = await dropReferenced(projects, explicitCount, root, reader, notices);
  kept.sort((a, b) => compare(a.join('\0'), b.join('\0')));
  return { projects: kept, notices: [...notices].sort(compare) };
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

/** Repository-relative files matching any of `globs` and none of `excludes`, sorted. */
async function globFiles(root: string, globs: string[], excludes: string[]): Promise<string[]> {
  if (globs.length === 0) return [];
  const opts = { dot: true };
  const include = globs.map((g) => picomatch(g.replace(/^\.\//, ''), opts));
  const exclude = excludes.map((g) => picomatch(g.replace(/^\.\//, ''), opts));
  const wantsNodeModules = globs.some((g) => g.includes('node_modules'));
  const bases = [...new Set(globs.map((g) => picomatch.scan(g.replace(/^\.\//, '')).base))];
  const found = new Set<string>();
  for (const base of bases) {
    for (const f of await walk(root, base, wantsNodeModules)) {
      if (include.some((m) => m(f)) && !exclude.some((m) => m(f))) found.add(f);
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
 * file (as `docker compose` without `-f` does), other files are projects of their own.
 */
async function groupByDefaults(
  files: string[],
  root: string,
  claimed: Set<string>,
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
      } else projects.set(main, [main, file]);
    } else if (file === main) {
      projects.set(file, override && !claimed.has(override) ? [file, override] : [file]);
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
 * so that loading it reports the cycle.
 */
async function dropReferenced(
  projects: string[][],
  explicitCount: number,
  root: string,
  reader: YamlCache,
  notices: Set<string>,
): Promise<string[][]> {
  const byMain = new Map(projects.map((files, i) => [files[0]!, i]));
  const edges = await Promise.all(
    projects.map(async (files) =>
      [...(await references(files, root, reader))].map((f) => byMain.get(f)).filter((i) => i !== undefined),
    ),
  );
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
  return projects.filter((_, i) => state.get(i) === 'kept');
}

/* ------------------------------------------------------------------------------------------------ */
/* References through include and extends                                                            */
/* ------------------------------------------------------------------------------------------------ */

/**
 * Repository-relative files a project reaches through `include` and `extends.file`, transitively,
 * resolved as the loader resolves them. Unreadable files are ignored here (the loader reports them).
 */
async function references(files: string[], root: string, reader: YamlCache): Promise<Set<string>> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const scan = async (file: string, dir: string): Promise<void> => {
    const key = `${file}\0${dir}`;
    if (seen.has(key)) return;
    seen.add(key);
    const docs = await reader.parse(file).catch(() => [] as Mapping[]);
    const reach = async (target: string, targetDir: (abs: string) => string): Promise<void> => {
      const rel = toRepoPath(root, target);
      if (rel === undefined || target.includes('$')) return;
      if (!files.includes(rel)) found.add(rel);
      await scan(rel, targetDir(target));
    };
    for (const data of docs) {
      for (const entry of Array.isArray(data.include) ? data.include : []) {
        const paths = typeof entry === 'string' ? [entry] : isMapping(entry) ? [entry.path].flat() : [];
        const abs = paths.filter((p): p is string => typeof p === 'string').map((p) => resolve(dir, p));
        const pd =
          isMapping(entry) && typeof entry.project_directory === 'string'
            ? resolve(dir, entry.project_directory)
            : undefined;
        for (const p of abs) await reach(p, () => pd ?? dirname(abs[0]!));
      }
      for (const svc of isMapping(data.services) ? Object.values(data.services) : []) {
        const ext = isMapping(svc) ? svc.extends : undefined;
        if (isMapping(ext) && typeof ext.file === 'string')
          await reach(resolve(dir, ext.file), (abs) => dirname(abs));
      }
    }
  };
  const workingDir = dirname(resolve(root, files[0]!));
  for (const f of files) await scan(f, workingDir);
  return found;
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
