/** Plan keys and image-reference normalisation. */
import { isRegistryHost } from '../oci/reference.js';

/** A stable slug of a Compose file path: `infrastructure/compose/ai.yml` → `infrastructure-compose-ai`. */
export function composeSlug(composeFile: string): string {
  return composeFile
    .replace(/\.ya?ml$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `name@<slug>`: the key of a service whose name another Compose file uses for a different build. */
export function qualifiedKey(name: string, composeFile: string): string {
  return `${name}@${composeSlug(composeFile)}`;
}

/**
 * The repository part of an image reference, normalised as the Docker CLI does (`node` is
 * `docker.io/library/node`), without tag or digest. Services are linked by repository so that a
 * Dockerfile naming another service's image with any tag still builds after it.
 */
export function imageRepository(ref: string): string {
  let r = ref
    .trim()
    .toLowerCase()
    .replace(/@sha256:[0-9a-f]+$/, '');
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  if (colon > slash) r = r.slice(0, colon);
  const first = r.split('/')[0] ?? '';
  const hasHost = r.includes('/') && isRegistryHost(first);
  if (hasHost) return r;
  return r.includes('/') ? `docker.io/${r}` : `docker.io/library/${r}`;
}
