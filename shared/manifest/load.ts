/**
 * Reads the optional plan manifest (see ./settings.ts), validated with Ajv against
 * shared/manifest/schema.ts; errors name the file, line and key path. Loaded only when a manifest is
 * given: Ajv and the YAML document parser are a quarter of plan-matrix's bundle.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../runtime/errors.js';
import { platformProblem, PLATFORM_FIX } from '../oci/platforms.js';
import { lineOf, parseYamlLocated } from '../yaml/yaml-location.js';
import { manifestSchema } from './schema.js';
import type { Manifest, ServiceSettings } from './settings.js';
import { pointerToPath } from '../yaml/json-pointer.js';

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** Parses and validates manifest text. */
export function parseManifest(text: string, file: string): Manifest {
  const y = parseYamlLocated(text, file);
  const data = y.data;
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
        : err.keyword === 'enum'
          ? ` (${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
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

// The most specific error is the most useful one: the deepest, and where a value may take several
// forms (a policy rule is a level or an object), what is wrong with the form it took rather than
// that it has not another type.
function pickError(errors: ErrorObject[]): ErrorObject {
  const vague = (e: ErrorObject) => (['type', 'enum', 'anyOf'].includes(e.keyword) ? 1 : 0);
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || vague(a) - vague(b))[0]!;
}
