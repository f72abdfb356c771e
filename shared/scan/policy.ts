/**
 * The image policy (shared/policy/) as scan-image applies it: each scanned image checked with its
 * service's settings from the plan manifest (the defaults for an image given by reference), on the
 * registry session its tag was resolved through, and the verdict by the `policy` mode.
 */
import type { Manifest, PolicySettings } from '../manifest/settings.js';
import { settingsFor } from '../manifest/settings.js';
import { checkImagePolicy } from '../policy/check.js';
import type { PolicyLevel, RuleName } from '../policy/config.js';
import type { PolicyReport } from '../policy/evaluate.js';
import { REGISTRY_CONCURRENCY, type DirectSession } from '../registry/session.js';
import { mapLimit } from '../runtime/concurrency.js';
import { InputError } from '../runtime/errors.js';

/** `enforce`: error-level violations fail the step; `report`: they are only reported; `off`: not checked. */
export const POLICY_MODES = ['enforce', 'report', 'off'] as const;
export type PolicyMode = (typeof POLICY_MODES)[number];

/** An image to check: pinned by digest, with what its build result says of it. */
export interface PolicyTarget {
  /** `name@sha256:...`. */
  ref: string;
  /** Repository with its host: the session's key. */
  name: string;
  /** The plan key (the build result's `service`): its manifest entry's policy applies. */
  service?: string;
  /** The base image the build resolved (the build result's `base`); else the base annotations. */
  base?: string;
}

/** One violation, as the `policy-violations` output lists it. */
export interface Violation {
  image: string;
  platform: string;
  rule: RuleName;
  level: Exclude<PolicyLevel, 'off'>;
  message: string;
  fix: string;
}

export interface ImagePolicy {
  ref: string;
  service?: string;
  base?: string;
  report: PolicyReport;
}

export interface PolicyOutcome {
  mode: Exclude<PolicyMode, 'off'>;
  /** The manifest the settings came from; absent: the built-in defaults. */
  manifestFile?: string;
  images: ImagePolicy[];
  violations: Violation[];
  /** No error-level violation, or `report` mode. */
  passed: boolean;
}

/**
 * The policy settings of an image: its service's (the manifest's defaults under the service's own
 * entry) when the build result named one, else the defaults. Pure.
 */
export function policySettings(manifest: Manifest, service?: string): PolicySettings | undefined {
  return service ? settingsFor(manifest, service).policy : manifest.defaults.policy;
}

/** An annotation's text for a violation. Pure. */
export function violationText(v: Violation): string {
  return `${v.image}${v.platform ? ` (${v.platform})` : ''}: policy rule ${v.rule}: ${v.message}. Fix: ${v.fix}`;
}

/** Every failed verdict, in report order. Pure. */
export function violationsOf(reports: readonly PolicyReport[]): Violation[] {
  return reports.flatMap((r) =>
    r.verdicts
      .filter((v) => v.status === 'fail' && v.level !== 'off')
      .flatMap((v) =>
        v.findings.map((f) => ({
          image: r.image,
          platform: v.platform,
          rule: v.rule,
          level: v.level as Violation['level'],
          message: f.message,
          fix: f.fix,
        })),
      ),
  );
}

/**
 * Checks every target, a few at a time (each is a few reads on its repository's session).
 *
 * @param sessions the session of a repository, shared with the tag resolution
 */
export async function checkPolicies(
  targets: readonly PolicyTarget[],
  opts: {
    mode: Exclude<PolicyMode, 'off'>;
    manifest: Manifest;
    sessions: (name: string) => Promise<DirectSession>;
  },
): Promise<PolicyOutcome> {
  const images = await mapLimit(targets, REGISTRY_CONCURRENCY, async (t) => ({
    ref: t.ref,
    ...(t.service && { service: t.service }),
    ...(t.base && { base: t.base }),
    report: await checkImagePolicy(t.ref, {
      policy: policySettings(opts.manifest, t.service),
      base: t.base,
      session: opts.sessions(t.name),
    }),
  }));
  const reports = images.map((i) => i.report);
  return {
    mode: opts.mode,
    ...(opts.manifest.file && { manifestFile: opts.manifest.file }),
    images,
    violations: violationsOf(reports),
    passed: opts.mode === 'report' || reports.every((r) => r.passed),
  };
}

/** The step's error when the policy failed: how many error-level verdicts, of which rules, and the fix. */
export function policyFailure(policy: PolicyOutcome): InputError {
  const errors = policy.images.reduce((n, i) => n + i.report.errors, 0);
  const rules = [...new Set(policy.violations.filter((v) => v.level === 'error').map((v) => v.rule))];
  return new InputError(`${errors} image policy violation(s) at level error (${rules.join(', ')}).`, {
    input: 'policy',
    fix: "fix what the summary lists (each violation says how), lower the rule's level in the manifest's `policy`, or set `policy: report` to report without failing.",
  });
}
