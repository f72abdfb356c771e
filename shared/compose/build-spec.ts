/**
 * A service's `build:` section as the planner sees it (BuildSpec): Compose's defaults applied, args
 * resolved against the project's variables, the context and Dockerfile checked to be inside the
 * repository, and every path repository-relative.
 */
import { resolve } from 'node:path';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import {
  buildAsMapping,
  isMapping,
  keyValueEntries,
  setKey,
  type Mapping,
  type ServiceOrigin,
} from './merge.js';
import { isRemoteContext } from './relative-paths.js';
import { isDirectory, isFile } from './repo-files.js';
import { scalarString } from './yaml-values.js';
import type { Session } from './load-session.js';
import type { AdditionalContext, BuildSpec } from './types.js';

/**
 * Compose's defaults for a build, relative to the project that defines the service: the context is
 * the project directory, and args listed without a value take the project's variable when set.
 */
export function applyBuildDefaults(value: Mapping, workingDir: string, env: Record<string, string>): void {
  const build = buildAsMapping(value.build);
  if (!isMapping(build)) return;
  const out: Mapping = { ...build };
  if (out.context == null) out.context = workingDir;
  if (out.args != null) out.args = resolveArgs(out.args, env);
  value.build = out;
}

/** `build.args` as a mapping of strings; a key without a value takes the variable, or is dropped. */
function resolveArgs(args: unknown, env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of keyValueEntries(args)) {
    if (v === null || v === undefined) {
      if (Object.hasOwn(env, k)) setKey(out, k, env[k]);
    } else setKey(out, k, scalarString(v));
  }
  return out;
}

/** The BuildSpec of service `name`'s build mapping (defaults applied); `env` is the project's. */
export async function buildSpec(
  name: string,
  build: Mapping,
  origin: ServiceOrigin,
  env: Record<string, string>,
  session: Session,
): Promise<BuildSpec> {
  const definedAt = origin.build ?? origin.service;
  const contextAt = origin.context ?? definedAt;
  if (build.dockerfile != null && build.dockerfile_inline != null) {
    throw new InputError(`service "${name}" sets both build.dockerfile and build.dockerfile_inline.`, {
      location: definedAt,
      fix: 'keep only one of them.',
    });
  }
  const context = scalarString(build.context);
  const inline = build.dockerfile_inline == null ? undefined : scalarString(build.dockerfile_inline);
  const remote = isRemoteContext(context);
  const dockerfile = inline === undefined ? scalarString(build.dockerfile ?? 'Dockerfile') : undefined;
  const paths = remote
    ? { context, dockerfile }
    : await checkLocalBuild(name, context, dockerfile, contextAt, definedAt, session);
  return {
    context: paths.context,
    ...(remote ? { remote: true as const } : {}),
    ...(paths.dockerfile !== undefined ? { dockerfile: paths.dockerfile } : {}),
    ...(inline !== undefined ? { dockerfileInline: inline } : {}),
    ...(build.target != null ? { target: scalarString(build.target) } : {}),
    args: resolveArgs(build.args, env),
    additionalContexts: additionalContexts(name, build.additional_contexts, contextAt, session),
    platforms: uniqueStrings(build.platforms),
    tags: uniqueStrings(build.tags),
  };
}

/**
 * Checks a local build: the context is a directory inside the repository and the Dockerfile, relative
 * to it (Compose spec, "dockerfile"), a file inside the repository. Returns both repository-relative.
 */
async function checkLocalBuild(
  name: string,
  context: string,
  dockerfile: string | undefined,
  contextAt: SourceLocation,
  definedAt: SourceLocation,
  session: Session,
): Promise<{ context: string; dockerfile?: string }> {
  const contextRel = session.repoPath(context);
  if (contextRel === undefined) {
    throw new InputError(`service "${name}": build context ${context} is outside the repository.`, {
      location: contextAt,
      fix: 'move the build context inside the repository (every path the planner tracks is repository-relative).',
    });
  }
  // A link that leaves the repository is an error here; a missing context stays a build-time one.
  const contextReal = session.inside(context, contextAt);
  if (!contextReal || !(await isDirectory(contextReal))) {
    throw new InputError(
      `service "${name}": build context ${contextRel} does not exist or is not a directory.`,
      {
        location: contextAt,
        fix: 'correct build.context; it is relative to the Compose project directory.',
        buildTime: true,
      },
    );
  }
  if (dockerfile === undefined) return { context: contextRel };
  const dockerfileAbs = resolve(context, dockerfile);
  const dockerfileRel = session.repoPath(dockerfileAbs);
  if (dockerfileRel === undefined) {
    throw new InputError(`service "${name}": Dockerfile ${dockerfileAbs} is outside the repository.`, {
      location: definedAt,
      fix: 'keep the Dockerfile inside the repository.',
    });
  }
  const dockerfileReal = session.inside(dockerfileAbs, definedAt);
  if (!dockerfileReal || !(await isFile(dockerfileReal))) {
    throw new InputError(`service "${name}": Dockerfile ${dockerfileRel} not found.`, {
      location: definedAt,
      fix: `create ${dockerfileRel}, or set build.dockerfile (relative to the build context ${contextRel}).`,
      buildTime: true,
    });
  }
  return { context: contextRel, dockerfile: dockerfileRel };
}

function additionalContexts(
  name: string,
  value: unknown,
  where: SourceLocation,
  session: Session,
): Record<string, AdditionalContext> {
  const out: Record<string, AdditionalContext> = {};
  for (const [key, raw] of keyValueEntries(value)) {
    const v = scalarString(raw ?? '');
    let ctx: AdditionalContext;
    if (v.startsWith('service:')) ctx = { kind: 'service', service: v.slice('service:'.length) };
    else if (v.startsWith('docker-image://')) ctx = { kind: 'image', ref: v.slice('docker-image://'.length) };
    else if (isRemoteContext(v))
      ctx = { kind: 'remote', ref: v }; // URLs and oci-layout://: not tracked
    else {
      const path = session.repoPath(resolve(v));
      if (path !== undefined) session.inside(resolve(v), where);
      if (path === undefined) {
        throw new InputError(
          `service "${name}": additional context "${key}" (${v}) is outside the repository.`,
          {
            location: where,
            fix: 'keep local build contexts inside the repository, or use docker-image:// or a URL.',
          },
        );
      }
      ctx = { kind: 'local', path };
    }
    setKey(out as Mapping, key, ctx);
  }
  return out;
}

function uniqueStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return value == null ? [] : [scalarString(value)];
  return [...new Set(value.map(scalarString))];
}
