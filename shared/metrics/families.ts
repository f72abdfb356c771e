/**
 * The metric families report-metrics pushes, from plain per-service data. Pure. Every family is a
 * gauge: each push is a snapshot of one run, replaced by the next, so nothing here only goes up.
 * Names and labels: docs/metrics.md.
 */
import type { BuilderUsage } from '../builder/usage.js';
import type { MetricFamily, Sample } from './exposition.js';

/** Where a run comes from: the labels of its Pushgateway groups. */
export interface RunLabels {
  /** `owner/name`. */
  repository: string;
  /** The workflow's name (GITHUB_WORKFLOW). */
  workflow: string;
  /** The branch built; a pull request's head branch. */
  branch: string;
  /** The pull request's number; absent outside pull requests. */
  pr?: string;
}

export interface StepMetric {
  /** BuildKit's vertex name, e.g. `[build 3/5] RUN npm ci`. */
  name: string;
  platform?: string;
  durationSeconds: number;
  cached: boolean;
}

/** One build (or merge) of a service, with what scan-image and sign-image found of its image. */
export interface ServiceMetrics {
  service: string;
  /** `dev`, `prod` when a variant was built. */
  variant?: string;
  platforms: string[];
  /** Absent for a merge of per-platform builds (it builds nothing). */
  build?: {
    durationSeconds: number;
    /** Absent when the build had no instruction step. */
    cacheHitRatio?: number;
    steps: StepMetric[];
    /** The builder's use during the build, where the driver lets it be measured. */
    builder?: BuilderUsage;
  };
  /** Per platform: compressed size and layer count of the pushed image. */
  images?: { platform: string; sizeBytes: number; layers: number }[];
  /** Findings by severity (Trivy's names: CRITICAL, HIGH, ...), when the image was scanned. */
  vulnerabilities?: Readonly<Record<string, number>>;
  /** Failed policy rules by level, when a policy was applied. */
  policyViolations?: { error: number; warning: number };
  signed?: boolean;
  verified?: boolean;
}

/** The job label of every group: Pushgateway requires one. */
export const METRICS_JOB = 'buildkit-actions';

/** One Pushgateway group: its grouping key (the URL path) and the families pushed to it. */
export interface MetricGroup {
  grouping: Record<string, string>;
  families: MetricFamily[];
}

/** The `platform` label of a whole build: its platforms, sorted, comma-separated. */
export function platformLabel(platforms: readonly string[]): string {
  return [...platforms].sort().join(',');
}

type Spec = Omit<MetricFamily, 'samples'>;

const gauge = (name: string, help: string): Spec => ({ name, help, type: 'gauge' });

/** Every family, in the order of the body. */
export const FAMILIES = {
  duration: gauge(
    'bka_build_duration_seconds',
    'Wall-clock time of the service build, from buildx start to exit.',
  ),
  cacheHitRatio: gauge(
    'bka_build_cache_hit_ratio',
    'Instruction steps served from cache over all instruction steps.',
  ),
  stepDuration: gauge(
    'bka_build_step_duration_seconds',
    'Time of one Dockerfile instruction step (0 when cached).',
  ),
  stepCached: gauge('bka_build_step_cached', '1 when the instruction step was served from cache, else 0.'),
  imageSize: gauge(
    'bka_image_size_bytes',
    'Compressed size of the pushed image for one platform (what a pull downloads).',
  ),
  imageLayers: gauge('bka_image_layers', 'Layer count of the pushed image for one platform.'),
  vulnerabilities: gauge('bka_image_vulnerabilities', 'Vulnerabilities the scan kept, by severity.'),
  policyViolations: gauge('bka_policy_violations', 'Failed image policy rules, by level.'),
  signed: gauge('bka_image_signed', '1 when sign-image signed the image in this run, else 0.'),
  verified: gauge(
    'bka_image_signature_verified',
    '1 when sign-image verified the image signature in this run, else 0.',
  ),
  builderCpu: gauge('bka_builder_cpu_seconds', 'CPU time the builder used during the build.'),
  builderMemory: gauge('bka_builder_memory_peak_bytes', 'Peak memory of the builder during the build.'),
} as const satisfies Record<string, Spec>;

type FamilyKey = keyof typeof FAMILIES;

/** Samples of one group, deduplicated by family and labels (the last wins: a merge repeats sizes). */
class Samples {
  private readonly byFamily = new Map<FamilyKey, Map<string, Sample>>();

  add(key: FamilyKey, labels: Record<string, string>, value: number | boolean | undefined): void {
    if (value === undefined) return;
    const v = typeof value === 'boolean' ? Number(value) : value;
    if (!Number.isFinite(v)) return;
    const id = JSON.stringify(Object.entries(labels).sort());
    const family = this.byFamily.get(key) ?? new Map<string, Sample>();
    family.set(id, { labels, value: v });
    this.byFamily.set(key, family);
  }

  families(): MetricFamily[] {
    return (Object.keys(FAMILIES) as FamilyKey[])
      .filter((k) => this.byFamily.has(k))
      .map((k) => ({ ...FAMILIES[k], samples: [...this.byFamily.get(k)!.values()] }));
  }
}

function addService(out: Samples, m: ServiceMetrics): void {
  const platform = platformLabel(m.platforms);
  if (m.build) {
    out.add('duration', { platform }, m.build.durationSeconds);
    out.add('cacheHitRatio', { platform }, m.build.cacheHitRatio);
    for (const s of m.build.steps) {
      const labels = { platform: s.platform ?? platform, step: s.name };
      out.add('stepDuration', labels, s.durationSeconds);
      out.add('stepCached', labels, s.cached);
    }
    out.add('builderCpu', { platform }, m.build.builder?.cpuSeconds);
    out.add('builderMemory', { platform }, m.build.builder?.memoryPeakBytes);
  }
  for (const i of m.images ?? []) {
    out.add('imageSize', { platform: i.platform }, i.sizeBytes);
    out.add('imageLayers', { platform: i.platform }, i.layers);
  }
  for (const [severity, n] of Object.entries(m.vulnerabilities ?? {})) {
    out.add('vulnerabilities', { platform, severity }, n);
  }
  if (m.policyViolations) {
    out.add('policyViolations', { platform, level: 'error' }, m.policyViolations.error);
    out.add('policyViolations', { platform, level: 'warning' }, m.policyViolations.warning);
  }
  out.add('signed', { platform }, m.signed);
  out.add('verified', { platform }, m.verified);
}

/**
 * The grouping key of a service's group: job, repository, workflow, branch, service, variant and
 * pr, so that a pull request or another branch never replaces the default branch's series. Empty
 * values stay in the key (`pr=""` is how Prometheus reads an absent label) so every group has the
 * same label names. Pure.
 */
function groupingKey(run: RunLabels, service: string, variant = ''): Record<string, string> {
  return {
    job: METRICS_JOB,
    repository: run.repository,
    workflow: run.workflow,
    branch: run.branch,
    service,
    variant,
    pr: run.pr ?? '',
  };
}

/**
 * One group per service (and variant) of the run, with every build, merge, scan and signature of
 * it in one body: a PUT of that body replaces the group whole. Groups in the order services first
 * appear. Pure.
 */
export function metricGroups(run: RunLabels, services: readonly ServiceMetrics[]): MetricGroup[] {
  const groups = new Map<string, { grouping: Record<string, string>; samples: Samples }>();
  for (const m of services) {
    const grouping = groupingKey(run, m.service, m.variant);
    const id = JSON.stringify([m.service, m.variant ?? '']);
    const group = groups.get(id) ?? { grouping, samples: new Samples() };
    addService(group.samples, m);
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => ({ grouping: g.grouping, families: g.samples.families() }));
}
