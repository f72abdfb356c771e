/** The `cache-prefix` input: a registry host and the repository path retention works under. */
import { isRegistryHost, isRepository } from '../../oci/reference.js';
import { InputError } from '../../runtime/errors.js';

/** A cache prefix split into registry host and repository path: `127.0.0.1:5000/cache/`. */
export interface CachePrefix {
  host: string;
  /** Never empty: a prefix always names a repository path. */
  path: string;
}

/**
 * Parses `cache-prefix`. The first component must be a registry host (it has a `.` or `:`, or is
 * `localhost`), as docker's reference grammar tells a host from a path, and a repository path must
 * follow: a bare host would put every repository of the registry under retention.
 *
 * @throws InputError (input `cache-prefix`).
 */
export function parseCachePrefix(text: string, input = 'cache-prefix'): CachePrefix {
  const t = text.trim().replace(/^(oci|docker|https?):\/\//, '');
  const slash = t.indexOf('/');
  const host = slash < 0 ? t : t.slice(0, slash);
  const path = slash < 0 ? '' : t.slice(slash + 1);
  if (!isRegistryHost(host)) {
    throw new InputError(`'${text}' does not start with a registry host.`, {
      input,
      fix: 'write host[:port]/path/, e.g. ghcr.io/acme/cache/ or 127.0.0.1:5000/cache/.',
    });
  }
  if (!path.replace(/\/+$/, '')) {
    throw new InputError(
      `'${text}' names the whole registry ${host}, not a repository path: retention would go through every repository in it.`,
      {
        input,
        fix: `add the repository path your caches are pushed under, e.g. ${host}/cache/ for cache refs ${host}/cache/<service>:<tag>.`,
      },
    );
  }
  if (!isRepository(`${host}/${path.replace(/\/+$/, '')}`)) {
    throw new InputError(`'${text}' is not a repository prefix.`, {
      input,
      fix: 'give a repository path without tag or digest, in lowercase, e.g. ghcr.io/acme/cache/.',
    });
  }
  return { host, path };
}

/**
 * True when `repo` is the prefix's repository or lies below it, by whole path segments: `acme/app`
 * (or `acme/app/`) takes `acme/app` and `acme/app/cache`, never `acme/app-prod`. An empty path
 * takes nothing.
 */
export function underPrefix(repo: string, path: string): boolean {
  const p = path.replace(/\/+$/, '');
  if (!p) return false;
  return repo === p || repo.startsWith(`${p}/`);
}
