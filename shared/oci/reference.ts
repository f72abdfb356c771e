/**
 * Image references as the distribution spec spells them (`[host[:port]/]path[:tag][@digest]`), after
 * github.com/distribution/reference's grammar. Pure: validation only, no normalisation to docker.io,
 * because every name here is passed on to buildx, which normalises it itself.
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?)`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;

const NAME_RE = new RegExp(`^${NAME}$`);
/** A tag: up to 128 word characters, dots and dashes, not starting with a dot or dash. */
export const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** A sha256 digest, the only algorithm registries and BuildKit use in practice. */
export const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export interface Reference {
  /** Repository, with its registry host when it has one. */
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits a reference into name, tag and digest; `undefined` when it is not a valid reference. */
export function parseReference(ref: string): Reference | undefined {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) return undefined;
  }
  if (!isRepository(rest)) return undefined;
  return { name: rest, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);

/**
 * True for a repository name without tag or digest (`ghcr.io/acme/api`, `127.0.0.1:5000/x`). As
 * docker reads names, the first component is a registry host only when it has a `.` or `:` or is
 * `localhost`; everything else must be lower-case path components.
 */
export function isRepository(name: string): boolean {
  if (!name || name.length > 255 || !NAME_RE.test(name)) return false;
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  return PATH_RE.test(isRegistryHost(first) ? name.slice(slash + 1) : name);
}

/** True when a name's first component is a registry host: it has a `.` or `:`, or is `localhost`. */
export function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Registry host and repository path of an image name, as docker resolves them (Docker Hub's
 * official images under `library/`). */
export function splitName(name: string): { host: string; repository: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (isRegistryHost(first)) return { host: first, repository: name.slice(slash + 1) };
  return { host: 'docker.io', repository: slash < 0 ? `library/${name}` : name };
}

/** `name@digest`, the immutable form every output and named context uses. */
export function pinned(name: string, digest: string): string {
  return `${name}@${digest}`;
}

/**
 * A string made safe for a tag (and for a cache scope or a file name): characters outside
 * `[A-Za-z0-9_.-]` become `-`, leading dots and dashes go, and it is cut to `max` characters.
 */
export function slug(value: string, max = 128): string {
  const s = value
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
  return s.slice(0, max).replace(/[.-]+$/, '');
}
