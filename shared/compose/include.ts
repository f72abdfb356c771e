/**
 * A document's `include:` entries (Compose spec, "include"): each entry loaded as a project of its
 * own, with its own project directory and variables, and its services imported into the document's.
 */
import { dirname, resolve } from 'node:path';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import { parseEnvFile, projectEnvironment } from './interpolate.js';
import { isMapping, sameValue, stripMarkers, type Mapping, type ServiceMap } from './merge.js';
import { SECTIONS, type Declared } from './document.js';
import { isRemoteContext } from './relative-paths.js';
import { applyBuildDefaults } from './build-spec.js';
import { isFile } from './repo-files.js';
import { itemLocation, keyLocation } from './yaml-values.js';
import type { Session } from './load-session.js';
import type { LoadModel, ModelRequest } from './model.js';

interface IncludeEntry {
  paths: string[];
  projectDirectory?: string;
  envFiles?: string[];
}

function parseIncludeEntry(item: unknown, where: SourceLocation): IncludeEntry {
  const strings = (v: unknown): string[] | undefined =>
    typeof v === 'string' ? [v] : Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined;
  if (typeof item === 'string') return { paths: [item] };
  if (isMapping(item)) {
    const paths = strings(item.path);
    const envFiles = item.env_file == null ? undefined : strings(item.env_file);
    const pd = item.project_directory;
    if (paths?.length && (item.env_file == null || envFiles) && (pd == null || typeof pd === 'string')) {
      return { paths, projectDirectory: pd ?? undefined, envFiles };
    }
  }
  throw new InputError('an include entry must be a path or {path, project_directory?, env_file?}.', {
    location: where,
    fix: 'write `- path/to/compose.yaml` or `- path: [a.yaml, b.yaml]`.',
  });
}

/**
 * Imports the services of a document's `include:` entries into `own` (Compose spec, "include"):
 * each entry is loaded as a project of its own, relative paths against its project directory
 * (default: the first file's directory), interpolated with this project's variables, which win
 * over the entry's env files (default: its project directory's `.env`). A name already taken by a
 * different service is an error, as in Compose. `loadModel` loads each entry's files.
 */
export async function importIncludes(
  data: Mapping,
  own: ServiceMap,
  req: ModelRequest,
  session: Session,
  declared: Declared,
  loadModel: LoadModel,
): Promise<void> {
  const list = data.include as unknown[];
  for (const [i, item] of list.entries()) {
    const where = itemLocation(list, i) ?? keyLocation(data, 'include') ?? { file: req.chain.at(-1)! };
    const entry = parseIncludeEntry(item, where);
    for (const p of entry.paths) {
      if (isRemoteContext(p) || p.startsWith('oci://')) {
        throw new InputError(`remote include ${p} is not supported.`, {
          location: where,
          fix: 'vendor the included Compose file into the repository and include it by path.',
        });
      }
    }
    const files = entry.paths.map((p) => resolve(req.workingDir, p));
    const looping = files.find((f) => req.chain.includes(f));
    if (looping) {
      const trail = [...req.chain, looping].map((f) => session.repoPath(f) ?? f).join(' → ');
      throw new InputError(`include cycle: ${trail}.`, {
        location: where,
        fix: 'remove one of the includes.',
      });
    }
    const workingDir = entry.projectDirectory
      ? resolve(req.workingDir, entry.projectDirectory)
      : dirname(files[0]!);
    const env = await includeEnvironment(entry, workingDir, req, where, session);
    const model = await loadModel({ files, workingDir, env, chain: req.chain, from: where }, session);
    for (const section of SECTIONS) for (const n of model.declared[section]) declared[section].add(n);
    for (const [name, svc] of model.services) {
      applyBuildDefaults(svc.value, workingDir, env);
      const existing = own.get(name);
      if (existing && !sameValue(stripMarkers(existing.value), svc.value)) {
        const at = existing.origin.service;
        throw new InputError(
          `service "${name}" from ${svc.origin.service.file} conflicts with the service "${name}" at ${at.file}${at.line ? `:${at.line}` : ''}.`,
          {
            location: where,
            fix: 'rename one of them; to change an included service, override it from an override file (-f) instead.',
          },
        );
      }
      own.set(name, svc);
    }
  }
}

async function includeEnvironment(
  entry: IncludeEntry,
  workingDir: string,
  req: ModelRequest,
  where: SourceLocation,
  session: Session,
): Promise<Record<string, string>> {
  // Joined as text, not with path.resolve: see load.ts (ncc would bundle every .env file).
  const defaultEnv = `${workingDir}/.env`;
  const files = entry.envFiles
    ? entry.envFiles.map((f) => resolve(req.workingDir, f))
    : (await isFile(defaultEnv))
      ? [defaultEnv]
      : [];
  const fromFiles: Record<string, string> = {};
  for (const f of files) {
    const display = session.display(f, where);
    const text = await session.read(f, display, where);
    Object.assign(
      fromFiles,
      parseEnvFile(text, (k) => req.env[k] ?? fromFiles[k], display),
    );
  }
  return projectEnvironment(req.env, fromFiles);
}
