import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, resolvePolicy, type ResolvedPolicy } from '../../shared/policy/config.js';
import { evaluatePolicy, type PolicyReport } from '../../shared/policy/evaluate.js';
import type { ImageConfig, PlatformImage, PolicyImage } from '../../shared/policy/image.js';
import { renderPolicyMarkdown } from '../../shared/policy/markdown.js';
import { readPolicyImage } from '../../shared/policy/read.js';
import { allowed } from '../../shared/policy/rules.js';
import { findSecrets } from '../../shared/policy/secrets.js';
import { RegistryClient } from '../../shared/registry/client.js';
import { sha256Digest } from '../../shared/oci/digest.js';

const CANARY = 'canary-7f3a9c1e2b';
const KEY_BLOCK =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';

/** A compliant image config; tests spoil one field at a time. */
function config(
  over: Partial<NonNullable<ImageConfig['config']>> = {},
  history: ImageConfig['history'] = [],
): ImageConfig {
  return {
    os: 'linux',
    architecture: 'amd64',
    config: {
      User: '10001',
      Env: ['PATH=/usr/bin', 'PASSWORD_FILE=/run/secrets/db'],
      Labels: {
        'org.opencontainers.image.source': 'https://github.com/acme/app',
        'org.opencontainers.image.revision': 'abc',
        'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      },
      Healthcheck: { Test: ['CMD-SHELL', 'true'] },
      ...over,
    },
    history,
  };
}

function image(cfg: ImageConfig, extra: Partial<PlatformImage> = {}): PolicyImage {
  return {
    ref: `127.0.0.1:5000/app@sha256:${'a'.repeat(64)}`,
    platforms: [
      {
        platform: 'linux/amd64',
        digest: `sha256:${'b'.repeat(64)}`,
        layers: [100, 200],
        annotations: {},
        config: cfg,
        ...extra,
      },
    ],
  };
}

const ALL_ON: ResolvedPolicy = resolvePolicy({ 'base-allowlist': { allow: ['127.0.0.1:5000/base/*'] } });

function verdict(report: PolicyReport, rule: string) {
  return report.verdicts.find((v) => v.rule === rule)!;
}

function check(img: PolicyImage, base = '127.0.0.1:5000/base/busybox:1.35', policy = ALL_ON): PolicyReport {
  return evaluatePolicy(img, policy, base);
}

describe('policy rules', () => {
  it('passes a compliant image on every rule', () => {
    const r = check(image(config()));
    expect(r.verdicts.map((v) => [v.rule, v.status])).toEqual([
      ['non-root', 'pass'],
      ['max-layers', 'pass'],
      ['max-size', 'pass'],
      ['base-allowlist', 'pass'],
      ['required-labels', 'pass'],
      ['healthcheck', 'pass'],
      ['no-secrets', 'pass'],
    ]);
    expect(r).toMatchObject({ passed: true, errors: 0, warnings: 0 });
  });

  it.each([[undefined], [''], ['0'], ['root'], ['root:root'], ['0:1000']])(
    'non-root fails for USER %p',
    (user) => {
      const v = verdict(check(image(config({ User: user }))), 'non-root');
      expect(v).toMatchObject({ status: 'fail', level: 'error' });
      expect(v.findings[0]!.fix).toMatch(/USER/);
    },
  );

  it.each([['app'], ['1000:1000'], ['nobody']])('non-root passes for USER %p', (user) => {
    expect(verdict(check(image(config({ User: user }))), 'non-root').status).toBe('pass');
  });

  it('max-layers counts the manifest layers against max', () => {
    expect(verdict(check(image(config(), { layers: Array(20).fill(1) })), 'max-layers').status).toBe('pass');
    const v = verdict(check(image(config(), { layers: Array(25).fill(1) })), 'max-layers');
    expect(v.findings[0]!.message).toBe('25 layers, more than 20');
    const p = resolvePolicy({ 'max-layers': { max: 30 } });
    expect(
      verdict(check(image(config(), { layers: Array(25).fill(1) }), undefined, p), 'max-layers').status,
    ).toBe('pass');
  });

  it('max-size sums the compressed layers against the budget', () => {
    const p = resolvePolicy({ 'max-size': { level: 'error', max: '1KiB' } });
    expect(verdict(check(image(config(), { layers: [512, 512] }), undefined, p), 'max-size').status).toBe(
      'pass',
    );
    const v = verdict(check(image(config(), { layers: [1024, 1] }), undefined, p), 'max-size');
    expect(v).toMatchObject({ status: 'fail', level: 'error' });
    expect(v.findings[0]!.message).toMatch(/1\.0 KiB compressed, over the budget of 1\.0 KiB/);
  });

  it('base-allowlist reads the explicit base, else the base annotations', () => {
    const img = image(config());
    expect(
      verdict(check(img, 'docker.io/library/alpine:3.20'), 'base-allowlist').findings[0]!.message,
    ).toMatch(/alpine:3\.20.*not in the allowlist/);
    const annotated = image(config(), {
      annotations: {
        'org.opencontainers.image.base.name': '127.0.0.1:5000/base/debian:bookworm',
        'org.opencontainers.image.base.digest': `sha256:${'c'.repeat(64)}`,
      },
    });
    expect(verdict(evaluatePolicy(annotated, ALL_ON), 'base-allowlist').status).toBe('pass');
    const unknown = verdict(evaluatePolicy(img, ALL_ON), 'base-allowlist');
    expect(unknown.findings[0]!.message).toBe('the base image is unknown');
  });

  it('base-allowlist is off until an allowlist is named', () => {
    expect(verdict(evaluatePolicy(image(config()), resolvePolicy()), 'base-allowlist').status).toBe('off');
    expect(resolvePolicy({ 'base-allowlist': { allow: ['x'] } })['base-allowlist'].level).toBe('error');
    expect(
      resolvePolicy({ 'base-allowlist': { level: 'warning', allow: ['x'] } })['base-allowlist'].level,
    ).toBe('warning');
  });

  it('matches allowlist entries as docker reads names', () => {
    expect(allowed('busybox:1.36', ['docker.io/library/busybox'])).toBe(true);
    expect(allowed('docker.io/library/busybox', ['busybox'])).toBe(true);
    expect(allowed('busybox:1.36', ['busybox:1.35'])).toBe(false);
    expect(allowed('busybox:1.35.2', ['busybox:1.35*'])).toBe(true);
    expect(allowed('ghcr.io/acme/base/node:20', ['ghcr.io/acme/*'])).toBe(false);
    expect(allowed('ghcr.io/acme/base/node:20', ['ghcr.io/acme/**'])).toBe(true);
    const d = `sha256:${'d'.repeat(64)}`;
    expect(allowed(`ghcr.io/acme/node@${d}`, [`ghcr.io/acme/node@${d}`])).toBe(true);
    expect(allowed(`ghcr.io/acme/node:20`, [`ghcr.io/acme/node@${d}`])).toBe(false);
  });

  it('required-labels names the missing labels', () => {
    const v = verdict(
      check(image(config({ Labels: { 'org.opencontainers.image.source': 'x' } }))),
      'required-labels',
    );
    expect(v).toMatchObject({ status: 'fail', level: 'warning' });
    expect(v.findings[0]!.message).toBe(
      'missing labels `org.opencontainers.image.revision`, `org.opencontainers.image.created`',
    );
    const p = resolvePolicy({ 'required-labels': { labels: ['team'] } });
    expect(
      verdict(check(image(config({ Labels: { team: 'a' } })), undefined, p), 'required-labels').status,
    ).toBe('pass');
  });

  it('healthcheck fails without one and for HEALTHCHECK NONE', () => {
    expect(
      verdict(check(image(config({ Healthcheck: undefined }))), 'healthcheck').findings[0]!.message,
    ).toBe('no HEALTHCHECK');
    expect(verdict(check(image(config({ Healthcheck: { Test: ['NONE'] } }))), 'healthcheck').status).toBe(
      'fail',
    );
  });

  it('no-secrets finds keys and values in ENV, labels and history, naming only the key', () => {
    const cfg = config(
      {
        Env: ['PATH=/bin', `API_TOKEN=${CANARY}`, `DEPLOY_KEY_PEM=${KEY_BLOCK}`, 'DB_PASSWORD='],
        Labels: { ...config().config!.Labels, 'ci.secret': CANARY },
      },
      [
        { created_by: `ENV API_TOKEN=${CANARY}` },
        { created_by: `RUN |1 NPM_TOKEN=${CANARY} /bin/sh -c npm ci # buildkit` },
        { created_by: `ARG GITHUB_PASSWORD="${CANARY}"` },
        { created_by: `RUN /bin/sh -c echo ghp_${'x'.repeat(36)} > /t # buildkit` },
        { created_by: 'RUN /bin/sh -c echo TOKEN_COUNT=3' },
      ],
    );
    expect(findSecrets(cfg)).toEqual([
      { where: 'ENV', key: 'API_TOKEN', why: 'key' },
      { where: 'ENV', key: 'DEPLOY_KEY_PEM', why: 'value' },
      { where: 'label', key: 'ci.secret', why: 'key' },
      { where: 'history step 2', key: 'NPM_TOKEN', why: 'key' },
      { where: 'history step 3', key: 'GITHUB_PASSWORD', why: 'key' },
      { where: 'history step 4', key: '(command)', why: 'value' },
    ]);
    const r = check(image(cfg));
    expect(verdict(r, 'no-secrets')).toMatchObject({ status: 'fail', level: 'error' });
    expect(r.passed).toBe(false);
    const out = JSON.stringify(r) + renderPolicyMarkdown(r);
    expect(out).not.toContain(CANARY);
    expect(out).not.toContain('PRIVATE KEY');
    expect(out).not.toContain('ghp_');
    expect(out).toContain('`API_TOKEN`');
    expect(
      findSecrets(cfg, ['api_token', 'NPM_TOKEN', 'ci.secret', 'GITHUB_PASSWORD']).map((h) => h.key),
    ).toEqual(['DEPLOY_KEY_PEM', '(command)']);
  });

  it('levels: off skips, warning does not fail the report', () => {
    const img = image(config({ User: 'root', Healthcheck: null }));
    const r = check(img, undefined, resolvePolicy({ 'non-root': 'warning', healthcheck: 'off' }));
    expect(verdict(r, 'non-root')).toMatchObject({ status: 'fail', level: 'warning' });
    expect(verdict(r, 'healthcheck').status).toBe('off');
    expect(r).toMatchObject({ passed: true, errors: 0, warnings: 1 });
  });

  it('has documented defaults', () => {
    expect(resolvePolicy()).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY['max-layers'].max).toBe(20);
  });
});

describe('policy report in Markdown', () => {
  it('merges agreeing platforms and lists each fix once', () => {
    const root = config({ User: '' });
    const img: PolicyImage = {
      ref: 'r@sha256:' + 'a'.repeat(64),
      platforms: [
        { platform: 'linux/amd64', digest: 'd1', layers: [1], annotations: {}, config: root },
        { platform: 'linux/arm64', digest: 'd2', layers: Array(21).fill(1), annotations: {}, config: root },
      ],
    };
    const md = renderPolicyMarkdown(evaluatePolicy(img, resolvePolicy()));
    expect(md).toContain('### Image policy: failed: 3 errors, 0 warnings');
    expect(md).toContain('| `non-root` | all | ❌ error | runs as root (no USER is set) |');
    expect(md).toContain('| `max-layers` | linux/amd64 | ✅ pass |  |');
    expect(md).toContain('| `max-layers` | linux/arm64 | ❌ error | 21 layers, more than 20 |');
    expect(md.match(/- `non-root`: runs as root/g)).toHaveLength(1);
  });
});

describe('readPolicyImage', () => {
  it('reads every platform of an index and its config, leaving attestations out', async () => {
    const cfg = JSON.stringify(config());
    const cfgDigest = sha256Digest(cfg);
    const child = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: cfgDigest, size: cfg.length },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: 'sha256:' + 'e'.repeat(64),
          size: 42,
        },
      ],
      annotations: { 'org.opencontainers.image.base.name': 'busybox:1.35' },
    });
    const childDigest = sha256Digest(child);
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: childDigest,
          size: child.length,
          platform: { os: 'linux', architecture: 'arm64' },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: 'sha256:' + 'f'.repeat(64),
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
        },
      ],
    });
    const indexDigest = sha256Digest(index);
    const bodies: Record<string, string> = { [indexDigest]: index, [childDigest]: child, [cfgDigest]: cfg };
    const seen: string[] = [];
    const fetch = (async (url: string) => {
      seen.push(url);
      const body = bodies[url.split('/').pop()!];
      return body ? new Response(body) : new Response('', { status: 404 });
    }) as unknown as typeof globalThis.fetch;
    const client = new RegistryClient({ host: '127.0.0.1:5000', insecure: true, fetch });
    const img = await readPolicyImage(`127.0.0.1:5000/app@${indexDigest}`, client, 'app');
    expect(img.platforms).toEqual([
      {
        platform: 'linux/arm64',
        digest: childDigest,
        layers: [42],
        annotations: { 'org.opencontainers.image.base.name': 'busybox:1.35' },
        config: JSON.parse(cfg),
      },
    ]);
    expect(seen).toHaveLength(3);
    await expect(readPolicyImage('127.0.0.1:5000/app:latest', client, 'app')).rejects.toThrow(
      /not pinned by digest/,
    );
    bodies[childDigest] = child + ' ';
    await expect(readPolicyImage(`127.0.0.1:5000/app@${indexDigest}`, client, 'app')).rejects.toThrow(
      /served bytes whose digest/,
    );
  });
});
