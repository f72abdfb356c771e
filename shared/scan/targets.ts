/**
 * The images to scan, each pinned by digest: a tag is resolved through the registry (never by
 * trusting a local image), and an index is scanned per platform (attestation manifests left out).
 */
import { isAttestation } from '../oci/descriptor.js';
import { sha256Digest } from '../oci/digest.js';
import { INDEX_TYPES } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platforms.js';
import { parseReference, pinned } from '../oci/reference.js';
import { openDirectSession, type DirectReadOptions } from '../registry/session.js';
import { InputError } from '../runtime/errors.js';
import { onInsecureRegistry } from './command.js';

export interface ScanTarget {
  /** What the user gave (a reference, or a build result's file). */
  input: string;
  name: string;
  digest: string;
  /** `name@digest`. */
  ref: string;
  /** Platforms of an index, in its order; [''] for a single manifest. */
  platforms: string[];
}

export interface ResolveOptions extends Omit<DirectReadOptions, 'insecure'> {
  insecureRegistries: readonly string[];
}

/**
 * Resolves one reference: the digest the registry serves for its tag (or the digest it names) and
 * the platforms of what that digest is.
 *
 * @throws InputError naming `images` when the reference is not valid or cannot be read
 */
export async function resolveTarget(input: string, opts: ResolveOptions): Promise<ScanTarget> {
  const parsed = parseReference(input);
  if (!parsed) {
    throw new InputError(`'${input}' is not an image reference.`, {
      input: 'images',
      fix: 'write name[:tag][@sha256:...], one a line, e.g. ghcr.io/acme/api:1.2.',
    });
  }
  const reference = parsed.digest ?? parsed.tag ?? 'latest';
  let fetched;
  try {
    const { client, repository } = await openDirectSession(parsed.name, {
      ...opts,
      insecure: onInsecureRegistry(input, opts.insecureRegistries),
    });
    fetched = await client.manifest(repository, reference);
  } catch (err) {
    throw new InputError(`${input} could not be read from its registry: ${(err as Error).message}.`, {
      input: 'images',
      fix: 'push the image first, log in to its registry (docker login), or name a plain-HTTP registry in `insecure-registries`.',
    });
  }
  // The digest of the bytes served, not the header: what Trivy reads by this digest is these bytes.
  const digest = sha256Digest(fetched.raw);
  if (parsed.digest && digest !== parsed.digest) {
    throw new InputError(`${input}: the registry served ${digest}.`, {
      input: 'images',
      fix: 'check the digest; a registry that serves other bytes for a digest cannot be trusted.',
    });
  }
  const m = fetched.manifest;
  const isIndex = INDEX_TYPES.includes(fetched.mediaType) || Array.isArray(m.manifests);
  const platforms = isIndex
    ? (m.manifests ?? [])
        .filter((d) => !isAttestation(d) && d.platform)
        .map((d) => formatPlatform(d.platform!))
    : [''];
  return { input, name: parsed.name, digest, ref: pinned(parsed.name, digest), platforms };
}
