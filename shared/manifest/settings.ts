/**
 * The optional plan manifest's model: settings Compose does not hold (platforms, dev/prod targets,
 * watch and global globs, build-order dependencies, registry, image name, cache scope). Kept apart
 * from the reader (./load.ts) so that a plan without a manifest never loads Ajv or the YAML parser.
 */
/** How a policy rule's violations count: fail the check, warn, or not checked. */
export type PolicyLevel = 'error' | 'warning' | 'off';

/** A rule's setting: its level alone, or an object with its level and parameters. */
export type RuleSetting<P extends object = object> = PolicyLevel | ({ level?: PolicyLevel } & P);

/** The image policy (shared/policy/): each rule by name; the rules and defaults are in docs/policy.md. */
export interface PolicySettings {
  'non-root'?: RuleSetting;
  'max-layers'?: RuleSetting<{ max?: number }>;
  /** `max`: bytes, or a size such as `200MiB`. */
  'max-size'?: RuleSetting<{ max?: number | string }>;
  'base-allowlist'?: RuleSetting<{ allow?: string[] }>;
  'required-labels'?: RuleSetting<{ labels?: string[] }>;
  healthcheck?: RuleSetting;
  'no-secrets'?: RuleSetting<{ ignore?: string[] }>;
}

export interface ServiceSettings {
  platforms?: string[];
  targets?: { dev?: string; prod?: string };
  registry?: string;
  'cache-scope'?: string;
  watch?: string[];
  depends_on?: string[];
  image?: string;
  exclude?: boolean;
  policy?: PolicySettings;
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

/** Settings for one service: its own entry over the defaults (a policy rule by rule, a rule's fields one by one). */
export function settingsFor(manifest: Manifest, key: string): ServiceSettings {
  const own = manifest.services[key] ?? {};
  const policy = mergePolicy(manifest.defaults.policy, own.policy);
  return {
    ...manifest.defaults,
    ...own,
    targets: { ...manifest.defaults.targets, ...own.targets },
    ...(policy && { policy }),
  };
}

/**
 * `over` on `base`, rule by rule: a rule set to a level alone keeps the parameters `base` gives it
 * (`max-layers: warning` over `max-layers: { max: 10 }` warns above 10 layers).
 */
export function mergePolicy(base?: PolicySettings, over?: PolicySettings): PolicySettings | undefined {
  if (!base && !over) return undefined;
  const out: Record<string, RuleSetting> = { ...base };
  for (const [rule, setting] of Object.entries(over ?? {}) as [string, RuleSetting][]) {
    const prev = out[rule];
    out[rule] = prev === undefined ? setting : { ...asObject(prev), ...asObject(setting) };
  }
  return out as PolicySettings;
}

function asObject(s: RuleSetting): { level?: PolicyLevel } {
  return typeof s === 'string' ? { level: s } : s;
}
