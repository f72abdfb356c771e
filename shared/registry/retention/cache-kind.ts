/**
 * Tells a BuildKit cache from everything else under a prefix (images, image indexes, signatures,
 * artifacts): only a cache is ever deleted.
 */
import type { Manifest } from '../../oci/manifest.js';
import { CACHE_CONFIG_TYPE, isImageConfigType, isLayerType, MANIFEST_TYPES } from '../../oci/media-types.js';
import { formatPlatform } from '../../oci/platforms.js';

/**
 * What a manifest is to retention. A BuildKit cache comes in one of three shapes:
 * - `manifest`: an image manifest whose config is the cache config (`--cache-to
 *   type=registry,image-manifest=true`, BuildKit ≥ 0.12);
 * - `index`: BuildKit's default registry cache layout, an index whose entries are layer blobs plus
 *   exactly one cache config blob, and nothing else (no manifest: it holds no image);
 * - `index-of-caches`: an index whose every entry is a manifest of the first shape.
 * Anything else is not a cache and is never deleted: an image (its config is an image config), an
 * image index (multi-platform or with attestations: it holds image manifests), an index mixing
 * caches with anything else, an empty index, signatures and other artifacts.
 */
export type CacheKind =
  { cache: true; layout: 'manifest' | 'index' | 'index-of-caches' } | { cache: false; what: string };

const isManifestType = (t: string) => MANIFEST_TYPES.includes(t);

/**
 * Classifies `m` (see CacheKind). `child` fetches an entry of an index by digest; it is asked only
 * for an index whose entries are all manifests, and only until one of them is not a cache.
 */
export async function cacheKind(
  m: Manifest,
  child: (digest: string) => Promise<Manifest>,
): Promise<CacheKind> {
  if (m.config) {
    if (m.config.mediaType === CACHE_CONFIG_TYPE) return { cache: true, layout: 'manifest' };
    return { cache: false, what: describeConfig(m.config.mediaType) };
  }
  const entries = m.manifests;
  if (!Array.isArray(entries)) return { cache: false, what: 'neither an image manifest nor an index' };
  if (entries.length === 0) return { cache: false, what: 'an empty index' };
  const configs = entries.filter((d) => d.mediaType === CACHE_CONFIG_TYPE).length;
  const layers = entries.filter((d) => isLayerType(d.mediaType)).length;
  const manifests = entries.filter((d) => isManifestType(d.mediaType)).length;
  if (configs === 1 && configs + layers === entries.length) return { cache: true, layout: 'index' };
  if (manifests !== entries.length) {
    return {
      cache: false,
      what: manifests
        ? 'an index mixing manifests with other entries'
        : 'an index of blobs that is not a BuildKit cache layout (one cache config and layers)',
    };
  }
  const platforms = [
    ...new Set(
      entries
        .flatMap((d) => (d.platform && d.platform.os !== 'unknown' ? [d.platform] : []))
        .map(formatPlatform),
    ),
  ];
  for (const d of entries) {
    let entry: Manifest;
    try {
      entry = await child(d.digest);
    } catch (err) {
      // Kept: what cannot be read cannot be shown to be a cache.
      const why = err instanceof Error ? err.message : String(err);
      return { cache: false, what: `an index whose entry ${d.digest} could not be read (${why})` };
    }
    if (entry.config?.mediaType !== CACHE_CONFIG_TYPE) {
      return { cache: false, what: `an image index${platforms.length ? ` (${platforms.join(', ')})` : ''}` };
    }
  }
  return { cache: true, layout: 'index-of-caches' };
}

function describeConfig(mediaType: string): string {
  if (isImageConfigType(mediaType)) return 'an image';
  if (/cosign|sigstore/.test(mediaType)) return `a signature or attestation (${mediaType})`;
  return `an artifact (config ${mediaType || 'without a media type'})`;
}
