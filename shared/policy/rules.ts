/**
 * The policy's rules: pure functions over one platform's image. Each returns its findings (none when
 * the image passes), each finding saying what is wrong and how to fix it. No finding ever carries a
 * value read from ENV, labels or history: a secret is named by its key.
 */
import { code } from '../format/markdown.js';
import { formatBytes } from '../format/bytes.js';
import { parseReference, splitName } from '../oci/reference.js';
import type { ResolvedPolicy, RuleName } from './config.js';
import { baseOf, type PlatformImage } from './image.js';
import { findSecrets } from './secrets.js';

export interface Finding {
  /** What is wrong (Markdown). */
  message: string;
  /** How to fix it (Markdown). */
  fix: string;
}

/** What a rule sees besides the image: its parameters and the base image given by the caller. */
export interface RuleInput<R extends RuleName> {
  params: ResolvedPolicy[R];
  /** The base image the build resolved (the build result's FROM), when known. */
  base?: string;
}

type Rule<R extends RuleName> = (image: PlatformImage, input: RuleInput<R>) => Finding[];

const nonRoot: Rule<'non-root'> = (image) => {
  const user = image.config.config?.User?.trim() ?? '';
  const name = user.split(':')[0]!;
  if (name && name !== '0' && name !== 'root') return [];
  return [
    {
      message: user ? `runs as root (${code(`USER ${user}`)})` : 'runs as root (no USER is set)',
      fix: 'add `USER <uid>` (e.g. `USER 10001`, or a user the image creates) after the last step that needs root.',
    },
  ];
};

const maxLayers: Rule<'max-layers'> = (image, { params }) =>
  image.layers.length <= params.max
    ? []
    : [
        {
          message: `${image.layers.length} layers, more than ${params.max}`,
          fix: 'join consecutive `RUN` steps with `&&`, or build in a stage and `COPY --from` its result in one layer.',
        },
      ];

const maxSize: Rule<'max-size'> = (image, { params }) => {
  const size = image.layers.reduce((a, b) => a + b, 0);
  return size <= params.max
    ? []
    : [
        {
          message: `${formatBytes(size)} compressed, over the budget of ${formatBytes(params.max)}`,
          fix: 'use a smaller base (slim, distroless), build in a stage and copy only what runs, and remove caches in the step that makes them.',
        },
      ];
};

/** `busybox` and `docker.io/busybox` are `docker.io/library/busybox`, as docker reads them. */
export function normalizeName(name: string): string {
  const { host, repository } = splitName(name);
  return `${host}/${host === 'docker.io' && !repository.includes('/') ? 'library/' : ''}${repository}`;
}

/** A glob to a regular expression: `*` within a path component, `**` across them. */
function globRe(pattern: string): RegExp {
  const body = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${body}$`);
}

/**
 * True when `base` matches an allowlist entry. An entry is a repository (`busybox`,
 * `ghcr.io/acme/base`), with `*`/`**` globs, and optionally a tag or digest the base must have.
 */
export function allowed(base: string, allow: readonly string[]): boolean {
  const ref = parseReference(base);
  const name = normalizeName(ref?.name ?? base.split('@')[0]!.replace(/:[^/:]*$/, ''));
  return allow.some((e) => {
    const at = e.indexOf('@');
    const colon = e.lastIndexOf(':');
    const hasTag = at < 0 && colon > e.lastIndexOf('/');
    const entryName = at >= 0 ? e.slice(0, at) : hasTag ? e.slice(0, colon) : e;
    if (!globRe(normalizeName(entryName)).test(name)) return false;
    if (at >= 0) return ref?.digest === e.slice(at + 1);
    if (hasTag) return globRe(e.slice(colon + 1)).test(ref?.tag ?? '');
    return true;
  });
}

const baseAllowlist: Rule<'base-allowlist'> = (image, { params, base }) => {
  const b = baseOf(image, base);
  const list = params.allow.map(code).join(', ') || '(empty)';
  if (!b)
    return [
      {
        message: 'the base image is unknown',
        fix: "pass the build result's resolved FROM, or build with `--annotation 'manifest:org.opencontainers.image.base.name=<base>'`.",
      },
    ];
  if (allowed(b, params.allow)) return [];
  return [
    {
      message: `base ${code(b)} is not in the allowlist (${list})`,
      fix: 'build `FROM` an allowed base, or add this one to `policy.base-allowlist.allow` in the manifest.',
    },
  ];
};

const requiredLabels: Rule<'required-labels'> = (image, { params }) => {
  const labels = image.config.config?.Labels ?? {};
  const missing = params.labels.filter((l) => !labels[l]);
  if (!missing.length) return [];
  return [
    {
      message: `missing ${missing.length === 1 ? 'label' : 'labels'} ${missing.map(code).join(', ')}`,
      fix: 'build with build-service (it sets the OCI labels), or add them with `LABEL` or `--label`.',
    },
  ];
};

const healthcheck: Rule<'healthcheck'> = (image) => {
  const test = image.config.config?.Healthcheck?.Test ?? [];
  if (test.length && test[0] !== 'NONE') return [];
  return [
    {
      message: test[0] === 'NONE' ? 'the HEALTHCHECK is turned off (`HEALTHCHECK NONE`)' : 'no HEALTHCHECK',
      fix: 'add `HEALTHCHECK CMD <command>` that exits 0 when the service is healthy (e.g. `wget -q --spider http://localhost:8080/health`).',
    },
  ];
};

const noSecrets: Rule<'no-secrets'> = (image, { params }) =>
  findSecrets(image.config, params.ignore).map((hit) => ({
    message:
      hit.why === 'key'
        ? `${hit.where} ${code(hit.key)} looks like a secret (its value is not shown)`
        : `${hit.where} ${code(hit.key)} holds a secret-looking value (a private key or token; not shown)`,
    fix:
      'pass it at run time, or to the build as a secret (`RUN --mount=type=secret`), never by `ENV`, `ARG` or `LABEL`; rotate it: the pushed image keeps it in its config and history.' +
      (hit.why === 'key'
        ? ` If it is not a secret, add ${code(hit.key)} to \`policy.no-secrets.ignore\`.`
        : ''),
  }));

/** Every rule by name. */
export const RULES: { [R in RuleName]: Rule<R> } = {
  'non-root': nonRoot,
  'max-layers': maxLayers,
  'max-size': maxSize,
  'base-allowlist': baseAllowlist,
  'required-labels': requiredLabels,
  healthcheck,
  'no-secrets': noSecrets,
};
