/**
 * The SLSA v1 provenance predicate (https://slsa.dev/provenance/v1) sign-image attests with
 * `cosign attest --type slsaprovenance1`: cosign wraps it in the in-toto Statement itself (subject:
 * the image's name and digest), so this is the predicate only. Made from the build result
 * build-service wrote and the workflow run's GitHub context; the build type is documented in
 * docs/supply-chain.md. Pure.
 */
import type { BuildResult } from '../contracts/build-result.js';
import type { GitHubContext } from '../github/context.js';
import { runUrl } from '../github/context.js';
import { looksSecret } from '../policy/secrets.js';
import { FLAGS_WITH_VALUE } from '../buildx/build-args.js';
import { splitCommand } from '../runtime/command-line.js';

/** What the predicate's fields mean: the section of docs/supply-chain.md that describes them. */
export const BUILD_TYPE =
  'https://github.com/buildkit-actions/buildkit-actions/blob/v1/docs/supply-chain.md#build-type-v1';

/** An SLSA v1 ResourceDescriptor (the fields this predicate uses). */
export interface ResourceDescriptor {
  uri: string;
  digest: Record<string, string>;
  name?: string;
  annotations?: Record<string, string>;
}

export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string };
  };
}

/** The workflow whose job ran the build: a called reusable workflow, from the OIDC token's claims. */
export interface JobWorkflow {
  /** `owner/repo/.github/workflows/file.yml@ref` (`job_workflow_ref`). */
  ref: string;
  sha?: string;
}

export interface ProvenanceSource {
  github: GitHubContext;
  /** The reusable workflow that ran the job, when known (keyless signing reads it from the token). */
  jobWorkflow?: JobWorkflow;
  /** The build result the image came from; absent for an image given by reference only. */
  build?: BuildResult;
}

/** Why a predicate cannot be made (outside a workflow run); undefined when it can. */
export function provenanceGap(github: GitHubContext): string | undefined {
  const missing = [
    ['GITHUB_REPOSITORY', github.repository],
    ['GITHUB_WORKFLOW_REF', github.workflowRef],
    ['GITHUB_RUN_ID', github.runId],
  ].filter(([, v]) => !v);
  return missing.length ? `not in a workflow run (${missing.map(([k]) => k).join(', ')} unset)` : undefined;
}

/** `owner/repo/PATH@REF` → its parts. */
function splitWorkflowRef(ref: string): { repository: string; path: string; ref: string } {
  const at = ref.indexOf('@');
  const file = at < 0 ? ref : ref.slice(0, at);
  const parts = file.split('/');
  return {
    repository: parts.slice(0, 2).join('/'),
    path: parts.slice(2).join('/'),
    ref: at < 0 ? '' : ref.slice(at + 1),
  };
}

/**
 * The predicate for one image.
 *
 * @throws Error when the context is not a workflow run's (see provenanceGap)
 */
export function provenancePredicate(src: ProvenanceSource): SlsaProvenance {
  const gh = src.github;
  const gap = provenanceGap(gh);
  if (gap) throw new Error(`no provenance can be made: ${gap}`);
  const wf = splitWorkflowRef(gh.workflowRef);
  const externalParameters: Record<string, unknown> = {
    workflow: { repository: `${gh.serverUrl}/${wf.repository}`, path: wf.path, ref: wf.ref },
  };
  if (src.build) externalParameters['build'] = buildInputs(src.build, gh.workspace);

  const resolvedDependencies: ResourceDescriptor[] = [];
  if (gh.sha && gh.ref)
    resolvedDependencies.push({
      uri: `git+${gh.serverUrl}/${gh.repository}@${gh.ref}`,
      digest: { gitCommit: gh.sha },
    });
  if (src.build) resolvedDependencies.push(...baseImages(src.build));

  const internal: Record<string, unknown> = {
    github: {
      event_name: gh.eventName,
      workflow_sha: gh.workflowSha,
      ...(src.jobWorkflow?.sha && { job_workflow_sha: src.jobWorkflow.sha }),
    },
  };
  if (src.build?.metadata['buildx.build.ref'])
    internal['buildx'] = { ref: src.build.metadata['buildx.build.ref'], attempts: src.build.attempts };

  const builderRef = src.jobWorkflow?.ref || gh.workflowRef;
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters,
      internalParameters: internal,
      resolvedDependencies,
    },
    runDetails: {
      builder: { id: `${gh.serverUrl}/${builderRef}` },
      // No startedOn/finishedOn: the build result (version 1) has no start time to give.
      metadata: { invocationId: runUrl(gh) },
    },
  };
}

/** A path as the workspace sees it (build-service writes absolute ones). */
function relative(path: string, workspace: string): string {
  if (workspace && (path === workspace || path.startsWith(workspace.replace(/\/$/, '') + '/')))
    return path.slice(workspace.replace(/\/$/, '').length + 1) || '.';
  return path;
}

/**
 * The service's build inputs, read back from the result's command: context, Dockerfile, target,
 * platforms, build args and named contexts. A build arg whose name or value looks secret is listed
 * by name only (`redactedBuildArgs`); build secrets (`--secret`) are never in the command.
 */
export function buildInputs(build: BuildResult, workspace = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {
    service: build.service,
    ...(build.variant && { variant: build.variant }),
    mode: build.mode,
    image: build.image,
    tags: build.tags,
    platforms: build.platforms,
    ...(build.target && { target: build.target }),
  };
  if (build.mode !== 'build') return out;
  const args = splitCommand(build.command);
  const i = args.indexOf('build');
  if (i < 0) return out;
  const buildArgs: Record<string, string> = {};
  const redacted: string[] = [];
  const contexts: Record<string, string> = {};
  const rest = args.slice(i + 1);
  const positional: string[] = [];
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k]!;
    if (!a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = eq > 0 ? a.slice(eq + 1) : FLAGS_WITH_VALUE.has(a) ? (rest[++k] ?? '') : '';
    if (flag === '--file' || flag === '-f') out['dockerfile'] = relative(value, workspace);
    else if (flag === '--build-arg') {
      const e = value.indexOf('=');
      const name = e < 0 ? value : value.slice(0, e);
      const v = e < 0 ? '' : value.slice(e + 1);
      if (looksSecret(name, v)) redacted.push(name);
      else buildArgs[name] = v;
    } else if (flag === '--build-context') {
      const e = value.indexOf('=');
      contexts[value.slice(0, e)] = relative(value.slice(e + 1), workspace);
    }
  }
  if (positional.length) out['context'] = relative(positional[positional.length - 1]!, workspace);
  out['buildArgs'] = buildArgs;
  if (redacted.length) out['redactedBuildArgs'] = redacted;
  if (Object.keys(contexts).length) out['buildContexts'] = contexts;
  return out;
}

const FROM_DIGEST = /\bFROM\s+(?:--platform=\S+\s+)?(\S+?)@sha256:([a-f0-9]{64})\b/;
const IMAGE_CONTEXT = /^docker-image:\/\/(\S+?)@sha256:([a-f0-9]{64})$/;

/** `pkg:docker/NAME@TAG[?platform=…]`, the purl BuildKit's own provenance names images with. */
function purl(nameTag: string, platform?: string): string {
  const slash = nameTag.lastIndexOf('/');
  const colon = nameTag.lastIndexOf(':');
  const [name, tag] =
    colon > slash ? [nameTag.slice(0, colon), nameTag.slice(colon + 1)] : [nameTag, 'latest'];
  return `pkg:docker/${name}@${tag}${platform ? `?platform=${encodeURIComponent(platform)}` : ''}`;
}

/**
 * The base images the build pulled, by digest: each FROM step BuildKit named with its resolved
 * digest (`[stage 1/4] FROM busybox:1.35@sha256:…`), and named contexts given as
 * `docker-image://…@sha256:…`. One entry per image and platform.
 */
export function baseImages(build: BuildResult): ResourceDescriptor[] {
  const seen = new Map<string, ResourceDescriptor>();
  for (const s of build.steps) {
    if (s.kind !== 'from') continue;
    const m = FROM_DIGEST.exec(s.name);
    if (!m) continue;
    const d: ResourceDescriptor = { uri: purl(m[1]!, s.platform), digest: { sha256: m[2]! } };
    if (s.stage) d.annotations = { stage: s.stage };
    const key = `${d.uri} ${m[2]}`;
    if (!seen.has(key)) seen.set(key, d);
  }
  const ctx = buildInputs(build)['buildContexts'] as Record<string, string> | undefined;
  for (const [name, value] of Object.entries(ctx ?? {})) {
    const m = IMAGE_CONTEXT.exec(value);
    if (!m) continue;
    const d: ResourceDescriptor = { uri: purl(m[1]!), digest: { sha256: m[2]! }, name };
    const key = `${d.uri} ${m[2]}`;
    if (!seen.has(key)) seen.set(key, d);
  }
  return [...seen.values()];
}

/**
 * The claims of the workflow's OIDC token that name the job's workflow (`job_workflow_ref`, the
 * reusable workflow when one is called). The token is the runner's own, read, not verified.
 */
export function jobWorkflowOf(token: string): JobWorkflow | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const ref = claims['job_workflow_ref'];
    if (typeof ref !== 'string' || !ref) return undefined;
    const sha = claims['job_workflow_sha'];
    return { ref, ...(typeof sha === 'string' && sha && { sha }) };
  } catch {
    return undefined;
  }
}

/**
 * The predicate's text, refused when it holds any of `secrets` (raw or base64): a build arg or a
 * context value the secret filter let through must not be published in an attestation.
 *
 * @throws Error naming where the secret would have gone, never the secret
 */
export function predicateText(p: SlsaProvenance, secrets: readonly string[]): string {
  const text = JSON.stringify(p, null, 2) + '\n';
  for (const s of secrets) {
    if (s.length < 4) continue;
    if (
      text.includes(s) ||
      text.includes(JSON.stringify(s).slice(1, -1)) ||
      text.includes(Buffer.from(s).toString('base64'))
    )
      throw new Error(
        'the provenance would contain a secret given to this step (its value is not shown); check the build args of the build result. Fix: pass secrets to the build with `secrets`, not build args.',
      );
  }
  return text;
}
