/**
 * The base image from plan to image: plan-matrix resolves each planned target's base from the
 * Dockerfile model and writes it in the matrix entry (`bases`); build-service, given that entry
 * alone, names it in the build result and in the OCI base annotations the registry serves. Both
 * bundles, as the runner runs them, on the engine's BuildKit and loopback registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../support/action.js';
import { TempRepo } from '../support/git-repo.js';
import { readFileSync } from 'node:fs';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const SUFFIX = Math.random().toString(36).slice(2, 8);

// The base is reached through a global ARG's default and a stage chain; a heredoc body holds a FROM
// line that is no instruction.
const DOCKERFILE = `# escape=\`
ARG BASE=${BUSYBOX}
FROM \${BASE} AS deps
RUN <<EOF
echo FROM evil:1 > /deps
EOF
FROM deps AS prod
RUN echo prod > /prod
FROM scratch AS bare
COPY --from=deps /deps /deps
`;

let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  repo.commit({
    write: {
      'compose.yaml': [
        'services:',
        '  api:',
        '    image: itg/plan-base-api',
        '    build: { context: api, target: prod }',
        '  bare:',
        '    image: itg/plan-base-bare',
        '    build: { context: api, target: bare }',
        '',
      ].join('\n'),
      'api/Dockerfile': DOCKERFILE,
    },
  });
});
afterAll(() => repo.remove());

describe('the base image, from plan-matrix to the pushed image', () => {
  it('is resolved by the plan and written by build-service from the entry', async () => {
    const plan = await runAction('plan-matrix', {
      workspace: repo.dir,
      inputs: { 'compose-files': 'compose.yaml', all: 'true' },
    });
    expect(plan.code).toBe(0);
    const entries = (JSON.parse(plan.outputs['matrix']!) as { include: Record<string, unknown>[] }).include;
    const entry = (s: string) => entries.find((e) => e['service'] === s)!;
    expect(entry('api')['bases']).toEqual({ prod: BUSYBOX });
    expect(entry('bare')['bases']).toEqual({ bare: '' });

    const image = `${REGISTRY}/itg/plan-base-${SUFFIX}`;
    const built = await runAction('build-service', {
      workspace: repo.dir,
      inputs: {
        entry: JSON.stringify(entry('api')),
        image,
        platforms: '',
        'insecure-registry': 'true',
        cache: 'none',
      },
      env: {
        DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
        DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_REF: 'refs/heads/main',
      },
    });
    if (built.code !== 0) throw new Error(`build-service failed:\n${built.stdout}\n${built.stderr}`);
    const result = JSON.parse(readFileSync(built.outputs['result-file']!, 'utf8')) as Record<string, string>;
    expect(result['base']).toBe(BUSYBOX);
    const [name, digest] = built.outputs['image']!.split('@') as [string, string];
    const res = await fetch(`http://${REGISTRY}/v2/${name.slice(REGISTRY.length + 1)}/manifests/${digest}`, {
      headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(res.ok).toBe(true);
    const manifest = (await res.json()) as { annotations?: Record<string, string> };
    expect(manifest.annotations?.['org.opencontainers.image.base.name']).toBe(BUSYBOX);

    // The entry's base is the one written, not one read again from the Dockerfile: pinned in the
    // entry (the same image, so the build is the same), the result and the annotations carry the pin.
    const [repoPath, tag] = BUSYBOX.slice(REGISTRY.length + 1).split(':') as [string, string];
    const head = await fetch(`http://${REGISTRY}/v2/${repoPath}/manifests/${tag}`, {
      method: 'HEAD',
      headers: {
        Accept:
          'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    });
    const baseDigest = head.headers.get('docker-content-digest')!;
    expect(baseDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const pinnedEntry = { ...entry('api'), bases: { prod: `${BUSYBOX}@${baseDigest}` } };
    const again = await runAction('build-service', {
      workspace: repo.dir,
      inputs: {
        entry: JSON.stringify(pinnedEntry),
        image,
        platforms: '',
        'insecure-registry': 'true',
        cache: 'none',
      },
      env: {
        DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
        DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_REF: 'refs/heads/main',
      },
    });
    if (again.code !== 0) throw new Error(`build-service failed:\n${again.stdout}\n${again.stderr}`);
    const pinned = JSON.parse(readFileSync(again.outputs['result-file']!, 'utf8')) as Record<string, string>;
    expect(pinned['base']).toBe(`${BUSYBOX}@${baseDigest}`);
    const [name2, digest2] = again.outputs['image']!.split('@') as [string, string];
    const res2 = await fetch(
      `http://${REGISTRY}/v2/${name2.slice(REGISTRY.length + 1)}/manifests/${digest2}`,
      {
        headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
      },
    );
    const manifest2 = (await res2.json()) as { annotations?: Record<string, string> };
    expect(manifest2.annotations?.['org.opencontainers.image.base.digest']).toBe(baseDigest);
  }, 600_000);
});
