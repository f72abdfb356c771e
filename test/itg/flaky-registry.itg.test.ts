/**
 * scan-image and sign-image, run as the runner runs them (the committed bundles), against the
 * loopback registry (127.0.0.1:5000) behind a proxy that fails its first requests
 * (test/support/flaky-proxy.ts): a `503 Service Unavailable` or a connection reset. Resolving a
 * reference to its digest is ours (shared/registry/client.ts retries it with the one backoff of
 * shared/runtime/retry.ts and logs each retry as a warning); what cosign sends the registry is
 * cosign's (go-containerregistry retries it itself). A registry that keeps failing ends the step
 * with the image, the input and the attempts named, and no outputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execTool } from '../../shared/runtime/exec.js';
import { runAction, shownBy, type ActionRun } from '../support/action.js';
import { startFlakyProxy, type FailureMode, type FlakyProxy } from '../support/flaky-proxy.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const FAKE_TRIVY = resolve('test/support/fake-trivy.mjs');
const PASSWORD = 'flaky-canary-pw-5e1d';
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Requests of our resolution: the manifest read by tag or digest, and the base endpoint. */
const manifestRead = (r: IncomingMessage) =>
  (r.method === 'GET' || r.method === 'HEAD') && /\/manifests\//.test(r.url ?? '');
/** What cosign sends (go-containerregistry names itself in the User-Agent). */
const fromCosign = (r: IncomingMessage) => /cosign|go-containerregistry/i.test(r.headers['user-agent'] ?? '');

let dir: string;
/** Repository path (no host) of a busybox index copied for this file; `:v1` is its tag. */
let repo: string;
let cosign: string;
let key: string;
let pub: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bka-flaky-'));
  repo = `itg/flaky-${Math.random().toString(36).slice(2, 8)}`;
  await execTool('docker', ['buildx', 'imagetools', 'create', '--tag', `${REGISTRY}/${repo}:v1`, BUSYBOX]);
  cosign = (await execTool('sh', ['-c', 'command -v cosign'])).stdout.trim();
  await execTool('cosign', ['generate-key-pair', '--output-key-prefix', 'k'], {
    cwd: dir,
    env: { COSIGN_PASSWORD: PASSWORD },
  });
  key = readFileSync(join(dir, 'k.key'), 'utf8');
  pub = readFileSync(join(dir, 'k.pub'), 'utf8');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function through<T>(
  opts: { fail: number; mode?: FailureMode; match?: (r: IncomingMessage) => boolean },
  fn: (proxy: FlakyProxy) => Promise<T>,
): Promise<T> {
  const proxy = await startFlakyProxy(opts);
  try {
    return await fn(proxy);
  } finally {
    await proxy.close();
  }
}

const retryWarnings = (run: ActionRun) =>
  run.warnings.filter((w) => /; retrying in \d+ ms \(attempt \d of 5\)$/.test(w));

function scan(
  image: string,
  proxy: FlakyProxy,
  extra: Record<string, string> = {},
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('scan-image', {
    workspace: dir,
    inputs: {
      images: image,
      'trivy-path': FAKE_TRIVY,
      'insecure-registries': proxy.address,
      'fail-on': 'none',
      // The policy's reads go through the proxy too; busybox runs as root, so report, not enforce.
      policy: 'report',
      'sarif-file': 'out/scan.sarif',
      'result-file': 'out/scan-result.json',
      ...inputs,
    },
    env: {
      RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
      FAKE_TRIVY_INSECURE: '1',
      FAKE_TRIVY_LOG: join(dir, 'trivy-args.log'),
      ...extra,
    },
  });
}

function sign(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('sign-image', {
    workspace: dir,
    // Retries are the subject here: provenance (tested in sign-image.itg) needs a workflow run.
    inputs: { 'cosign-path': cosign, 'result-file': 'out/sign-result.json', provenance: 'false', ...inputs },
    env: { DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '', DOCKER_HOST: process.env['DOCKER_HOST'] ?? '' },
  });
}

describe('scan-image against a registry that fails its first requests', () => {
  it.each(['503', 'reset'] as const)(
    'retries the resolution (%s), logs each retry, and scans by digest',
    async (mode) => {
      await through({ fail: 3, mode, match: manifestRead }, async (proxy) => {
        const image = `${proxy.address}/${repo}:v1`;
        const run = await scan(image, proxy);
        expect(run.errors).toEqual([]);
        expect(run.code).toBe(0);
        expect(proxy.failed()).toBe(3);
        const retries = retryWarnings(run);
        expect(retries).toHaveLength(3);
        expect(retries[0]).toMatch(
          new RegExp(
            `^GET http://${proxy.address}/v2/${repo}/manifests/v1: ${mode === '503' ? '503' : 'read ECONNRESET'}; retrying in \\d+ ms \\(attempt 2 of 5\\)$`,
          ),
        );
        expect(retries[2]).toMatch(/\(attempt 4 of 5\)$/);
        const [ref] = run.outputs['digests']!.split('\n');
        expect(ref).toMatch(new RegExp(`^${proxy.address}/${repo}@sha256:[a-f0-9]{64}$`));
        expect(run.outputs['passed']).toBe('true');
      });
    },
    120_000,
  );

  it('gives up on a registry that keeps failing: the input and the image named, nothing scanned, no output', async () => {
    rmSync(join(dir, 'trivy-args.log'), { force: true });
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    await through({ fail: 1000, match: manifestRead }, async (proxy) => {
      const image = `${proxy.address}/${repo}:v1`;
      const run = await scan(image, proxy);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        new RegExp(
          `^input 'images': ${image} could not be read from its registry: GET http://${proxy.address}/v2/${repo}/manifests/v1: 503 UNAVAILABLE: .*\\(after 5 attempts\\); the registry kept failing: check that ${proxy.address} is up and reachable`,
        ),
      );
      expect(proxy.failed()).toBe(5);
      expect(retryWarnings(run)).toHaveLength(4);
      expect(run.outputs).toEqual({});
      expect(existsSync(join(dir, 'trivy-args.log'))).toBe(false);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  }, 120_000);

  it('keeps the finished scan when the policy cannot read the images: a warning in report mode, a failure when enforced', async () => {
    const blobRead = (r: IncomingMessage) => r.method === 'GET' && /\/blobs\//.test(r.url ?? '');
    await through({ fail: 1000, match: blobRead }, async (proxy) => {
      const image = `${proxy.address}/${repo}:v1`;
      const reported = await scan(image, proxy);
      expect(reported.errors).toEqual([]);
      expect(reported.code).toBe(0);
      expect(reported.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^The image policy could not be checked: .*blobs.*503/),
        ]),
      );
      expect(reported.outputs['passed']).toBe('true');
      expect(reported.outputs['policy-passed']).toBe('false');
      expect(reported.summary).toContain('Not checked: the images could not be read');
      expect(existsSync(join(dir, 'out/scan.sarif'))).toBe(true);

      rmSync(join(dir, 'out'), { recursive: true, force: true });
      const enforced = await scan(image, proxy, {}, { policy: 'enforce' });
      expect(enforced.code).toBe(1);
      expect(enforced.errors).toEqual([expect.stringMatching(/^The image policy could not be checked: /)]);
      expect(enforced.outputs['digests']).toMatch(new RegExp(`^${proxy.address}/${repo}@sha256:`));
      expect(existsSync(join(dir, 'out/scan-result.json'))).toBe(true);
    });
  }, 180_000);
});

describe('sign-image against a registry that fails its first requests', () => {
  it.each(['503', 'reset'] as const)(
    'retries the resolution (%s) when signing and when verifying; the signature is on the digest',
    async (mode) => {
      const tag = `s${mode}`;
      await execTool('docker', [
        'buildx',
        'imagetools',
        'create',
        '--tag',
        `${REGISTRY}/${repo}:${tag}`,
        `${REGISTRY}/${repo}:v1`,
      ]);
      await through({ fail: 2, mode, match: manifestRead }, async (proxy) => {
        const image = `${proxy.address}/${repo}:${tag}`;
        const signed = await sign({ images: image, key, 'key-password': PASSWORD });
        expect(signed.errors).toEqual([]);
        expect(signed.code).toBe(0);
        expect(proxy.failed()).toBe(2);
        const retries = retryWarnings(signed);
        expect(retries).toHaveLength(2);
        expect(retries[0]).toMatch(
          new RegExp(`^GET http://${proxy.address}/v2/${repo}/manifests/${tag}: .*\\(attempt 2 of 5\\)$`),
        );
        const ref = (JSON.parse(signed.outputs['digests']!) as Record<string, string>)[image]!;
        expect(ref.split('@')[1]).toMatch(DIGEST);
        expect(shownBy(signed)).not.toContain(PASSWORD);
      });
      // A new proxy fails the verification's first reads in turn.
      await through({ fail: 2, mode, match: manifestRead }, async (proxy) => {
        const image = `${proxy.address}/${repo}:${tag}`;
        const verified = await sign({ images: image, mode: 'verify', 'public-key': pub });
        expect(verified.errors).toEqual([]);
        expect(verified.code).toBe(0);
        expect(retryWarnings(verified)).toHaveLength(2);
        expect(verified.summary).toContain('verified');
      });
    },
    180_000,
  );

  it("leaves cosign's own registry requests to cosign's retries (go-containerregistry's)", async () => {
    const tag = 'cosign-retries';
    await execTool('docker', [
      'buildx',
      'imagetools',
      'create',
      '--tag',
      `${REGISTRY}/${repo}:${tag}`,
      `${REGISTRY}/${repo}:v1`,
    ]);
    await through({ fail: 2, match: (r) => fromCosign(r) && r.url !== '/v2/' }, async (proxy) => {
      const image = `${proxy.address}/${repo}:${tag}`;
      const signed = await sign({ images: image, key, 'key-password': PASSWORD });
      expect(signed.errors).toEqual([]);
      expect(signed.code).toBe(0);
      expect(proxy.failed()).toBe(2);
      // Our resolution met no failure: nothing of ours retried.
      expect(retryWarnings(signed)).toEqual([]);
    });
  }, 120_000);

  it('gives up on a registry that keeps failing: nothing signed or verified, the input and the image named, no output', async () => {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    await through({ fail: 1000, match: manifestRead }, async (proxy) => {
      const image = `${proxy.address}/${repo}:v1`;
      const run = await sign({ images: image, key, 'key-password': PASSWORD });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        new RegExp(
          `^input 'images': nothing was signed: ${image} cannot be resolved to a digest: GET http://${proxy.address}/v2/${repo}/manifests/v1: 503 UNAVAILABLE: .*\\(after 5 attempts\\); the registry kept failing`,
        ),
      );
      expect(run.stdout).not.toMatch(/ sign --yes/); // cosign never ran
      expect(run.outputs).toEqual({});
      expect(existsSync(join(dir, 'out'))).toBe(false);
      expect(shownBy(run)).not.toContain(PASSWORD);

      // A deployment gate fails closed on it, naming the image; the result file records the failure.
      const gate = await sign({ images: image, mode: 'verify', 'public-key': pub });
      expect(gate.code).toBe(1);
      expect(gate.errors.join('\n')).toMatch(
        new RegExp(
          `1 of 1 image\\(s\\) failed verification: ${image}: the reference cannot be resolved — .*\\(after 5 attempts\\); the registry kept failing`,
        ),
      );
      expect(gate.stdout).not.toMatch(/ verify --key/);
      expect(gate.outputs).toEqual({});
      const result = JSON.parse(readFileSync(join(dir, 'out/sign-result.json'), 'utf8')) as {
        images: { status: string; reason: string }[];
      };
      expect(result.images).toEqual([
        expect.objectContaining({ status: 'failed', reason: 'the reference cannot be resolved' }),
      ]);
    });
  }, 120_000);
});
