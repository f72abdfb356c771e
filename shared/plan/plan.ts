/**
 * plan-matrix's core: from a commit range (or a file list) to the services it affects, in
 * dependency waves. I/O happens here (git, the file system, the GitHub API); the rules themselves
 * are pure (affected.ts).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../runtime/errors.js';
import {
  changedPaths,
  ensureMergeBase,
  fetchCommits,
  forkPoint,
  isShallow,
  revParse,
  type GitRepo,
} from '../git/git.js';
import type { Deps, Log } from '../runtime/deps.js';
import { resolveRange, type EventContext } from '../github/event.js';
import { loadManifest } from '../manifest/file.js';
import { EMPTY_MANIFEST, type Manifest } from '../manifest/settings.js';
import { normalizeRepoPath } from '../fs/paths.js';
import { findAffected } from './affected.js';
import { isDefinitionFile, materializeDefinitions } from './base-tree.js';
import { buildCatalog, type Catalog } from './catalog.js';
import { plainMessage, settleFailures, type Skipped } from './failures.js';
import { buildMatrices, type PlanMatrices } from './matrix.js';
import type { Annotation, PlannedService, Reason } from './types.js';

export interface PlanRequest {
  repoRoot: string;
  /** Lines of the `compose-files` input; undefined for the default discovery. */
  composeFiles?: string[];
  /** Repository-relative manifest path; undefined to use DEFAULT_MANIFEST when it exists. */
  manifest?: string;
  base?: string;
  head?: string;
  changedFiles?: string[];
  all?: boolean;
  maxJobs: number;
  event?: EventContext;
  github?: { token?: string; apiUrl?: string; repository?: string };
  env?: Record<string, string | undefined>;
}

/** What a plan needs from the outside world (a part of `Deps`): git runs, and the step's log. */
export type PlanDeps = Pick<Deps, 'exec'> & { log: Pick<Log, 'info' | 'warning'> };

/** How the change set was found, for the summary. */
export interface ChangeSource {
  kind: 'all' | 'range' | 'files' | 'api';
  /** A sentence for the summary: what was compared and how. */
  description: string;
  base?: string;
  head?: string;
}

export interface PlanResult extends PlanMatrices {
  reasons: Record<string, Reason[]>;
  count: number;
  anyChanged: boolean;
  source: ChangeSource;
  changed: string[];
  catalog: {
    services: number;
    projects: string[][];
    notices: string[];
    /** Glob-found Compose files left out because they do not load (and the change did not touch them). */
    skipped: Skipped[];
    /** The loader's warnings about the files that loaded. */
    warnings: Annotation[];
  };
  /** Keys a per-service path-prefix filter (paths-filter style) would have rebuilt. */
  pathFilter: string[];
}

export async function plan(req: PlanRequest, deps: PlanDeps): Promise<PlanResult> {
  const { log } = deps;
  const repo: GitRepo = { cwd: req.repoRoot, exec: deps.exec };
  // git runs in child processes: start it first so it works while the catalogue is parsed. The
  // catalogue's errors still come first, so a bad Compose file is reported the same either way.
  const pending = findChanges(req, repo, log);
  pending.catch(() => undefined);
  const manifest = await loadManifest(req.repoRoot, req.manifest);
  const catalog = await buildCatalog({
    repoRoot: req.repoRoot,
    composeFiles: req.composeFiles,
    manifest,
    env: req.env,
  });
  const changes = await pending;
  const skipped = await settleFailures(catalog.failed, changes.paths, req.repoRoot);

  let reasons: Map<string, Reason[]>;
  if (changes.kind === 'all') {
    reasons = new Map(catalog.services.map((s) => [s.key, [{ rule: 0, message: changes.description }]]));
  } else {
    const definitionChanges =
      changes.kind === 'range'
        ? await compareDefinitions(req, repo, catalog, manifest, changes.base!, changes.paths, log)
        : definitionFilesChanged(catalog, manifest, changes.paths);
    reasons = findAffected({
      services: catalog.services,
      changed: changes.paths,
      global: manifest.global,
      definitionChanges,
    });
  }
  const planned = catalog.services.filter((s) => reasons.has(s.key));
  const matrices = buildMatrices(planned, req.maxJobs);
  return {
    ...matrices,
    reasons: Object.fromEntries(
      [...reasons].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, rs]) => [k, capReasons(rs)]),
    ),
    count: planned.length,
    anyChanged: planned.length > 0,
    source: { kind: changes.kind, description: changes.description, base: changes.base, head: changes.head },
    changed: changes.paths,
    catalog: {
      services: catalog.services.length,
      projects: catalog.projects.map((p) => p.files),
      notices: catalog.notices,
      skipped,
      warnings: catalog.warnings,
    },
    pathFilter: pathPrefixFilter(catalog.services, changes.kind === 'all' ? undefined : changes.paths),
  };
}

type Changes = ChangeSource & { paths: string[] };

/** Decides what changed: every service, an explicit file list, a git range, or the PR's file list. */
async function findChanges(req: PlanRequest, repo: GitRepo, log: PlanDeps['log']): Promise<Changes> {
  const all = (description: string): Changes => ({ kind: 'all', description, paths: [] });
  if (req.all) return all('`all: true` was requested: every service is planned.');
  if (req.changedFiles) {
    const paths = [...new Set(req.changedFiles.map(normalizeRepoPath))].sort();
    return {
      kind: 'files',
      description: `The \`changed-files\` input lists ${paths.length} path(s).`,
      paths,
    };
  }
  if (req.base) {
    const head = req.head || 'HEAD';
    // All three git calls start at once, before the catalogue's synchronous work: the diff of the
    // revisions as given is the diff of the commits they resolve to, and it is only redone when a
    // revision had to be fetched first. (A fork made once the heap has grown also costs more.)
    const early = changedPaths(repo, req.base, head, 'direct').catch(() => undefined);
    const [base, headSha] = await requireBaseAndHead(repo, req.base, head);
    const paths = (await early) ?? (await changedPaths(repo, base, headSha, 'direct'));
    return {
      kind: 'range',
      description: `Compared ${label(req.base, base)} with ${label(head, headSha)}.`,
      base,
      head: headSha,
      paths,
    };
  }
  const decision = req.event
    ? resolveRange(req.event)
    : { kind: 'unknown' as const, reason: 'No event and no `base` input.' };
  if (decision.kind === 'all') return all(decision.reason);
  if (decision.kind === 'none') return { kind: 'files', description: decision.reason, paths: [] };
  if (decision.kind === 'unknown') return all(`${decision.reason} Every service is planned.`);
  const headRev = req.head || decision.head;
  if (decision.kind === 'new-branch') {
    const base = await forkPoint(repo, headRev, decision.defaultBranch);
    if (!base)
      return all(
        `A new branch whose fork point from ${decision.defaultBranch} could not be found: every service is planned.`,
      );
    const head = await requireRevision(repo, headRev, 'head');
    const paths = await changedPaths(repo, base, head, 'direct');
    return {
      kind: 'range',
      description: `New branch: compared its fork point from ${decision.defaultBranch} (${short(base)}) with ${short(head)}.`,
      base,
      head,
      paths,
    };
  }
  const shallow = await isShallow(repo);
  // As above, the diff starts beside the checks; not in a shallow clone, where it would be thrown
  // away: it must wait for the fetch (a merge base found in truncated history need not be the real one).
  const early = shallow
    ? undefined
    : changedPaths(repo, decision.base, headRev, decision.mode).catch(() => undefined);
  const present =
    decision.mode === 'merge-base'
      ? (await ensureMergeBase(repo, decision.base, headRev)) !== undefined
      : await fetchCommits(repo, [decision.base, headRev]);
  const fetched = shallow ? ' (fetched from the remote into the shallow clone)' : '';
  if (present) {
    const paths = (await early) ?? (await changedPaths(repo, decision.base, headRev, decision.mode));
    const how = decision.mode === 'merge-base' ? 'from their merge base' : 'tree to tree';
    return {
      kind: 'range',
      description: `${decision.source}: compared ${short(decision.base)} with ${short(headRev)} ${how}${fetched}.`,
      base: decision.base,
      head: headRev,
      paths,
    };
  }
  const [owner, name] = (req.github?.repository ?? '').split('/');
  if (decision.prNumber !== undefined && req.github?.token && owner && name) {
    log.info(
      `Base ${short(decision.base)} cannot be fetched; reading the pull request's files from the API.`,
    );
    // Loaded on demand (a chunk of the bundle): only a shallow clone without its base gets here.
    const { listPullRequestFiles } = await import('../github/pr-files.js');
    const files = await listPullRequestFiles({
      token: req.github.token,
      owner,
      repo: name,
      pullNumber: decision.prNumber,
      baseUrl: req.github.apiUrl,
    });
    if (files.truncated)
      return all(
        `Pull request #${decision.prNumber} changes more files than the API lists: every service is planned.`,
      );
    return {
      kind: 'api',
      description: `Pull request #${decision.prNumber}: ${files.paths.length} changed path(s) read from the GitHub API (the base commit could not be fetched).`,
      paths: files.paths,
    };
  }
  const why = decision.forced ? 'a force push replaced it' : 'it is not in the repository';
  return all(`The base commit ${short(decision.base)} is unknown (${why}): every service is planned.`);
}

/** Resolves base and head concurrently; when both fail, base's error is the one reported. */
async function requireBaseAndHead(repo: GitRepo, base: string, head: string): Promise<[string, string]> {
  const [b, h] = await Promise.allSettled([
    requireRevision(repo, base, 'base'),
    requireRevision(repo, head, 'head'),
  ]);
  if (b.status === 'rejected') throw b.reason;
  if (h.status === 'rejected') throw h.reason;
  return [b.value, h.value];
}

async function requireRevision(repo: GitRepo, rev: string, input: 'base' | 'head'): Promise<string> {
  let sha = await revParse(repo, rev);
  if (!sha && /^[0-9a-f]{40}$/.test(rev) && (await fetchCommits(repo, [rev])))
    sha = await revParse(repo, rev);
  if (!sha) {
    throw new InputError(`revision '${rev}' is not in the repository.`, {
      input,
      fix: 'give a commit sha, branch or tag that exists, and fetch enough history (actions/checkout fetch-depth: 0).',
    });
  }
  return sha;
}

/**
 * Rule 3 with a base revision: load the base's Compose projects and manifest and compare each
 * service's normalised definition. Only done when a definition file changed.
 */
async function compareDefinitions(
  req: PlanRequest,
  repo: GitRepo,
  head: Catalog,
  manifest: Manifest,
  base: string,
  paths: string[],
  log: PlanDeps['log'],
): Promise<Map<string, Reason>> {
  const out = new Map<string, Reason>();
  const relevant = paths.some((p) => isDefinitionFile(p) || head.sources.has(p) || p === manifest.file);
  if (!relevant) return out;
  const dir = await materializeDefinitions(repo, base);
  try {
    let baseCatalog: Catalog;
    try {
      const baseManifest = await loadManifest(dir, manifest.file ? manifest.file : undefined).catch(
        () => EMPTY_MANIFEST,
      );
      baseCatalog = await buildCatalog({
        repoRoot: dir,
        composeFiles: req.composeFiles,
        manifest: baseManifest,
        env: req.env,
        models: false,
        keepGoing: true,
        reuseParses: true,
      });
    } catch (err) {
      log.warning(
        `The base revision's Compose files could not be loaded (${(err as Error).message}); every service counts as changed by rule 3.`,
      );
      for (const s of head.services)
        out.set(s.key, {
          rule: 3,
          message: 'the base revision has no loadable build definition to compare with',
        });
      return out;
    }
    const before = new Map(baseCatalog.services.map((s) => [s.key, s]));
    // A qualified key changes with its Compose file's path; the same name and definition is the
    // same service (a moved or renamed Compose file).
    const byNameAndDef = new Map(baseCatalog.services.map((s) => [`${s.name}\0${s.fingerprint}`, s]));
    // A base file that does not load leaves only its own services without a definition to compare
    // (one that does not exist there is new: its services are compared by name and definition).
    const unloadable = baseCatalog.failed.filter((f) => existsSync(join(dir, f.files[0]!)));
    for (const s of head.services) {
      const old = before.get(s.key) ?? byNameAndDef.get(`${s.name}\0${s.fingerprint}`);
      const broken = unloadable.find((f) => f.files.includes(s.composeFile) || f.files.includes(s.definedIn));
      if (broken && old?.fingerprint !== s.fingerprint)
        out.set(s.key, {
          rule: 3,
          file: s.definedIn,
          line: s.line,
          message: `the base revision's ${broken.files[0]} does not load, so the definition cannot be compared: ${plainMessage(broken.error)}`,
        });
      else if (!old)
        out.set(s.key, {
          rule: 3,
          file: s.definedIn,
          line: s.line,
          message: `new service (not built at ${short(base)})`,
        });
      else if (old.fingerprint !== s.fingerprint) {
        out.set(s.key, {
          rule: 3,
          file: s.definedIn,
          line: s.line,
          message: `build definition changed: ${diffKeys(old.fingerprint, s.fingerprint)}`,
        });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

/** Without a base revision, a changed Compose source or manifest counts against its services. */
function definitionFilesChanged(catalog: Catalog, manifest: Manifest, paths: string[]): Map<string, Reason> {
  const changed = new Set(paths);
  const out = new Map<string, Reason>();
  for (const p of catalog.projects) {
    const hit = p.sources.find((f) => changed.has(f));
    if (!hit) continue;
    for (const s of catalog.services.filter((x) => x.project === p.name && p.files.includes(x.composeFile))) {
      out.set(s.key, {
        rule: 3,
        path: hit,
        message: `${hit} changed and no base revision is available to compare definitions`,
      });
    }
  }
  if (manifest.file && changed.has(manifest.file)) {
    for (const s of catalog.services) {
      if (!out.has(s.key))
        out.set(s.key, {
          rule: 3,
          path: manifest.file,
          message: `manifest ${manifest.file} changed and no base revision is available to compare`,
        });
    }
  }
  return out;
}

/** Names the top-level fields that differ between two fingerprints, for the reason text. */
function diffKeys(a: string, b: string): string {
  const x = JSON.parse(a) as Record<string, Record<string, unknown>>;
  const y = JSON.parse(b) as Record<string, Record<string, unknown>>;
  const diffs: string[] = [];
  for (const section of ['build', 'manifest'] as const) {
    for (const k of new Set([...Object.keys(x[section] ?? {}), ...Object.keys(y[section] ?? {})])) {
      if (JSON.stringify(x[section]?.[k]) !== JSON.stringify(y[section]?.[k]))
        diffs.push(`${section === 'build' ? 'build.' : 'manifest '}${k}`);
    }
  }
  return diffs.join(', ') || 'normalised definition';
}

/** What a per-service path-prefix filter rebuilds: any change under the context (or everything). */
export function pathPrefixFilter(
  services: readonly PlannedService[],
  changed: string[] | undefined,
): string[] {
  if (!changed) return services.map((s) => s.key).sort();
  const sorted = [...changed].sort();
  const under = (dir: string) => {
    if (dir === '.') return sorted.length > 0;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < dir + '/') lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(dir + '/');
  };
  return services
    .filter((s) => under(s.context))
    .map((s) => s.key)
    .sort();
}

/**
 * At most MAX_REASONS per service: job outputs are limited in size, and a few reasons per rule
 * explain a rebuild as well as thousands. The last one counts what was left out.
 */
const MAX_REASONS = 10;
function capReasons(rs: Reason[]): Reason[] {
  if (rs.length <= MAX_REASONS) return rs;
  const rest = rs.slice(MAX_REASONS - 1);
  return [
    ...rs.slice(0, MAX_REASONS - 1),
    { rule: rest[0]!.rule, message: `and ${rest.length} more reason(s)` },
  ];
}

/** `main (1a2b3c4)` for a named revision, `1a2b3c4` for a sha. */
function label(rev: string, sha: string): string {
  return rev === sha || sha.startsWith(rev) ? short(sha) : `${rev} (${short(sha)})`;
}

function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}
