/**
 * What a Compose project that does not load means for the plan (docs/rules.md, "A Compose file
 * that does not load"). A project named explicitly never gets here: its error fails the plan. One a
 * glob or the default discovery found fails the plan only when the change touched it (it, or a file
 * it reads: include, extends, .env, env_file, Dockerfile, ignore file); else it is skipped, with a
 * warning, so one file broken long ago never stops the plan of every other service.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectReferences, type FailedProject } from '../compose/discover.js';
import type { InputError } from '../runtime/errors.js';
import type { Annotation, SkippedFile } from './types.js';

export interface Skipped extends SkippedFile {
  /** The warning to log, at the problem's own file and line. */
  annotation: Annotation;
}

/**
 * Sorts the failed projects into skipped files, or throws the error of the first one a changed
 * path touches (its message says which path). `changed` is empty when every service is planned.
 */
export async function settleFailures(
  failed: readonly FailedProject[],
  changed: readonly string[],
  repoRoot: string,
): Promise<Skipped[]> {
  const paths = new Set(changed);
  const skipped: Skipped[] = [];
  for (const f of failed) {
    const hit = paths.size ? await touchedBy(f, paths, repoRoot) : undefined;
    if (hit !== undefined) {
      const main = f.files[0]!;
      const how = hit === main ? '' : `, which ${main} reads`;
      f.error.message +=
        ` This change touches ${hit}${how}, so ${main} must load (a Compose file found by a glob` +
        ' that no change touches is skipped with a warning instead); if it is not meant to load,' +
        ' exclude it with a `!` line in compose-files.';
      throw f.error;
    }
    skipped.push(skippedFile(f));
  }
  return skipped;
}

/** The changed path that makes a failed project the change's doing, if any. */
async function touchedBy(
  f: FailedProject,
  changed: ReadonlySet<string>,
  repoRoot: string,
): Promise<string | undefined> {
  const refs = await projectReferences(f.files, repoRoot);
  // What the YAML names, and what the loader really read before it failed (`${DIR}/x.yaml` too).
  const files = [...refs.files, ...(f.reads ?? [])];
  const at = f.error.details.location?.file;
  if (at) files.push(at);
  const hit = files.find((p) => changed.has(p));
  if (hit !== undefined) return hit;
  // A context directory the change removed or renamed: every file it held is a changed path.
  const gone = refs.dirs.filter((d) => d !== '.' && !existsSync(join(repoRoot, d)));
  if (gone.length === 0) return undefined;
  return [...changed].find((p) => gone.some((d) => p.startsWith(`${d}/`)));
}

function skippedFile(f: FailedProject): Skipped {
  const main = f.files[0]!;
  const loc = f.error.details.location;
  const message = plainMessage(f.error);
  const elsewhere = loc && loc.file !== main;
  const where = loc ? `${loc.file}${loc.line ? `:${loc.line}` : ''}: ` : '';
  return {
    file: main,
    ...(!elsewhere && loc?.line ? { line: loc.line } : {}),
    message: elsewhere ? `${where}${message}` : message,
    annotation: {
      message: `${main} is skipped, its services are not planned: ${elsewhere ? where : ''}${message}`,
      file: loc?.file ?? main,
      ...(loc?.line ? { line: loc.line } : {}),
      ...(loc?.line && loc.column ? { column: loc.column } : {}),
    },
  };
}

/** The error's message without the `input '…': ` and `file:line:col: ` prefixes InputError adds. */
export function plainMessage(err: InputError): string {
  let m = err.message;
  const input = err.details.input ? `input '${err.details.input}': ` : '';
  if (m.startsWith(input)) m = m.slice(input.length);
  const loc = err.details.location;
  if (loc) {
    const where = `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}: `;
    if (m.startsWith(where)) m = m.slice(where.length);
  }
  return m;
}
