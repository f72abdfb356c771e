// A scan end to end in process: tags resolved to digests through the registry, the stand-in trivy
// (test/support/fake-trivy.mjs) run per platform, reports filtered, the gate, summary and result file.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256Digest } from '../../shared/oci/digest.js';
import { execTool } from '../../shared/runtime/exec.js';
import { parseIgnoreFile } from '../../shared/scan/ignore-file.js';
import { scanResult, worstOutput } from '../../shared/scan/result-file.js';
import { scanImages, type ScanSettings } from '../../shared/scan/scan.js';
import { renderScanSummary } from '../../shared/scan/summary.js';
import { registryReader, registrySessions } from '../../shared/registry/resolve-image.js';
import { resolveTarget } from '../../shared/scan/targets.js';
import { testDeps } from '../support/deps.js';

const FAKE = resolve('test/support/fake-trivy.mjs');
const INDEX = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${'a'.repeat(64)}`,
      size: 1,
      platform: { os: 'linux', architecture: 'amd64' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${'b'.repeat(64)}`,
      size: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${'c'.repeat(64)}`,
      size: 1,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
    },
  ],
});
const INDEX_DIGEST = sha256Digest(INDEX);
const SINGLE = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  layers: [],
});

/** A registry answering manifests of `acme/api` by tag or digest (the digest header as distribution sends it). */
const registry: typeof fetch = async (input) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const m = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(url.pathname);
  const body = m?.[1] === 'acme/api' ? INDEX : m?.[1] === 'acme/single' ? SINGLE : undefined;
  if (!body) return new Response('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', { status: 404 });
  const type = JSON.parse(body).mediaType as string;
  return new Response(body, {
    headers: { 'content-type': type, 'docker-content-digest': sha256Digest(body) },
  });
};
const opts = registryReader(
  registrySessions(['127.0.0.1:5000'], {
    fetch: registry,
    retries: 0,
    auth: { env: {}, readConfig: () => undefined },
  }),
);

describe('resolveTarget', () => {
  it('resolves a tag to its digest and an index to its platforms, attestations left out', async () => {
    expect(await resolveTarget('127.0.0.1:5000/acme/api:1.2', opts)).toEqual({
      input: '127.0.0.1:5000/acme/api:1.2',
      name: '127.0.0.1:5000/acme/api',
      digest: INDEX_DIGEST,
      ref: `127.0.0.1:5000/acme/api@${INDEX_DIGEST}`,
      platforms: ['linux/amd64', 'linux/arm64'],
    });
  });

  it('keeps a single manifest as one run without a platform', async () => {
    expect((await resolveTarget('127.0.0.1:5000/acme/single', opts)).platforms).toEqual(['']);
  });

  it.each([
    ['Not A Ref', /is not an image reference/],
    ['127.0.0.1:5000/acme/missing:1', /could not be read from its registry/],
    [`127.0.0.1:5000/acme/api@sha256:${'9'.repeat(64)}`, /the registry served sha256:/],
  ])('refuses %s, naming the input', async (ref, message) => {
    await expect(resolveTarget(ref, opts)).rejects.toThrow(message);
    await expect(resolveTarget(ref, opts)).rejects.toThrow(/^input 'images'/);
  });
});

describe('scanImages with the stand-in trivy', () => {
  const target = {
    input: '127.0.0.1:5000/acme/api:1.2',
    name: '127.0.0.1:5000/acme/api',
    digest: INDEX_DIGEST,
    ref: `127.0.0.1:5000/acme/api@${INDEX_DIGEST}`,
    platforms: ['linux/amd64', 'linux/arm64'],
  };
  const settings = (over: Partial<ScanSettings> = {}): ScanSettings => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-scan-'));
    return {
      trivy: FAKE,
      reportDir: join(dir, 'reports'),
      cacheDir: join(dir, 'cache'),
      insecureRegistries: ['127.0.0.1:5000'],
      threshold: 'UNKNOWN',
      failOn: ['HIGH', 'CRITICAL'],
      ignoreUnfixed: false,
      ignoreRules: [],
      ...over,
    };
  };
  const deps = testDeps({
    exec: (cmd, args, o) => execTool(cmd, args, { ...o, env: { FAKE_TRIVY_INSECURE: '1' } }),
  });

  it('runs once per platform, counts each finding once over the platforms, and fails the gate', async () => {
    const outcome = await scanImages([target], settings(), deps);
    const [img] = outcome.images;
    expect(img!.scans.map((s) => [s.platform, s.reported, s.findings.length])).toEqual([
      ['linux/amd64', 5, 5],
      ['linux/arm64', 2, 2],
    ]);
    expect(outcome.counts).toEqual({ UNKNOWN: 0, LOW: 1, MEDIUM: 1, HIGH: 2, CRITICAL: 1 });
    expect(outcome).toMatchObject({ failing: 3, passed: false });
    const raw = JSON.parse(readFileSync(img!.scans[1]!.report, 'utf8')) as { ArtifactName: string };
    expect(raw.ArtifactName).toBe(target.ref);
  });

  it('passes once the threshold, ignore-unfixed and the ignore file leave nothing the gate names', async () => {
    const rules = parseIgnoreFile('CVE-2024-2961\nCVE-2024-21538 exp:2999-01-01\n', '.trivyignore');
    const outcome = await scanImages(
      [target],
      settings({ threshold: 'MEDIUM', ignoreUnfixed: true, ignoreRules: rules }),
      deps,
    );
    expect(outcome).toMatchObject({ failing: 0, passed: true });
    expect(outcome.counts).toEqual({ UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 });
    const amd = outcome.images[0]!.scans[0]!;
    expect([amd.belowThreshold, amd.unfixed, amd.ignored.length]).toEqual([1, 2, 2]);

    const summary = renderScanSummary(outcome, ['HIGH', 'CRITICAL']);
    expect(summary).toContain('Gate: passed: no finding of HIGH, CRITICAL.');
    expect(summary).toContain('No vulnerability at or above the threshold.');
    expect(summary).toContain('| CVE-2024-21538 | 1 | 2999-01-01 |  | `.trivyignore:2` |');
  });

  it('reads clean reports as clean', async () => {
    const outcome = await scanImages(
      [target],
      settings(),
      testDeps({
        exec: (cmd: string, args: string[]) =>
          execTool(cmd, args, {
            env: { FAKE_TRIVY_REPORT: resolve('test/fixtures/scan/reports/clean.json') },
          }),
      }),
    );
    expect(outcome.passed).toBe(true);
    expect(outcome.images[0]!.scans.map((s) => s.reported)).toEqual([0, 0]);
  });

  it('fails with trivy when it refuses its arguments', async () => {
    const strict = testDeps({
      exec: (cmd: string, args: string[]) => execTool(cmd, args, { env: { FAKE_TRIVY_INSECURE: '0' } }),
    });
    await expect(scanImages([target], settings(), strict)).rejects.toThrow('--insecure not expected');
  });

  it('writes the summary, the worst findings and the result file from the reports', async () => {
    const outcome = await scanImages([target], settings(), deps);
    const summary = renderScanSummary(outcome, ['HIGH', 'CRITICAL']);
    expect(summary).toContain('Gate: **failed**: 3 finding(s) of HIGH, CRITICAL.');
    expect(summary).toContain(`| \`${target.ref}\` | \`linux/amd64\` | 1 | 2 | 1 | 1 | 0 | 0 | 0 |`);
    expect(summary).toContain(
      '| [CVE-2023-45853](https://avd.aquasec.com/nvd/cve-2023-45853) | CRITICAL | `zlib1g` | `1:1.2.13.dfsg-1` | no fix |',
    );
    expect(worstOutput(outcome, 2)).toEqual([
      {
        id: 'CVE-2023-45853',
        package: 'zlib1g',
        installed: '1:1.2.13.dfsg-1',
        fixed: '',
        severity: 'CRITICAL',
        url: 'https://avd.aquasec.com/nvd/cve-2023-45853',
        image: target.ref,
      },
      expect.objectContaining({ id: 'CVE-2024-21538', fixed: '7.0.5, 6.0.6' }),
    ]);
    expect(scanResult(outcome, ['HIGH', 'CRITICAL'], '0.74.0')).toMatchObject({
      version: 1,
      scanner: { name: 'trivy', version: '0.74.0' },
      passed: false,
      images: [
        {
          ref: target.ref,
          digest: INDEX_DIGEST,
          platforms: [{ platform: 'linux/amd64', reported: 5, kept: 5 }, { platform: 'linux/arm64' }],
        },
      ],
    });
  });
});
