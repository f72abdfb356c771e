/**
 * sign-image as the runner runs it (the committed bundle, INPUT_* variables, GITHUB_OUTPUT) with the
 * real cosign (2.5 from the engine, on PATH) and the loopback registry (127.0.0.1:5000). Every test
 * copies a base image into a repository of its own (random suffix), so runs never see each other's
 * signatures.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execTool } from '../../shared/runtime/exec.js';
import { runAction, type ActionRun, shownBy } from '../support/action.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const OTHER = `${REGISTRY}/base/debian:bookworm`;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const PASSWORD = 'canary-Pa55word-7f3c9e';

let dir: string;
let privateKey: string;
let publicKey: string;
let wrongPublicKey: string;
/** The engine's cosign (2.5), given as `cosign-path`: the pinned 3.x release cannot be downloaded here. */
let cosign: string;

/** A key pair made by cosign with COSIGN_PASSWORD, read back as text. */
async function keyPair(prefix: string, password: string): Promise<{ key: string; pub: string }> {
  await execTool('cosign', ['generate-key-pair', '--output-key-prefix', prefix], {
    cwd: dir,
    env: { COSIGN_PASSWORD: password },
  });
  return {
    key: readFileSync(join(dir, `${prefix}.key`), 'utf8'),
    pub: readFileSync(join(dir, `${prefix}.pub`), 'utf8'),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bka-sign-'));
  cosign = (await execTool('sh', ['-c', 'command -v cosign'])).stdout.trim();
  const good = await keyPair('good', PASSWORD);
  const wrong = await keyPair('wrong', 'another-password');
  privateKey = good.key;
  publicKey = good.pub;
  wrongPublicKey = wrong.pub;
}, 60000);

/** Copies `source` into a fresh repository under `tag` (no build: the registry copies the blobs). */
async function push(source: string, target: string): Promise<void> {
  await execTool('docker', ['buildx', 'imagetools', 'create', '-t', target, source]);
}

const unique = (name: string) => `${REGISTRY}/itg/${name}-${Math.random().toString(36).slice(2, 8)}`;

function action(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('sign-image', {
    workspace: dir,
    inputs: { 'cosign-path': cosign, ...inputs },
    env: {
      DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
      DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
      ...env,
    },
  });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`sign-image failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

function expectNoCanary(run: ActionRun): void {
  const text = shownBy(run);
  const pemBody = privateKey
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'))
    .join('');
  for (const secret of [
    PASSWORD,
    privateKey,
    privateKey.trim(),
    pemBody,
    ...privateKey.split('\n').filter((l) => l.length > 20),
  ]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString('base64'));
  }
}

async function digestOf(ref: string): Promise<string> {
  const r = await execTool('docker', [
    'buildx',
    'imagetools',
    'inspect',
    ref,
    '--format',
    '{{json .Manifest}}',
  ]);
  return (JSON.parse(r.stdout) as { digest: string }).digest;
}

describe('sign-image with cosign 2.5', () => {
  it('signs a tag by its digest, verifies with the key, refuses a wrong key, and keeps the old digest after a re-push', async () => {
    const repo = unique('sign');
    await push(BUSYBOX, `${repo}:1`);
    const oldDigest = await digestOf(`${repo}:1`);

    const signed = ok(await action({ images: `${repo}:1`, key: privateKey, 'key-password': PASSWORD }));
    const digests = JSON.parse(signed.outputs['digests']!) as Record<string, string>;
    expect(digests).toEqual({ [`${repo}:1`]: `${repo}@${oldDigest}` });
    expect(oldDigest).toMatch(DIGEST);
    expect(signed.outputs['cosign-major']).toBe('2');
    expect(signed.stdout).toContain('--tlog-upload=false');
    expect(signed.stdout).toContain('--recursive'); // busybox is an index
    expect(signed.summary).toContain(oldDigest);
    const result = JSON.parse(readFileSync(signed.outputs['result-file']!, 'utf8')) as {
      version: number;
      images: { tag?: string; digest: string; status: string; index: boolean; platforms: string[] }[];
    };
    expect(result.version).toBe(1);
    expect(result.images[0]).toMatchObject({ tag: '1', digest: oldDigest, status: 'signed', index: true });
    expectNoCanary(signed);

    // The real cosign accepts the signature on the index and on each platform manifest.
    const verifyArgs = ['verify', '--key', join(dir, 'good.pub'), '--insecure-ignore-tlog=true'];
    await execTool('cosign', [...verifyArgs, `${repo}@${oldDigest}`]);

    const verified = ok(
      await action({ images: `${repo}@${oldDigest}`, mode: 'verify', 'public-key': publicKey }),
    );
    expect(verified.outputs['digests']).toContain(oldDigest);
    expect(verified.summary).toContain('verified');

    const wrong = await action({ images: `${repo}:1`, mode: 'verify', 'public-key': wrongPublicKey });
    expect(wrong.code).toBe(1);
    expect(wrong.errors.join('\n')).toMatch(/failed verification: .*signed, but not with this key/);
    expect(wrong.outputs).toEqual({});

    // Another image pushed under the same tag: the old digest still verifies, the tag's new one does not.
    await push(OTHER, `${repo}:1`);
    const newDigest = await digestOf(`${repo}:1`);
    expect(newDigest).not.toBe(oldDigest);
    ok(await action({ images: `${repo}@${oldDigest}`, mode: 'verify', 'public-key': publicKey }));
    const moved = await action({ images: `${repo}:1`, mode: 'verify', 'public-key': publicKey });
    expect(moved.code).toBe(1);
    expect(moved.errors.join('\n')).toContain(newDigest);
    expect(moved.errors.join('\n')).toMatch(/no signature for this digest/);
    for (const run of [verified, wrong, moved]) expectNoCanary(run);
  }, 180000);

  it('fails closed on a reference the registry does not know, and signs nothing', async () => {
    const repo = unique('missing');
    const sign = await action({ images: `${repo}:nope`, key: privateKey, 'key-password': PASSWORD });
    expect(sign.code).toBe(1);
    expect(sign.errors.join('\n')).toMatch(/nothing was signed: .*cannot be resolved to a digest/);
    const verify = await action({ images: `${repo}:nope`, mode: 'verify', 'public-key': publicKey });
    expect(verify.code).toBe(1);
    expect(verify.errors.join('\n')).toMatch(/the reference cannot be resolved/);
    expectNoCanary(sign);
  }, 60000);

  it('a wrong password fails the signing without showing either secret', async () => {
    const repo = unique('badpw');
    await push(BUSYBOX, `${repo}:1`);
    const run = await action({ images: `${repo}:1`, key: privateKey, 'key-password': 'not-the-password' });
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(/cosign.* sign .*exited with code/);
    expectNoCanary(run);
  }, 60000);

  it('without cosign-path, runs the pinned cosign from the runner tool cache', async () => {
    // An earlier step's install, as @actions/tool-cache lays it out (<tool>/<version>/<platform> and a
    // .complete marker). The engine's cosign stands in for the pinned release, which cannot be
    // downloaded here, and the action reports what actually ran.
    const cache = join(dir, 'tool-cache');
    const slot = join(cache, 'cosign', '3.1.3', `${process.platform}-${process.arch}`);
    mkdirSync(slot, { recursive: true });
    symlinkSync(cosign, join(slot, 'cosign'));
    writeFileSync(`${slot}.complete`, '');
    const repo = unique('cached');
    await push(BUSYBOX, `${repo}:1`);
    const run = ok(
      await action(
        { 'cosign-path': '', images: `${repo}:1`, key: privateKey, 'key-password': PASSWORD },
        { RUNNER_TOOL_CACHE: cache },
      ),
    );
    expect(run.stdout).toContain(`cosign 3.1.3 from the tool cache (${slot})`);
    expect(run.stdout).toContain(`${join(slot, 'cosign')} sign --yes`);
    expect(run.outputs['cosign-major']).toBe('2');
    expectNoCanary(run);
  }, 60000);
});
