/**
 * What one parsed Compose document holds: whether its top level is Compose's, its services with
 * where each was written, the services it removes with `!reset`, and the names its top-level
 * networks, volumes, secrets and configs declare.
 */
import { InputError } from '../runtime/errors.js';
import { isMapping, Override, RESET, type Mapping, type ServiceMap, type ServiceOrigin } from './merge.js';
import type { ProjectModel, TopLevelSection } from './consistency.js';
import { keyLocation } from './yaml-values.js';

/** Names declared by the top-level sections, by section. */
export type Declared = ProjectModel['declared'];

const TOP_LEVEL_KEYS = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
]);
/** Service names Compose accepts (compose-spec JSON schema, `services` property names). */
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * Why a parsed document is not a Compose file, or undefined: a top-level key Compose does not know
 * (other than `x-*` extensions), or `services`/`include` of the wrong type. `key` is the culprit.
 */
export function composeShapeProblem(data: Mapping): { key: string; problem: string } | undefined {
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-'))
      return { key, problem: `top-level key "${key}" is not a Compose key` };
  }
  if (data.services != null && !isMapping(data.services))
    return { key: 'services', problem: '`services` is not a mapping' };
  if (data.include != null && !Array.isArray(data.include))
    return { key: 'include', problem: '`include` is not a list' };
  return undefined;
}

/**
 * Checks a document against the Compose schema: a problem in a part the plan reads is an error,
 * any other is a warning at its place (Compose refuses both; see schema-check.ts).

/** The services of one document, with the origin of each (see ServiceOrigin). */
export function servicesOf(data: Mapping, file: string): ServiceMap {
  const out: ServiceMap = new Map();
  const services = data.services;
  if (!isMapping(services)) return out;
  for (const [name, value] of Object.entries(services)) {
    const location = keyLocation(services, name) ?? { file };
    if (!SERVICE_NAME.test(name)) {
      throw new InputError(`invalid service name "${name}".`, {
        location,
        fix: 'use only letters, digits, `.`, `_` and `-` in service names.',
      });
    }
    if (value === RESET) continue; // `name: !reset` removes the service: see resetServices
    if (!isMapping(value)) {
      throw new InputError(`service "${name}" must be a mapping.`, {
        location,
        fix: 'give it `image:` or `build:`.',
      });
    }
    const origin: ServiceOrigin = { service: location };
    if (value.build !== undefined && value.build !== RESET) {
      const build = value.build instanceof Override ? value.build.value : value.build;
      origin.build = location;
      origin.context = (isMapping(build) && keyLocation(build, 'context')) || keyLocation(value, 'build');
    }
    if (value.extends !== undefined) origin.extends = keyLocation(value, 'extends');
    out.set(name, { value, origin });
  }
  return out;
}

/** Services a document removes with `name: !reset` (Compose spec, "Reset value"). */
export function resetServices(data: Mapping): string[] {
  return isMapping(data.services)
    ? Object.keys(data.services).filter((n) => (data.services as Mapping)[n] === RESET)
    : [];
}

export const SECTIONS: TopLevelSection[] = ['networks', 'volumes', 'secrets', 'configs'];

export function emptyDeclared(): Declared {
  return { networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() };
}

/** Adds the names a document's top-level networks, volumes, secrets and configs declare. */
export function collectDeclared(data: Mapping, into: Declared): void {
  for (const section of SECTIONS) {
    const v = data[section];
    if (isMapping(v)) for (const k of Object.keys(v)) into[section].add(k);
  }
}
