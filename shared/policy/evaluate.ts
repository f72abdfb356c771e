/** The policy applied to an image: every rule on every platform, and the report. Pure. */
import { RULE_NAMES, type PolicyLevel, type ResolvedPolicy, type RuleName } from './config.js';
import type { PolicyImage } from './image.js';
import { RULES, type Finding } from './rules.js';

/** One rule's verdict on one platform. */
export interface RuleVerdict {
  rule: RuleName;
  level: PolicyLevel;
  platform: string;
  /** `off`: the rule is not checked. */
  status: 'pass' | 'fail' | 'off';
  findings: Finding[];
}

export interface PolicyReport {
  /** `name@sha256:...`. */
  image: string;
  platforms: string[];
  verdicts: RuleVerdict[];
  /** Failed verdicts at level `error`, and at `warning`. */
  errors: number;
  warnings: number;
  /** No verdict failed at level `error`. */
  passed: boolean;
}

/**
 * Applies every rule to every platform of `image`.
 *
 * @param base the base image the build resolved (the build result's FROM); else each platform's
 *   base annotations are read.
 */
export function evaluatePolicy(image: PolicyImage, policy: ResolvedPolicy, base?: string): PolicyReport {
  const verdicts: RuleVerdict[] = [];
  for (const rule of RULE_NAMES) {
    const params = policy[rule];
    for (const p of image.platforms) {
      if (params.level === 'off') {
        verdicts.push({ rule, level: 'off', platform: p.platform, status: 'off', findings: [] });
        continue;
      }
      const check = RULES[rule] as (
        i: typeof p,
        input: { params: typeof params; base?: string },
      ) => Finding[];
      const findings = check(p, { params, base });
      verdicts.push({
        rule,
        level: params.level,
        platform: p.platform,
        status: findings.length ? 'fail' : 'pass',
        findings,
      });
    }
  }
  const failed = (level: PolicyLevel) =>
    verdicts.filter((v) => v.status === 'fail' && v.level === level).length;
  const errors = failed('error');
  return {
    image: image.ref,
    platforms: image.platforms.map((p) => p.platform),
    verdicts,
    errors,
    warnings: failed('warning'),
    passed: errors === 0,
  };
}
