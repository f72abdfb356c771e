/**
 * build-service's build mode: one planned service built and pushed (with retries), the local cache
 * rotated, the pushed image's size and layers read, and a result with every metric the action
 * reports. All I/O goes through `deps`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildCommand, type BuildOutput, type BuildRequest } from '../buildx/build-args.js';
import { manifestReader } from '../buildx/imagetools.js';
import { imageStats } from '../registry/image-stats.js';
import { readMetadata } from '../buildx/metadata.js';
import { BuildFailedError, removeFile, runWithRetries } from '../buildx/runner.js';
import { builderDriver } from '../builder/inspect.js';
import { startUsageSampler, type UsageSampler } from '../builder/usage.js';
import { stepMetrics } from '../buildx/steps.js';
import { displayCommand } from '../runtime/command-line.js';
import { parseReference, pinned } from '../oci/reference.js';
import type { Log } from '../runtime/deps.js';
import { InputError } from '../runtime/errors.js';
import { clearStagedCaches, rotateLocalCaches, type CachePlan } from './cache.js';
import type { ServiceDeps, ServiceResult } from './types.js';

export interface BuildServiceRequest {
  service: string;
  variant?: string;
  target?: string;
  /** The target stage's base image (shared/dockerfile/target-base.ts), for the result. */
  base?: string;
  /** Repository pushed to (no tag); may be empty when `push` is false. */
  image: string;
  /** Full references to push (already suffixed for a per-platform job). */
  tags: string[];
  push: boolean;
  /** Push by digest only, without tags (per-platform jobs). */
  pushByDigest: boolean;
  /**
   * Platform-suffixed tags to push instead when the builder cannot push by digest (buildx's
   * `docker` driver: "push-by-digest is currently not implemented for docker driver").
   */
  digestFallbackTags: string[];
  /** Talk plain HTTP to the registry (`registry.insecure=true`). */
  insecureRegistry: boolean;
  cache: CachePlan;
  /** Repository-relative Dockerfile path, for annotations. */
  dockerfilePath: string;
  dockerfileText?: string;
  retries: number;
  /** Working directory of the build (the repository root). */
  cwd: string;
  /** Environment for buildx: the secrets' values. */
  secretEnv: Record<string, string>;
  build: Omit<BuildRequest, 'output' | 'cacheFrom' | 'cacheTo'>;
}

function outputOf(req: BuildServiceRequest): BuildOutput {
  if (!req.push) return { kind: 'local', tags: req.tags };
  // Per-platform jobs have no tags unless they asked for platform-suffixed ones (see inputs).
  if (req.tags.length) return { kind: 'push-tags', tags: req.tags, insecure: req.insecureRegistry };
  return { kind: 'push-digest', image: req.image, insecure: req.insecureRegistry };
}

/**
 * A push by digest on a builder that cannot do it becomes a push of platform-suffixed tags: the
 * digest, which is all a merge needs, is the same either way. Checked before the build starts.
 */
async function resolveOutput(
  req: BuildServiceRequest,
  deps: ServiceDeps,
): Promise<{ output: BuildOutput; tags: string[] }> {
  const output = outputOf(req);
  if (output.kind !== 'push-digest') return { output, tags: req.tags };
  const driver = await builderDriver(req.build.builder, deps.exec, deps.buildx);
  if (driver !== 'docker') return { output, tags: req.tags };
  if (!req.digestFallbackTags.length) {
    throw new InputError(
      'the builder uses the docker driver, which cannot push by digest, and there is no tag to push instead.',
      {
        input: 'push-by-digest',
        fix: 'use a builder with another driver (setup-builder: remote or docker-container), or give tags / keep conventional-tags on.',
      },
    );
  }
  deps.log.info(
    `The builder uses the docker driver, which cannot push by digest: pushing the platform-suffixed tag(s) ${req.digestFallbackTags.join(', ')} instead. The digest output is the same.`,
  );
  return {
    output: { kind: 'push-tags', tags: req.digestFallbackTags, insecure: req.insecureRegistry },
    tags: req.digestFallbackTags,
  };
}

/**
 * Why the requested target is not in the Dockerfile, naming the stages there are; undefined when it
 * is. Asked only once BuildKit has reported a missing target stage: BuildKit checks the target
 * before it solves anything (nothing is built or pushed), and parsing the Dockerfile up front would
 * delay every build's start by the Dockerfile parser's load and first run (about 30 ms).
 */
async function targetProblem(req: BuildServiceRequest): Promise<InputError | undefined> {
  if (!req.build.target || req.dockerfileText === undefined) return undefined;
  const { modelDockerfile } = await import('../dockerfile/model.js');
  try {
    modelDockerfile(req.dockerfileText, { file: req.dockerfilePath, target: req.build.target });
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/**
 * Builds the service. Outputs exist only when everything succeeded; a failed build throws
 * (`BuildFailedError`) after annotating the Dockerfile line it points at.
 */
export async function buildService(req: BuildServiceRequest, deps: ServiceDeps): Promise<ServiceResult> {
  const { output, tags } = await resolveOutput(req, deps);
  const full: BuildRequest = {
    ...req.build,
    cacheFrom: req.cache.from,
    cacheTo: req.cache.to,
    output,
  };
  const args = buildCommand(full);
  const command = displayCommand('docker', args);
  deps.log.info(`Building ${req.service}${req.variant ? ` (${req.variant})` : ''}: ${command}`);
  mkdirSync(dirname(full.metadataFile), { recursive: true });
  clearStagedCaches(req.cache);

  const image = req.image || (tags[0] ? (parseReference(tags[0])?.name ?? '') : '');
  const readManifest = req.push
    ? manifestReader(
        {
          retries: req.retries,
          buildx: deps.buildx,
          builder: req.build.builder,
          insecure: req.insecureRegistry,
          direct: deps.registry,
          debug: deps.log.debug,
        },
        deps,
      )
    : undefined;

  const started = deps.now();
  let run;
  let usage: UsageSampler | undefined;
  try {
    const running = runWithRetries(
      args,
      {
        retries: req.retries,
        buildx: deps.buildx,
        dockerfileText: req.dockerfileText,
        execOptions: { cwd: req.cwd, env: req.secretEnv },
        before: () => removeFile(full.metadataFile),
        live: deps.log.info,
      },
      deps,
    );
    // buildx has started (the spawn is synchronous): the registry session for reading the pushed
    // manifest opens while it builds, and a docker-container builder's use is sampled meanwhile
    // (finding its container takes a `buildx inspect`, which must not delay the build).
    if (readManifest && image) void readManifest.prepare(image);
    usage = startUsageSampler(req.build.builder, deps, { ...(deps.buildx && { buildx: deps.buildx }) });
    run = await running;
  } catch (err) {
    void usage?.stop();
    if (err instanceof BuildFailedError && err.failure.reason === 'target') {
      const problem = await targetProblem(req);
      if (problem) throw problem;
    }
    if (err instanceof BuildFailedError && err.failure.kind === 'permanent' && err.line !== undefined) {
      deps.log.error(err.failure.message.replace(/^failed to solve: /, ''), {
        file: req.dockerfilePath,
        line: err.line,
      });
    }
    throw err;
  }
  const durationMs = deps.now() - started;
  const builder = usage ? await usage.stop() : {};

  rotateLocalCaches(req.cache);

  const metadata = readMetadata(full.metadataFile);
  const metrics = stepMetrics(run.progress.list());
  const warnings = collectWarnings(run.progress.text, run.progress.warnings);
  const digest = metadata?.digest ?? '';
  if (req.push && !digest) {
    throw new Error(
      `docker buildx build succeeded but its metadata file names no image digest (${full.metadataFile}).`,
    );
  }
  const result: ServiceResult = {
    mode: 'build',
    service: req.service,
    ...(req.variant && { variant: req.variant }),
    ...(req.build.target && { target: req.build.target }),
    ...(req.base && { base: req.base }),
    image,
    digest,
    ref: digest && image ? pinned(image, digest) : '',
    tags,
    platforms: req.build.platforms,
    metadata: metadata?.raw ?? {},
    durationMs,
    ...(metrics.cacheHitRatio !== undefined && { cacheHitRatio: metrics.cacheHitRatio }),
    cachedSteps: metrics.cached,
    cacheableSteps: metrics.cacheable,
    perPlatform: [],
    steps: metrics.steps,
    cacheMisses: metrics.cacheImportErrors,
    cache: req.cache.describe,
    warnings,
    command,
    ...(deps.buildx && { buildx: deps.buildx }),
    attempts: run.attempts,
    retried: run.retried.map((f) => `${f.reason}: ${f.message}`),
    ...(Object.keys(builder).length && { builder }),
  };

  if (req.push && digest) {
    const stats = await imageStats(
      image,
      digest,
      readManifest!,
      req.build.platforms.length === 1 ? req.build.platforms[0] : '',
      readManifest!.config,
    );
    result.imageSize = stats.size;
    result.layers = stats.layers;
    result.perPlatform = stats.platforms;
  }

  reportCacheMisses(result, req.cache, deps.log);
  for (const w of warnings) deps.log.warning(w);
  return result;
}

/**
 * BuildKit only warns when a cache cannot be imported. Each miss is listed in the summary; the
 * step warns when no registry or gha cache source could be read at all (a cold cache).
 */
function reportCacheMisses(result: ServiceResult, cache: CachePlan, log: Log): void {
  const readable = cache.from.filter((f) => !f.startsWith('type=local'));
  if (!result.cacheMisses.length) return;
  for (const m of result.cacheMisses) log.info(`Cache not imported from ${m.ref}: ${m.error}`);
  if (readable.length > 0 && result.cacheMisses.length >= readable.length) {
    log.warning(
      `No cache could be imported (${result.cacheMisses.map((m) => m.ref).join(', ')}): ${result.cacheMisses[0]!.error}. The build ran without a cache; the next build reads the cache this one wrote.`,
    );
  }
}

/** buildx's `WARNING:` lines and BuildKit's warnings (build checks, deprecated syntax). */
function collectWarnings(text: readonly string[], warnings: readonly { message: string }[]): string[] {
  const out = text.filter((l) => /^WARNING:/.test(l)).map((l) => l.replace(/^WARNING:\s*/, ''));
  for (const w of warnings) out.push(w.message);
  return [...new Set(out)];
}
