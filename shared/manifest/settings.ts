/**
 * The optional plan manifest's model: settings Compose does not hold (platforms, dev/prod targets,
 * watch and global globs, build-order dependencies, registry, image name, cache scope). Kept apart
 * from the reader (./load.ts) so that a plan without a manifest never loads Ajv or the YAML parser.
 */
export interface ServiceSettings {
  platforms?: string[];
  targets?: { dev?: string; prod?: string };
  registry?: string;
  'cache-scope'?: string;
  watch?: string[];
  depends_on?: string[];
  image?: string;
  exclude?: boolean;
}

export interface Manifest {
  /** Repository-relative path, or undefined when no manifest is used. */
  file?: string;
  defaults: Omit<ServiceSettings, 'watch' | 'depends_on' | 'image' | 'exclude'>;
  global: string[];
  services: Record<string, ServiceSettings>;
  /** 1-based line of each service's entry, for error messages. */
  lines: Record<string, number | undefined>;
}

export const EMPTY_MANIFEST: Manifest = { defaults: {}, global: [], services: {}, lines: {} };

/** Settings for one service: its own entry over the defaults. */
export function settingsFor(manifest: Manifest, key: string): ServiceSettings {
  const own = manifest.services[key] ?? {};
  return {
    ...manifest.defaults,
    ...own,
    targets: { ...manifest.defaults.targets, ...own.targets },
  };
}
