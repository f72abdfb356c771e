/**
 * What a build's steps say could be faster, in the words of the fix: a dependency install that was
 * not cached, sources copied before the dependencies are installed, the slowest step and the
 * largest layer, and a cache that was never hit. Pure.
 */
import type { BuildStep } from '../contracts/build-result.js';
import { formatBytes } from '../format/bytes.js';
import type { ServiceReport } from './services.js';

export type RecommendationKind =
  | 'uncached-install'
  | 'sources-before-deps'
  | 'slowest-step'
  | 'largest-layer'
  | 'cache-never-hit'
  | 'cache-import-failed';

export interface Recommendation {
  service: string;
  kind: RecommendationKind;
  /** The step it is about, as BuildKit named it. */
  step?: string;
  /** The time at stake, for ordering (ms). */
  weightMs: number;
  text: string;
}

/** Package-manager commands that install dependencies: worth a lockfile-first COPY or a cache mount. */
const INSTALL =
  /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (i|install)\b|pip3? install|poetry install|uv (sync|pip install)|pipenv install|bundle install|go mod download|cargo (fetch|build)|composer install|mvn\b.*\b(dependency:|install|package)|gradle\b|apt-get install|apk add|dnf install|yum install)/;
/** A COPY of the whole context (`COPY . .`, `COPY ./ /app`, `ADD . .`). */
const COPY_ALL = /^(COPY|ADD)\s+(--\S+\s+)*\.\/?\s+\S+$/;
/** Below this a step is not worth a line. */
const MIN_STEP_MS = 5000;

/** The instruction text of a step: `[deps 2/4] RUN npm ci` → `RUN npm ci`. */
function stepText(step: BuildStep): string {
  return step.name.replace(/^\[[^\]]*\]\s*/, '');
}

function stageOf(step: BuildStep): string {
  return `${step.platform ?? ''}\0${step.stage ?? ''}`;
}

/** The recommendations for one service, most time at stake first. */
export function recommend(r: ServiceReport): Recommendation[] {
  const out: Recommendation[] = [];
  const instructions = r.steps.filter((s) => s.kind === 'instruction');
  const seen = new Set<string>();
  // One of each kind per step (or per cache, for a cache that failed to import).
  const once = (rec: Recommendation, what = rec.step ? stepText({ name: rec.step } as BuildStep) : '') => {
    const id = `${rec.kind}\0${what}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(rec);
  };
  for (const [i, s] of instructions.entries()) {
    const text = stepText(s);
    if (s.instruction !== 'RUN' || !INSTALL.test(text) || s.cached || s.durationMs < MIN_STEP_MS) continue;
    const mounted = /--mount=type=cache/.test(text);
    const copiedAll = instructions
      .slice(0, i)
      .find((p) => stageOf(p) === stageOf(s) && COPY_ALL.test(stepText(p)));
    if (copiedAll) {
      once({
        service: r.service,
        kind: 'sources-before-deps',
        step: s.name,
        weightMs: s.durationMs,
        text: `\`${stepText(copiedAll)}\` comes before \`${short(text)}\`, so any source change reinstalls the dependencies (${seconds(s.durationMs)}). Copy only the manifests and lockfile first, install, then copy the sources.`,
      });
    } else {
      once({
        service: r.service,
        kind: 'uncached-install',
        step: s.name,
        weightMs: s.durationMs,
        text: `\`${short(text)}\` was not cached (${seconds(s.durationMs)}).${mounted ? ' The files it copies before it changed; keep that COPY to the manifests and lockfile.' : ' Add a cache mount for the package manager (`RUN --mount=type=cache,target=…`), and copy the lockfile alone before it.'}`,
      });
    }
  }
  const slowest = [...instructions].sort((a, b) => b.durationMs - a.durationMs)[0];
  if (
    slowest &&
    !slowest.cached &&
    slowest.durationMs >= MIN_STEP_MS &&
    // Already named as an install above.
    !out.some((o) => o.step === slowest.name)
  ) {
    once({
      service: r.service,
      kind: 'slowest-step',
      step: slowest.name,
      weightMs: slowest.durationMs,
      text: `The slowest step is \`${short(stepText(slowest))}\` (${seconds(slowest.durationMs)} of ${seconds(r.durationMs)}).`,
    });
  }
  const layer = r.largestLayer;
  if (layer && r.imageSize && layer.size >= 0.5 * r.imageSize && layer.size >= 50 * 1024 * 1024) {
    once({
      service: r.service,
      kind: 'largest-layer',
      weightMs: 0,
      text: `One layer is ${formatBytes(layer.size)} of the image's ${formatBytes(r.imageSize)}${layer.createdBy ? ` (\`${short(layer.createdBy)}\`)` : ''}: a multi-stage build can leave its build-time files behind.`,
    });
  }
  for (const m of r.cacheMisses) {
    once(
      {
        service: r.service,
        kind: 'cache-import-failed',
        weightMs: r.durationMs,
        text: `The cache \`${m.ref}\` could not be imported (${short(m.error)}); every step ran without it.`,
      },
      m.ref,
    );
  }
  const imports = r.cache.filter((c) => c.startsWith('import '));
  if (!r.cacheMisses.length && imports.length && r.cacheableSteps > 0 && r.cachedSteps === 0) {
    once({
      service: r.service,
      kind: 'cache-never-hit',
      weightMs: r.durationMs,
      text: `No step came from the cache (${imports.map((c) => `\`${c.replace(/^import /, '')}\``).join(', ')}). Check that the cache is exported by the default branch with \`mode=max\` under the same key.`,
    });
  }
  return out.sort((a, b) => b.weightMs - a.weightMs);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function short(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
