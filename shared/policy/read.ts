/**
 * Reads what the policy checks from the registry (OCI distribution API): the manifest or index of an
 * image pinned by digest, every platform's manifest (attestations left out) and its config blob.
 */
import { isAttestation } from '../oci/descriptor.js';
import { sha256Digest } from '../oci/digest.js';
import type { Manifest } from '../oci/manifest.js';
import { INDEX_TYPES } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platforms.js';
import { parseReference, pinned } from '../oci/reference.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageConfig, PlatformImage, PolicyImage } from './image.js';

/**
 * The image `name@sha256:...` as the policy sees it: one entry per platform of an index, or the one
 * of a single manifest. The served bytes must hash to the digest asked for.
 *
 * @param client a client for the image's registry (e.g. from shared/registry/session.ts)
 * @param repository the image's repository path on that registry (no host)
 */
export async function readPolicyImage(
  ref: string,
  client: RegistryClient,
  repository: string,
): Promise<PolicyImage> {
  const parsed = parseReference(ref);
  if (!parsed?.digest) throw new Error(`${ref} is not pinned by digest (name@sha256:...)`);
  const top = await verified(client, repository, parsed.digest, ref);
  const isIndex = INDEX_TYPES.includes(top.mediaType ?? '') || Array.isArray(top.manifests);
  const platforms = isIndex
    ? await Promise.all(
        (top.manifests ?? [])
          .filter((d) => !isAttestation(d))
          .map(async (d) =>
            platformImage(
              client,
              repository,
              await verified(client, repository, d.digest, pinned(parsed.name, d.digest)),
              d.digest,
              d.platform ? formatPlatform(d.platform) : undefined,
              top.annotations,
            ),
          ),
      )
    : [await platformImage(client, repository, top, parsed.digest)];
  return { ref: pinned(parsed.name, parsed.digest), platforms };
}

async function verified(
  client: RegistryClient,
  repository: string,
  digest: string,
  ref: string,
): Promise<Manifest> {
  const m = await client.manifest(repository, digest);
  const got = sha256Digest(m.raw);
  if (got !== digest) throw new Error(`${ref}: the registry served bytes whose digest is ${got}`);
  return m.manifest;
}

async function platformImage(
  client: RegistryClient,
  repository: string,
  m: Manifest,
  digest: string,
  platform?: string,
  indexAnnotations: Record<string, string> = {},
): Promise<PlatformImage> {
  if (!m.config) throw new Error(`${repository}@${digest} has no config: it is not an image manifest`);
  const config = (await client.blobJson(repository, m.config.digest)) as ImageConfig;
  const fromConfig =
    config.os && config.architecture
      ? formatPlatform({ os: config.os, architecture: config.architecture, variant: config.variant })
      : '';
  return {
    platform: platform ?? fromConfig,
    digest,
    layers: (m.layers ?? []).map((l) => l.size ?? 0),
    annotations: { ...indexAnnotations, ...m.annotations },
    config,
  };
}
