/**
 * The build result: the file build-service writes (its `result-file` output) for the actions that
 * come after a build (scan-image, sign-image, report-metrics). Schema: ./build-result.schema.ts,
 * published as docs/schemas/build-result.schema.json; fields and version policy: docs/contracts.md.
 */
import { readFileSync } from 'node:fs';
import type { Step } from '../buildx/steps.js';
import type { BuilderUsage } from '../builder/usage.js';
import type { PlatformStats } from '../registry/image-stats.js';
import { InputError } from '../runtime/errors.js';
import { parseContract, type CompiledValidator, type ContractSpec } from './check.js';
import validateBuildResult from './build-result.validate.js';

/** The major version build-service writes; a reader refuses any other. */
export const BUILD_RESULT_VERSION = 1;

/**
 * One BuildKit step (vertex) of the build, and one platform's image as pushed: the build's own
 * types, so the contract and the code that fills it cannot drift apart (the schema is checked
 * against them by the tests).
 */
export type BuildStep = Step;
export type PlatformImage = PlatformStats;

/** What build-service reports of one build or merge: the result file without its version. */
export interface BuildOutcome {
  mode: 'build' | 'merge';
  service: string;
  variant?: string;
  target?: string;
  /**
   * The target stage's base image (`name[:tag][@digest]`), as written in the image's
   * `org.opencontainers.image.base.*` annotations; absent when the Dockerfile does not say.
   */
  base?: string;
  /** Image repository without tag; empty when there is none (a local build without image). */
  image: string;
  /** The pushed image's or index's digest; empty when nothing was pushed. */
  digest: string;
  /** `image@digest`; empty when nothing was pushed. */
  ref: string;
  tags: string[];
  platforms: string[];
  /** buildx's metadata file, as written. */
  metadata: Record<string, unknown>;
  durationMs: number;
  /** `cachedSteps / cacheableSteps`; absent when there is no instruction step. */
  cacheHitRatio?: number;
  cachedSteps: number;
  cacheableSteps: number;
  /** The largest platform's compressed size and layer count. */
  imageSize?: number;
  layers?: number;
  perPlatform: PlatformImage[];
  steps: BuildStep[];
  /** Cache sources BuildKit could not import (missing, unreachable, corrupt). */
  cacheMisses: { ref: string; error: string }[];
  cache: string[];
  warnings: string[];
  command: string;
  /** The buildx plugin binary the command ran with, in place of `docker buildx`. */
  buildx?: string;
  attempts: number;
  retried: string[];
  /** The builder's CPU and memory use during the build (docker-container builders; absent elsewhere). */
  builder?: BuilderUsage;
}

export interface BuildResult extends BuildOutcome {
  version: typeof BUILD_RESULT_VERSION;
}

/** The result file's document for an outcome. Pure. */
export function buildResult(outcome: BuildOutcome): BuildResult {
  return { version: BUILD_RESULT_VERSION, ...outcome };
}

/** The result file's text: the document as indented JSON. */
export function buildResultText(outcome: BuildOutcome): string {
  return JSON.stringify(buildResult(outcome), null, 2) + '\n';
}

/**
 * Parses and validates a result file's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
export function parseBuildResult(text: string, file: string): BuildResult {
  return parseContract<BuildResult>(text, file, BUILD_RESULT);
}

/** The build result's contract (for checkContract on JSON already parsed). */
export const BUILD_RESULT: ContractSpec = {
  what: 'build result',
  version: BUILD_RESULT_VERSION,
  validate: validateBuildResult as CompiledValidator,
  action: 'build-service',
  schema: 'docs/schemas/build-result.schema.json',
};

/**
 * Reads and validates the result file build-service wrote.
 *
 * @param readText reads a file's text; the file system's unless given (tests pass their own)
 * @throws InputError naming the file when it cannot be read, is not JSON, is of an unknown version or
 *   does not match the schema
 */
export function readBuildResult(
  path: string,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): BuildResult {
  let text: string;
  try {
    text = readText(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`;
    throw new InputError(`the build result ${path} ${why}.`, {
      fix: "pass the file build-service's `result-file` output names, in the same job as build-service.",
    });
  }
  return parseBuildResult(text, path);
}
