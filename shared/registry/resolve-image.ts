/**
 * An image reference pinned to the digest the registry holds, for every action that works by digest
 * (scan-image, sign-image): a tag is resolved through the registry (docker's credentials), a digest
 * is checked to exist, and an index's platform manifests are listed (attestations left out).
 */
import { isAttestation } from '../oci/descriptor.js';
import type { Manifest } from '../oci/manifest.js';
import { formatPlatform } from '../oci/platforms.js';
import { INDEX_TYPES } from '../oci/media-types.js';
import { parseReference, pinned, splitName } from '../oci/reference.js';
import type { FetchedManifest } from './client.js';
import { isLoopbackHost, isNamedHost } from './hosts.js';
import { sessionPool, type DirectReadOptions, type DirectSession } from './session.js';

/** Reads a manifest of repository `name` (with its host) by tag or digest. */
export type ManifestReader = (name: string, reference: string) => Promise<FetchedManifest>;

export interface ResolvedImage {
  /** The reference as given. */
  input: string;
  /** Repository with its host. */
  name: string;
  digest: string;
  /** `name@digest`: what is signed or verified. */
  ref: string;
  /** The tag the digest was resolved from, when the input named one. */
  tag?: string;
  mediaType: string;
  index: boolean;
  /** `name@digest` of each platform manifest of an index (attestation manifests left out). */
  platforms: { platform: string; ref: string }[];
  /** Reached over plain HTTP or without a trusted certificate. */
  insecure: boolean;
}

/** True when the host (`host[:port]`) is loopback or one of `insecureHosts` (an entry without port: every port). */
export function isInsecureHost(host: string, insecureHosts: readonly string[]): boolean {
  return isLoopbackHost(host) || isNamedHost(host, insecureHosts);
}

/** The registry served other bytes than the digest asked for. */
export class DigestMismatch extends Error {
  constructor(
    input: string,
    readonly served: string,
  ) {
    super(`${input}: the registry answered with ${served}`);
    this.name = 'DigestMismatch';
  }
}

/**
 * Pins `input` to a digest through `read`.
 *
 * @throws Error saying why the reference cannot be resolved (not a reference, no tag or digest is
 *   taken as `latest` as docker does, unknown to the registry, unreachable)
 */
export async function resolveImage(
  input: string,
  read: ManifestReader,
  insecureHosts: readonly string[] = [],
): Promise<ResolvedImage> {
  const parsed = parseReference(input);
  if (!parsed) throw new Error(`'${input}' is not an image reference`);
  const reference = parsed.digest ?? parsed.tag ?? 'latest';
  let m: FetchedManifest;
  try {
    m = await read(parsed.name, reference);
  } catch (err) {
    throw new Error(`${input} cannot be resolved to a digest: ${(err as Error).message}`, { cause: err });
  }
  if (parsed.digest && m.digest !== parsed.digest) throw new DigestMismatch(input, m.digest);
  const index = INDEX_TYPES.includes(m.mediaType);
  return {
    input,
    name: parsed.name,
    digest: m.digest,
    ref: pinned(parsed.name, m.digest),
    ...(!parsed.digest && { tag: parsed.tag ?? 'latest' }),
    mediaType: m.mediaType,
    index,
    platforms: index ? platformManifests(parsed.name, m.manifest) : [],
    insecure: isInsecureHost(splitName(parsed.name).host, insecureHosts),
  };
}

/** The platform manifests of an index, without BuildKit's attestation manifests (`unknown/unknown`). */
function platformManifests(name: string, index: Manifest): { platform: string; ref: string }[] {
  return (index.manifests ?? [])
    .filter((d) => d.platform && !isAttestation(d))
    .map((d) => ({ platform: formatPlatform(d.platform!), ref: pinned(name, d.digest) }));
}

/** A direct session for a repository name (with its host). */
export type SessionOpener = (name: string) => Promise<DirectSession>;

/**
 * One direct session per repository, opened on first use and kept, with docker's credentials and
 * plain HTTP for loopback and `insecureHosts`: the tag resolution and every later read of the same
 * repository (scan-image's policy reads) share its token and connection.
 */
export function registrySessions(
  insecureHosts: readonly string[],
  opts: Omit<DirectReadOptions, 'insecure'> = {},
): SessionOpener {
  return sessionPool((name) => ({ ...opts, insecure: isInsecureHost(splitName(name).host, insecureHosts) }));
}

/** The registry reader: manifests read through `sessions` (registrySessions), one per repository. */
export function registryReader(sessions: SessionOpener): ManifestReader {
  return async (name, reference) => {
    const { client, repository } = await sessions(name);
    return client.manifest(repository, reference);
  };
}
