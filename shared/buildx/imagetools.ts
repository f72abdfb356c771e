/**
 * `docker buildx imagetools`: read a pushed manifest (size and layers per platform) and join
 * per-platform digests into one manifest list. buildx resolves registry credentials from the docker
 * config (`docker login`) and talks plain HTTP to loopback registries, as the build's push does.
 */
import { createHash } from 'node:crypto';
import type { Descriptor } from '@docker/actions-toolkit/lib/types/oci/descriptor.js';
import { type ExecFn, runWithRetries, type RetryOptions } from './build.js';
import { pinned } from './reference.js';

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
  opts: RetryOptions & { exec?: ExecFn; builder?: string },
): Promise<RawManifest> {
  const args = [
    'buildx',
    'imagetools',
    'inspect',
    ...(opts.builder ? ['--builder', opts.builder] : []),
    '--raw',
    ref,
  ];
  const { result } = await runWithRetries(args, opts);
  // buildx prints the bytes as served, with no newline added: their sha256 is the digest.
  const raw = result.stdout;
  return {
    raw,
    digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    json: JSON.parse(raw) as RawManifest['json'],
  };
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

/**
 * Joins `sources` (each `name@sha256:...`) into one manifest list pushed as every tag in `tags`,
 * and returns the list's digest (read back from the first tag).
 */
export async function mergeManifests(
  sources: readonly string[],
  tags: readonly string[],
  opts: RetryOptions & { exec?: ExecFn; builder?: string },
): Promise<{ digest: string; command: string[]; index: RawManifest; attempts: number }> {
  const command = [
    'buildx',
    'imagetools',
    'create',
    ...(opts.builder ? ['--builder', opts.builder] : []),
    ...tags.flatMap((t) => ['--tag', t]),
    ...sources,
  ];
  const { attempts } = await runWithRetries(command, opts);
  const index = await inspectRaw(tags[0]!, opts);
  return { digest: index.digest, command, index, attempts };
}
