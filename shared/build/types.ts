/** What build-service's two modes share: the outside world they use, and the result they return. */
import type { PlatformStats } from '../registry/image-stats.js';
import type { DirectReadOptions } from '../registry/session.js';
import type { Step } from '../buildx/steps.js';
import type { Deps } from '../runtime/deps.js';

export interface ServiceDeps extends Deps {
  /** How manifests are read from the registry directly (credentials, a plain-HTTP registry). */
  registry?: DirectReadOptions;
  /** The buildx plugin binary to run buildx commands with (findBuildxPlugin); else `docker buildx`. */
  buildx?: string;
}

export interface ServiceResult {
  mode: 'build' | 'merge';
  service: string;
  variant?: string;
  target?: string;
  image: string;
  digest: string;
  /** `image@digest`. */
  ref: string;
  tags: string[];
  platforms: string[];
  metadata: Record<string, unknown>;
  durationMs: number;
  cacheHitRatio?: number;
  cachedSteps: number;
  cacheableSteps: number;
  imageSize?: number;
  layers?: number;
  perPlatform: PlatformStats[];
  steps: Step[];
  /** Cache sources BuildKit could not import (missing, unreachable, corrupt). */
  cacheMisses: { ref: string; error: string }[];
  cache: string[];
  warnings: string[];
  command: string;
  /** The buildx plugin binary the command ran with, in place of `docker buildx`. */
  buildx?: string;
  attempts: number;
  retried: string[];
}
