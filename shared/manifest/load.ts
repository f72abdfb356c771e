/**
 * The optional plan manifest: settings Compose does not hold (platforms, dev/prod targets, watch
 * and global globs, build-order dependencies, registry, image name, cache scope). Validated with
 * Ajv against shared/manifest/schema.ts; errors name the file, line and key path.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
import { platformProblem, PLATFORM_FIX } from '../platforms.js';
import { lineOf, parseYamlLocated } from '../yaml-location.js';
import { manifestSchema } from './schema.js';

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

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** Parses and validates manifest text. */
export function parseManifest(text: string, file: string): Manifest {
  const y = parseYamlLocated(text, file);
  const data = y.doc.toJS() as unknown;
  validate ??= new Ajv2020({ allErrors: true, strict: true }).compile(manifestSchema);
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const path = pointerToPath(err.instancePath);
    const extraKey =
      err.keyword === 'additionalProperties'
        ? (err.params as { additionalProperty: string }).additionalProperty
        : undefined;
    const keyPath = path.length
      ? path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1)
      : '(root)';
    const extra =
      err.keyword === 'additionalProperties'
        ? ` '${(err.params as { additionalProperty: string }).additionalProperty}'`
        : '';
    throw new InputError(`manifest key '${keyPath}' ${err.message}${extra}.`, {
      input: 'manifest',
      location: { file, line: lineOf(y, extraKey ? [...path, extraKey] : path) },
      fix: 'see the manifest reference in docs/manifest.md.',
    });
  }
  const m = data as Partial<Manifest> & { services?: Record<string, ServiceSettings> };
  const manifest: Manifest = {
    file,
    defaults: m.defaults ?? {},
    global: m.global ?? [],
    services: m.services ?? {},
    lines: Object.fromEntries(Object.keys(m.services ?? {}).map((k) => [k, lineOf(y, ['services', k])])),
  };
  const platformLists: [(string | number)[], string[] | undefined][] = [
    [['defaults', 'platforms'], manifest.defaults.platforms],
    ...Object.entries(manifest.services).map(
      ([k, s]) => [['services', k, 'platforms'], s.platforms] as [(string | number)[], string[] | undefined],
    ),
  ];
  for (const [path, list] of platformLists) {
    list?.forEach((p, i) => {
      const problem = platformProblem(p);
      if (problem) {
        throw new InputError(`manifest key '${path.join('.')}[${i}]': ${problem}.`, {
          input: 'manifest',
          location: { file, line: lineOf(y, [...path, i]) },
          fix: PLATFORM_FIX,
        });
      }
    });
  }
  return manifest;
}

/** Settings for one service: its own entry over the defaults. */
export function settingsFor(manifest: Manifest, key: string): ServiceSettings {
  const own = manifest.services[key] ?? {};
  return {
    ...manifest.defaults,
    ...own,
    targets: { ...manifest.defaults.targets, ...own.targets },
  };
}

// The most specific error is the most useful one.
function pickError(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
