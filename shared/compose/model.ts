/**
 * What loading a list of Compose files (the project's, or an include's) asks for and gives: the
 * merged services, the names the files declare, and the project name they set.
 */
import type { SourceLocation } from '../runtime/errors.js';
import type { ServiceMap } from './merge.js';
import type { Declared } from './document.js';
import type { Session } from './load-session.js';

export interface ModelRequest {
  /** Absolute paths in merge order. */
  files: string[];
  /** Project directory: relative paths of these files resolve against it. */
  workingDir: string;
  env: Record<string, string>;
  /** Absolute paths of the files whose `include` led here, for cycle detection. */
  chain: string[];
  /** The `include` entry that asked for these files. */
  from?: SourceLocation;
}

export interface Model {
  services: ServiceMap;
  /** Names declared by the top-level sections of every file (included ones too). */
  declared: Declared;
  /** The last `name:` of the files, and where it is. */
  name?: { value: string; at?: SourceLocation };
}

/** Loads the files of a request into one model (load.ts), handed to what loads nested projects. */
export type LoadModel = (req: ModelRequest, session: Session) => Promise<Model>;
