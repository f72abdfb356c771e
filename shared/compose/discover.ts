/**
 * Finds the Compose projects of a repository from the `compose-files` input: globs, or explicit
 * `a.yaml:b.yaml` lists (one project with override files, like COMPOSE_FILE). Files that only make
 * sense as part of another project (default override files, included and extended files) are
 * folded into that project instead of being planned on their own.
 */
import { resolve } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { groupByDefaults } from './default-files.js';
import { globFiles, matcher } from './glob-files.js';
import { notAProject, shapeProblem } from './not-a-project.js';
import { references } from './project-references.js';
import { compare, isFile, toRepoPath } from './repo-files.js';
import { YamlCache } from './yaml-cache.js';

// Other folders find what a failed project refers to through discovery.
export { projectReferences, type ProjectReferences } from './project-references.js';

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

/** The files of an explicit `a.yaml:b.yaml` line, checked to exist and to be Compose files. */
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
