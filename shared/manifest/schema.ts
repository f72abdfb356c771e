/**
 * JSON Schema (draft 2020-12) of the plan manifest. `npm run build` writes it to
 * docs/manifest.schema.json for editors; a test keeps the two equal.
 */
const platform = { type: 'string', pattern: '^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$' } as const;
const globs = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const targets = {
  type: 'object',
  description: 'Dockerfile stages for the dev and prod variants.',
  properties: { dev: { type: 'string', minLength: 1 }, prod: { type: 'string', minLength: 1 } },
  additionalProperties: false,
} as const;
const level = {
  type: 'string',
  enum: ['error', 'warning', 'off'],
  description: 'error fails the check, warning reports, off skips the rule.',
} as const;
/** A policy rule: its level alone, or its level with parameters. */
const rule = <P extends Record<string, unknown>>(description: string, params: P) =>
  ({
    description,
    anyOf: [level, { type: 'object', additionalProperties: false, properties: { level, ...params } }],
  }) as const;
const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const policy = {
  type: 'object',
  description: 'The image policy scan-image checks (docs/policy.md): each rule by name.',
  additionalProperties: false,
  properties: {
    'non-root': rule('The image runs as a user other than root (USER set, not 0 or root).', {}),
    'max-layers': rule('At most `max` layers (default 20).', { max: { type: 'integer', minimum: 1 } }),
    'max-size': rule('Compressed size within `max` (bytes, or a size such as 200MiB; default 1GiB).', {
      max: {
        anyOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*([kmgtpKMGTP][iI]?[bB]?|[bB])?$' },
        ],
      },
    }),
    'base-allowlist': rule(
      'The base image matches an entry of `allow` (`*` within a path component, `**` across).',
      {
        allow: names,
      },
    ),
    'required-labels': rule(
      'Every label of `labels` is set (default: the OCI source, revision and created).',
      {
        labels: names,
      },
    ),
    healthcheck: rule('The image has a HEALTHCHECK.', {}),
    'no-secrets': rule(
      'No secret-looking value in ENV, labels or build history; `ignore` lists keys to skip.',
      {
        ignore: names,
      },
    ),
  },
} as const;
const common = {
  platforms: {
    type: 'array',
    items: platform,
    minItems: 1,
    uniqueItems: true,
    description: 'Target platforms.',
  },
  targets,
  registry: { type: 'string', minLength: 1, description: 'Registry and namespace images are pushed to.' },
  'cache-scope': { type: 'string', pattern: '^[A-Za-z0-9._-]+$', description: 'Shared cache scope.' },
  policy,
} as const;

export const manifestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/manifest.schema.json',
  title: 'buildkit-actions plan manifest',
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    defaults: { type: 'object', additionalProperties: false, properties: common },
    global: {
      ...globs,
      description: 'Repository-wide globs: a change to any of them affects every service.',
    },
    services: {
      type: 'object',
      description:
        'Per-service settings, keyed by plan key (the Compose service name, or its qualified key).',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...common,
          watch: { ...globs, description: 'More repository paths that affect this service.' },
          depends_on: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Services that must be built before this one.',
          },
          image: {
            type: 'string',
            minLength: 1,
            description: 'Image repository name, without registry or tag.',
          },
          exclude: { type: 'boolean', description: 'Never plan this service.' },
        },
      },
    },
  },
} as const;
