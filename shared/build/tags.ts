/**
 * Image tags and OCI labels from the event that started the workflow. Pure: the caller reads the
 * workflow's context (shared/github/context.ts) into a `GitContext` (see `gitContextOf`).
 *
 * The conventions follow docker/metadata-action's defaults, which most registries' retention rules
 * and deploy tools already expect: `sha-<7>` for every build, the branch name for a push, `pr-<n>`
 * for a pull request, and for a semver git tag `X.Y.Z`, `X.Y`, `X` (not for major 0) and `latest`
 * (not for a prerelease). https://github.com/docker/metadata-action#tags-input
 */
import { InputError } from '../runtime/errors.js';
import { parseReference, slug, TAG_RE } from '../oci/reference.js';
import { githubContext, type GitHubContext } from '../github/context.js';

export interface GitContext {
  /** `GITHUB_EVENT_NAME`. */
  eventName: string;
  /** `GITHUB_REF`: `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/12/merge`. */
  ref: string;
  /** The commit built: a pull request's head commit, else `GITHUB_SHA`. */
  sha: string;
  /** The branch the build belongs to (a pull request's head branch), '' for a tag. */
  branch: string;
  /** Pull request number, when the event has one. */
  prNumber?: number;
  /** `owner/name`. */
  repository: string;
  /** `https://github.com`, or a GitHub Enterprise Server's URL. */
  serverUrl: string;
  defaultBranch: string;
  /** Repository description and SPDX licence from the event payload, when it has them. */
  description?: string;
  license?: string;
}

/** Reads the runner's `GITHUB_*` variables and the event payload into a `GitContext`. */
export function gitContextFromEnv(
  env: NodeJS.ProcessEnv,
  payload: unknown,
  defaultBranch?: string,
): GitContext {
  return gitContextOf(githubContext(env, payload), defaultBranch);
}

/** The build's `GitContext` from the workflow's (shared/github/context.ts). */
export function gitContextOf(ctx: GitHubContext, defaultBranch?: string): GitContext {
  const p = (ctx.payload && typeof ctx.payload === 'object' ? ctx.payload : {}) as Record<string, unknown>;
  const pr = p['pull_request'] as { number?: number; head?: { sha?: string; ref?: string } } | undefined;
  const repo = p['repository'] as
    | { default_branch?: string; description?: string | null; license?: { spdx_id?: string } | null }
    | undefined;
  const ref = ctx.ref;
  const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  const branch = ctx.headRef || pr?.head?.ref || (ref.startsWith('refs/heads/') ? ref.slice(11) : '');
  const license = repo?.license?.spdx_id;
  return {
    eventName: ctx.eventName,
    ref,
    sha: pr?.head?.sha || ctx.sha,
    branch,
    ...((pr?.number ?? prFromRef) !== undefined && { prNumber: Number(pr?.number ?? prFromRef) }),
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    defaultBranch: defaultBranch || repo?.default_branch || 'main',
    ...(repo?.description && { description: repo.description }),
    ...(license && license !== 'NOASSERTION' && { license }),
  };
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/;

/** The version a git tag names (`v1.2.3` → `1.2.3`), or undefined when the ref is no semver tag. */
export function semverOf(
  ref: string,
): { version: string; major: string; minor: string; pre: boolean } | undefined {
  if (!ref.startsWith('refs/tags/')) return undefined;
  const m = SEMVER.exec(ref.slice(10));
  if (!m) return undefined;
  const [, major, minor, patch, pre] = m as unknown as [string, string, string, string, string | undefined];
  return {
    version: `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`,
    major,
    minor: `${major}.${minor}`,
    pre: pre !== undefined,
  };
}

/**
 * Conventional tags (bare, without repository) for the build in `ctx`. A `dev` variant's tags get a
 * `-dev` suffix so that both variants of a service can be pushed to one repository.
 */
export function conventionalTags(ctx: GitContext, variant?: string): string[] {
  const tags: string[] = [];
  if (/^[0-9a-f]{7,}$/.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7)}`);
  const semver = semverOf(ctx.ref);
  if (ctx.prNumber !== undefined && ctx.eventName.startsWith('pull_request')) {
    tags.push(`pr-${ctx.prNumber}`);
  } else if (semver) {
    tags.push(semver.version);
    if (!semver.pre) {
      tags.push(semver.minor);
      if (semver.major !== '0') tags.push(semver.major);
      tags.push('latest');
    }
  } else if (ctx.ref.startsWith('refs/tags/')) {
    tags.push(slug(ctx.ref.slice(10)));
  } else if (ctx.branch) {
    tags.push(slug(ctx.branch));
  }
  const suffix = variant === 'dev' ? '-dev' : '';
  return unique(
    tags.filter(Boolean).map((t) => (suffix ? `${t.slice(0, 128 - suffix.length)}${suffix}` : t)),
  );
}

/**
 * Full references for `image`: bare tags from the input and the conventions are joined to the
 * repository; an input that already names a repository (`ghcr.io/acme/x:1`) is kept as it is. With
 * `platformSuffix` (`linux/arm64`) every tag gets `-linux-arm64` appended, so per-platform jobs
 * cannot overwrite one another's tags.
 *
 * @throws InputError for a tag that is not a valid tag or reference.
 */
export function resolveTags(
  image: string,
  inputTags: readonly string[],
  conventional: readonly string[],
  platformSuffix?: string,
): string[] {
  const suffix = platformSuffix ? `-${slug(platformSuffix.replace(/\//g, '-'))}` : '';
  const out: string[] = [];
  for (const raw of [...inputTags, ...conventional]) {
    let name = image;
    let tag = raw;
    if (raw.includes('/') || raw.includes('@')) {
      const ref = parseReference(raw);
      if (!ref || ref.digest || !ref.tag) {
        throw new InputError(`'${raw}' is not a tag or a repository:tag reference.`, {
          input: 'tags',
          fix: 'give bare tags (v1, latest) or full references without a digest (ghcr.io/acme/api:v1).',
        });
      }
      name = ref.name;
      tag = ref.tag;
    } else if (!image) {
      throw new InputError(`'${raw}' is a bare tag, and there is no image to tag.`, {
        input: 'tags',
        fix: 'set `image`, or give full references (ghcr.io/acme/api:v1).',
      });
    } else if (raw.includes(':')) {
      throw new InputError(`'${raw}' is not a tag.`, {
        input: 'tags',
        fix: 'give bare tags (v1, latest) or full references with a registry path (ghcr.io/acme/api:v1).',
      });
    }
    if (suffix) tag = `${tag.slice(0, 128 - suffix.length)}${suffix}`;
    if (!TAG_RE.test(tag)) {
      throw new InputError(`'${tag}' is not a valid tag.`, {
        input: 'tags',
        fix: 'use up to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`.',
      });
    }
    out.push(`${name}:${tag}`);
  }
  return unique(out);
}

/**
 * OCI annotations as image labels (https://github.com/opencontainers/image-spec/blob/main/annotations.md),
 * filled from the repository and the commit. `created` is the commit time when known, so that two
 * builds of one commit can produce the same image.
 */
export function ociLabels(
  ctx: GitContext,
  opts: { title: string; created?: string; version?: string },
): Record<string, string> {
  const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
  const semver = semverOf(ctx.ref);
  const version =
    opts.version ??
    (semver?.version ||
      (ctx.prNumber !== undefined && ctx.eventName.startsWith('pull_request') ? `pr-${ctx.prNumber}` : '') ||
      (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice(10) : slug(ctx.branch)));
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': opts.title,
    'org.opencontainers.image.source': url,
    'org.opencontainers.image.url': url,
    'org.opencontainers.image.revision': ctx.sha,
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.created': opts.created ?? '',
    'org.opencontainers.image.description': ctx.description ?? '',
    'org.opencontainers.image.licenses': ctx.license ?? '',
  };
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
