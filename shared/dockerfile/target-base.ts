/**
 * The image a build's target stage is based on, from the Dockerfile model (./model.ts): the target's
 * FROM followed through the stages it names to the image, as the model resolved each FROM (global
 * ARGs, build args and platform ARGs substituted). Type imports only, so a caller that has no
 * analysis yet can load the parser lazily.
 */
import type { DockerfileAnalysis, Stage } from './model.js';

export interface BaseOptions {
  /** The stage built; the last one when undefined or empty. */
  target?: string;
  /** Named contexts (`--build-context name=value`): `FROM name` takes a `docker-image://` one's image. */
  contexts?: readonly (readonly [string, string])[];
}

const IMAGE_CONTEXT = 'docker-image://';

/**
 * The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`); undefined for
 * `FROM scratch`, a base that cannot be known without building (an ARG with no value, a platform
 * ARG that differs between the target platforms, a named context that is not an image), or a
 * target that is not a stage.
 */
export function targetBase(a: DockerfileAnalysis, opts: BaseOptions = {}): string | undefined {
  const bases = new Set(a.runs.map((stages) => baseOf(stages, opts)));
  // One base for every platform, or none that can be named for the image as a whole.
  return bases.size === 1 ? [...bases][0] : undefined;
}

function baseOf(stages: Stage[], opts: BaseOptions): string | undefined {
  let stage = opts.target
    ? stages.find((s) => s.name === opts.target!.toLowerCase())
    : stages[stages.length - 1];
  // A FROM names an earlier stage only, so the chain ends.
  while (stage?.from.kind === 'stage') stage = stages[stage.from.index];
  const from = stage?.from;
  // An empty name (an undeclared ARG) is BuildKit's error, not a base.
  if (from?.kind === 'image') return from.name || undefined;
  if (from?.kind !== 'named') return undefined;
  const context = opts.contexts?.find(([name]) => name === from.name)?.[1];
  return context?.startsWith(IMAGE_CONTEXT) ? context.slice(IMAGE_CONTEXT.length) : undefined;
}
