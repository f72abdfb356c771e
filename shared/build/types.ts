/** What build-service's two modes share: the outside world they use, and the result they return. */
import type { DirectReadOptions } from '../registry/session.js';
import type { BuildOutcome } from '../contracts/build-result.js';
import type { Deps } from '../runtime/deps.js';

export interface ServiceDeps extends Deps {
  /** How manifests are read from the registry directly (credentials, a plain-HTTP registry). */
  registry?: DirectReadOptions;
  /** The buildx plugin binary to run buildx commands with (findBuildxPlugin); else `docker buildx`. */
  buildx?: string;
}

/** What a build or merge reports: the build result file's content (shared/contracts/), without its version. */
export type ServiceResult = BuildOutcome;
