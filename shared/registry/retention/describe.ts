/** Dates and sizes a cache manifest: when it was written, and the blobs it and its children hold. */
import type { Descriptor } from '../../oci/descriptor.js';
import type { Manifest } from '../../oci/manifest.js';
import { isImageConfigType, MANIFEST_TYPES } from '../../oci/media-types.js';
import type { RegistryClient } from '../client.js';
import type { CacheRef } from './policy.js';

const CREATED = 'org.opencontainers.image.created';
const BUILDKIT_CREATED = 'buildkit/createdat';

function parseDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Dates and sizes one manifest. The date is, in order: the manifest's
 * `org.opencontainers.image.created` annotation; an image config's `created`; the newest
 * `buildkit/createdat` annotation of its blobs (BuildKit's registry cache writes one per layer).
 */
export async function describeManifest(
  client: Pick<RegistryClient, 'manifest' | 'blobJson'>,
  repository: string,
  digest: string,
  tags: string[],
): Promise<CacheRef> {
  const blobs: Record<string, number> = {};
  const layerDates: Date[] = [];
  let created: Date | undefined;
  let createdFrom: CacheRef['createdFrom'] = 'unknown';
  let configDate: Date | undefined;

  const visit = async (m: Manifest, depth: number): Promise<void> => {
    const annotated = parseDate(m.annotations?.[CREATED]);
    if (annotated && !created) {
      created = annotated;
      createdFrom = 'annotation';
    }
    const note = (d: Descriptor) => {
      blobs[d.digest] = d.size;
      const at = parseDate(d.annotations?.[BUILDKIT_CREATED]) ?? parseDate(d.annotations?.[CREATED]);
      if (at) layerDates.push(at);
    };
    if (m.config) {
      note(m.config);
      if (!configDate && isImageConfigType(m.config.mediaType)) {
        const config = (await client.blobJson(repository, m.config.digest).catch(() => undefined)) as
          { created?: string } | undefined;
        configDate = parseDate(config?.created);
      }
    }
    for (const l of m.layers ?? []) note(l);
    for (const d of m.manifests ?? []) {
      if (MANIFEST_TYPES.includes(d.mediaType) && depth < 2) {
        blobs[d.digest] = d.size;
        const child = await client.manifest(repository, d.digest);
        await visit(child.manifest, depth + 1);
      } else note(d);
    }
  };

  const top = await client.manifest(repository, digest);
  await visit(top.manifest, 0);
  if (!created && configDate) {
    created = configDate;
    createdFrom = 'config';
  }
  if (!created && layerDates.length > 0) {
    created = new Date(Math.max(...layerDates.map((d) => d.getTime())));
    createdFrom = 'layers';
  }
  const size = Object.values(blobs).reduce((a, b) => a + b, 0);
  return { repository, digest: top.digest, tags, created, createdFrom, blobs, size };
}
