/**
 * JSON Schema (draft 2020-12) of the result file build-service writes (its `result-file` output) for
 * scan-image, sign-image and report-metrics: the source of truth for
 * docs/schemas/build-result.schema.json and the compiled build-result.validate.ts (both written by
 * scripts/contract-schemas.ts; test/repo/contract-schemas.test.ts keeps them equal to this).
 *
 * Unknown fields are allowed, so a reader keeps working when a newer build-service adds an optional
 * field within the same version.
 */
const count = { type: 'integer', minimum: 0 } as const;
const duration = { type: 'number', minimum: 0 } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;
/** An OCI digest (`sha256:…`), or empty when nothing was pushed. */
const digest = { type: 'string', pattern: '^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$' } as const;

export const buildResultSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/schemas/build-result.schema.json',
  title: 'buildkit-actions build result',
  description: "The file named by build-service's `result-file` output. See docs/contracts.md.",
  type: 'object',
  required: [
    'version',
    'mode',
    'service',
    'image',
    'digest',
    'ref',
    'tags',
    'platforms',
    'metadata',
    'durationMs',
    'cachedSteps',
    'cacheableSteps',
    'perPlatform',
    'steps',
    'cacheMisses',
    'cache',
    'warnings',
    'command',
    'attempts',
    'retried',
  ],
  properties: {
    version: {
      type: 'integer',
      minimum: 1,
      description: 'Major version of this contract. A reader refuses a major it does not know.',
    },
    mode: { enum: ['build', 'merge'], description: 'A build, or a merge of per-platform digests.' },
    service: { type: 'string', description: 'The plan key built.' },
    variant: { enum: ['dev', 'prod'], description: 'The variant built, when one was asked for.' },
    target: { type: 'string', description: 'The Dockerfile stage built.' },
    base: {
      type: 'string',
      description:
        "The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`), followed through the stages it is built FROM; absent for `FROM scratch` or a base the Dockerfile leaves to a build arg without a value.",
    },
    image: { type: 'string', description: 'Image repository, without tag; empty when there is none.' },
    digest: { ...digest, description: 'Digest of the pushed image or index; empty when nothing was pushed.' },
    ref: { type: 'string', description: '`image@digest`; empty when nothing was pushed.' },
    tags: { ...strings, description: 'Full tag references pushed.' },
    platforms: { ...strings, description: 'Platforms built.' },
    metadata: { type: 'object', description: "buildx's metadata file (`--metadata-file`), as written." },
    durationMs: { ...duration, description: 'Wall time of the build or merge, in milliseconds.' },
    cacheHitRatio: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Cached instruction steps over all of them; absent when there is none.',
    },
    cachedSteps: count,
    cacheableSteps: { ...count, description: 'Dockerfile instruction steps: the ratio’s denominator.' },
    imageSize: { ...count, description: 'Compressed size in bytes of the largest platform’s image.' },
    layers: { ...count, description: 'Layer count of the largest platform’s image.' },
    perPlatform: {
      type: 'array',
      items: {
        type: 'object',
        required: ['platform', 'digest', 'size', 'layers'],
        properties: {
          platform: { type: 'string' },
          digest,
          size: count,
          layers: count,
          largestLayer: {
            type: 'object',
            description: 'The largest layer, and the Dockerfile line that made it when the config says.',
            required: ['size'],
            properties: { size: count, createdBy: { type: 'string' } },
          },
        },
      },
    },
    steps: {
      type: 'array',
      description: 'The build’s steps (BuildKit vertices), in order.',
      items: {
        type: 'object',
        required: ['name', 'kind', 'durationMs', 'cached'],
        properties: {
          name: { type: 'string' },
          kind: { enum: ['instruction', 'from', 'internal', 'cache-import', 'export', 'other'] },
          instruction: { type: 'string', description: 'RUN, COPY, … for instruction and from steps.' },
          stage: { type: 'string' },
          platform: { type: 'string' },
          durationMs: duration,
          cached: { type: 'boolean' },
          error: { type: 'string' },
        },
      },
    },
    cacheMisses: {
      type: 'array',
      description: 'Cache sources BuildKit could not import (missing, unreachable, corrupt).',
      items: {
        type: 'object',
        required: ['ref', 'error'],
        properties: { ref: { type: 'string' }, error: { type: 'string' } },
      },
    },
    cache: { ...strings, description: 'The cache plan, one line per import or export.' },
    warnings: strings,
    command: { type: 'string', description: 'The buildx command line run (secrets are never in it).' },
    buildx: { type: 'string', description: 'The buildx plugin binary run in place of `docker buildx`.' },
    attempts: { type: 'integer', minimum: 1, description: 'Attempts the build took.' },
    retried: { ...strings, description: 'Why each retried attempt was retried.' },
    builder: {
      type: 'object',
      description:
        'The builder’s CPU and memory use during the build, where the driver lets it be read (docker-container).',
      properties: {
        cpuSeconds: { type: 'number', minimum: 0, description: 'CPU time (user + system), seconds.' },
        memoryPeakBytes: { ...count, description: 'Peak memory of the builder’s container, bytes.' },
      },
    },
  },
} as const;
