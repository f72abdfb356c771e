/**
 * What a Compose project refers to, read from its YAML as written (without loading it): the Compose
 * files it includes or extends and, for a project that fails to load, the env files, build contexts,
 * Dockerfiles and ignore files a change must have touched to have broken it.
 */
import { dirname, resolve } from 'node:path';
import { isMapping, keyValueEntries, type Mapping } from './merge.js';
import { isRemoteContext } from './relative-paths.js';
import { compare, toRepoPath } from './repo-files.js';
import { YamlCache } from './yaml-cache.js';

type Reference = 'compose' | 'file' | 'dir';

/**
 * Repository-relative files a project reaches through `include` and `extends.file`, transitively,
 * resolved as the loader resolves them. Unreadable files are ignored here (the loader reports them).
 */
export async function references(files: string[], root: string, reader: YamlCache): Promise<Set<string>> {
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
