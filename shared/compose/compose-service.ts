/**
 * A loaded service as the planner sees it (ComposeService): where it is defined, its image and
 * profiles, and its build (build-spec.ts).
 */
import { InputError } from '../runtime/errors.js';
import { isMapping, type ServiceEntry } from './merge.js';
import { applyBuildDefaults, buildSpec } from './build-spec.js';
import { scalarString } from './yaml-values.js';
import type { Session } from './load-session.js';
import type { ComposeService } from './types.js';

/** The project a service belongs to. */
export interface ProjectInfo {
  workingDir: string;
  env: Record<string, string>;
  composeFile: string;
}

/**
 * The service `name` of a loaded project.
 *
 * @throws InputError for a service with neither image nor build, or a build that is not a mapping.
 */
export async function toComposeService(
  name: string,
  entry: ServiceEntry,
  project: ProjectInfo,
  session: Session,
): Promise<ComposeService> {
  const { value, origin } = entry;
  const definedAt = origin.build ?? origin.service;
  const service: ComposeService = {
    name,
    composeFile: project.composeFile,
    definedIn: definedAt.file,
    line: definedAt.line,
  };
  // An image that interpolates to nothing is no image, as in Compose (`image: ${UNSET}`).
  if (value.image != null && value.image !== '') service.image = scalarString(value.image);
  if (Array.isArray(value.profiles)) service.profiles = value.profiles.map(scalarString);
  if (value.build == null) {
    if (service.image === undefined) {
      throw new InputError(`service "${name}" has neither an image nor a build context.`, {
        location: origin.service,
        fix: 'give the service `image:` or `build:`; if the file only overrides another, list both as `base.yaml:override.yaml`.',
      });
    }
    return service;
  }
  applyBuildDefaults(value, project.workingDir, project.env);
  if (!isMapping(value.build)) {
    throw new InputError(`service "${name}": build must be a path or a mapping.`, { location: definedAt });
  }
  service.build = await buildSpec(name, value.build, origin, project.env, session);
  return service;
}
