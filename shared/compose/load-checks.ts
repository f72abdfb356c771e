/**
 * Compose's refusals while loading, turned into what the plan does with them: a problem in a part a
 * build reads is an error, any other a warning at its place (Compose refuses both). Documents are
 * checked against the schema (schema-check.ts), the merged project for consistency (consistency.ts).
 */
import { statSync } from 'node:fs';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import { isMapping, Override, RESET, stripMarkers, type Mapping } from './merge.js';
import { consistencyProblems } from './consistency.js';
import { composeSchemaProblems, type ModelPath } from './schema-check.js';
import { itemLocation, keyLocation } from './yaml-values.js';
import type { Session } from './load-session.js';
import type { Model } from './model.js';

/** True when a value holds a `!reset` or `!override` marker anywhere (a walk, no copy). */
function hasMarkers(value: unknown): boolean {
  if (value === RESET || value instanceof Override) return true;
  if (Array.isArray(value)) return value.some(hasMarkers);
  return isMapping(value) && Object.values(value).some(hasMarkers);
}

/**
 * Checks a document against the Compose schema: a problem in a part the plan reads is an error,
 * any other is a warning at its place (Compose refuses both; see schema-check.ts).
 */
export function checkDocument(data: Mapping, file: string, session: Session): void {
  // Only a document holding `!reset` or `!override` needs a plain copy for the schema.
  for (const problem of composeSchemaProblems(hasMarkers(data) ? stripMarkers(data) : data)) {
    const location = locationOf(data, problem.path) ?? { file };
    if (problem.buildRelevant) {
      throw new InputError(`${file} is not a valid Compose file: ${problem.message}.`, {
        location,
        fix: 'correct it as the Compose specification says (https://docs.docker.com/reference/compose-file/).',
      });
    }
    session.warn(
      `Compose refuses this file: ${problem.message}. No build reads it, so the builds are planned.`,
      location,
      true,
    );
  }
}

/** Where the node at `path` of a parsed document was written: its key, or the nearest parent's. */
function locationOf(data: unknown, path: ModelPath): SourceLocation | undefined {
  let node: unknown = data;
  let found: SourceLocation | undefined;
  for (const seg of path) {
    const here =
      typeof seg === 'number'
        ? itemLocation(node, seg)
        : isMapping(node)
          ? keyLocation(node, seg)
          : undefined;
    if (here) found = here;
    node =
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  }
  return found;
}

/**
 * Compose's checks of the merged project: a problem in what a build reads is an error, any other a
 * warning at the service's key (see consistency.ts).
 */
export function checkConsistency(model: Model, session: Session): void {
  const values = new Map(
    [...model.services].map(([n, e]) => [
      n,
      (hasMarkers(e.value) ? stripMarkers(e.value) : e.value) as Mapping,
    ]),
  );
  const problems = consistencyProblems({
    services: values,
    declared: model.declared,
    display: (p) => session.repoPath(p) ?? p,
    envFileExists: (p) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
  });
  for (const p of problems) {
    const entry = model.services.get(p.service)!;
    const location = keyLocation(entry.value, p.key) ?? entry.origin.service;
    if (p.buildRelevant) {
      throw new InputError(`${p.message}.`, { location, fix: 'correct the service as the message says.' });
    }
    session.warn(
      `Compose refuses this project: ${p.message}. No build reads it, so the builds are planned.`,
      location,
      true,
    );
  }
}
