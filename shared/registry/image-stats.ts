/** An image's size and layer count, per platform for an index, from its manifests. */
import { isAttestation } from '../oci/descriptor.js';
import type { RawManifest } from '../oci/manifest.js';
import { INDEX_TYPES } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platforms.js';
import { pinned } from '../oci/reference.js';

export interface PlatformStats {
  platform: string;
  digest: string;
  /** Sum of the compressed layer sizes, in bytes (what a pull downloads). */
  size: number;
  layers: number;
  /** The largest layer, and the history line that made it, when the image's config could be read. */
  largestLayer?: LargestLayer;
}

export interface LargestLayer {
  /** Compressed size, bytes. */
  size: number;
  /** The config's `history[].created_by` of the layer (a Dockerfile instruction, as BuildKit records it). */
  createdBy?: string;
}

export interface ImageStats {
  mediaType: string;
  platforms: PlatformStats[];
  /** Largest platform's size and layer count (the single platform's, for a single manifest). */
  size: number;
  layers: number;
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
  if (INDEX_TYPES.includes(mediaType) || Array.isArray(top.json.manifests)) {
    platforms = [];
    for (const d of (top.json.manifests ?? []).filter((m) => !isAttestation(m))) {
      const child = await fetch(pinned(name, d.digest));
      platforms.push({
        platform: d.platform ? formatPlatform(d.platform) : '',
        digest: d.digest,
        ...layerStats(child.json),
      });
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
