/**
 * JSON Schema (draft 2020-12) of one plan-matrix entry: the source of truth for
 * docs/schemas/matrix-entry.schema.json and the compiled matrix-entry.validate.ts (both written by
 * scripts/contract-schemas.ts; test/repo/contract-schemas.test.ts keeps them equal to this).
 *
 * No field is required: plan-matrix writes them all, but build-service's inputs override each one, so
 * a hand-written entry may give only some. Unknown fields are allowed: `toJSON(matrix)` carries the
 * workflow's own matrix dimensions, and a newer plan-matrix may add optional fields within a version.
 */
const text = (description: string) => ({ type: 'string', description }) as const;

export const matrixEntrySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/schemas/matrix-entry.schema.json',
  title: 'buildkit-actions matrix entry',
  description:
    "One entry of plan-matrix's `matrix` (and `waves`) output, as build-service's `entry` input reads it. See docs/contracts.md.",
  type: 'object',
  properties: {
    version: {
      type: 'integer',
      minimum: 1,
      description:
        'Major version of this contract; absent means 1. A reader refuses a major it does not know.',
    },
    service: text(
      'Unique plan key: the Compose service name, or name@<compose-file-slug> when two builds share a name.',
    ),
    name: text('The Compose service name.'),
    'compose-file': text('The Compose file that defines the service, repository-relative.'),
    context: text('Build context, repository-relative POSIX path.'),
    dockerfile: text('Dockerfile, repository-relative POSIX path; empty for <context>/Dockerfile.'),
    target: text('Dockerfile stage built without a variant; empty for the last stage.'),
    targets: {
      type: 'object',
      description: 'Dockerfile stages of the dev and prod variants.',
      properties: { dev: text('Stage of the dev variant.'), prod: text('Stage of the prod variant.') },
    },
    platforms: text('Comma-separated platforms (linux/amd64,linux/arm64); empty for the builder’s own.'),
    depends_on: {
      type: 'array',
      items: { type: 'string' },
      description: 'Plan keys of the dependencies rebuilt in the same plan (earlier waves).',
    },
    wave: { type: 'integer', minimum: 0, description: 'Dependency wave, from 0.' },
    image: text('Image repository to push, without tag.'),
    'cache-scope': text('Shared cache scope of the stack the service belongs to.'),
    bases: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description:
        "Optional. The base image of each planned target, keyed by stage as target and targets name it ('' for the last stage); '' for none (FROM scratch, or known only at build time). As built from the entry alone: absent when the service has build args, named contexts or an inline Dockerfile.",
    },
  },
} as const;
