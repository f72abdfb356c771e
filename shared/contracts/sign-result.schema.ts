/**
 * JSON Schema (draft 2020-12) of the result file sign-image writes (its `result-file` output) for
 * report-metrics: the source of truth for docs/schemas/sign-result.schema.json and the compiled
 * sign-result.validate.ts (both written by scripts/contract-schemas.ts). Unknown fields are allowed,
 * so a reader keeps working when a newer sign-image adds an optional field within the same version.
 */
const digest = { type: 'string', pattern: '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$' } as const;
const text = { type: 'string' } as const;

const provenance = {
  type: 'object',
  required: ['status'],
  properties: {
    status: {
      enum: ['attested', 'verified', 'skipped', 'failed'],
      description:
        'sign: attested (made and checked right after), skipped or failed; verify: verified or failed.',
    },
    predicate: { ...text, description: 'The SLSA v1 predicate file attested (sign).' },
    from: { enum: ['build-result', 'workflow'], description: 'What the predicate describes.' },
    reason: { ...text, description: 'Why it was skipped or failed, in a few words.' },
    detail: { ...text, description: "cosign's own error line." },
  },
} as const;

const image = {
  type: 'object',
  required: ['input', 'image', 'digest', 'ref', 'index', 'platforms', 'status'],
  properties: {
    input: { ...text, description: 'The reference as given.' },
    image: { ...text, description: 'Repository with its host.' },
    digest,
    ref: { ...text, description: '`image@digest`: what was signed or verified.' },
    tag: { ...text, description: 'The tag the digest was resolved from.' },
    index: { type: 'boolean', description: 'A multi-platform index (signed with --recursive).' },
    platforms: { type: 'array', items: text },
    status: { enum: ['signed', 'verified', 'failed'] },
    reason: { ...text, description: 'Why verification failed, in a few words.' },
    detail: { ...text, description: "cosign's own error line." },
    failedPlatforms: { type: 'array', items: text },
    provenance,
  },
} as const;

export const signResultSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/schemas/sign-result.schema.json',
  title: 'buildkit-actions sign result',
  description: "The file named by sign-image's `result-file` output. See docs/contracts.md.",
  type: 'object',
  required: ['version', 'mode', 'method', 'cosign', 'images', 'durationMs'],
  properties: {
    version: {
      type: 'integer',
      minimum: 1,
      description: 'Major version of this contract. A reader refuses a major it does not know.',
    },
    mode: { enum: ['sign', 'verify'] },
    method: { enum: ['key', 'keyless'] },
    cosign: {
      type: 'object',
      required: ['version', 'major', 'path'],
      properties: { version: text, major: { enum: [2, 3] }, path: text },
    },
    identity: { ...text, description: 'Keyless: the identity signed as (sign) or required (verify).' },
    issuer: text,
    images: { type: 'array', items: image },
    durationMs: { type: 'number', minimum: 0 },
  },
} as const;
