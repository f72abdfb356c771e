/**
 * build-service's merge mode: per-platform digests joined into one manifest list pushed with every
 * tag, and the index's size and layers. All I/O goes through `deps`.
 */
import { manifestReader, mergeManifests } from '../buildx/imagetools.js';
import { imageStats } from '../registry/image-stats.js';
import { displayCommand } from '../runtime/command-line.js';
import { pinned } from '../oci/reference.js';
import type { ServiceDeps, ServiceResult } from './types.js';

export interface MergeRequest {
  service: string;
  variant?: string;
  image: string;
  /** `name@sha256:...` of each per-platform image. */
  sources: string[];
  tags: string[];
  retries: number;
  builder?: string;
}

/**
 * Joins per-platform digests into one manifest list pushed with every tag. The digest is the one
 * buildx pushed (mergeManifests), never read back from a tag another run may have moved.
 */
export async function mergeService(req: MergeRequest, deps: ServiceDeps): Promise<ServiceResult> {
  const started = deps.now();
  const opts = { retries: req.retries, buildx: deps.buildx, builder: req.builder };
  const read = manifestReader({ ...opts, direct: deps.registry, debug: deps.log.debug }, deps);
  // The registry session for reading the index by digest opens while buildx pushes it.
  void read.prepare(req.image);
  const merged = await mergeManifests(req.sources, req.tags, { ...opts, read }, deps);
  const durationMs = deps.now() - started;
  const command = displayCommand('docker', merged.command);
  deps.log.info(
    `Merged ${req.sources.length} image(s) into ${req.image}@${merged.digest} (${
      merged.digestFrom === 'metadata-file'
        ? "the digest buildx's metadata file names"
        : "the digest of the index buildx's dry run printed, pushed and found in the registry by digest"
    }): ${command}`,
  );
  const stats = await imageStats(req.image, merged.digest, (ref) =>
    ref === pinned(req.image, merged.digest) ? Promise.resolve(merged.index) : read(ref),
  );
  return {
    mode: 'merge',
    service: req.service,
    ...(req.variant && { variant: req.variant }),
    image: req.image,
    digest: merged.digest,
    ref: pinned(req.image, merged.digest),
    tags: req.tags,
    platforms: stats.platforms.map((p) => p.platform),
    metadata: {
      'containerimage.digest': merged.digest,
      'image.name': req.tags.join(','),
      'buildx.imagetools.sources': req.sources,
    },
    durationMs,
    cachedSteps: 0,
    cacheableSteps: 0,
    imageSize: stats.size,
    layers: stats.layers,
    perPlatform: stats.platforms,
    steps: [],
    cacheMisses: [],
    cache: [],
    warnings: [],
    command,
    ...(deps.buildx && { buildx: deps.buildx }),
    attempts: merged.attempts,
    retried: [],
  };
}
