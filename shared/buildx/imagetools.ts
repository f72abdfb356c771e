/**
 * What runs `docker buildx imagetools`: `inspect --raw` (a manifest's bytes), `create` (per-platform
 * digests joined into one manifest list), and the manifest reader that asks the registry directly
 * (shared/registry/) and buildx when that fails. buildx resolves registry credentials from the
 * docker config (`docker login`) and talks plain HTTP to loopback registries, as the build's push
 * does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Digest } from '../oci/digest.js';
import type { RawManifest } from '../oci/manifest.js';
import { parseReference, pinned } from '../oci/reference.js';
import { readManifestDirect } from '../registry/read-manifest.js';
import { authorizeAhead, sessionPool, type DirectReadOptions } from '../registry/session.js';
import {
  BuildFailedError,
  removeFile,
  runWithRetries,
  type RetryOptions,
  type RunnerDeps,
} from './runner.js';
import { readMetadata } from './metadata.js';

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
    digest: sha256Digest(raw),
    json: JSON.parse(raw) as RawManifest['json'],
  };
}

/** Reads manifests by reference. */
export interface ManifestReader {
  (ref: string): Promise<RawManifest>;
  /**
   * Opens the registry session for the repository `name` ahead of the first read; settles (never
   * rejects) once it is open or has failed.
   */
  prepare(name: string): Promise<void>;
  /**
   * Reads an image config blob from the registry directly (buildx has no blob read to fall back
   * to): throws when it cannot, and the caller goes without.
   */
  config(name: string, digest: string): Promise<unknown>;
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
  const session = sessionPool(direct);
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
  read.prepare = (name: string) => authorizeAhead(session(name));
  read.config = async (name: string, digest: string) => {
    const s = await session(name);
    return s.client.blobJson(s.repository, digest);
  };
  return read;
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
    const digest = sha256Digest(raw);
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
