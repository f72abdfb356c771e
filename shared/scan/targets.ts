/**
 * The images to scan, each pinned by digest through the one resolver every action that works by
 * digest uses (shared/registry/resolve-image.ts): a tag is resolved through the registry (never by
 * trusting a local image), and an index is scanned per platform (attestation manifests left out).
 * This file only says what the resolver's refusals mean for scan-image's `images` input.
 */
import { parseReference } from '../oci/reference.js';
import { DigestMismatch, resolveImage, type ManifestReader } from '../registry/resolve-image.js';
import { InputError } from '../runtime/errors.js';

export interface ScanTarget {
  /** What the user gave (a reference, or a build result's ref). */
  input: string;
  name: string;
  digest: string;
  /** `name@digest`. */
  ref: string;
  /** Platforms of an index, in its order; [''] for a single manifest. */
  platforms: string[];
}

/**
 * Resolves one reference: the digest the registry serves for its tag (or the digest it names) and
 * the platforms of what that digest is.
 *
 * @throws InputError naming `images` when the reference is not valid or cannot be read
 */
export async function resolveTarget(input: string, read: ManifestReader): Promise<ScanTarget> {
  if (!parseReference(input)) {
    throw new InputError(`'${input}' is not an image reference.`, {
      input: 'images',
      fix: 'write name[:tag][@sha256:...], one a line, e.g. ghcr.io/acme/api:1.2.',
    });
  }
  let r;
  try {
    r = await resolveImage(input, read);
  } catch (err) {
    if (err instanceof DigestMismatch) {
      throw new InputError(`${input}: the registry served ${err.served}.`, {
        input: 'images',
        fix: 'check the digest; a registry that serves other bytes for a digest cannot be trusted.',
      });
    }
    // Otherwise the resolver gives the read's failure as the cause.
    const cause = ((err as Error).cause as Error | undefined) ?? (err as Error);
    throw new InputError(`${input} could not be read from its registry: ${cause.message}.`, {
      input: 'images',
      fix: 'push the image first, log in to its registry (docker login), or name a plain-HTTP registry in `insecure-registries`.',
    });
  }
  return {
    input,
    name: r.name,
    digest: r.digest,
    ref: r.ref,
    platforms: r.index ? r.platforms.map((p) => p.platform) : [''],
  };
}
