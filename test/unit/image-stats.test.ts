import { describe, expect, it } from '@jest/globals';
import type { RawManifest } from '../../shared/oci/manifest.js';
import { imageStats, largestLayer } from '../../shared/registry/image-stats.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const manifest = (sizes: number[], config = 'sha256:c'): RawManifest['json'] => ({
  mediaType: OCI_MANIFEST,
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 1 },
  layers: sizes.map((size, i) => ({
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    digest: `sha256:${i}`,
    size,
  })),
});
// As BuildKit writes it: the base image's lines, then one per instruction; ENV/WORKDIR-only steps
// are empty layers.
const config = {
  history: [
    { created_by: 'ADD rootfs.tar / # buildkit', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'ENV NODE_ENV=production', empty_layer: true },
    { created_by: 'WORKDIR /app', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'RUN /bin/sh -c npm ci --omit=dev # buildkit', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'CMD ["node","server.js"]', empty_layer: true },
    { created_by: 'COPY . . # buildkit', comment: 'buildkit.dockerfile.v0', empty_layer: false },
  ],
};

describe('largestLayer', () => {
  it("maps the history's non-empty entries to the layers in order", () => {
    expect(largestLayer(manifest([3_000_000, 100, 40_000_000, 5_000]), config)).toEqual({
      size: 40_000_000,
      createdBy: 'RUN /bin/sh -c npm ci --omit=dev # buildkit',
    });
    expect(largestLayer(manifest([9, 1, 2, 3]), config)).toEqual({
      size: 9,
      createdBy: 'ADD rootfs.tar / # buildkit',
    });
  });

  it('gives only the size when the history does not match the layers or is missing', () => {
    expect(largestLayer(manifest([1, 50, 2]), config)).toEqual({ size: 50 });
    expect(largestLayer(manifest([1, 50]), {})).toEqual({ size: 50 });
    expect(largestLayer(manifest([1, 50]), null)).toEqual({ size: 50 });
    expect(largestLayer(manifest([]), config)).toBeUndefined();
  });
});

describe('imageStats with a config reader', () => {
  it("records each platform's largest layer, one config read per platform", async () => {
    const manifests: Record<string, RawManifest['json']> = {
      'r/a@sha256:i': {
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: OCI_MANIFEST,
            digest: 'sha256:amd',
            size: 1,
            platform: { os: 'linux', architecture: 'amd64' },
          },
          {
            mediaType: OCI_MANIFEST,
            digest: 'sha256:arm',
            size: 1,
            platform: { os: 'linux', architecture: 'arm64' },
          },
        ],
      },
      'r/a@sha256:amd': manifest([3, 1, 70, 2], 'sha256:camd'),
      'r/a@sha256:arm': manifest([3, 1, 60, 2], 'sha256:carm'),
    };
    const reads: string[] = [];
    const s = await imageStats(
      'r/a',
      'sha256:i',
      async (ref) => ({ raw: '', digest: '', json: manifests[ref]! }),
      '',
      async (name, digest) => {
        reads.push(`${name}@${digest}`);
        if (digest === 'sha256:carm') throw new Error('401 Unauthorized');
        return config;
      },
    );
    expect(reads.sort()).toEqual(['r/a@sha256:camd', 'r/a@sha256:carm']);
    expect(s.platforms).toEqual([
      {
        platform: 'linux/amd64',
        digest: 'sha256:amd',
        size: 76,
        layers: 4,
        largestLayer: { size: 70, createdBy: 'RUN /bin/sh -c npm ci --omit=dev # buildkit' },
      },
      // The config could not be read: the size alone, from the manifest.
      { platform: 'linux/arm64', digest: 'sha256:arm', size: 66, layers: 4, largestLayer: { size: 60 } },
    ]);
  });

  it('records no largest layer without a config reader', async () => {
    const s = await imageStats(
      'r/a',
      'sha256:m',
      async () => ({ raw: '', digest: '', json: manifest([5, 9]) }),
      'linux/amd64',
    );
    expect(s.platforms).toEqual([{ platform: 'linux/amd64', digest: 'sha256:m', size: 14, layers: 2 }]);
  });
});
