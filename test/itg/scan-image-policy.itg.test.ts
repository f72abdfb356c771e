/**
 * scan-image's image policy as the runner runs it (the bundle, INPUT_* variables), on purpose-built
 * images pushed to the engine's loopback registry and read back through the distribution API: each
 * rule fails on the image built to break it and passes on a compliant one; `report` mode reports
 * without failing; a service's manifest entry overrides the defaults; and the base annotations a
 * real build-service run writes satisfy the base allowlist. Trivy is the stand-in
 * (test/support/fake-trivy.mjs) with a clean report, so the policy alone decides the verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseScanResult } from '../../shared/contracts/scan-result.js';
import type { Violation } from '../../shared/scan/policy.js';
import { runAction, type ActionRun } from '../support/action.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const FAKE = resolve('test/support/fake-trivy.mjs');
const CLEAN = resolve('test/fixtures/scan/reports/clean.json');
const SUFFIX = Math.random().toString(36).slice(2, 8);
const CANARY = `canary-${Math.random().toString(36).slice(2)}${Date.now()}`;
const execFileP = promisify(execFile);

const LABELS = `LABEL org.opencontainers.image.source=https://github.com/acme/app \\
      org.opencontainers.image.revision=0123456789abcdef \\
      org.opencontainers.image.created=2026-01-01T00:00:00Z`;
const GOOD = `FROM ${BUSYBOX}\n${LABELS}\nRUN echo ok > /ok\nUSER 10001\nHEALTHCHECK CMD ["true"]\n`;
const BASE_OK = `manifest:org.opencontainers.image.base.name=${BUSYBOX}`;

/** Every rule at level error; max-size's budget between the busybox image and one 1 MiB larger. */
const MANIFEST = [
  'version: 1',
  'defaults:',
  '  policy:',
  '    max-size: { level: error, max: 1536KiB }',
  `    base-allowlist: { allow: ["${REGISTRY}/base/*"] }`,
  '    required-labels: error',
  '    healthcheck: error',
  'services:',
  '  job:',
  '    policy:',
  '      healthcheck: off',
  '',
].join('\n');

/** Each image built to break one rule (and only it), by the rule it breaks. */
const BAD: Record<string, { dockerfile: string; annotation?: string }> = {
  'non-root': { dockerfile: GOOD.replace('USER 10001', 'USER root') },
  'max-layers': {
    dockerfile: GOOD.replace(
      'RUN echo ok > /ok',
      Array.from({ length: 24 }, (_, i) => `RUN echo ${i} > /layer-${i}`).join('\n'),
    ),
  },
  'max-size': {
    dockerfile: GOOD.replace('RUN echo ok > /ok', 'RUN head -c 1048576 /dev/urandom > /blob'),
  },
  'base-allowlist': {
    dockerfile: GOOD,
    annotation: 'manifest:org.opencontainers.image.base.name=docker.io/library/alpine:3.19',
  },
  'required-labels': { dockerfile: GOOD.replace(LABELS, 'LABEL org.opencontainers.image.source=x') },
  healthcheck: { dockerfile: GOOD.replace('HEALTHCHECK CMD ["true"]', '') },
  'no-secrets': { dockerfile: GOOD.replace('USER 10001', `ENV GITHUB_TOKEN=${CANARY}\nUSER 10001`) },
};

let work: string;
const pushed: string[] = [];
/** `name@digest` of the compliant image and of each bad one, by rule. */
let good: string;
const bad: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bka-scan-policy-'));
  mkdirSync(join(work, 'ctx'));
  writeFileSync(join(work, '.github-manifest.yml'), MANIFEST);
  good = await build('good', GOOD, BASE_OK);
  for (const [rule, b] of Object.entries(BAD)) bad[rule] = await build(rule, b.dockerfile, b.annotation);
}, 600_000);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const ref of pushed)
    await execFileP('docker', ['image', 'rm', '-f', ref], { timeout: 60_000 }).catch(() => undefined);
}, 120_000);

/** Builds and pushes one image; returns `name@digest`. */
async function build(name: string, dockerfile: string, annotation = BASE_OK): Promise<string> {
  const ref = `${REGISTRY}/itg/scan-policy-${name}-${SUFFIX}`;
  const file = join(work, `${name}.Dockerfile`);
  const meta = join(work, `${name}.meta.json`);
  writeFileSync(file, dockerfile);
  // Pushed once, by BuildKit (`--push` on the docker driver pushes the tag twice, racing itself).
  const push = ['--output', 'type=image,push=true'];
  const args = ['buildx', 'build', '--file', file, '--tag', `${ref}:t`, ...push, '--metadata-file', meta];
  await execFileP('docker', [...args, '--annotation', annotation, join(work, 'ctx')], {
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  pushed.push(`${ref}:t`);
  const digest = (JSON.parse(readFileSync(meta, 'utf8')) as Record<string, string>)['containerimage.digest']!;
  return `${ref}@${digest}`;
}

async function scan(inputs: Record<string, string>, workspace = work): Promise<ActionRun> {
  return runAction('scan-image', {
    workspace,
    inputs: { 'trivy-path': FAKE, 'insecure-registries': REGISTRY, ...inputs },
    env: {
      RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
      FAKE_TRIVY_REPORT: CLEAN,
      FAKE_TRIVY_INSECURE: '1',
    },
  });
}

const violations = (run: ActionRun) => JSON.parse(run.outputs['policy-violations']!) as Violation[];

/** Every output, summary, annotation and the result file: where a secret must never appear. */
const everything = (run: ActionRun) =>
  [
    JSON.stringify(run.outputs),
    run.summary,
    run.stdout,
    run.stderr,
    readFileSync(run.outputs['result-file']!, 'utf8'),
  ].join('\n');

describe('scan-image policy (bundle)', () => {
  it('fails each rule on the image built to break it, passes every rule on the compliant one, and fails the step', async () => {
    const images = [good, ...Object.values(bad)];
    const run = await scan({ images: images.join('\n'), manifest: '.github-manifest.yml' });
    expect(run.code).toBe(1);
    expect(run.outputs['passed']).toBe('true'); // the vulnerability gate: the report is clean
    expect(run.outputs['policy-passed']).toBe('false');

    const all = violations(run);
    expect(all.filter((v) => v.image === good)).toEqual([]);
    for (const [rule, ref] of Object.entries(bad)) {
      const mine = all.filter((v) => v.image === ref);
      expect({ rule, broken: [...new Set(mine.map((v) => v.rule))] }).toEqual({ rule, broken: [rule] });
      expect(mine.every((v) => v.level === 'error' && v.platform === 'linux/amd64' && v.fix)).toBe(true);
    }
    expect(all.find((v) => v.rule === 'no-secrets')!.message).toContain('`GITHUB_TOKEN`');
    expect(all.find((v) => v.rule === 'max-layers')!.message).toBe('25 layers, more than 20');
    expect(all.find((v) => v.rule === 'base-allowlist')!.message).toContain(
      'base `docker.io/library/alpine:3.19` is not in the allowlist',
    );

    // Fails after writing everything, as the vulnerability gate does; each violation annotated.
    expect(run.errors.at(-1)).toMatch(
      /^input 'policy': 7 image policy violation\(s\) at level error \(non-root, max-layers, max-size, base-allowlist, required-labels, healthcheck, no-secrets\)\. Fix: /,
    );
    expect(run.errors.filter((e) => e.includes(': policy rule '))).toHaveLength(all.length);

    // The summary: a policy table per image, the vulnerability gate as one of its rules.
    expect(run.summary).toContain('## Image policy');
    expect(run.summary).toContain('Policy enforced');
    expect(run.summary.match(/### Image policy: /g)).toHaveLength(8);
    expect(run.summary).toContain('| `vulnerabilities` | ✅ pass |');
    expect(run.summary).toContain('| `non-root` | ❌ error | runs as root (`USER root`) |');

    // The result file matches its schema and carries each image's verdicts.
    const text = readFileSync(run.outputs['result-file']!, 'utf8');
    const result = parseScanResult(text, 'scan-result.json');
    expect(result.policy).toEqual({ mode: 'enforce', passed: false });
    const goodResult = result.images.find((i) => i.ref === good)!;
    expect(goodResult.policy).toMatchObject({ passed: true, errors: 0, warnings: 0, violations: [] });
    expect(goodResult.policy!.rules.every((r) => r.status === 'pass')).toBe(true);
    expect(result.images.find((i) => i.ref === bad['healthcheck'])!.policy!.violations).toEqual([
      expect.objectContaining({ rule: 'healthcheck', level: 'error', message: 'no HEALTHCHECK' }),
    ]);

    expect(everything(run)).not.toContain(CANARY);
  }, 300_000);

  it('reports without failing in report mode: the violations become warnings', async () => {
    const run = await scan({
      images: [good, bad['non-root']!, bad['healthcheck']!].join('\n'),
      manifest: '.github-manifest.yml',
      policy: 'report',
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['policy-passed']).toBe('true');
    expect(violations(run).map((v) => v.rule)).toEqual(['non-root', 'healthcheck']);
    expect(run.warnings.filter((w) => w.includes(': policy rule '))).toHaveLength(2);
    expect(run.summary).toContain('reported only (`policy: report`)');
    const result = parseScanResult(readFileSync(run.outputs['result-file']!, 'utf8'), 'r.json');
    expect(result.policy).toEqual({ mode: 'report', passed: true });
  }, 300_000);

  it("applies a service's manifest entry over the defaults (the build result's service), and warns at level warning", async () => {
    // The image without HEALTHCHECK, handed over as build results: once for service `job` (healthcheck
    // off), once for `api` (the defaults: error).
    const fixture = JSON.parse(readFileSync('test/fixtures/contracts/build-result.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const ref = bad['healthcheck']!;
    const [image, digest] = ref.split('@') as [string, string];
    const result = (service: string) => ({ ...fixture, service, image, digest, ref, base: BUSYBOX });
    writeFileSync(join(work, 'job.json'), JSON.stringify(result('job')));
    const job = await scan({ 'result-files': 'job.json', manifest: '.github-manifest.yml' });
    expect(job.errors).toEqual([]);
    expect(job.code).toBe(0);
    expect(violations(job)).toEqual([]);
    expect(job.summary).toContain('| `healthcheck` | ➖ off |');
    expect(job.summary).toContain('Settings: service `job` (`.github-manifest.yml`).');
    const jobResult = parseScanResult(readFileSync(job.outputs['result-file']!, 'utf8'), 'job');
    expect(jobResult.images[0]!.policy).toMatchObject({ service: 'job', base: BUSYBOX, passed: true });

    writeFileSync(join(work, 'api.json'), JSON.stringify(result('api')));
    const api = await scan({ 'result-files': 'api.json', manifest: '.github-manifest.yml' });
    expect(api.code).toBe(1);
    expect(violations(api).map((v) => `${v.rule}:${v.level}`)).toEqual(['healthcheck:error']);

    // No manifest: the built-in defaults, where healthcheck and required-labels only warn.
    const plain = await scan({ images: ref, manifest: '' }, mkdtempSync(join(tmpdir(), 'bka-nomanifest-')));
    expect(plain.errors).toEqual([]);
    expect(plain.code).toBe(0);
    expect(violations(plain).map((v) => `${v.rule}:${v.level}`)).toEqual(['healthcheck:warning']);
    expect(plain.warnings.some((w) => w.includes(': policy rule healthcheck: no HEALTHCHECK'))).toBe(true);
  }, 300_000);
});

describe('base annotations written by build-service', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'bka-scan-policy-build-'));
    cpSync(resolve('test/fixtures/build'), workspace, { recursive: true });
    writeFileSync(join(workspace, 'policy.yml'), MANIFEST);
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it.each([
    ['one platform, with provenance: an index', 'linux/amd64', 'true'],
    ['two platforms', 'linux/amd64,linux/arm64', 'false'],
  ])(
    'are read back from the registry (%s) and satisfy the base allowlist',
    async (_, platforms, provenance) => {
      const image = `${REGISTRY}/itg/scan-policy-built-${platforms.includes(',') ? 'multi' : 'one'}-${SUFFIX}`;
      const built = await runAction('build-service', {
        workspace,
        inputs: {
          service: 'multi',
          context: 'multiarch',
          image,
          platforms,
          'build-args': `BASE=${BUSYBOX}`,
          provenance,
          'insecure-registry': 'true',
        },
        env: {
          DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
          DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SERVER_URL: 'https://github.com',
        },
      });
      if (built.code !== 0) throw new Error(`build-service failed:\n${built.stdout}\n${built.stderr}`);
      pushed.push(...built.outputs['tags']!.split('\n'));
      const result = JSON.parse(readFileSync(built.outputs['result-file']!, 'utf8')) as Record<
        string,
        string
      >;
      expect(result['base']).toBe(BUSYBOX);
      const ref = built.outputs['image']!;

      // The annotations, as the registry serves them: on every platform manifest, and on the index.
      const annotations = await readAnnotations(ref);
      for (const a of annotations.manifests) expect(a['org.opencontainers.image.base.name']).toBe(BUSYBOX);
      expect(annotations.manifests).toHaveLength(platforms.split(',').length);
      if (platforms.includes(','))
        expect(annotations.index?.['org.opencontainers.image.base.name']).toBe(BUSYBOX);

      // scan-image given the plain reference: no build result, so the base comes from the annotations.
      const run = await scan({ images: ref, manifest: 'policy.yml', policy: 'report' }, workspace);
      expect(run.code).toBe(0);
      const r = parseScanResult(readFileSync(run.outputs['result-file']!, 'utf8'), 'r');
      const base = r.images[0]!.policy!.rules.filter((x) => x.rule === 'base-allowlist');
      expect(base.map((x) => x.status)).toEqual(platforms.split(',').map(() => 'pass'));
      expect(r.images[0]!.policy!.base).toBeUndefined();
    },
    600_000,
  );
});

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** The annotations of `name@digest`: the index's (when it is one) and each image manifest's. */
async function readAnnotations(
  ref: string,
): Promise<{ index?: Record<string, string>; manifests: Record<string, string>[] }> {
  const [name, digest] = ref.split('@') as [string, string];
  const repo = name.slice(REGISTRY.length + 1);
  const get = async (d: string) => {
    const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${d}`, { headers: { Accept: ACCEPT } });
    if (!res.ok) throw new Error(`${repo}@${d}: ${res.status}`);
    return (await res.json()) as {
      manifests?: { digest: string; annotations?: Record<string, string> }[];
      annotations?: Record<string, string>;
    };
  };
  const top = await get(digest);
  if (!top.manifests) return { manifests: [top.annotations ?? {}] };
  const images = top.manifests.filter(
    (m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
  );
  return {
    index: top.annotations ?? {},
    manifests: await Promise.all(images.map(async (m) => (await get(m.digest)).annotations ?? {})),
  };
}
