/**
 * The media types the suite tells apart: manifests and indexes (OCI image-spec, Docker's
 * distribution schema 2), layer blobs, image configs and BuildKit's cache config.
 */

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** Every manifest and index type: what a registry is asked for, and what an index entry may be. */
export const MANIFEST_TYPES: readonly string[] = Object.values(MEDIA_TYPES);

/** The index (manifest list) types. */
export const INDEX_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];

/**
 * The config media type of BuildKit's cache (moby/buildkit cache/remotecache/v1/spec.go
 * `CacheConfigMediaTypeV0`): the one thing that tells a registry cache from an image.
 */
export const CACHE_CONFIG_TYPE = 'application/vnd.buildkit.cacheconfig.v0';

/** Layer blobs, OCI and Docker (gzip, zstd, uncompressed), as BuildKit's cache index lists them. */
const LAYER_RE =
  /^application\/vnd\.(oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.(foreign\.)?diff\.tar)/;

export function isLayerType(mediaType: string): boolean {
  return LAYER_RE.test(mediaType);
}

/** An image config, OCI (`…image.config.v1+json`) or Docker (`…container.image.v1+json`). */
export function isImageConfigType(mediaType: string): boolean {
  return /image\.config|container\.image\.v1/.test(mediaType);
}
