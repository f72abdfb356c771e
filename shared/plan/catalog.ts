/**
 * Builds the planner's catalogue of services from the Compose projects and the manifest: unique
 * keys, settings, Dockerfile models over every target that may be built, ignore files, and build
 * dependencies. All file reads happen here; the rules in affected.ts are pure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverComposeFiles } from '../compose/discover.js';
import { forgetComposeYaml, loadComposeProject } from '../compose/load.js';
import type { ComposeProject, ComposeService, BuildSpec } from '../compose/types.js';
import { parseDockerignore } from '../dockerignore.js';
import { dockerignoreCandidates } from '../dockerignore.js';
import { analyzeDockerfile, forgetDockerfiles, selectTarget } from '../dockerfile/model.js';
import { InputError } from '../errors.js';
import { type Manifest, settingsFor } from '../manifest/settings.js';
import { platformProblem, PLATFORM_FIX } from '../platforms.js';
import { assertAcyclic } from './graph.js';
import { imageRepository, qualifiedKey } from './keys.js';
import type { PlannedService } from './types.js';

export interface Catalog {
  services: PlannedService[];
  projects: ComposeProject[];
  /** Every file the Compose projects read (Compose files, includes, extends, .env). */
  sources: Set<string>;
  notices: string[];
}

export interface CatalogOptions {
  repoRoot: string;
  composeFiles: string[] | undefined;
  manifest: Manifest;
  env?: Record<string, string | undefined>;
  /** False to skip Dockerfile models and dependencies (the base revision only needs fingerprints). */
  models?: boolean;
}

type Built = ComposeService & { build: BuildSpec; project: ComposeProject };

/** Loads the catalogue. Throws InputError for any invalid Compose file, manifest entry or Dockerfile. */
export async function buildCatalog(opts: CatalogOptions): Promise<Catalog> {
  const { repoRoot, manifest } = opts;
  // Parses are shared within one catalogue, never across: each plan reads the files as they are now.
  forgetComposeYaml();
  forgetDockerfiles();
  const { projects: fileSets, notices } = await discoverComposeFiles(opts.composeFiles, repoRoot);
  const projects: ComposeProject[] = [];
  for (const files of fileSets) {
    projects.push(await loadComposeProject(files, { repoRoot, env: opts.env }));
    // Parsing is synchronous; let child processes started by the caller (git) deliver their output.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const built: Built[] = projects.flatMap((p) =>
    p.services
      .filter((s): s is ComposeService & { build: BuildSpec } => !!s.build && !s.build.remote)
      .map((s) => ({ ...s, project: p })),
  );
  const keyed = assignKeys(built);
  checkManifestKeys(manifest, new Set(keyed.map(([k]) => k)));

  const files = new FileCache(repoRoot);
  const services: PlannedService[] = [];
  for (const [key, s] of keyed) {
    const settings = settingsFor(manifest, key);
    if (settings.exclude) continue;
    const platforms = s.build.platforms.length ? s.build.platforms : (settings.platforms ?? []);
    for (const p of platforms) {
      const problem = platformProblem(p);
      if (problem) {
        throw new InputError(`service '${s.name}': ${problem}.`, {
          location: { file: s.definedIn, line: s.line },
          fix: PLATFORM_FIX,
        });
      }
    }
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
    for (const svc of services) modelService(svc, files, manifest);
  }
  if (opts.models !== false) linkDependencies(services, keyed, manifest);
  return { services, projects, sources: new Set(projects.flatMap((p) => p.sources)), notices };
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

function checkManifestKeys(manifest: Manifest, keys: Set<string>): void {
  for (const key of Object.keys(manifest.services)) {
    if (!keys.has(key)) {
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
function linkDependencies(services: PlannedService[], keyed: [string, Built][], manifest: Manifest): void {
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
  constructor(private readonly root: string) {}
  read(path: string): string | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    const abs = join(this.root, path);
    let text: string | undefined;
    // Most candidates (ignore files) do not exist; checking is cheaper than a thrown ENOENT.
    if (existsSync(abs)) {
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
