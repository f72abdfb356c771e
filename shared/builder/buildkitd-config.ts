/**
 * BuildKit daemon settings (parallelism, garbage collection, registry mirrors, insecure registries)
 * as pure functions: parsing the inputs' sizes and durations, the buildkitd.toml a builder started
 * by buildx reads (https://docs.docker.com/build/buildkit/toml-configuration/), and the equivalent
 * daemon.json settings for dockerd's embedded BuildKit, which reads no buildkitd.toml.
 */
import { configBytes } from '../format/bytes.js';
import { InputError } from '../runtime/errors.js';
import {
  isTable,
  parseToml,
  stringifyToml,
  TomlError,
  type TomlTable,
  type TomlValue,
} from './buildkitd-toml.js';
import type { Driver } from './validate.js';

export interface BuildkitdSettings {
  /** `[worker.oci] max-parallelism`; 0 leaves BuildKit's default (one per CPU). */
  maxParallelism: number;
  /** Bytes the build cache may keep; 0 leaves it unbounded. */
  gcKeepStorage: number;
  /** Seconds an unused cache record is kept; 0 keeps records whatever their age. */
  gcKeepDuration: number;
  /** Registry host → mirror hosts (`docker.io` for a bare mirror line, as dockerd's registry-mirrors). */
  mirrors: Record<string, string[]>;
  /** Hosts reached over plain HTTP or with an unverified certificate. */
  insecureRegistries: string[];
  /** Extra TOML, merged into the generated settings. */
  inline: string;
}

/** The defaults of the action's inputs: 10GB of cache, kept 30 days. */
export const DEFAULT_GC_KEEP_STORAGE = '10GB';
export const DEFAULT_GC_KEEP_DURATION = '720h';

/**
 * Drivers whose buildkitd reads the generated buildkitd.toml (`docker buildx create
 * --buildkitd-config`). The `docker` driver uses dockerd's BuildKit (configured by daemon.json) and
 * a `remote` builder is a buildkitd someone else started with its own config.
 */
export const DRIVERS_WITH_CONFIG: readonly Driver[] = ['docker-container', 'kubernetes'];

/**
 * Parses a duration in Go's form (`720h`, `1h30m`, `90s`) or whole days (`30d`) into seconds.
 *
 * @throws InputError naming `input` when the text is not a duration.
 */
export function parseDuration(text: string, input: string): number {
  const t = text.trim();
  const seconds: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^(\d+(\.\d+)?[dhms])+$/.test(t)) {
    throw new InputError(`'${text}' is not a duration.`, {
      input,
      fix: 'use hours, minutes, seconds or days such as 720h, 1h30m or 30d (0 turns it off).',
    });
  }
  let total = 0;
  for (const [, n, unit] of t.matchAll(/(\d+(?:\.\d+)?)([dhms])/g)) total += Number(n) * seconds[unit!]!;
  return Math.round(total);
}

/** Writes seconds in Go's duration form (`720h`, `90m`, `45s`). */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;
const HOST_WITH_PATH = /^[^/\s]+(\/[^\s]*)?$/;

/** Parses a registry host as BuildKit keys it (`host[:port]`, also `[::1]:5000`). */
function registryHost(text: string, input: string): string {
  const host = text.trim();
  if (!HOST.test(host) && !/^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/.test(host)) {
    throw new InputError(`'${text}' is not a registry host.`, {
      input,
      fix: 'use host[:port] without a scheme or path, e.g. registry.example.com:5000.',
    });
  }
  return host;
}

/**
 * Parses `registry-mirrors` lines: `mirror.example.com` (a mirror of Docker Hub, as dockerd's
 * `registry-mirrors`) or `registry=mirror1,mirror2`. A mirror may carry a path; an `http://`
 * mirror is added to the insecure hosts, an `https://` scheme is dropped.
 */
export function parseMirrors(
  lines: string[],
  input = 'registry-mirrors',
): { mirrors: Record<string, string[]>; http: string[] } {
  const mirrors: Record<string, string[]> = {};
  const http: string[] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    const registry = eq >= 0 ? registryHost(line.slice(0, eq), input) : 'docker.io';
    const list = (eq >= 0 ? line.slice(eq + 1) : line).split(',').map((m) => m.trim());
    for (const raw of list) {
      const scheme = /^(https?):\/\//i.exec(raw);
      const mirror = raw.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
      if (!mirror || !HOST_WITH_PATH.test(mirror) || !HOST.test(mirror.split('/')[0]!)) {
        throw new InputError(`'${raw}' in '${line}' is not a mirror host.`, {
          input,
          fix: 'use mirror.example.com, or registry=mirror1,mirror2 for a registry other than Docker Hub.',
        });
      }
      if (scheme?.[1]?.toLowerCase() === 'http') http.push(mirror.split('/')[0]!);
      (mirrors[registry === 'registry-1.docker.io' ? 'docker.io' : registry] ??= []).push(mirror);
    }
  }
  return { mirrors, http };
}

/** Parses `insecure-registries` lines into hosts. */
export function parseInsecureRegistries(lines: string[], input = 'insecure-registries'): string[] {
  return lines.map((l) => registryHost(l.replace(/^https?:\/\//i, ''), input));
}

/** Which input produces a generated key, for conflict messages. */
function ownerOf(path: string[]): string {
  if (path[0] === 'worker' && path[2] === 'max-parallelism') return 'max-parallelism';
  if (path[0] === 'worker' && (path[2] === 'gcpolicy' || path[2] === 'gc'))
    return 'gc-keep-storage / gc-keep-duration';
  if (path[0] === 'registry' && path[2] === 'mirrors') return 'registry-mirrors';
  if (path[0] === 'registry') return 'insecure-registries';
  return 'the generated settings';
}

/** The settings as a TOML data tree (no inline TOML). */
export function settingsToToml(s: BuildkitdSettings): TomlTable {
  const doc: TomlTable = {};
  const oci: TomlTable = {};
  if (s.maxParallelism > 0) oci['max-parallelism'] = s.maxParallelism;
  // Two rules, as BuildKit's own defaults do: records unused for gcKeepDuration go first (whatever
  // the total), then the least recently used go until the cache fits in gcKeepStorage. One rule
  // with both would only ever prune records older than the duration.
  const policy: TomlTable[] = [];
  if (s.gcKeepDuration > 0) policy.push({ keepDuration: s.gcKeepDuration });
  if (s.gcKeepStorage > 0) policy.push({ all: true, keepBytes: s.gcKeepStorage });
  if (policy.length > 0) {
    oci['gc'] = true;
    oci['gcpolicy'] = policy;
  }
  if (Object.keys(oci).length > 0) doc['worker'] = { oci };
  const registry: TomlTable = {};
  for (const [host, list] of Object.entries(s.mirrors)) registry[host] = { mirrors: [...list] };
  for (const host of s.insecureRegistries) {
    const entry = (registry[host] ??= {}) as TomlTable;
    entry['http'] = true;
    entry['insecure'] = true;
  }
  if (Object.keys(registry).length > 0) doc['registry'] = registry;
  return doc;
}

/** Merges `extra` into `base`; a key both define is an InputError naming the input that owns it. */
function merge(base: TomlTable, extra: TomlTable, path: string[], input: string): void {
  for (const [key, value] of Object.entries(extra)) {
    const here = [...path, key];
    const existing: TomlValue | undefined = base[key];
    if (existing === undefined) base[key] = value;
    else if (isTable(existing) && isTable(value)) merge(existing, value, here, input);
    else {
      const owner = ownerOf(here);
      throw new InputError(
        `sets ${here.map((k) => (/^[\w-]+$/.test(k) ? k : `"${k}"`)).join('.')}, which ${owner} already sets.`,
        {
          input,
          fix: `remove it from ${input}, or set it through ${owner}${owner.startsWith('gc') ? ' (0 turns a rule off)' : ''}.`,
        },
      );
    }
  }
}

/**
 * The buildkitd.toml text for `settings`: the generated keys with `inline` merged in.
 *
 * @throws InputError (input `buildkitd-config-inline`) when the inline TOML does not parse or
 *   redefines a generated key.
 */
export function renderBuildkitdToml(settings: BuildkitdSettings, input = 'buildkitd-config-inline'): string {
  const doc = settingsToToml(settings);
  if (settings.inline.trim()) {
    let extra: TomlTable;
    try {
      extra = parseToml(settings.inline);
    } catch (err) {
      if (!(err instanceof TomlError)) throw err;
      throw new InputError(`is not valid TOML: ${err.message}.`, {
        input,
        fix: 'correct the TOML (see https://docs.docker.com/build/buildkit/toml-configuration/).',
      });
    }
    merge(doc, extra, [], input);
  }
  const text = stringifyToml(doc);
  // What we write must read back as what we meant: a guard against a writer bug, not user input.
  parseToml(text);
  return text;
}

/**
 * The daemon.json keys that give dockerd's embedded BuildKit the same settings (the `docker`
 * driver reads no buildkitd.toml). max-parallelism has no dockerd equivalent.
 */
export function dockerdEquivalent(s: BuildkitdSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const policy: Record<string, unknown>[] = [];
  if (s.gcKeepDuration > 0) policy.push({ filter: [`unused-for=${formatDuration(s.gcKeepDuration)}`] });
  if (s.gcKeepStorage > 0) policy.push({ keepStorage: configBytes(s.gcKeepStorage), all: true });
  if (policy.length > 0) {
    out['builder'] = {
      gc: {
        enabled: true,
        ...(s.gcKeepStorage > 0 ? { defaultKeepStorage: configBytes(s.gcKeepStorage) } : {}),
        policy,
      },
    };
  }
  const hubMirrors = s.mirrors['docker.io'];
  if (hubMirrors?.length) out['registry-mirrors'] = hubMirrors.map((m) => `https://${m}`);
  if (s.insecureRegistries.length) out['insecure-registries'] = [...s.insecureRegistries];
  return out;
}

/** True when the settings differ from the action's defaults (so a driver that ignores them should say so). */
export function hasCustomSettings(s: BuildkitdSettings): boolean {
  return (
    s.maxParallelism > 0 ||
    s.gcKeepStorage !== 10 * 1024 ** 3 ||
    s.gcKeepDuration !== 720 * 3600 ||
    Object.keys(s.mirrors).length > 0 ||
    s.insecureRegistries.length > 0 ||
    s.inline.trim() !== ''
  );
}
