/**
 * An image's size and layer count, per platform for an index, from its manifests; and where the
 * image config can be read (one blob GET per platform), each platform's largest layer with the
 * history line that made it.
 */
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

/** Reads an image config blob of the repository `name`; throws when it cannot. */
export type ConfigReader = (name: string, digest: string) => Promise<unknown>;

interface HistoryEntry {
  created_by?: string;
  empty_layer?: boolean;
}

/**
 * The manifest's largest layer, and its `created_by` from the config's history: the history
 * entries whose `empty_layer` is not true belong, in order, to the manifest's layers (OCI image
 * spec, config `history`). Without a history that matches the layers, only the size. Pure.
 */
export function largestLayer(manifest: RawManifest['json'], config: unknown): LargestLayer | undefined {
  const layers = manifest.layers ?? [];
  let index = -1;
  layers.forEach((l, i) => {
    if (index < 0 || (l.size ?? 0) > (layers[index]!.size ?? 0)) index = i;
  });
  if (index < 0) return undefined;
  const history = (config as { history?: HistoryEntry[] } | null)?.history;
  const made = Array.isArray(history) ? history.filter((h) => h && h.empty_layer !== true) : [];
  const createdBy = made.length === layers.length ? made[index]?.created_by : undefined;
  return { size: layers[index]!.size ?? 0, ...(createdBy && { createdBy }) };
}

/** The platform's largest layer, or undefined when its config cannot be read (never throws). */
async function largestOf(
  name: string,
  manifest: RawManifest['json'],
  readConfig: ConfigReader | undefined,
): Promise<LargestLayer | undefined> {
  const config = manifest.config?.digest;
  if (!readConfig || !config || !manifest.layers?.length) return undefined;
  try {
    return largestLayer(manifest, await readConfig(name, config));
  } catch {
    return largestLayer(manifest, undefined);
  }
}

/**
 * Size and layer count of the image `name@digest`, per platform for a manifest list. `fetch` reads
 * a manifest by reference (tests pass a fake); `readConfig`, when given, reads each platform's
 * config for its largest layer's history line (the largest layer's size is recorded even when the
 * config cannot be read).
 */
export async function imageStats(
  name: string,
  digest: string,
  fetch: (ref: string) => Promise<RawManifest>,
  platformHint = '',
  readConfig?: ConfigReader,
): Promise<ImageStats> {
  const top = await fetch(pinned(name, digest));
  const mediaType = top.json.mediaType ?? '';
  const manifests: { platform: string; digest: string; json: RawManifest['json'] }[] = [];
  if (INDEX_TYPES.includes(mediaType) || Array.isArray(top.json.manifests)) {
    for (const d of (top.json.manifests ?? []).filter((m) => !isAttestation(m))) {
      const child = await fetch(pinned(name, d.digest));
      manifests.push({
        platform: d.platform ? formatPlatform(d.platform) : '',
        digest: d.digest,
        json: child.json,
      });
    }
  } else {
    manifests.push({ platform: platformHint, digest, json: top.json });
  }
  // The configs are independent reads: all at once.
  const largest = await Promise.all(manifests.map((m) => largestOf(name, m.json, readConfig)));
  const platforms: PlatformStats[] = manifests.map((m, i) => ({
    platform: m.platform,
    digest: m.digest,
    ...layerStats(m.json),
    ...(largest[i] && { largestLayer: largest[i] }),
  }));
  const biggest = platforms.reduce<PlatformStats | undefined>(
    (a, b) => (!a || b.size > a.size ? b : a),
    undefined,
  );
  return { mediaType, platforms, size: biggest?.size ?? 0, layers: biggest?.layers ?? 0 };
}
