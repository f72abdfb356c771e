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
import { parseSignResult } from '../../shared/contracts/sign-result.js';
import { runAction, type ActionRun, shownBy } from '../support/action.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const OTHER = `${REGISTRY}/base/debian:bookworm`;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const PASSWORD = 'canary-Pa55word-7f3c9e';
/** A build arg whose name looks secret: its value must stay out of the provenance. */
const NPM_TOKEN = 'canary-npm-token-51d0a2';
const SHA = '0123456789abcdef0123456789abcdef01234567';
/** A workflow run, as the runner describes it: what the provenance is made from. */
const RUN_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_WORKFLOW_REF: 'acme/monorepo/.github/workflows/release.yml@refs/heads/main',
  GITHUB_WORKFLOW_SHA: SHA,
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
};

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
      ...RUN_ENV,
      ...env,
    },
  });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`sign-image failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

function expectNoCanary(run: ActionRun): void {
  const text = [shownBy(run), ...predicatesOf(run)].join('\n');
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

/** The run's result file, checked against its published contract as report-metrics reads it. */
function resultOf(run: ActionRun): SignResultFile {
  const file = run.outputs['result-file']!;
  return parseSignResult(readFileSync(file, 'utf8'), file) as unknown as SignResultFile;
}

/** The predicate files a sign run wrote (its result file names them). */
function predicatesOf(run: ActionRun): string[] {
  const file = run.outputs['result-file'];
  if (!file) return [];
  const result = JSON.parse(readFileSync(file, 'utf8')) as SignResultFile;
  return result.images.flatMap((i) =>
    i.provenance?.predicate ? [readFileSync(i.provenance.predicate, 'utf8')] : [],
  );
}

interface SignResultFile {
  version: number;
  images: {
    tag?: string;
    digest: string;
    status: string;
    index: boolean;
    platforms: string[];
    reason?: string;
    provenance?: { status: string; predicate?: string; from?: string; reason?: string };
  }[];
}

/** A build result as build-service writes it, for an image already in the registry. */
function buildResultFile(repo: string, digest: string, base: string): string {
  const fixture = JSON.parse(readFileSync('test/fixtures/contracts/build-result.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const result = {
    ...fixture,
    image: repo,
    digest,
    ref: `${repo}@${digest}`,
    tags: [`${repo}:1`],
    platforms: ['linux/amd64', 'linux/arm64'],
    metadata: {
      'buildx.build.ref': 'builder/builder0/k4x1yq7m3c9s2w5t8v6n0p1r',
      'containerimage.digest': digest,
    },
    perPlatform: [],
    steps: [
      {
        name: '[internal] load build definition from Dockerfile',
        kind: 'internal',
        durationMs: 21,
        cached: false,
      },
      {
        name: `[linux/amd64 base 1/1] FROM ${base}`,
        kind: 'from',
        instruction: 'FROM',
        stage: 'base',
        platform: 'linux/amd64',
        durationMs: 0,
        cached: true,
      },
    ],
    command: `docker buildx build --progress=rawjson --metadata-file ${dir}/meta.json --file ${dir}/app/Dockerfile --target prod --platform linux/amd64,linux/arm64 --build-arg BASE=${BUSYBOX} --build-arg NPM_TOKEN=${NPM_TOKEN} --secret id=npm,env=NPM_TOKEN --output type=image,name=${repo},push=true ${dir}/app`,
  };
  const file = join(dir, 'results', `${repo.split('/').pop()}.json`);
  mkdirSync(join(dir, 'results'), { recursive: true });
  writeFileSync(file, JSON.stringify(result, null, 2));
  return file;
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
    const result = resultOf(signed);
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
    // The public half is read first (to check the provenance after attesting): nothing is signed.
    expect(run.errors.join('\n')).toMatch(
      /key-password.*cannot be decrypted with this password; nothing was signed/,
    );
    expect(run.stdout).not.toContain(' sign --yes');
    expectNoCanary(run);
    // Without provenance, cosign sign itself refuses the password.
    const plain = await action({
      images: `${repo}:1`,
      key: privateKey,
      'key-password': 'not-the-password',
      provenance: 'false',
    });
    expect(plain.code).toBe(1);
    expect(plain.errors.join('\n')).toMatch(/cosign.* sign .*exited with code/);
    expectNoCanary(plain);
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
  it('attests SLSA provenance from a build result and checks it; verify requires it and names a wrong key', async () => {
    const repo = unique('prov');
    await push(BUSYBOX, `${repo}:1`);
    const digest = await digestOf(`${repo}:1`);
    const base = `${BUSYBOX}@${await digestOf(BUSYBOX)}`;
    const resultFile = buildResultFile(repo, digest, base);

    const signed = ok(
      await action({ 'result-files': resultFile, key: privateKey, 'key-password': PASSWORD }),
    );
    expect(JSON.parse(signed.outputs['attested']!)).toEqual({ [`${repo}@${digest}`]: `${repo}@${digest}` });
    expect(signed.stdout).toMatch(
      / attest --yes --type slsaprovenance1 --predicate \S+ --key \S+ --tlog-upload=false/,
    );
    expect(signed.stdout).toMatch(
      / verify-attestation --type slsaprovenance1 --key \S+cosign\.pub --insecure-ignore-tlog=true/,
    );
    expect(signed.summary).toMatch(/✅ attested \(build\)/);
    const result = resultOf(signed);
    expect(result.images[0]!.provenance).toMatchObject({ status: 'attested', from: 'build-result' });

    // The predicate as written: the SLSA v1 fields a verifier reads, and no secret-looking build arg.
    const predicate = JSON.parse(readFileSync(result.images[0]!.provenance!.predicate!, 'utf8')) as {
      buildDefinition: {
        buildType: string;
        externalParameters: { workflow: unknown; build: Record<string, unknown> };
        resolvedDependencies: { uri: string; digest: Record<string, string> }[];
      };
      runDetails: { builder: { id: string }; metadata: { invocationId: string } };
    };
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      repository: 'https://github.com/acme/monorepo',
      path: '.github/workflows/release.yml',
      ref: 'refs/heads/main',
    });
    expect(predicate.buildDefinition.externalParameters.build).toMatchObject({
      service: 'app',
      context: 'app',
      dockerfile: 'app/Dockerfile',
      target: 'prod',
      buildArgs: { BASE: BUSYBOX },
      redactedBuildArgs: ['NPM_TOKEN'],
    });
    expect(predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/monorepo@refs/heads/main', digest: { gitCommit: SHA } },
      expect.objectContaining({ digest: { sha256: base.split('@sha256:')[1] } }),
    ]);
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${RUN_ENV.GITHUB_WORKFLOW_REF}`);
    expect(predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/monorepo/actions/runs/4242/attempts/2',
    );
    expect(JSON.stringify(predicate)).not.toContain(NPM_TOKEN);

    // The real cosign verifies it: an in-toto Statement over the index digest, SLSA v1 predicate.
    const att = await execTool('cosign', [
      'verify-attestation',
      '--type',
      'slsaprovenance1',
      '--key',
      join(dir, 'good.pub'),
      '--insecure-ignore-tlog=true',
      `${repo}@${digest}`,
    ]);
    const statement = JSON.parse(
      Buffer.from(
        (JSON.parse(att.stdout.trim().split('\n')[0]!) as { payload: string }).payload,
        'base64',
      ).toString(),
    ) as { predicateType: string; subject: { name: string; digest: { sha256: string } }[] };
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: repo, digest: { sha256: digest.slice('sha256:'.length) } }]);

    const verified = ok(await action({ images: `${repo}:1`, mode: 'verify', 'public-key': publicKey }));
    expect(JSON.parse(verified.outputs['attested']!)).toEqual({ [`${repo}:1`]: `${repo}@${digest}` });
    expect(verified.stdout).toContain('verify-attestation --type slsaprovenance1');
    expect(verified.summary).toMatch(/✅ verified \|\s*✅ verified/);

    // Signed with the right key, attested with another: the signature passes, the attestation does not.
    const other = unique('prov-wrong');
    await push(BUSYBOX, `${other}:1`);
    const otherDigest = await digestOf(`${other}:1`);
    const unattested = ok(
      await action({ images: `${other}:1`, key: privateKey, 'key-password': PASSWORD, provenance: 'false' }),
    );
    expect(unattested.outputs['attested']).toBe('{}');
    expect(unattested.stdout).not.toContain(' attest ');
    const required = await action({ images: `${other}:1`, mode: 'verify', 'public-key': publicKey });
    expect(required.code).toBe(1);
    expect(required.errors.join('\n')).toMatch(
      /failed verification: .*no provenance attestation for this digest/,
    );
    ok(await action({ images: `${other}:1`, mode: 'verify', 'public-key': publicKey, provenance: 'false' }));

    await execTool(
      'cosign',
      [
        'attest',
        '--yes',
        '--type',
        'slsaprovenance1',
        '--predicate',
        result.images[0]!.provenance!.predicate!,
        '--key',
        join(dir, 'wrong.key'),
        '--tlog-upload=false',
        `${other}@${otherDigest}`,
      ],
      { env: { COSIGN_PASSWORD: 'another-password' } },
    );
    const wrong = await action({ images: `${other}:1`, mode: 'verify', 'public-key': publicKey });
    expect(wrong.code).toBe(1);
    expect(wrong.errors.join('\n')).toMatch(/failed verification: .*attested, but not with this key/);
    expect(wrong.summary).toMatch(/❌ failed: attested, but not with this key/);
    expect(wrong.outputs).toEqual({});
    for (const run of [signed, verified, unattested, required, wrong]) expectNoCanary(run);
  }, 240000);

  it('outside a workflow run, signs and skips the provenance with a warning', async () => {
    const repo = unique('noprov');
    await push(BUSYBOX, `${repo}:1`);
    const run = ok(
      await action(
        { images: `${repo}:1`, key: privateKey, 'key-password': PASSWORD },
        { GITHUB_WORKFLOW_REF: '', GITHUB_RUN_ID: '' },
      ),
    );
    expect(run.warnings.join('\n')).toMatch(
      /no provenance attested, not in a workflow run \(GITHUB_WORKFLOW_REF, GITHUB_RUN_ID unset\)/,
    );
    expect(run.outputs['attested']).toBe('{}');
    expect(run.summary).toContain('⚠️ skipped');
    expectNoCanary(run);
  }, 60000);
});
