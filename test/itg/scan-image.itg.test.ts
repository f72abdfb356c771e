/**
 * scan-image as the runner runs it (the committed bundle, INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY) on an image pushed to the engine's loopback registry (127.0.0.1:5000): a
 * two-platform index, copied under a fresh repository. Trivy cannot run here, so `trivy-path` (or
 * the tool cache the pinned install fills) names the stand-in (test/support/fake-trivy.mjs), which
 * checks its arguments and prints reports in Trivy's JSON format; everything else (tag resolution through the registry, one run per platform,
 * SARIF, summary, result file, exit code) is the action's own.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256Digest } from '../../shared/oci/digest.js';
import { execTool } from '../../shared/runtime/exec.js';
import { runAction } from '../support/action.js';
import { sarifProblems } from '../support/sarif-schema.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const FAKE = resolve('test/support/fake-trivy.mjs');
const REPORTS = resolve('test/fixtures/scan/reports');

let work: string;
let image: string;
let digest: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bka-scan-itg-'));
  image = `${REGISTRY}/itg/scan-${Math.random().toString(36).slice(2, 8)}`;
  await execTool('docker', ['buildx', 'imagetools', 'create', '--tag', `${image}:v1`, BUSYBOX]);
  const res = await fetch(`http://${REGISTRY}/v2/${image.slice(REGISTRY.length + 1)}/manifests/v1`, {
    headers: {
      Accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json',
    },
  });
  digest = sha256Digest(Buffer.from(await res.arrayBuffer()));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    FAKE_TRIVY_LOG: join(work, 'trivy-args.log'),
    ...extra,
  };
}
const loggedRuns = () =>
  readFileSync(join(work, 'trivy-args.log'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string[])
    .filter((a) => a[0] === 'image');

describe('scan-image (bundle)', () => {
  it('scans each platform of a tagged index by digest, writes SARIF, summary and outputs, and fails on HIGH', async () => {
    const run = await runAction('scan-image', {
      workspace: work,
      inputs: { policy: 'off', images: `${image}:v1`, 'trivy-path': FAKE, 'insecure-registries': REGISTRY },
      env: env({ FAKE_TRIVY_REPORTS: REPORTS, FAKE_TRIVY_INSECURE: '1' }),
    });
    expect(run.errors).toEqual([
      "input 'fail-on': 3 vulnerability finding(s) of HIGH, CRITICAL. Fix: update the packages the summary lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.",
    ]);
    expect(run.code).toBe(1);

    const runs = loggedRuns();
    expect(runs.map((a) => a[a.indexOf('--platform') + 1])).toEqual(['linux/amd64', 'linux/arm64']);
    for (const a of runs) {
      expect(a.at(-1)).toBe(`${image}@${digest}`);
      expect(a).toContain('--insecure');
      expect(a[a.indexOf('--cache-dir') + 1]).toBe(join(work, 'tool-cache', 'trivy-cache'));
    }

    expect(JSON.parse(run.outputs['counts']!)).toEqual({
      UNKNOWN: 0,
      LOW: 1,
      MEDIUM: 1,
      HIGH: 2,
      CRITICAL: 1,
    });
    expect(run.outputs['passed']).toBe('false');
    expect(run.outputs['digests']).toBe(`${image}@${digest}`);
    const worst = JSON.parse(run.outputs['worst']!) as { id: string; image: string }[];
    expect(worst[0]).toMatchObject({
      id: 'CVE-2023-45853',
      severity: 'CRITICAL',
      package: 'zlib1g',
      image: `${image}@${digest}`,
    });
    const reports = run.outputs['reports']!.split('\n');
    expect(reports).toHaveLength(2);
    expect((JSON.parse(readFileSync(reports[0]!, 'utf8')) as { ArtifactName: string }).ArtifactName).toBe(
      `${image}@${digest}`,
    );

    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: { tool: { driver: { version: string } }; results: unknown[] }[];
    };
    expect(sarifProblems(sarif)).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.version).toBe('0.74.0');
    expect(sarif.runs[0]!.results).toHaveLength(7);

    expect(run.summary).toContain('Gate: **failed**: 3 finding(s) of HIGH, CRITICAL.');
    expect(run.summary).toContain(`| \`${image}@${digest}\` | \`linux/arm64\` | 0 | 1 | 1 | 0 | 0 | 0 | 0 |`);

    const result = JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')) as Record<string, unknown>;
    expect(result).toMatchObject({ version: 1, passed: false, images: [{ input: `${image}:v1`, digest }] });
  });

  it("scans a build result's image, with an ignore file, ignore-unfixed and a mirror, and passes", async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/contracts/build-result.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(work, 'result.json'),
      JSON.stringify({ ...fixture, image, digest, ref: `${image}@${digest}` }),
    );
    writeFileSync(
      join(work, '.trivyignore.yaml'),
      [
        'vulnerabilities:',
        '  - id: CVE-2024-2961',
        '    purls: ["pkg:deb/debian/libc6"]',
        '    expired_at: 2999-01-01',
        '    statement: iconv ISO-2022-CN-EXT is not reachable',
        '  - id: CVE-2024-21538',
        '    paths: ["usr/local/lib/node_modules/npm/**"]',
      ].join('\n'),
    );
    const run = await runAction('scan-image', {
      workspace: work,
      inputs: {
        policy: 'off',
        'result-files': '*.json',
        'trivy-path': FAKE,
        'insecure-registries': REGISTRY,
        'ignore-file': '.trivyignore.yaml',
        'ignore-unfixed': 'true',
        'db-repository': 'mirror.example/aquasec/trivy-db:2',
        'sarif-file': 'out/scan.sarif',
      },
      env: env({ FAKE_TRIVY_REPORTS: REPORTS, FAKE_TRIVY_DB: 'mirror.example/aquasec/trivy-db:2' }),
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['passed']).toBe('true');
    expect(JSON.parse(run.outputs['counts']!)).toEqual({
      UNKNOWN: 0,
      LOW: 0,
      MEDIUM: 0,
      HIGH: 0,
      CRITICAL: 0,
    });
    expect(run.outputs['sarif-file']).toBe(join(work, 'out/scan.sarif'));
    expect(sarifProblems(JSON.parse(readFileSync(join(work, 'out/scan.sarif'), 'utf8')))).toEqual([]);
    expect(run.summary).toContain('Gate: passed: no finding of HIGH, CRITICAL.');
    expect(run.summary).toContain(
      '| CVE-2024-2961 | 2 | 2999-01-01 | iconv ISO-2022-CN-EXT is not reachable |',
    );
  });

  it('reads a report without Results as a clean image', async () => {
    const run = await runAction('scan-image', {
      workspace: work,
      inputs: {
        policy: 'off',
        images: `${image}@${digest}`,
        'trivy-path': FAKE,
        'insecure-registries': REGISTRY,
        'skip-db-update': 'true',
        'fail-on': 'none',
      },
      env: env({ FAKE_TRIVY_REPORT: join(REPORTS, 'clean.json'), FAKE_TRIVY_DB: 'skip' }),
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Gate: none (`fail-on: none`).');
    expect(run.summary).toContain('No vulnerability at or above the threshold.');
  });

  it('runs the pinned Trivy from the tool cache when trivy-path is empty', async () => {
    // The layout @actions/tool-cache finds (<name>/<version>/<arch> and <arch>.complete), as an
    // earlier step's install leaves it; the stand-in plays the pinned binary (no download here).
    const platform = `${process.platform}-${process.arch}`;
    const cache = join(work, 'pinned-cache');
    const home = join(cache, 'trivy', '0.74.0', platform);
    mkdirSync(home, { recursive: true });
    copyFileSync(FAKE, join(home, 'trivy'));
    chmodSync(join(home, 'trivy'), 0o755);
    writeFileSync(`${home}.complete`, '');
    const run = await runAction('scan-image', {
      workspace: work,
      inputs: {
        policy: 'off',
        images: `${image}@${digest}`,
        'insecure-registries': REGISTRY,
        'fail-on': 'CRITICAL',
      },
      env: env({ RUNNER_TOOL_CACHE: cache, FAKE_TRIVY_REPORTS: REPORTS }),
    });
    expect(run.errors).toEqual([
      "input 'fail-on': 1 vulnerability finding(s) of CRITICAL. Fix: update the packages the summary lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.",
    ]);
    expect(run.stdout).toContain(`trivy 0.74.0 from the tool cache (${home}).`);
    expect(run.stdout).toContain(`Trivy 0.74.0 at ${join(home, 'trivy')}`);
    expect(run.outputs['passed']).toBe('false');
  });

  it.each([
    [
      { severity: 'HIGH', 'fail-on': 'MEDIUM' },
      "input 'fail-on': MEDIUM is below the `severity` threshold HIGH",
    ],
    [{ 'fail-on': 'SEVERE' }, "input 'fail-on': 'SEVERE' is not a severity."],
    [{ 'trivy-path': '/nonexistent/trivy' }, "input 'trivy-path': '/nonexistent/trivy' is not a file."],
    [
      { images: `${REGISTRY}/itg/none-such:v1` },
      "input 'images': 127.0.0.1:5000/itg/none-such:v1 could not be read",
    ],
    [{ 'ignore-file': 'missing.yaml' }, "input 'ignore-file': 'missing.yaml' cannot be read"],
  ])('refuses %j before any scan, with no output', async (inputs, message) => {
    rmSync(join(work, 'trivy-args.log'), { force: true });
    const run = await runAction('scan-image', {
      workspace: work,
      inputs: {
        policy: 'off',
        images: `${image}:v1`,
        'trivy-path': FAKE,
        'insecure-registries': REGISTRY,
        ...inputs,
      },
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain(message);
    expect(run.outputs).toEqual({});
  });
});
