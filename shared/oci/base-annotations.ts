/**
 * The OCI annotations that name the image an image was built from (image-spec annotations.md:
 * `org.opencontainers.image.base.name` and `.base.digest`), as build-service writes them and the
 * image policy's `base-allowlist` reads them.
 */
import { parseReference } from './reference.js';

export const BASE_NAME_ANNOTATION = 'org.opencontainers.image.base.name';
export const BASE_DIGEST_ANNOTATION = 'org.opencontainers.image.base.digest';

/**
 * buildx `--annotation` values for the base `ref` (`name[:tag][@digest]`): the name (with its tag),
 * and the digest when the reference pins one, on the image manifest and, when the build makes an
 * index (several platforms, or attestations beside the image), on the index too. BuildKit refuses
 * `index:` annotations on a single-platform export without one ("index annotations not supported
 * for single platform export"). Pure.
 */
export function baseAnnotations(ref: string, index: boolean): string[] {
  const r = parseReference(ref);
  if (!r) return [];
  const values: [string, string][] = [
    [BASE_NAME_ANNOTATION, r.tag ? `${r.name}:${r.tag}` : r.name],
    ...(r.digest ? [[BASE_DIGEST_ANNOTATION, r.digest] as [string, string]] : []),
  ];
  return (index ? ['manifest', 'index'] : ['manifest']).flatMap((level) =>
    values.map(([k, v]) => `${level}:${k}=${v}`),
  );
}
