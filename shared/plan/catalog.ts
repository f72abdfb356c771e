/**
 * Builds the planner's catalogue of services from the Compose projects and the manifest: unique
 * keys, settings, Dockerfile models over every target that may be built, ignore files, and build
 * dependencies. All file reads happen here; the rules in affected.ts are pure.
 */
import { readFileSync } from 'node:fs';
import { discoverComposeFiles, type FailedProject } from '../compose/discover.js';
import { forgetComposeYaml, loadComposeProject } from '../compose/load.js';
import type { ComposeProject, ComposeService, BuildSpec } from '../compose/types.js';
import { parseDockerignore } from '../dockerfile/dockerignore.js';
import { dockerignoreCandidates } from '../dockerfile/dockerignore.js';
import { analyzeDockerfile, forgetDockerfiles, selectTarget } from '../dockerfile/model.js';
import { targetBase } from '../dockerfile/target-base.js';
import { InputError } from '../runtime/errors.js';
import { type Manifest, settingsFor } from '../manifest/settings.js';
import { platformProblem, PLATFORM_FIX } from '../oci/platforms.js';
import { RepoPathCache, resolveInsideRepo } from '../fs/repo-path.js';
import { assertAcyclic } from './graph.js';
import { imageRepository, qualifiedKey } from './keys.js';
import type { Annotation, PlannedService } from './types.js';

export type { FailedProject } from '../compose/discover.js';

export interface Catalog {
  services: PlannedService[];
  projects: ComposeProject[];
  /** Every file the Compose projects read (Compose files, includes, extends, .env). */
  sources: Set<string>;
  notices: string[];
  /**
   * Projects left out because they do not load: those a glob or the default discovery found (and,
   * with `keepGoing`, explicit ones too), sorted by file. Whether that fails the plan is the
   * caller's decision (shared/plan/failures.ts).
   */
  failed: FailedProject[];
  /** What the loader warned about in the projects that loaded, once each. */
  warnings: Annotation[];
}

export interface CatalogOptions {
  repoRoot: string;
  composeFiles: string[] | undefined;
  manifest: Manifest;
  env?: Record<string, string | undefined>;
  /** False to skip Dockerfile models and dependencies (the base revision only needs fingerprints). */
  models?: boolean;
  /** Leave out explicitly named projects that fail too, instead of throwing (the base revision). */
  keepGoing?: boolean;
  /** Keep the parses of the catalogue built just before (the head's, for the base revision's). */
  reuseParses?: boolean;
}

type Built = ComposeService & { build: BuildSpec; project: ComposeProject };

/**
 * Loads the catalogue. Throws InputError for an explicitly named Compose file that does not load
 * (unless `keepGoing`), and for any invalid manifest entry or Dockerfile; a glob-found Compose file
 * that does not load is returned in `failed`.
 */
export async function buildCatalog(opts: CatalogOptions): Promise<Catalog> {
  const { repoRoot, manifest } = opts;
  // Each plan reads the files as they are now: parses are shared within one catalogue, and with the
  // base revision's catalogue of the same plan (a parse is keyed by the file's text, and most
  // Compose files are the same at both revisions), never across plans.
  if (!opts.reuseParses) {
    forgetComposeYaml();
    forgetDockerfiles();
  }
  // Where each path really is, found once for the loader and the catalogue's own reads.
  const pathCache = new RepoPathCache();
  const discovery = await discoverComposeFiles(opts.composeFiles, repoRoot, { keepGoing: opts.keepGoing });
  const { notices } = discovery;
  const explicit = new Set(discovery.explicit);
  const failed = [...discovery.failed];
  const projects: ComposeProject[] = [];
  for (const files of discovery.projects) {
    const reads: string[] = [];
    try {
      const onRead = (path: string): number => reads.push(path);
      projects.push(await loadComposeProject(files, { repoRoot, env: opts.env, pathCache, onRead }));
    } catch (err) {
      if (!(err instanceof InputError) || (explicit.has(files[0]!) && !opts.keepGoing)) throw err;
      failed.push({ files, error: err, reads });
    }
    // Parsing is synchronous; let child processes started by the caller (git) deliver their output.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // A manifest entry or depends_on may name a service of a file left out: not an error then.
  const partial = failed.length > 0;
  const built: Built[] = projects.flatMap((p) =>
    p.services
      .filter((s): s is ComposeService & { build: BuildSpec } => !!s.build && !s.build.remote)
      .map((s) => ({ ...s, project: p })),
  );
  const keyed = assignKeys(built);
  checkManifestKeys(manifest, new Set(keyed.map(([k]) => k)), partial ? notices : undefined);

  const files = new FileCache(repoRoot, pathCache);
  // A glob-found project whose builds cannot be planned (an unknown platform, a Dockerfile that is
  // missing or does not parse) is left out like one that does not load: the same policy decides
  // whether the change broke it (docs/rules.md). A project named explicitly must plan.
  const unplannable = new Map<string, InputError>();
  const guard = (composeFile: string, check: () => void): void => {
    if (unplannable.has(composeFile)) return;
    try {
      check();
    } catch (err) {
      if (!(err instanceof InputError) || (explicit.has(composeFile) && !opts.keepGoing)) throw err;
      unplannable.set(composeFile, err);
    }
  };
  let services: PlannedService[] = [];
  for (const [key, s] of keyed) {
    const settings = settingsFor(manifest, key);
    if (settings.exclude) continue;
    const platforms = s.build.platforms.length ? s.build.platforms : (settings.platforms ?? []);
    guard(s.composeFile, () => {
      for (const p of platforms) {
        const problem = platformProblem(p);
        if (problem) {
          throw new InputError(`service '${s.name}': ${problem}.`, {
            location: { file: s.definedIn, line: s.line },
            fix: PLATFORM_FIX,
            buildTime: true,
          });
        }
      }
    });
    const svc: PlannedService = {
      key,
      name: s.name,
      project: s.project.name,
      composeFile: s.composeFile,
      definedIn: s.definedIn,
      line: s.line,
      context: s.build.context,
      dockerfile: s.build.dockerfile,
      dockerfileInline: s.build.dockerfileInline,
      target: s.build.target,
      targets: settings.targets ?? {},
      args: s.build.args,
      platforms,
      tags: s.build.tags,
      image: s.image,
      manifestImage: settings.image,
      registry: settings.registry,
      cacheScope: settings['cache-scope'],
      additionalContexts: s.build.additionalContexts,
      reads: [],
      refs: [],
      ignoreCandidates: dockerignoreCandidates(s.build.context, s.build.dockerfile),
      ignorePatterns: [],
      localContexts: {},
      watch: settings.watch ?? [],
      deps: [],
      fingerprint: '',
    };
    svc.fingerprint = fingerprint(svc, settings.depends_on ?? []);
    services.push(svc);
  }
  if (opts.models !== false) {
    // In catalogue order, so the first invalid Dockerfile reported is always the same one.
    for (const svc of services) guard(svc.composeFile, () => modelService(svc, files, manifest));
  }
  let planned = projects;
  if (unplannable.size) {
    for (const [file, error] of unplannable) {
      const project = projects.find((p) => p.files[0] === file)!;
      failed.push({ files: project.files, error, reads: project.sources });
    }
    services = services.filter((svc) => !unplannable.has(svc.composeFile));
    planned = projects.filter((p) => !unplannable.has(p.files[0]!));
  }
  failed.sort((a, b) => (a.files.join('\0') < b.files.join('\0') ? -1 : 1));
  const left = failed.length > 0 ? notices : undefined;
  if (opts.models !== false) linkDependencies(services, keyed, manifest, left);
  return {
    services,
    projects: planned,
    sources: new Set(planned.flatMap((p) => p.sources)),
    notices: [...new Set(notices)],
    failed,
    warnings: loaderWarnings(planned),
  };
}

/**
 * The loader's warnings as annotations, once each, at the file, line and column the loader gives
 * (`{message, location}`); one without a location is about its project's first file.
 */
export function loaderWarnings(projects: readonly ComposeProject[]): Annotation[] {
  const out = new Map<string, Annotation>();
  for (const p of projects) {
    for (const { message, location } of p.warnings ?? []) {
      const a: Annotation = { message, file: location?.file ?? p.files[0] };
      if (location?.line) a.line = location.line;
      if (location?.line && location.column) a.column = location.column;
      out.set(JSON.stringify([a.file, a.line, a.column, a.message]), a);
    }
  }
  return [...out.values()];
}

/**
 * Keys are Compose service names. Where several Compose files define one name with the same build
 * it is one service; with different builds each gets `name@<compose-file-slug>`, never a silent merge.
 */
function assignKeys(built: Built[]): [string, Built][] {
  const byName = new Map<string, Built[]>();
  for (const s of built) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const out: [string, Built][] = [];
  for (const [name, list] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const distinct = new Map<string, Built>();
    for (const s of list) {
      const fp = JSON.stringify(normalBuild(s.build, s.image));
      if (!distinct.has(fp)) distinct.set(fp, s);
    }
    if (distinct.size === 1) out.push([name, list[0]!]);
    else for (const s of distinct.values()) out.push([qualifiedKey(name, s.composeFile), s]);
  }
  return out;
}

/** Every manifest key must be a built service; with files left out, a notice instead (it may be theirs). */
function checkManifestKeys(manifest: Manifest, keys: Set<string>, partial?: string[]): void {
  for (const key of Object.keys(manifest.services)) {
    if (!keys.has(key) && partial) {
      partial.push(
        `manifest service '${key}' is not a built service of the Compose files that load (a skipped file may define it).`,
      );
    } else if (!keys.has(key)) {
      throw new InputError(`manifest service '${key}' is not a built service of any Compose file.`, {
        input: 'manifest',
        location: { file: manifest.file ?? 'manifest', line: manifest.lines[key] },
        fix: `use one of: ${[...keys].sort().join(', ')}.`,
      });
    }
  }
}

function normalBuild(b: BuildSpec, image: string | undefined) {
  const sorted = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [c]) => (a < c ? -1 : 1)));
  return {
    context: b.context,
    dockerfile: b.dockerfile ?? null,
    dockerfileInline: b.dockerfileInline ?? null,
    target: b.target ?? null,
    args: sorted(b.args),
    additionalContexts: sorted(b.additionalContexts),
    platforms: [...b.platforms].sort(),
    tags: [...b.tags].sort(),
    image: image ?? null,
  };
}

/** The resolved build section plus the manifest entry, normalised (rule 3 compares these). */
function fingerprint(s: PlannedService, dependsOn: string[]): string {
  return JSON.stringify({
    build: normalBuild(
      {
        context: s.context,
        dockerfile: s.dockerfile,
        dockerfileInline: s.dockerfileInline,
        target: s.target,
        args: s.args,
        additionalContexts: s.additionalContexts,
        platforms: s.platforms,
        tags: s.tags,
      },
      s.image,
    ),
    manifest: {
      targets: s.targets,
      image: s.manifestImage ?? null,
      registry: s.registry ?? null,
      cacheScope: s.cacheScope ?? null,
      watch: [...s.watch].sort(),
      dependsOn: [...dependsOn].sort(),
    },
  });
}

function modelService(s: PlannedService, files: FileCache, manifest: Manifest): void {
  const text = s.dockerfileInline ?? files.read(s.dockerfile!);
  if (text === undefined) {
    throw new InputError(`service '${s.name}': Dockerfile '${s.dockerfile}' does not exist.`, {
      location: { file: s.definedIn, line: s.line },
      fix: 'create it, or point build.dockerfile at an existing file (relative to the build context).',
    });
  }
  const dfName = s.dockerfile ?? `${s.definedIn} (dockerfile_inline of ${s.name})`;
  const named = new Set(Object.keys(s.additionalContexts));
  const analysis = analyzeDockerfile(text, {
    file: dfName,
    buildArgs: s.args,
    namedContexts: named,
    platforms: s.platforms,
  });
  // Every target the plan may build: Compose's target (or the last stage), and the manifest's dev
  // and prod targets. Targets from the manifest defaults apply only where the stage exists.
  const explicit = manifest.services[s.key]?.targets ?? {};
  const candidates = new Set<string | undefined>([s.target]);
  for (const t of Object.values(s.targets)) if (t) candidates.add(t);
  const seen = new Set<string>();
  // build-service builds an entry without Compose's args and named contexts, and the file at
  // `dockerfile`: only without those is the planned base the one it builds on.
  const asEntry =
    !s.dockerfileInline && !Object.keys(s.args).length && !Object.keys(s.additionalContexts).length;
  if (asEntry) s.bases = {};
  for (const target of candidates) {
    let model;
    try {
      model = selectTarget(analysis, target);
    } catch (err) {
      const fromDefaults =
        target !== s.target && !(Object.values(explicit) as (string | undefined)[]).includes(target);
      if (err instanceof InputError && fromDefaults) continue;
      if (err instanceof InputError && target !== s.target) {
        throw new InputError(`manifest targets of '${s.key}': ${err.message}`, {
          input: 'manifest',
          location: { file: manifest.file ?? 'manifest', line: manifest.lines[s.key] },
        });
      }
      throw err;
    }
    if (s.bases) s.bases[target ?? ''] = targetBase(analysis, { target }) ?? '';
    for (const r of [...model.reads, ...model.refs]) {
      const k = JSON.stringify(r);
      if (seen.has(k)) continue;
      seen.add(k);
      if ('patterns' in r) s.reads.push(r);
      else s.refs.push(r);
    }
  }
  // The first ignore file that exists is the one in force (`<Dockerfile>.dockerignore` first).
  for (const candidate of s.ignoreCandidates) {
    const text = files.read(candidate);
    if (text !== undefined) {
      s.ignoreFile = candidate;
      s.ignorePatterns = parseDockerignore(text);
      break;
    }
  }
  for (const [name, ctx] of Object.entries(s.additionalContexts)) {
    if (ctx.kind !== 'local') continue;
    const ignoreFile = ctx.path === '.' ? '.dockerignore' : `${ctx.path}/.dockerignore`;
    const text = files.read(ignoreFile);
    s.localContexts[name] = {
      path: ctx.path,
      ignoreFile,
      ignorePatterns: text ? parseDockerignore(text) : [],
    };
  }
}

/**
 * Rule 6's edges: FROM / COPY --from / --mount from= naming a `service:` context or another built
 * service's image repository, and the manifest's depends_on.
 */
function linkDependencies(
  services: PlannedService[],
  keyed: [string, Built][],
  manifest: Manifest,
  partial?: string[],
): void {
  const keyOf = new Map<string, string>(); // `${composeFile}\0${name}` → key
  for (const [key, s] of keyed) keyOf.set(`${s.composeFile}\0${s.name}`, key);
  const byImage = new Map<string, string>();
  for (const s of services) {
    for (const img of [
      s.image,
      s.manifestImage && s.registry ? `${s.registry}/${s.manifestImage}` : s.manifestImage,
    ]) {
      if (img) byImage.set(imageRepository(img), s.key);
    }
  }
  const known = new Set(services.map((s) => s.key));
  const graph = new Map<string, string[]>();
  for (const s of services) {
    const deps = new Set<string>();
    for (const ref of s.refs) {
      if (ref.kind === 'named') {
        const ctx = s.additionalContexts[ref.name];
        if (ctx?.kind === 'service') {
          // The service in the same project; else the one service of that name in the repository
          // (a project may name a base image another project builds).
          const k =
            keyOf.get(`${s.composeFile}\0${ctx.service}`) ??
            (known.has(ctx.service) ? ctx.service : undefined);
          if (k && known.has(k)) deps.add(k);
        } else if (ctx?.kind === 'image') {
          const k = byImage.get(imageRepository(ctx.ref));
          if (k) deps.add(k);
        }
      } else {
        const k = byImage.get(imageRepository(ref.name));
        if (k) deps.add(k);
      }
    }
    for (const d of manifest.services[s.key]?.depends_on ?? []) {
      if (!known.has(d) && partial) {
        partial.push(
          `manifest key 'services.${s.key}.depends_on' names '${d}', which is not a built service of the Compose files that load.`,
        );
        continue;
      }
      if (!known.has(d)) {
        throw new InputError(
          `manifest key 'services.${s.key}.depends_on' names '${d}', which is not a built service.`,
          {
            input: 'manifest',
            location: { file: manifest.file ?? 'manifest', line: manifest.lines[s.key] },
            fix: `use one of: ${[...known].sort().join(', ')}.`,
          },
        );
      }
      deps.add(d);
    }
    deps.delete(s.key);
    s.deps = [...deps].sort();
    graph.set(s.key, s.deps);
  }
  assertAcyclic(graph, 'Dockerfile FROM/COPY --from references, service: contexts and manifest depends_on');
}

/**
 * Reads repository files once each; undefined for a missing file. Synchronous: a thousand small
 * reads through promises spend more time in the thread pool round trips than in reading.
 */
class FileCache {
  private readonly cache = new Map<string, string | undefined>();
  constructor(
    private readonly root: string,
    private readonly paths: RepoPathCache,
  ) {}
  read(path: string): string | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    // Read only inside the repository, symbolic links included; undefined when missing (most
    // candidates, ignore files, do not exist: resolveInsideRepo checks before it resolves).
    const abs = resolveInsideRepo(this.root, path, {}, this.paths);
    let text: string | undefined;
    if (abs) {
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        text = undefined; // a directory or unreadable: as good as missing
      }
    }
    this.cache.set(path, text);
    return text;
  }
}
