/**
 * Loads a Compose project the way `docker compose -f a -f b config` does (Compose v2.26, compose-go
 * v2): each file is parsed, interpolated, its `extends` resolved and its `include`s imported, then
 * merged onto the files before it; relative paths follow the directory Compose resolves them
 * against. What the planner needs is returned with repository-relative paths.
 */
import { dirname, resolve } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { RepoPathCache } from '../fs/repo-path.js';
import { interpolate, parseEnvFile, projectEnvironment } from './interpolate.js';
import { mergeServiceMaps, resolveExtends, type ServiceMap } from './merge.js';
import { keyLocation, parseComposeYaml, scalarString, type ScalarInterpolator } from './yaml-values.js';
import { collectDeclared, emptyDeclared, resetServices, servicesOf } from './document.js';
import { checkConsistency, checkDocument } from './load-checks.js';
import { resolveBuildPaths } from './relative-paths.js';
import { extendsReader } from './extends-file.js';
import { importIncludes } from './include.js';
import { projectName } from './project-name.js';
import { toComposeService } from './compose-service.js';
import { Session } from './load-session.js';
import { isFile } from './repo-files.js';
import type { Model, ModelRequest } from './model.js';
import type { ComposeProject, ComposeService } from './types.js';

// Other folders parse Compose YAML (and drop its cache) through the loader.
export { forgetComposeYaml, parseComposeYaml } from './yaml-values.js';

export interface LoadOptions {
  /** Absolute (or cwd-relative) path of the repository root; every returned path is relative to it. */
  repoRoot: string;
  /** The environment Compose would see; defaults to `process.env`. It wins over the project's `.env`. */
  env?: Record<string, string | undefined>;
  /** Where paths really are, shared with other readers of the same files (see RepoPathCache). */
  pathCache?: RepoPathCache;
  /**
   * Told each file the loader reads (repository-relative), as it reads it: what a project that
   * fails to load had read by then, interpolated paths included.
   */
  onRead?: (path: string) => void;
}

/**
 * Loads one Compose project. `files` are repository-relative paths in merge order: the first is the
 * main file (its directory is the project directory, where `.env` is read), the others override it.
 * Every service is kept whatever its `profiles`; services without `build:` have `build` undefined.
 *
 * @throws InputError (with file and line where there is one) for malformed YAML, a missing file, a
 * required variable that is unset, a build context outside the repository, a missing Dockerfile, an
 * `extends` or `include` cycle, and the other errors Compose itself reports while loading.
 */
export async function loadComposeProject(files: string[], opts: LoadOptions): Promise<ComposeProject> {
  if (files.length === 0) throw new InputError('no Compose file given for the project.');
  const session = new Session(resolve(opts.repoRoot), opts.pathCache ?? new RepoPathCache(), opts.onRead);
  const absFiles = files.map((f) => resolve(session.repoRoot, f));
  const displays = absFiles.map((f) => session.display(f));
  const workingDir = dirname(absFiles[0]!);

  const processEnv = opts.env ?? process.env;
  // `${dir}/.env`, not path.resolve(dir, '.env'): ncc would bundle every .env it can find for the
  // latter (an asset it cannot tell from a runtime path). workingDir is absolute and normal.
  const dotenvPath = `${workingDir}/.env`;
  let dotenv: Record<string, string> = {};
  if (await isFile(dotenvPath)) {
    const display = session.display(dotenvPath);
    dotenv = parseEnvFile(await session.read(dotenvPath, display), (k) => processEnv[k], display);
  }
  const env = projectEnvironment(processEnv, dotenv);

  const model = await loadModel({ files: absFiles, workingDir, env, chain: [] }, session);
  checkConsistency(model, session);
  const project = { workingDir, env, composeFile: displays[0]! };
  const services: ComposeService[] = [];
  for (const name of [...model.services.keys()].sort()) {
    services.push(await toComposeService(name, model.services.get(name)!, project, session));
  }
  const result: ComposeProject = {
    name: projectName(env, model.name, workingDir),
    files: displays,
    sources: [...session.sources],
    services,
  };
  if (session.warnings.size) result.warnings = session.sortedWarnings();
  const profiles = (env.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (profiles.length) result.activeProfiles = profiles;
  return result;
}

/** Interpolates the scalars of files loaded with `env`, warning once per unset variable. */
function interpolatorFor(env: Record<string, string>, session: Session): ScalarInterpolator {
  const lookup = (k: string): string | undefined => (Object.hasOwn(env, k) ? env[k] : undefined);
  return (text, where, path) =>
    interpolate(text, lookup, {
      get location() {
        return where(); // only an error reads it
      },
      path,
      onUnset: session.unsetWarning,
    });
}

/**
 * Loads a request's files into one model: each document checked, its services' paths resolved, its
 * `extends` and `include`s applied, then merged onto the documents before it.
 */
async function loadModel(req: ModelRequest, session: Session): Promise<Model> {
  const interp = interpolatorFor(req.env, session);
  const readExtends = extendsReader(interp, session);

  let services: ServiceMap = new Map();
  let name: Model['name'];
  const declared = emptyDeclared();
  for (const abs of req.files) {
    const display = session.display(abs, req.from);
    const docs = parseComposeYaml(await session.read(abs, display, req.from), display, interp);
    if (docs.length === 0) {
      throw new InputError(`${display} is empty.`, {
        location: req.from ?? { file: display },
        fix: 'add `services:`.',
      });
    }
    for (const data of docs) {
      checkDocument(data, display, session);
      collectDeclared(data, declared);
      if (data.name != null && data.name !== '')
        name = { value: scalarString(data.name), at: keyLocation(data, 'name') };
      let own = servicesOf(data, display);
      resolveBuildPaths(own, req.workingDir);
      own = await resolveExtends({ path: abs, display, dir: req.workingDir, services: own }, readExtends);
      if (data.include != null) {
        await importIncludes(data, own, { ...req, chain: [...req.chain, abs] }, session, declared, loadModel);
      }
      services = mergeServiceMaps(services, own);
      for (const reset of resetServices(data)) services.delete(reset);
    }
  }
  return { services, name, declared };
}
