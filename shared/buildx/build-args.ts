/**
 * `docker buildx build` command lines from a typed request. Pure: an argument array (never a shell
 * string), so values with spaces, quotes or `$` reach buildx as they are.
 *
 * Secrets are never in the arguments: each is `--secret id=<id>,env=<VAR>`, and the value travels
 * in the child's environment (`secretEnv`), which buildx reads and hands to BuildKit as a secret; a
 * secret file is `--secret id=<id>,src=<path>`, which buildx reads.
 * https://docs.docker.com/build/building/secrets/
 */

export type BuildSecret =
  | {
      id: string;
      /** The environment variable that holds the value for the buildx process. */
      env: string;
    }
  | {
      id: string;
      /** A file (absolute real path, checked to be inside the repository) that holds the value. */
      src: string;
    };

/** Where the image goes. */
export type BuildOutput =
  /** Push with tags (buildx pushes them once the build has succeeded). */
  | { kind: 'push-tags'; tags: string[]; insecure?: boolean }
  /** Push by digest only, no tag: per-platform jobs whose digests a merge joins later. */
  | { kind: 'push-digest'; image: string; insecure?: boolean }
  /** No push: the image stays in the builder's store (the docker driver's image store) with `tags`. */
  | { kind: 'local'; tags: string[] };

export interface BuildRequest {
  /** buildx builder name; the current builder when unset. */
  builder?: string;
  /** Context directory and Dockerfile, as paths for the process's working directory. */
  context: string;
  dockerfile: string;
  target?: string;
  platforms: string[];
  buildArgs: [string, string][];
  secrets: BuildSecret[];
  /** Named contexts: `[name, value]`, value as buildx takes it (`docker-image://x@sha256:...`, a path). */
  contexts: [string, string][];
  labels: Record<string, string>;
  /** `--annotation` values as buildx takes them (`manifest:key=value`, `index:key=value`). */
  annotations?: string[];
  cacheFrom: string[];
  cacheTo: string[];
  /** `--provenance` value; omitted when undefined. */
  provenance?: string;
  output: BuildOutput;
  metadataFile: string;
}

/**
 * The flags buildCommand gives with their value as the next argument (readers of a recorded command,
 * shared/sign/provenance.ts, skip the value with the flag). Short forms a user may have typed too.
 */
export const FLAGS_WITH_VALUE: ReadonlySet<string> = new Set([
  '--builder',
  '--metadata-file',
  '--file',
  '-f',
  '--target',
  '--platform',
  '--build-arg',
  '--secret',
  '--build-context',
  '--label',
  '--annotation',
  '--cache-from',
  '--cache-to',
  '--tag',
  '-t',
  '--output',
  '-o',
  '--progress',
]);

/** The full argument list for `docker` (it starts with `buildx build`). */
export function buildCommand(req: BuildRequest): string[] {
  const a: string[] = ['buildx', 'build'];
  if (req.builder) a.push('--builder', req.builder);
  a.push('--progress=rawjson', '--metadata-file', req.metadataFile, '--file', req.dockerfile);
  if (req.target) a.push('--target', req.target);
  if (req.platforms.length) a.push('--platform', req.platforms.join(','));
  for (const [k, v] of req.buildArgs) a.push('--build-arg', `${k}=${v}`);
  for (const s of req.secrets)
    a.push('--secret', 'env' in s ? `id=${s.id},env=${s.env}` : `id=${s.id},${csvField(`src=${s.src}`)}`);
  for (const [name, value] of req.contexts) a.push('--build-context', `${name}=${value}`);
  for (const [k, v] of Object.entries(req.labels)) a.push('--label', `${k}=${v}`);
  for (const an of req.annotations ?? []) a.push('--annotation', an);
  for (const c of req.cacheFrom) a.push('--cache-from', c);
  for (const c of req.cacheTo) a.push('--cache-to', c);
  if (req.provenance !== undefined) a.push(`--provenance=${req.provenance}`);
  a.push(...outputArgs(req.output));
  a.push(req.context);
  return a;
}

/** buildx reads `--secret` as one CSV record: a field with `,` or `"` is quoted. */
function csvField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function outputArgs(o: BuildOutput): string[] {
  const insecure = 'insecure' in o && o.insecure ? ',registry.insecure=true' : '';
  switch (o.kind) {
    case 'push-tags':
      return [...o.tags.flatMap((t) => ['--tag', t]), '--output', `type=image,push=true${insecure}`];
    case 'push-digest':
      return [
        '--output',
        `type=image,name=${o.image},push-by-digest=true,name-canonical=true,push=true${insecure}`,
      ];
    case 'local':
      return [...o.tags.flatMap((t) => ['--tag', t]), '--output', 'type=image,push=false'];
  }
}
