/**
 * `docker buildx imagetools`: read a pushed manifest (size and layers per platform) and join
 * per-platform digests into one manifest list. buildx resolves registry credentials from the docker
 * config (`docker login`) and talks plain HTTP to loopback registries, as the build's push does.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Descriptor } from '../oci/descriptor.js';
import { RegistryClient } from '../registry/client.js';
import { isLoopbackHost } from '../registry/hosts.js';
import { dockerCredential, type AuthDeps } from '../registry/docker-auth.js';
import { createNodeFetch, proxiedHost } from '../registry/http.js';
import {
  BuildFailedError,
  removeFile,
  runWithRetries,
  type RetryOptions,
  type RunnerDeps,
} from './runner.js';
import { readMetadata } from './metadata.js';
import { parseReference, pinned, splitName } from '../oci/reference.js';

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

export interface RawManifest {
  /** The bytes as the registry served them (their sha256 is the digest). */
  raw: string;
  digest: string;
  json: {
    mediaType?: string;
    manifests?: Descriptor[];
    layers?: Descriptor[];
    config?: Descriptor;
  };
}

export interface PlatformStats {
  platform: string;
  digest: string;
  /** Sum of the compressed layer sizes, in bytes (what a pull downloads). */
  size: number;
  layers: number;
}

export interface ImageStats {
  mediaType: string;
  platforms: PlatformStats[];
  /** Largest platform's size and layer count (the single platform's, for a single manifest). */
  size: number;
  layers: number;
}

/** Fetches the manifest or index `ref` names, as raw bytes. */
export async function inspectRaw(
  ref: string,
  opts: RetryOptions & { builder?: string },
  deps: RunnerDeps,
): Promise<RawManifest> {
  const args = [
    'buildx',
    'imagetools',
    'inspect',
    ...(opts.builder ? ['--builder', opts.builder] : []),
    '--raw',
    ref,
  ];
  const { result } = await runWithRetries(args, opts, deps);
  // buildx prints the bytes as served, with no newline added: their sha256 is the digest.
  const raw = result.stdout;
  return {
    raw,
    digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    json: JSON.parse(raw) as RawManifest['json'],
  };
}

const DIRECT_TIMEOUT_MS = 10_000;

export interface DirectReadOptions {
  /** Plain HTTP (loopback hosts always are). */
  insecure?: boolean;
  retries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  auth?: AuthDeps;
}

/** A registry client for one repository, with the credentials docker would use. */
export interface DirectSession {
  client: RegistryClient;
  repository: string;
}

/**
 * Opens a session for the repository `name` (no tag or digest): docker's credentials for its host
 * (a credential helper is a process to start), and the pull authorisation the registry asks for
 * (a Bearer token is a round trip to its token service) over a kept-alive connection. build-service
 * opens it while buildx builds, so that reading the pushed manifest afterwards is one request.
 * Throws where a direct read cannot work (an identity token, a proxied host).
 */
export async function openDirectSession(name: string, opts: DirectReadOptions = {}): Promise<DirectSession> {
  const { host, repository } = splitName(name);
  const insecure = opts.insecure || isLoopbackHost(host);
  if (!opts.fetch && !isLoopbackHost(host) && proxiedHost(host, opts.auth?.env))
    throw new Error(`${host} is reached through a proxy`);
  const cred = await dockerCredential(host, opts.auth);
  if (cred?.identityToken) throw new Error(`${host} uses an identity token`);
  const client = new RegistryClient({
    host,
    insecure,
    username: cred?.username,
    password: cred?.password,
    retries: opts.retries,
    // A short limit: buildx is the fallback when the registry does not answer.
    fetch: opts.fetch ?? createNodeFetch(DIRECT_TIMEOUT_MS),
    sleep: opts.sleep,
  });
  return { client, repository };
}

/**
 * Fetches the manifest `name@sha256:...` straight from the registry with docker's credentials: the
 * same bytes as `buildx imagetools inspect --raw` without starting buildx (a quarter of a second,
 * a tenth of a warm build). Throws when it cannot (no digest, an identity token, TLS or auth
 * trouble); the caller then asks buildx, which knows every way docker authenticates.
 */
export async function readManifestDirect(
  ref: string,
  opts: DirectReadOptions = {},
  session?: Promise<DirectSession>,
): Promise<RawManifest> {
  const parsed = parseReference(ref);
  if (!parsed?.digest) throw new Error(`${ref} is not pinned by digest`);
  const { client, repository } = await (session ?? openDirectSession(parsed.name, opts));
  const m = await client.manifest(repository, parsed.digest);
  const digest = `sha256:${createHash('sha256').update(m.raw).digest('hex')}`;
  if (digest !== parsed.digest)
    throw new Error(`${ref}: the registry served bytes whose digest is ${digest}`);
  return { raw: m.raw, digest, json: m.manifest as RawManifest['json'] };
}

/** Reads manifests by reference. */
export interface ManifestReader {
  (ref: string): Promise<RawManifest>;
  /**
   * Opens the registry session for the repository `name` ahead of the first read; settles (never
   * rejects) once it is open or has failed.
   */
  prepare(name: string): Promise<void>;
}

/**
 * A manifest reader for imageStats: straight from the registry, falling back to buildx imagetools
 * (which also covers credential helpers' identity tokens and registries only buildkitd can reach).
 * One session per repository, opened by `prepare` or the first read.
 */
export function manifestReader(
  opts: RetryOptions & {
    builder?: string;
    insecure?: boolean;
    direct?: DirectReadOptions;
    debug?: (message: string) => void;
  },
  deps: RunnerDeps,
): ManifestReader {
  // Fewer retries here: buildx retries again after a failure.
  const direct: DirectReadOptions = {
    insecure: opts.insecure,
    retries: Math.min(opts.retries, 2),
    sleep: deps.sleep,
    ...opts.direct,
  };
  const sessions = new Map<string, Promise<DirectSession>>();
  const session = (name: string) => {
    let s = sessions.get(name);
    if (!s) {
      s = openDirectSession(name, direct);
      s.catch(() => undefined); // reported by the read that uses it
      sessions.set(name, s);
    }
    return s;
  };
  const read = async (ref: string) => {
    try {
      const name = parseReference(ref)?.name;
      return await readManifestDirect(ref, direct, name ? session(name) : undefined);
    } catch (err) {
      opts.debug?.(
        `Reading ${ref} from the registry directly failed (${(err as Error).message}); asking buildx.`,
      );
      return inspectRaw(ref, opts, deps);
    }
  };
  // Authorised ahead, the read after the push is one request; a refusal is left to that read.
  read.prepare = (name: string) =>
    session(name).then(
      (s) => s.client.authorize(s.repository).catch(() => undefined),
      () => undefined,
    );
  return read;
}

/** True for the attestation manifests BuildKit adds to an index (platform `unknown/unknown`). */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
  );
}

function platformOf(d: Descriptor): string {
  const p = d.platform;
  return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : '';
}

function layerStats(m: RawManifest['json']): { size: number; layers: number } {
  const layers = m.layers ?? [];
  return { size: layers.reduce((n, l) => n + (l.size ?? 0), 0), layers: layers.length };
}

/**
 * Size and layer count of the image `name@digest`, per platform for a manifest list. `fetch` reads
 * a manifest by reference (tests pass a fake).
 */
export async function imageStats(
  name: string,
  digest: string,
  fetch: (ref: string) => Promise<RawManifest>,
  platformHint = '',
): Promise<ImageStats> {
  const top = await fetch(pinned(name, digest));
  const mediaType = top.json.mediaType ?? '';
  let platforms: PlatformStats[];
  if (INDEX_TYPES.has(mediaType) || Array.isArray(top.json.manifests)) {
    platforms = [];
    for (const d of (top.json.manifests ?? []).filter((m) => !isAttestation(m))) {
      const child = await fetch(pinned(name, d.digest));
      platforms.push({ platform: platformOf(d), digest: d.digest, ...layerStats(child.json) });
    }
  } else {
    platforms = [{ platform: platformHint, digest, ...layerStats(top.json) }];
  }
  const largest = platforms.reduce<PlatformStats | undefined>(
    (a, b) => (!a || b.size > a.size ? b : a),
    undefined,
  );
  return { mediaType, platforms, size: largest?.size ?? 0, layers: largest?.layers ?? 0 };
}

/** Where a merged index's digest came from: never from reading a tag back. */
export type MergeDigestSource = 'metadata-file' | 'dry-run';

export interface MergeResult {
  /** The digest of the index buildx pushed. */
  digest: string;
  /** The command that pushed it. */
  command: string[];
  /** The index, read from the registry by its digest. */
  index: RawManifest;
  attempts: number;
  digestFrom: MergeDigestSource;
}

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** True when buildx refused `--metadata-file` for imagetools create (buildx before it had one). */
function noMetadataFlag(err: unknown): boolean {
  return err instanceof BuildFailedError && /unknown flag: --metadata-file/.test(err.message);
}

/**
 * Joins `sources` (each `name@sha256:...`) into one manifest list pushed as every tag in `tags`,
 * and returns the digest of the list buildx pushed. The digest never comes from reading a tag
 * back: another run may move the tag between the push and the read.
 *
 * - A buildx whose `imagetools create` writes a metadata file (`--metadata-file`, added in 2026,
 *   docker/buildx#3638) names the digest there (`containerimage.digest`).
 * - buildx 0.13 (the one Debian ships) refuses that flag. Its `--dry-run` prints the exact bytes
 *   it would push, followed by one newline (commands/imagetools/create.go): their sha256 is the
 *   digest. The push that follows builds the same bytes from the same pinned sources; its log line
 *   `pushing sha256:… to <tag>` must name that digest, and the registry must hold it.
 *
 * Both commands start together, so an old buildx costs no extra round trip. Either way the index is
 * then read by digest from each repository the tags name (`read`; buildx by default), which proves
 * the registry holds it.
 */
export async function mergeManifests(
  sources: readonly string[],
  tags: readonly string[],
  opts: RetryOptions & {
    builder?: string;
    /** Reads `name@digest` (the registry directly, falling back to buildx). */
    read?: (ref: string) => Promise<RawManifest>;
    /** Where the metadata file is written (default: the system's temporary folder). */
    tmpDir?: string;
  },
  deps: RunnerDeps,
): Promise<MergeResult> {
  const head = ['buildx', 'imagetools', 'create', ...(opts.builder ? ['--builder', opts.builder] : [])];
  const rest = [...tags.flatMap((t) => ['--tag', t]), ...sources];
  const read = opts.read ?? ((ref: string) => inspectRaw(ref, opts, deps));
  const names = [...new Set(tags.map((t) => parseReference(t)?.name ?? t))];
  const dir = mkdtempSync(join(opts.tmpDir ?? tmpdir(), 'bka-merge-'));
  const metadataFile = join(dir, 'metadata.json');
  try {
    const withFile = [...head, '--metadata-file', metadataFile, ...rest];
    const [pushed, shown] = await Promise.allSettled([
      runWithRetries(withFile, { ...opts, before: () => removeFile(metadataFile) }, deps),
      runWithRetries([...head, '--dry-run', ...rest], opts, deps),
    ]);
    if (pushed.status === 'fulfilled') {
      const digest = readMetadata(metadataFile)?.digest;
      if (!digest) {
        throw new Error(
          `docker buildx imagetools create succeeded but its metadata file names no index digest (containerimage.digest).`,
        );
      }
      const index = await readPushed(names, digest, read);
      return {
        digest,
        command: withFile,
        index,
        attempts: pushed.value.attempts,
        digestFrom: 'metadata-file',
      };
    }
    if (!noMetadataFlag(pushed.reason)) throw pushed.reason;
    if (shown.status === 'rejected') throw shown.reason;
    const raw = shown.value.result.stdout.replace(/\n$/, '');
    const digest = sha256(raw);
    const json = JSON.parse(raw) as RawManifest['json'];
    if (!Array.isArray(json.manifests)) {
      throw new Error(`docker buildx imagetools create --dry-run printed no index: ${raw.slice(0, 200)}`);
    }
    const command = [...head, ...rest];
    const { result, attempts } = await runWithRetries(command, opts, deps);
    for (const [, said, tag] of result.stderr.matchAll(/pushing (sha256:[a-f0-9]{64}) to (\S+)/g)) {
      if (said !== digest) {
        throw new Error(
          `docker buildx imagetools create pushed ${said} to ${tag}, not the index its dry run printed (${digest}): the digest cannot be told.`,
        );
      }
    }
    const index = await readPushed(names, digest, read, raw);
    return { digest, command, index, attempts, digestFrom: 'dry-run' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads `name@digest` for each repository the tags name, checks the bytes (their sha256, and the
 * dry run's bytes when given), and returns the first.
 */
async function readPushed(
  names: readonly string[],
  digest: string,
  read: (ref: string) => Promise<RawManifest>,
  expected?: string,
): Promise<RawManifest> {
  let first: RawManifest | undefined;
  for (const name of names) {
    let index: RawManifest;
    try {
      index = await read(pinned(name, digest));
    } catch (err) {
      throw new Error(
        `docker buildx imagetools create succeeded, but the registry does not hold ${pinned(name, digest)}, the index it was to push: ${(err as Error).message}`,
        { cause: err },
      );
    }
    if (index.digest !== digest || (expected !== undefined && index.raw !== expected)) {
      throw new Error(`${pinned(name, digest)}: the registry served other bytes (digest ${index.digest}).`);
    }
    first ??= index;
  }
  return first!;
}
