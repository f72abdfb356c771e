/** The planner's data: services as it sees them, why each is affected, and the plan it emits. */
import type { AdditionalContext } from '../compose/types.js';
import type { SourceRead, ExternalRef } from '../dockerfile/model.js';

// The entry plan-matrix emits is a contract with build-service: shared/contracts/matrix-entry.ts.
export type { Matrix, MatrixEntry } from '../contracts/matrix-entry.js';

export interface PlannedService {
  /** Unique plan key: the Compose service name, or `name@<compose-file-slug>` when two builds share a name. */
  key: string;
  name: string;
  project: string;
  composeFile: string;
  definedIn: string;
  line?: number;
  context: string;
  dockerfile?: string;
  dockerfileInline?: string;
  target?: string;
  targets: { dev?: string; prod?: string };
  args: Record<string, string>;
  platforms: string[];
  tags: string[];
  /** Compose `image:`. */
  image?: string;
  /** Manifest image name and registry, cache scope. */
  manifestImage?: string;
  registry?: string;
  cacheScope?: string;
  additionalContexts: Record<string, AdditionalContext>;
  /** Reads of every stage a planned target reaches. */
  reads: SourceRead[];
  refs: ExternalRef[];
  /**
   * Each planned target's base image ('' for none), keyed by the target ('' for the last stage), as
   * build-service would resolve it from the matrix entry alone; undefined when that build differs
   * from the planned one (Compose build args or named contexts, an inline Dockerfile).
   */
  bases?: Record<string, string>;
  /** Ignore files in precedence order for the main context, and the one in force. */
  ignoreCandidates: string[];
  /** The ignore file in force (the first candidate that exists), and its patterns. */
  ignoreFile?: string;
  ignorePatterns: readonly string[];
  /** Local named contexts: their directory, ignore file and patterns. */
  localContexts: Record<string, { path: string; ignoreFile: string; ignorePatterns: readonly string[] }>;
  watch: string[];
  /** Direct build dependencies (plan keys), from Dockerfile references and the manifest. */
  deps: string[];
  /** Normalised build definition; rule 3 compares it with the base revision's. */
  fingerprint: string;
}

/** The rule that made a service affected (docs/rules.md); 0 when every service was planned on purpose. */
export type Rule = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Reason {
  rule: Rule;
  message: string;
  path?: string;
  /** File and 1-based line the reason points at (a Dockerfile instruction, a Compose service). */
  file?: string;
  line?: number;
}

/** A warning for the log, at the file, line and column it is about when they are known. */
export interface Annotation {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A Compose file left out of the plan because it does not load (the `skipped-files` output): the
 * file a glob found, the line of the problem when it is in that file, and what is wrong.
 */
export interface SkippedFile {
  file: string;
  line?: number;
  message: string;
}
