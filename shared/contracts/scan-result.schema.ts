/**
 * JSON Schema (draft 2020-12) of the result file scan-image writes (its `result-file` output) for
 * report-metrics: the source of truth for docs/schemas/scan-result.schema.json and the compiled
 * scan-result.validate.ts (both written by scripts/contract-schemas.ts;
 * test/repo/contract-schemas.test.ts keeps them equal to this).
 *
 * Unknown fields are allowed, so a reader keeps working when a newer scan-image adds an optional
 * field within the same version.
 */
import { RULE_NAMES } from '../policy/config.js';
import { SEVERITIES } from '../scan/report.js';

const count = { type: 'integer', minimum: 0 } as const;
const level = { enum: ['error', 'warning', 'off'] } as const;
const rule = { enum: [...RULE_NAMES] } as const;
/** Findings of each severity, every severity present. */
const counts = {
  type: 'object',
  required: [...SEVERITIES],
  properties: Object.fromEntries(SEVERITIES.map((s) => [s, count])),
} as const;
/** An OCI digest. */
const digest = { type: 'string', pattern: '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$' } as const;

export const scanResultSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/schemas/scan-result.schema.json',
  title: 'buildkit-actions scan result',
  description: "The file named by scan-image's `result-file` output. See docs/contracts.md.",
  type: 'object',
  required: ['version', 'scanner', 'failOn', 'passed', 'counts', 'policy', 'images'],
  properties: {
    version: {
      type: 'integer',
      minimum: 1,
      description: 'Major version of this contract. A reader refuses a major it does not know.',
    },
    scanner: {
      type: 'object',
      required: ['name', 'version'],
      properties: {
        name: { const: 'trivy' },
        version: { type: 'string', description: "Trivy's version; empty when it did not say." },
      },
    },
    failOn: {
      type: 'array',
      items: { enum: [...SEVERITIES] },
      description: 'The severities the vulnerability gate fails on (`fail-on`); empty: it never fails.',
    },
    passed: { type: 'boolean', description: 'The vulnerability gate passed (no finding of `failOn`).' },
    counts: { ...counts, description: 'Distinct findings over every image, by severity.' },
    policy: {
      type: 'object',
      required: ['mode', 'passed'],
      description: 'The image policy over every image (docs/policy.md).',
      properties: {
        mode: { enum: ['enforce', 'report', 'off'] },
        passed: {
          type: 'boolean',
          description: 'No error-level violation, or mode `report` or `off`.',
        },
      },
    },
    images: {
      type: 'array',
      items: {
        type: 'object',
        required: ['input', 'ref', 'digest', 'counts', 'platforms'],
        properties: {
          input: { type: 'string', description: 'The reference as given, or the build result’s ref.' },
          ref: { type: 'string', description: '`name@digest`: what was scanned.' },
          digest,
          counts,
          platforms: {
            type: 'array',
            items: {
              type: 'object',
              required: ['platform', 'report', 'reported', 'kept', 'ignored'],
              properties: {
                platform: {
                  type: 'string',
                  description: '`os/arch[/variant]`; empty for a single manifest.',
                },
                report: { type: 'string', description: "Path of Trivy's raw JSON report." },
                reported: { ...count, description: 'Vulnerabilities Trivy reported.' },
                kept: { ...count, description: 'Those left after the threshold and the ignores.' },
                ignored: { ...count, description: 'Those the ignore file ignored.' },
              },
            },
          },
          policy: {
            type: 'object',
            description: "The image's policy verdicts; absent when the policy is off.",
            required: ['passed', 'errors', 'warnings', 'rules', 'violations'],
            properties: {
              passed: { type: 'boolean' },
              errors: { ...count, description: 'Failed verdicts at level error.' },
              warnings: { ...count, description: 'Failed verdicts at level warning.' },
              service: { type: 'string', description: 'The plan key whose manifest settings applied.' },
              base: { type: 'string', description: 'The base image the build result gave.' },
              rules: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['rule', 'platform', 'level', 'status'],
                  properties: {
                    rule,
                    platform: { type: 'string' },
                    level,
                    status: { enum: ['pass', 'fail', 'off'] },
                  },
                },
              },
              violations: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['platform', 'rule', 'level', 'message', 'fix'],
                  properties: {
                    platform: { type: 'string' },
                    rule,
                    level: { enum: ['error', 'warning'] },
                    message: {
                      type: 'string',
                      description: 'What is wrong (Markdown); never a secret’s value.',
                    },
                    fix: { type: 'string', description: 'How to fix it (Markdown).' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
