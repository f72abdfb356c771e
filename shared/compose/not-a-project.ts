/**
 * Why a file, or a group of files found by a glob, is not a Compose project on its own: YAML that is
 * not a Compose file, or an override file meant to go with another one.
 */
import { posix } from 'node:path';
import { isMapping, type Mapping } from './merge.js';
import { composeShapeProblem } from './document.js';
import type { YamlCache } from './yaml-cache.js';

/** Why a parsed file is not a Compose file; the first file of a project needs services or include. */
export function shapeProblem(docs: Mapping[], main: boolean): string | undefined {
  if (docs.length === 0) return 'it is empty';
  for (const data of docs) {
    const found = composeShapeProblem(data);
    if (found) return found.problem;
  }
  if (main && !docs.some((d) => d.services != null || d.include != null))
    return 'it has neither `services` nor `include`';
  return undefined;
}

/**
 * A notice when a glob-matched group is not a project on its own: a YAML file that is not a
 * Compose file, or a service that gets neither image, build nor extends from any of the files (an
 * override file meant to go with another one, which `docker compose` would reject alone).
 */
export async function notAProject(files: string[], reader: YamlCache): Promise<string | undefined> {
  const services = new Map<string, boolean>();
  for (const [i, file] of files.entries()) {
    // Malformed YAML is an error even for a glob match: a broken Compose file skipped with a notice
    // would silently drop its services from every plan. Only well-formed YAML that is not a
    // Compose file is skipped.
    const docs = await reader.parse(file);
    const problem = shapeProblem(docs, i === 0);
    if (problem) return `${file}: skipped: not a Compose file: ${problem}.`;
    for (const d of docs) {
      if (!isMapping(d.services)) continue;
      for (const [name, svc] of Object.entries(d.services)) {
        const complete = isMapping(svc) && (svc.image != null || svc.build != null || svc.extends != null);
        services.set(name, (services.get(name) ?? false) || complete);
      }
    }
    if (docs.some((d) => d.include != null)) return undefined; // included services may complete them
  }
  const incomplete = [...services].filter(([, ok]) => !ok).map(([n]) => n);
  if (incomplete.length === 0) return undefined;
  return (
    `${files[0]}: skipped: service ${incomplete.map((n) => `"${n}"`).join(', ')} has neither image nor build: it looks like an override file; ` +
    `name it with its base file as base.yaml:${posix.basename(files.at(-1)!)}.`
  );
}
