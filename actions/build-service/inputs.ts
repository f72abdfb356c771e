import * as core from '@actions/core';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheScopes, defaultCacheRef, parseBackends, planCache } from '../../shared/build/cache.js';
import {
  parseKeyValues,
  parseContexts,
  parseMergeSources,
  parseSecrets,
} from '../../shared/build/input-lists.js';
import { isRepository, slug } from '../../shared/oci/reference.js';
import { baseAnnotations } from '../../shared/oci/base-annotations.js';
import { targetBase } from '../../shared/dockerfile/target-base.js';
import type { MergeRequest } from '../../shared/build/merge.js';
import type { BuildServiceRequest } from '../../shared/build/service.js';
import { conventionalTags, gitContextOf, ociLabels, resolveTags } from '../../shared/build/tags.js';
import { InputError } from '../../shared/runtime/errors.js';
import { execTool } from '../../shared/runtime/exec.js';
import { readGitHubContext, runUrl, type GitHubContext } from '../../shared/github/context.js';
import { getBool, getDirectory, getInt, getList, getString } from '../../shared/runtime/inputs.js';
import { PLATFORM_FIX, platformProblem } from '../../shared/oci/platforms.js';
import { parseMatrixEntry, type MatrixEntry } from '../../shared/contracts/matrix-entry.js';
import { resolveInsideRepo } from '../../shared/fs/repo-path.js';

export type Inputs =
  | { mode: 'build'; request: BuildServiceRequest; resultFile: string }
  | { mode: 'merge'; request: MergeRequest; resultFile: string };

const VARIANTS = ['dev', 'prod'] as const;

/**
 * Reads and validates every input before the first side effect. Secrets are read and masked before
 * the other inputs, so no error or log line can show one unmasked. Throws InputError naming the
 * input, the value (never a secret's) and the fix.
 */
export async function getInputs(env: NodeJS.ProcessEnv = process.env): Promise<Inputs> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const root = getDirectory('working-directory', workspace);
  // Secrets first: every value is masked before any other input can fail and log a line.
  const secrets = parseSecrets(
    {
      // Untrimmed: spaces around a value are part of the secret.
      secrets: core.getInput('secrets', { trimWhitespace: false }),
      secretEnvs: getList('secret-envs'),
      secretFiles: getList('secret-files'),
    },
    env,
    root,
    core.setSecret,
  );
  const entry = parseMatrixEntry(getString('entry'), 'entry');
  const service = getString('service') || entry.service || '';
  if (!service) {
    throw new InputError('no service to build.', {
      input: 'service',
      fix: 'set `entry` (a plan-matrix entry) or `service`.',
    });
  }
  const variant = getString('variant');
  if (variant && !(VARIANTS as readonly string[]).includes(variant)) {
    throw new InputError(`'${variant}' is not a variant.`, {
      input: 'variant',
      fix: 'use dev or prod, or leave it empty.',
    });
  }
  const image = getString('image') || entry.image || '';
  if (image && !isRepository(image)) {
    throw new InputError(`'${image}' is not an image repository.`, {
      input: 'image',
      fix: 'give a lower-case repository without tag or digest, e.g. ghcr.io/acme/api.',
    });
  }
  const push = getBool('push', true);
  const mergeLines = getList('merge');
  const merging = mergeLines.length > 0;
  if ((push || merging) && !image) {
    throw new InputError('an image repository is needed to push.', {
      input: 'image',
      fix: 'set `image` (or the entry’s image), or set push to false.',
    });
  }

  const github = readGitHubContext(env);
  const git = gitContextOf(github, getString('default-branch') || undefined);
  const platforms = (getString('platforms') || entry.platforms || '').split(/[\s,]+/).filter(Boolean);
  for (const p of platforms) {
    const problem = platformProblem(p);
    if (problem) throw new InputError(`${problem}.`, { input: 'platforms', fix: PLATFORM_FIX });
  }
  const platformSuffix = getBool('platform-suffix', false);
  if (platformSuffix && platforms.length !== 1) {
    throw new InputError(`platform-suffix needs exactly one platform, not ${platforms.length}.`, {
      input: 'platform-suffix',
      fix: 'build one platform per job (platforms: linux/arm64) or turn platform-suffix off.',
    });
  }
  const pushByDigest = getBool('push-by-digest', false);
  const conventional = getBool('conventional-tags', true) ? conventionalTags(git, variant) : [];
  const retries = getInt('retries', 3, 0, 10);
  const builder = getString('builder') || undefined;
  const resultDir = join(env['RUNNER_TEMP'] || tmpdir(), 'buildkit-actions', 'build-service');
  const resultName = [
    slug(service),
    variant,
    platformSuffix || pushByDigest ? platforms[0]?.replace(/\//g, '-') : '',
    merging ? 'merge' : '',
  ]
    .filter(Boolean)
    .join('-');
  const resultFile = join(resultDir, `${resultName}.json`);

  if (merging) {
    const sources = parseMergeSources(mergeLines, image);
    const tags = resolveTags(image, getList('tags'), conventional);
    if (!tags.length) {
      throw new InputError('a merge needs at least one tag to push the manifest list as.', {
        input: 'tags',
        fix: 'set `tags`, or leave conventional-tags on.',
      });
    }
    return {
      mode: 'merge',
      resultFile,
      request: { service, variant: variant || undefined, image, sources, tags, retries, builder },
    };
  }

  // Both inside the repository, symbolic links included (buildx follows them); read through the
  // real path that was checked.
  const context = getString('context') || entry.context || '.';
  const contextDir = resolveInsideRepo(root, context, 'context');
  if (!contextDir || !statSync(contextDir).isDirectory()) {
    throw new InputError(`the build context '${context}' is not a directory under ${root}.`, {
      input: 'context',
      fix: 'give a path relative to working-directory.',
    });
  }
  const dockerfile = getString('dockerfile') || entry.dockerfile || join(context, 'Dockerfile');
  const dockerfileReal = resolveInsideRepo(root, dockerfile, 'dockerfile');
  if (!dockerfileReal || !statSync(dockerfileReal).isFile()) {
    throw new InputError(`the Dockerfile '${dockerfile}' does not exist under ${root}.`, {
      input: 'dockerfile',
      fix: 'give a path relative to working-directory (default: <context>/Dockerfile).',
    });
  }
  const dockerfilePath = resolve(root, dockerfile);
  const dockerfileText = readFileSync(dockerfileReal, 'utf8');
  const target = resolveTarget(getString('target'), variant, entry, service);

  const buildArgs = parseKeyValues(getList('build-args'), 'build-args');
  const contexts = parseContexts(getList('contexts'), root);
  const extraLabels = parseKeyValues(getList('labels'), 'labels');

  const inputTags = getList('tags');
  let tags = resolveTags(
    image,
    inputTags,
    image ? conventional : [],
    platformSuffix ? platforms[0] : undefined,
  );
  // Per-platform jobs push by digest; unsuffixed tags belong to the merge that joins them. Where
  // the builder cannot push by digest, platform-suffixed tags stand in (see shared/build/service.ts).
  let digestFallbackTags: string[] = [];
  if (pushByDigest && !platformSuffix) {
    tags = [];
    digestFallbackTags = resolveTags(image, inputTags, conventional, platforms.join(',') || 'native');
  }

  const scopes = cacheScopes({
    service,
    stack: entry['cache-scope'] || undefined,
    variant: variant || undefined,
    branch: git.branch,
    defaultBranch: git.defaultBranch,
  });
  // Empty means the default (the runner always sets it); `none` turns caching off.
  const cacheLines = getList('cache');
  const backends = parseBackends(cacheLines.length ? cacheLines : ['registry']);
  const cacheRef = getString('cache-ref') || (image ? defaultCacheRef(image) : '');
  const usable = backends.filter((b) => b !== 'registry' || cacheRef);
  const cache = planCache({
    backends: usable,
    scopes,
    stack: entry['cache-scope'] || undefined,
    cacheRef: cacheRef || undefined,
    localDir: resolve(
      workspace,
      getString('cache-dir') || join(env['RUNNER_TEMP'] || tmpdir(), 'buildx-cache'),
    ),
  });
  if (usable.length < backends.length)
    cache.describe.push('registry cache skipped: no image and no cache-ref');

  const labels = {
    ...ociLabels(git, { title: entry.name || service, created: await commitTime(root, git.sha, env) }),
    ...Object.fromEntries(extraLabels),
  };
  const insecureRegistry = getBool('insecure-registry', false);
  const prov = provenance(github);
  const base = await baseImage(entry, {
    text: dockerfileText,
    dockerfile,
    target,
    buildArgs,
    contexts,
    platforms,
  });
  const metadataFile = join(resultDir, `${resultName}.metadata-${process.pid}.json`);
  return {
    mode: 'build',
    resultFile,
    request: {
      service,
      variant: variant || undefined,
      target,
      base,
      image,
      tags,
      push,
      pushByDigest,
      digestFallbackTags,
      insecureRegistry,
      cache,
      dockerfilePath: relativePath(workspace, dockerfilePath),
      dockerfileText,
      retries,
      cwd: root,
      secretEnv: secrets.env,
      build: {
        builder,
        context,
        dockerfile,
        target,
        platforms,
        buildArgs,
        secrets: secrets.secrets,
        contexts,
        labels,
        annotations: base ? baseAnnotations(base, platforms.length > 1 || prov !== 'false') : [],
        provenance: prov,
        metadataFile,
      },
    },
  };
}

/**
 * The target stage's base image. plan-matrix read the Dockerfile already: the entry's `bases` hold
 * it per target, as built from the entry alone, so it is taken when no input changes what FROM
 * resolves to (another Dockerfile or platforms, build args, named contexts). Otherwise the Dockerfile
 * model's, the parser loaded only then.
 */
async function baseImage(
  entry: Partial<MatrixEntry>,
  b: {
    text: string;
    dockerfile: string;
    target: string | undefined;
    buildArgs: [string, string][];
    contexts: [string, string][];
    platforms: string[];
  },
): Promise<string | undefined> {
  const asPlanned =
    b.dockerfile === (entry.dockerfile || join(entry.context || '.', 'Dockerfile')) &&
    b.platforms.join(',') ===
      (entry.platforms ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(',') &&
    !b.buildArgs.length &&
    !b.contexts.length;
  const planned = asPlanned ? entry.bases?.[b.target ?? ''] : undefined;
  if (planned !== undefined) return planned || undefined;
  const { analyzeDockerfile } = await import('../../shared/dockerfile/model.js');
  try {
    const analysis = analyzeDockerfile(b.text, {
      file: b.dockerfile,
      buildArgs: Object.fromEntries(b.buildArgs),
      namedContexts: new Set(b.contexts.map(([name]) => name)),
      platforms: b.platforms,
    });
    return targetBase(analysis, { target: b.target, contexts: b.contexts });
  } catch (err) {
    // A Dockerfile without FROM: buildx reports it, at its line.
    if (err instanceof InputError) return undefined;
    throw err;
  }
}

/** The Dockerfile stage: the `target` input, else the variant's target, else the entry's. */
function resolveTarget(
  input: string,
  variant: string,
  entry: Partial<MatrixEntry>,
  service: string,
): string | undefined {
  if (input) return input;
  if (variant) {
    const t = entry.targets?.[variant as 'dev' | 'prod'];
    if (t) return t;
    if (variant === 'prod' && entry.target) return entry.target;
    throw new InputError(`service '${service}' has no ${variant} target.`, {
      input: 'variant',
      fix: `set targets.${variant} for it in the plan manifest, or give \`target\`.`,
    });
  }
  return entry.target || undefined;
}

/**
 * `--provenance`: false unless asked. `true`, or attributes without a builder id, get the workflow
 * run's URL as builder id, as build-push-action does (actions-toolkit `Build.getProvenanceInput`).
 */
function provenance(github: GitHubContext): string {
  const raw = getString('provenance');
  if (!raw || /^false$/i.test(raw)) return 'false';
  if (/^true$/i.test(raw)) return `builder-id=${runUrl(github)}`;
  return /(^|,)\s*builder-id=/.test(raw) ? raw : `${raw},builder-id=${runUrl(github)}`;
}

/** The commit's time (RFC 3339) for the `created` label: SOURCE_DATE_EPOCH, else git, else none. */
async function commitTime(root: string, sha: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  if (env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  const r = await execTool('git', ['show', '-s', '--format=%cI', sha], {
    cwd: root,
    allowFailure: true,
  }).catch(() => undefined);
  const t = r?.code === 0 ? r.stdout.trim() : '';
  return t ? new Date(t).toISOString() : undefined;
}

function relativePath(from: string, to: string): string {
  const rel = to.startsWith(from + '/') ? to.slice(from.length + 1) : to;
  return rel.replace(/\\/g, '/');
}
