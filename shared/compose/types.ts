import type { SourceLocation } from '../runtime/errors.js';
/**
 * The parts of a Compose project the planner needs, after interpolation, `extends`, override files
 * and `include:` have been applied as Compose v2 applies them. Every path is repository-relative and
 * POSIX ('.' is the repository root), so plans compare equal across machines.
 */

/** A named build context from `build.additional_contexts`. */
export type AdditionalContext =
  | { kind: 'local'; path: string } // a directory in the repository
  | { kind: 'service'; service: string } // `service:<name>`: the image another service builds
  | { kind: 'image'; ref: string } // `docker-image://ref`
  | { kind: 'remote'; ref: string }; // a URL (git, https); never affected by local changes

export interface BuildSpec {
  /** Repository-relative context directory. */
  context: string;
  /** Repository-relative Dockerfile path; absent when `dockerfile_inline` is used. */
  dockerfile?: string;
  /** Inline Dockerfile text (`dockerfile_inline`). */
  dockerfileInline?: string;
  target?: string;
  /** Build args after interpolation. An arg listed without a value and unset in the environment is omitted. */
  args: Record<string, string>;
  additionalContexts: Record<string, AdditionalContext>;
  platforms: string[];
  tags: string[];
  /**
   * The context is a URL (git, https, ...), kept as given in `context`: nothing in the repository
   * affects it, and `dockerfile` is then the path inside that remote context as written.
   */
  remote?: true;
}

export interface ComposeService {
  /** The service name as Compose has it. */
  name: string;
  /** Repository-relative path of the project's first Compose file (the one named in `compose-files`). */
  composeFile: string;
  /** Repository-relative path of the file whose text defines the service's `build:` (for error locations). */
  definedIn: string;
  /** 1-based line of the service's key in `definedIn`, when known. */
  line?: number;
  image?: string;
  build?: BuildSpec;
  /** `profiles:` of the service; the loader keeps every service whatever profiles are active. */
  profiles?: string[];
}

export interface ComposeProject {
  /** Compose project name (`name:` or the project directory's base name), as `docker compose` computes it. */
  name: string;
  /** Repository-relative paths of the Compose files given for this project, in merge order. */
  files: string[];
  /** Every file the project read: the given files, override files, included files, extended files, `.env` files. */
  sources: string[];
  services: ComposeService[];
  /**
   * What Compose would warn about (unset variables), and what it would refuse in parts no build
   * reads (an unknown key under `ports`, an undefined network...): the builds are planned all the
   * same. Sorted by file, line and message.
   */
  warnings?: ComposeWarning[];
  /** The profiles COMPOSE_PROFILES enables (environment or `.env`); the services keep every profile. */
  activeProfiles?: string[];
}

export interface ComposeWarning {
  message: string;
  /** Where it is, when one place is to blame. */
  location?: SourceLocation;
  /** Compose refuses the file for this (a part no build reads); an unset variable only warns. */
  refused?: true;
}
