// scan-image's policy wiring: settings per service from a manifest, levels, the three modes, one
// registry session per repository, the summary section (the vulnerability gate as a rule) and the
// result file, validated against its schema.
import { describe, expect, it } from '@jest/globals';
import { parseScanResult } from '../../shared/contracts/scan-result.js';
import { parseManifest } from '../../shared/manifest/load.js';
import { EMPTY_MANIFEST } from '../../shared/manifest/settings.js';
import { sha256Digest } from '../../shared/oci/digest.js';
import { resolvePolicy } from '../../shared/policy/config.js';
import { registryReader, registrySessions } from '../../shared/registry/resolve-image.js';
import { checkPolicies, policySettings, violationText } from '../../shared/scan/policy.js';
import { scanResult } from '../../shared/scan/result-file.js';
import type { ImageScan, ScanOutcome } from '../../shared/scan/scan.js';
import { renderPolicySection, vulnerabilityRule } from '../../shared/scan/summary.js';
import { resolveTarget } from '../../shared/scan/targets.js';

const MANIFEST = parseManifest(
  [
    'version: 1',
    'defaults:',
    '  policy:',
    '    max-layers: { max: 3 }',
    '    healthcheck: error',
    '    base-allowlist: { allow: ["127.0.0.1:5000/base/*"] }',
    'services:',
    '  job:',
    '    policy:',
    '      healthcheck: off',
    '      max-layers: warning',
    '',
  ].join('\n'),
  '.github/buildkit-actions.yml',
);

/** An image config as BuildKit writes it; `over` spoils the compliant one. */
function configOf(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    os: 'linux',
    architecture: 'amd64',
    config: {
      User: '10001',
      Labels: {
        'org.opencontainers.image.source': 's',
        'org.opencontainers.image.revision': 'r',
        'org.opencontainers.image.created': 'c',
      },
      Healthcheck: { Test: ['CMD', 'true'] },
      ...over,
    },
  });
}

/** A registry holding `acme/<name>:v1` images (one platform each), counting what it is asked. */
function registry(images: Record<string, { config: string; layers: number; base?: string }>) {
  const blobs = new Map<string, string>();
  const manifests = new Map<string, string>();
  for (const [name, img] of Object.entries(images)) {
    const cfgDigest = sha256Digest(img.config);
    blobs.set(`acme/${name}@${cfgDigest}`, img.config);
    const m = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: cfgDigest, size: 1 },
      layers: Array.from({ length: img.layers }, (_, i) => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: `sha256:${String(i).padStart(64, '0')}`,
        size: 1000,
      })),
      ...(img.base && { annotations: { 'org.opencontainers.image.base.name': img.base } }),
    });
    manifests.set(`acme/${name}:v1`, m);
    manifests.set(`acme/${name}:${sha256Digest(m)}`, m);
  }
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    calls.push(url.pathname);
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/(.+)$/.exec(url.pathname);
    const body =
      m?.[2] === 'manifests' ? manifests.get(`${m[1]}:${m[3]}`) : m ? blobs.get(`${m[1]}@${m[3]}`) : '';
    if (body === undefined) return new Response('{"errors":[{"code":"NOT_FOUND"}]}', { status: 404 });
    const headers: Record<string, string> = { 'docker-content-digest': sha256Digest(body) };
    if (m?.[2] === 'manifests') headers['content-type'] = 'application/vnd.oci.image.manifest.v1+json';
    return new Response(body, { headers });
  };
  return { fetch, calls };
}

const IMAGES = {
  good: { config: configOf(), layers: 2, base: '127.0.0.1:5000/base/busybox:1.35' },
  nohealth: { config: configOf({ Healthcheck: null }), layers: 5 },
  root: { config: configOf({ User: '' }), layers: 1, base: 'docker.io/library/alpine:3' },
};

/** Resolves `acme/<name>:v1` and checks the policy, on one registry. */
async function check(
  list: { name: keyof typeof IMAGES; service?: string; base?: string }[],
  mode: 'enforce' | 'report',
  manifest = MANIFEST,
) {
  const reg = registry(IMAGES);
  const opened = new Set<unknown>();
  let asked = 0;
  const pool = registrySessions([], {
    fetch: reg.fetch,
    retries: 0,
    auth: { env: {}, readConfig: () => undefined },
  });
  const sessions = (name: string) => {
    asked++;
    const s = pool(name);
    opened.add(s);
    return s;
  };
  const read = registryReader(sessions);
  const targets = await Promise.all(list.map((i) => resolveTarget(`127.0.0.1:5000/acme/${i.name}:v1`, read)));
  const outcome = await checkPolicies(
    targets.map((t, n) => ({ ...list[n], ref: t.ref, name: t.name })),
    { mode, manifest, sessions },
  );
  return { outcome, targets, calls: reg.calls, opened: opened.size, asked };
}

describe('policy settings per image', () => {
  it("merges a service's entry over the manifest's defaults; a plain image gets the defaults", () => {
    const job = resolvePolicy(policySettings(MANIFEST, 'job'));
    expect(job['healthcheck'].level).toBe('off');
    expect(job['max-layers']).toEqual({ level: 'warning', max: 3 });
    expect(job['base-allowlist']).toEqual({ level: 'error', allow: ['127.0.0.1:5000/base/*'] });
    const plain = resolvePolicy(policySettings(MANIFEST));
    expect(plain['healthcheck'].level).toBe('error');
    expect(plain['max-layers']).toEqual({ level: 'error', max: 3 });
    // A service the manifest does not name has the defaults too.
    expect(resolvePolicy(policySettings(MANIFEST, 'api'))).toEqual(plain);
    expect(policySettings(EMPTY_MANIFEST, 'api')).toBeUndefined();
  });
});

describe('checkPolicies', () => {
  it('fails in enforce mode on an error-level violation, listing every violation with its level and fix', async () => {
    const { outcome } = await check([{ name: 'good' }, { name: 'nohealth' }, { name: 'root' }], 'enforce');
    expect(outcome.passed).toBe(false);
    expect(outcome.manifestFile).toBe('.github/buildkit-actions.yml');
    expect(outcome.violations.map((v) => [v.image.split('@')[0], v.rule, v.level])).toEqual([
      ['127.0.0.1:5000/acme/nohealth', 'max-layers', 'error'],
      ['127.0.0.1:5000/acme/nohealth', 'base-allowlist', 'error'],
      ['127.0.0.1:5000/acme/nohealth', 'healthcheck', 'error'],
      ['127.0.0.1:5000/acme/root', 'non-root', 'error'],
      ['127.0.0.1:5000/acme/root', 'base-allowlist', 'error'],
    ]);
    expect(outcome.violations.every((v) => v.fix && v.platform === 'linux/amd64')).toBe(true);
    expect(outcome.images[0]!.report.passed).toBe(true);
    expect(violationText(outcome.violations[3]!)).toMatch(
      /^127\.0\.0\.1:5000\/acme\/root@sha256:[0-9a-f]{64} \(linux\/amd64\): policy rule non-root: runs as root \(no USER is set\)\. Fix: add `USER <uid>`/,
    );
  });

  it("applies the build result's service and base: warnings alone pass", async () => {
    const { outcome } = await check(
      [{ name: 'nohealth', service: 'job', base: '127.0.0.1:5000/base/debian:12' }],
      'enforce',
    );
    expect(outcome.violations.map((v) => `${v.rule}:${v.level}`)).toEqual(['max-layers:warning']);
    expect(outcome.passed).toBe(true);
    expect(outcome.images[0]).toMatchObject({ service: 'job', base: '127.0.0.1:5000/base/debian:12' });
  });

  it('passes in report mode whatever the violations', async () => {
    const { outcome } = await check([{ name: 'root' }], 'report');
    expect(outcome.violations.length).toBeGreaterThan(0);
    expect(outcome.images[0]!.report.passed).toBe(false);
    expect(outcome.passed).toBe(true);
  });

  it('reads each repository on the session its tag was resolved through', async () => {
    const { calls, opened, asked } = await check([{ name: 'good' }, { name: 'root' }], 'enforce');
    expect(asked).toBe(4); // two resolutions, two policy reads
    expect(opened).toBe(2); // one session per repository
    // Two repositories: the resolution (tag), then the policy's manifest by digest and its config.
    expect(calls.filter((c) => c.includes('/manifests/'))).toHaveLength(4);
    expect(calls.filter((c) => c.includes('/blobs/'))).toHaveLength(2);
  });
});

const scanOf = (ref: string, failing: number): ImageScan => ({
  input: ref,
  name: ref.split('@')[0]!,
  digest: ref.split('@')[1]!,
  ref,
  platforms: [''],
  scans: [
    {
      platform: '',
      report: '/tmp/r.json',
      reported: failing,
      findings: [],
      belowThreshold: 0,
      unfixed: 0,
      ignored: [],
    },
  ],
  counts: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: failing, CRITICAL: 0 },
  failing,
});

describe('the summary and the result file', () => {
  it('show the vulnerability gate as a policy rule: pass, fail (an error whatever the mode) or off', async () => {
    const { outcome } = await check([{ name: 'good' }], 'report');
    const ref = outcome.images[0]!.ref;
    expect(vulnerabilityRule(scanOf(ref, 0), ['HIGH'])).toMatchObject({ status: 'pass', level: 'error' });
    expect(vulnerabilityRule(scanOf(ref, 2), ['HIGH', 'CRITICAL'])).toMatchObject({
      status: 'fail',
      level: 'error',
      finding: '2 finding(s) of HIGH, CRITICAL',
    });
    expect(vulnerabilityRule(scanOf(ref, 2), [])).toMatchObject({ status: 'off' });

    const scan: ScanOutcome = {
      images: [scanOf(ref, 2)],
      counts: scanOf(ref, 2).counts,
      failing: 2,
      passed: false,
    };
    const md = renderPolicySection(scan, ['HIGH'], outcome);
    expect(md).toContain('Policy reported only (`policy: report`)');
    expect(md).toContain('### Image policy: failed: 1 error, 0 warnings');
    expect(md).toContain('| `vulnerabilities` | ❌ error | 2 finding(s) of HIGH |');
    expect(md).toContain('- `vulnerabilities`: 2 finding(s) of HIGH. update the packages');
    expect(md).toContain('Settings: defaults (`.github/buildkit-actions.yml`).');
    expect(renderPolicySection(scan, ['HIGH'], undefined)).toContain('Not checked (`policy: off`).');
  });

  it('writes a policy section per image that matches the scan result schema', async () => {
    const { outcome } = await check([{ name: 'good' }, { name: 'root', service: 'job' }], 'enforce');
    const scan: ScanOutcome = {
      images: outcome.images.map((i) => scanOf(i.ref, 0)),
      counts: { UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
      failing: 0,
      passed: true,
    };
    const doc = scanResult(scan, ['HIGH', 'CRITICAL'], '0.74.0', outcome);
    const parsed = parseScanResult(JSON.stringify(doc), 'scan.json');
    expect(parsed.policy).toEqual({ mode: 'enforce', passed: false });
    expect(parsed.images[0]!.policy).toMatchObject({ passed: true, errors: 0, violations: [] });
    expect(parsed.images[1]!.policy).toMatchObject({ passed: false, service: 'job', errors: 2 });
    expect(parsed.images[1]!.policy!.violations[0]).toEqual({
      platform: 'linux/amd64',
      rule: 'non-root',
      level: 'error',
      message: 'runs as root (no USER is set)',
      fix: expect.stringContaining('USER'),
    });
    expect(parsed.images[1]!.policy!.rules).toHaveLength(7);

    const off = parseScanResult(JSON.stringify(scanResult(scan, [], '', undefined)), 'off.json');
    expect(off.policy).toEqual({ mode: 'off', passed: true });
    expect(off.images[0]!.policy).toBeUndefined();
  });
});
