/**
 * The policy's settings resolved: every rule with its level and parameters, the manifest's
 * `policy:` (shared/manifest/settings.ts) over the defaults below.
 */
import { parseBytes } from '../format/bytes.js';
import type { PolicyLevel, PolicySettings, RuleSetting } from '../manifest/settings.js';

export type { PolicyLevel, PolicySettings } from '../manifest/settings.js';

/** The rules, in the order reports list them. */
export const RULE_NAMES = [
  'non-root',
  'max-layers',
  'max-size',
  'base-allowlist',
  'required-labels',
  'healthcheck',
  'no-secrets',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** Every rule's level and parameters. */
export interface ResolvedPolicy {
  'non-root': { level: PolicyLevel };
  'max-layers': { level: PolicyLevel; max: number };
  'max-size': { level: PolicyLevel; max: number };
  'base-allowlist': { level: PolicyLevel; allow: string[] };
  'required-labels': { level: PolicyLevel; labels: string[] };
  healthcheck: { level: PolicyLevel };
  'no-secrets': { level: PolicyLevel; ignore: string[] };
}

/** The OCI labels every image should carry (image-spec annotations.md, as labels). */
export const OCI_LABELS = [
  'org.opencontainers.image.source',
  'org.opencontainers.image.revision',
  'org.opencontainers.image.created',
];

/**
 * The defaults. `base-allowlist` is off until an allowlist is given (it has nothing to check
 * against); the others are errors but `max-size`, `required-labels` and `healthcheck`, which warn.
 */
export const DEFAULT_POLICY: ResolvedPolicy = {
  'non-root': { level: 'error' },
  'max-layers': { level: 'error', max: 20 },
  'max-size': { level: 'warning', max: 1024 ** 3 },
  'base-allowlist': { level: 'off', allow: [] },
  'required-labels': { level: 'warning', labels: OCI_LABELS },
  healthcheck: { level: 'warning' },
  'no-secrets': { level: 'error', ignore: [] },
};

/**
 * The manifest's settings over the defaults. Naming an allowlist turns `base-allowlist` on (at
 * `error`) unless its level is given.
 *
 * @throws InputError when a `max-size` is not a size (the manifest schema has checked it already).
 */
export function resolvePolicy(settings: PolicySettings = {}): ResolvedPolicy {
  const out = structuredClone(DEFAULT_POLICY) as unknown as Record<RuleName, Record<string, unknown>>;
  for (const name of RULE_NAMES) {
    const s: RuleSetting | undefined = settings[name];
    if (s === undefined) continue;
    if (typeof s === 'string') {
      out[name].level = s;
      continue;
    }
    if (name === 'base-allowlist' && 'allow' in s && s.level === undefined) out[name].level = 'error';
    Object.assign(out[name], s);
    if (name === 'max-size' && typeof out[name].max === 'string')
      out[name].max = parseBytes(out[name].max as string, 'policy.max-size.max');
  }
  return out as unknown as ResolvedPolicy;
}
