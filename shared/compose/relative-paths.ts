/**
 * Relative paths of a document made absolute against the directory Compose resolves them against
 * (build contexts, named local contexts, env files), and which contexts Compose leaves as written.
 */
import { resolve } from 'node:path';
import { isMapping, Override, setKey, type Mapping, type ServiceMap } from './merge.js';

/**
 * True for a context Compose leaves as it is rather than resolving it as a directory: a URL
 * (`https://`, `git://`, `ssh://`, `s3://`...) or the git shorthands `git@` and `github.com/`.
 */
export function isRemoteContext(value: string): boolean {
  return /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|git@|github\.com\/)/.test(value);
}

function isLocalAdditional(value: string): boolean {
  return !value.startsWith('service:') && !isRemoteContext(value);
}

/** Applies `fn` to a `build` value's mapping, keeping its `!override` wrapper. */
function withBuildMapping(build: unknown, fn: (b: Mapping) => Mapping): unknown {
  if (build instanceof Override) return new Override(withBuildMapping(build.value, fn));
  return isMapping(build) ? fn(build) : build;
}

/**
 * Makes the relative local paths of a document's build sections and env files absolute against `dir`: the project
 * directory for the project's own files (Compose: "paths in override files are relative to the
 * first file"), the file's directory for an extended file, the project directory of an included one.
 */
export function resolveBuildPaths(services: ServiceMap, dir: string): void {
  const local = (p: unknown): unknown => (typeof p === 'string' && !isRemoteContext(p) ? resolve(dir, p) : p);
  for (const { value } of services.values()) {
    // env files too: Compose checks they exist, relative to the file that names them.
    if (typeof value.env_file === 'string') value.env_file = resolve(dir, value.env_file);
    else if (Array.isArray(value.env_file)) {
      value.env_file = value.env_file.map((f) =>
        typeof f === 'string'
          ? resolve(dir, f)
          : isMapping(f) && typeof f.path === 'string'
            ? { ...f, path: resolve(dir, f.path) }
            : f,
      );
    }
    if (value.build === undefined) continue;
    if (typeof value.build === 'string') {
      value.build = local(value.build);
      continue;
    }
    value.build = withBuildMapping(value.build, (b) => {
      const out: Mapping = { ...b };
      if (b.context !== undefined) out.context = local(b.context);
      const ac = b.additional_contexts;
      if (Array.isArray(ac)) {
        out.additional_contexts = ac.map((item) => {
          const s = String(item);
          const i = s.indexOf('=');
          return i >= 0 && isLocalAdditional(s.slice(i + 1))
            ? `${s.slice(0, i)}=${resolve(dir, s.slice(i + 1))}`
            : item;
        });
      } else if (isMapping(ac)) {
        const m: Mapping = {};
        for (const [k, v] of Object.entries(ac))
          setKey(m, k, typeof v === 'string' && isLocalAdditional(v) ? resolve(dir, v) : v);
        out.additional_contexts = m;
      }
      return out;
    });
  }
}
