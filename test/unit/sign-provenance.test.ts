/**
 * sign-image's provenance without cosign or a registry: the SLSA v1 predicate made from a build
 * result (the contract's fixture) and a runner's GitHub context, the attest and verify-attestation
 * command lines for cosign 2.x and 3.x, the reasons a verification of the attestation fails, and
 * the sign and verify flows around them with a stand-in cosign.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildResult } from '../../shared/contracts/build-result.js';
import { githubContext } from '../../shared/github/context.js';
import type { FetchedManifest } from '../../shared/registry/client.js';
import type { ManifestReader } from '../../shared/registry/resolve-image.js';
import { displayCommand, splitCommand } from '../../shared/runtime/command-line.js';
import type { ExecResult } from '../../shared/runtime/exec.js';
import { attestArgs, publicKeyArgs, verifyAttestationArgs } from '../../shared/sign/args.js';
import {
  BUILD_TYPE,
  baseImages,
  buildInputs,
  jobWorkflowOf,
  predicateText,
  provenanceGap,
  provenancePredicate,
} from '../../shared/sign/provenance.js';
import { verifyFailure } from '../../shared/sign/reasons.js';
import { attestedMap } from '../../shared/sign/result.js';
import { attestedInvocations } from '../../shared/sign/attest.js';
import { signImages, type SignRequest } from '../../shared/sign/sign.js';
import { renderSignSummary } from '../../shared/sign/summary.js';
import { fakeCosign as baseCosign, PEM, predicateOf } from '../support/cosign.js';
import { testDeps } from '../support/deps.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const REF = `ghcr.io/acme/api@${D1}`;
const SHA = 'f'.repeat(40);
const BASE_DIGEST = '75f2cbe11203efea13875f7748926fee8f991e00aa9b59e7ea5dc2ddd410a859';

/** The variables a runner sets for a push to main of acme/monorepo. */
const RUNNER = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'acme/monorepo',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKSPACE: '/home/runner/work/monorepo/monorepo',
  GITHUB_WORKFLOW_REF: 'acme/monorepo/.github/workflows/release.yml@refs/heads/main',
  GITHUB_WORKFLOW_SHA: 'e'.repeat(40),
};
const W = RUNNER.GITHUB_WORKSPACE;

/**
 * The contract's fixture with the command build-service writes (absolute paths, a secret-looking
 * build arg, a secret by id) and FROM steps named as BuildKit names them once resolved.
 */
function build(over: Partial<BuildResult> = {}): BuildResult {
  const fixture = JSON.parse(
    readFileSync('test/fixtures/contracts/build-result.json', 'utf8'),
  ) as BuildResult;
  return {
    ...fixture,
    command: displayCommand('docker', [
      'buildx',
      'build',
      '--builder',
      'builder0',
      '--progress=rawjson',
      '--metadata-file',
      '/tmp/runner/meta.json',
      '--file',
      `${W}/services/app/Dockerfile`,
      '--target',
      'prod',
      '--platform',
      'linux/amd64',
      '--build-arg',
      'BASE=127.0.0.1:5000/base/busybox:1.35',
      '--build-arg',
      'GREETING=hello world',
      '--build-arg',
      'NPM_TOKEN=npm_canary_value',
      '--secret',
      'id=npm,env=NPM_TOKEN',
      '--build-context',
      `base=docker-image://127.0.0.1:5000/base/debian:bookworm@sha256:${'9'.repeat(64)}`,
      '--label',
      'org.opencontainers.image.revision=' + SHA,
      '--output',
      'type=image,name=127.0.0.1:5000/acme/app,push=true',
      `${W}/services/app`,
    ]),
    steps: [
      ...fixture.steps,
      {
        name: `[deps 1/4] FROM 127.0.0.1:5000/base/busybox:1.35@sha256:${BASE_DIGEST}`,
        kind: 'from',
        instruction: 'FROM',
        stage: 'deps',
        durationMs: 0,
        cached: true,
      },
      {
        // The same image named again by another stage: one dependency.
        name: `[prod 1/2] FROM 127.0.0.1:5000/base/busybox:1.35@sha256:${BASE_DIGEST}`,
        kind: 'from',
        instruction: 'FROM',
        stage: 'prod',
        durationMs: 0,
        cached: true,
      },
    ],
    ...over,
  };
}

describe('the SLSA v1 predicate', () => {
  const github = githubContext(RUNNER);

  it('has every field SLSA v1 requires, from the build result and the workflow run', () => {
    const p = provenancePredicate({ github, build: build() });
    // Required by https://slsa.dev/provenance/v1: buildType, externalParameters, builder.id.
    expect(p.buildDefinition.buildType).toBe(BUILD_TYPE);
    expect(new URL(p.buildDefinition.buildType).protocol).toBe('https:');
    expect(typeof p.buildDefinition.externalParameters).toBe('object');
    expect(p.runDetails.builder.id).toBe(
      'https://github.com/acme/monorepo/.github/workflows/release.yml@refs/heads/main',
    );
    expect(p.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/monorepo/actions/runs/42/attempts/2',
    );
    expect(p.buildDefinition.externalParameters['workflow']).toEqual({
      repository: 'https://github.com/acme/monorepo',
      path: '.github/workflows/release.yml',
      ref: 'refs/heads/main',
    });
    expect(p.buildDefinition.externalParameters['build']).toEqual({
      service: 'app',
      variant: 'prod',
      mode: 'build',
      image: '127.0.0.1:5000/acme/app',
      tags: ['127.0.0.1:5000/acme/app:main', '127.0.0.1:5000/acme/app:sha-0123456'],
      platforms: ['linux/amd64'],
      target: 'prod',
      dockerfile: 'services/app/Dockerfile',
      context: 'services/app',
      buildArgs: { BASE: '127.0.0.1:5000/base/busybox:1.35', GREETING: 'hello world' },
      redactedBuildArgs: ['NPM_TOKEN'],
      buildContexts: {
        base: `docker-image://127.0.0.1:5000/base/debian:bookworm@sha256:${'9'.repeat(64)}`,
      },
    });
    expect(p.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/monorepo@refs/heads/main', digest: { gitCommit: SHA } },
      {
        uri: 'pkg:docker/127.0.0.1:5000/base/busybox@1.35',
        digest: { sha256: BASE_DIGEST },
        annotations: { stage: 'deps' },
      },
      {
        uri: 'pkg:docker/127.0.0.1:5000/base/debian@bookworm',
        digest: { sha256: '9'.repeat(64) },
        name: 'base',
      },
    ]);
    for (const d of p.buildDefinition.resolvedDependencies) {
      expect(d.uri).toMatch(/^(git\+https|pkg:docker)/);
      expect(Object.keys(d.digest).length).toBeGreaterThan(0);
    }
    expect(p.buildDefinition.internalParameters).toEqual({
      github: { event_name: 'push', workflow_sha: 'e'.repeat(40) },
      buildx: { ref: 'builder/builder0/k4x1yq7m3c9s2w5t8v6n0p1r', attempts: 1 },
    });
    // The build result has no start time: no startedOn/finishedOn rather than invented ones.
    expect(p.runDetails.metadata).not.toHaveProperty('startedOn');
    expect(JSON.stringify(p)).not.toContain('npm_canary_value');
  });

  it('names the platform of a base pulled per platform, and skips a FROM without a digest', () => {
    const deps = baseImages(
      build({
        command: 'docker buildx build --file Dockerfile .',
        steps: [
          {
            name: `[linux/arm64 base 1/1] FROM docker.io/library/alpine@sha256:${BASE_DIGEST}`,
            kind: 'from',
            instruction: 'FROM',
            platform: 'linux/arm64',
            stage: 'base',
            durationMs: 0,
            cached: false,
          },
          {
            name: '[base 1/1] FROM scratch',
            kind: 'from',
            instruction: 'FROM',
            durationMs: 0,
            cached: false,
          },
        ],
      }),
    );
    expect(deps).toEqual([
      {
        uri: 'pkg:docker/docker.io/library/alpine@latest?platform=linux%2Farm64',
        digest: { sha256: BASE_DIGEST },
        annotations: { stage: 'base' },
      },
    ]);
  });

  it('describes a merge by its service and platforms only', () => {
    const merged = build({ mode: 'merge', command: 'docker buildx imagetools create -t x a b' });
    expect(buildInputs(merged)).toEqual({
      service: 'app',
      variant: 'prod',
      mode: 'merge',
      image: '127.0.0.1:5000/acme/app',
      tags: merged.tags,
      platforms: ['linux/amd64'],
      target: 'prod',
    });
  });

  it('for an image without a build result: the workflow and the commit only', () => {
    const p = provenancePredicate({ github });
    expect(Object.keys(p.buildDefinition.externalParameters)).toEqual(['workflow']);
    expect(p.buildDefinition.resolvedDependencies).toHaveLength(1);
  });

  it('names the reusable workflow that ran the job as the builder, from the OIDC token', () => {
    const claims = {
      job_workflow_ref: 'acme/pipelines/.github/workflows/build.yml@refs/tags/v3',
      job_workflow_sha: 'c'.repeat(40),
    };
    const token = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    const jobWorkflow = jobWorkflowOf(token)!;
    expect(jobWorkflow).toEqual({ ref: claims.job_workflow_ref, sha: 'c'.repeat(40) });
    const p = provenancePredicate({ github, jobWorkflow });
    expect(p.runDetails.builder.id).toBe(
      'https://github.com/acme/pipelines/.github/workflows/build.yml@refs/tags/v3',
    );
    expect(p.buildDefinition.internalParameters?.['github']).toMatchObject({
      job_workflow_sha: 'c'.repeat(40),
    });
    expect(jobWorkflowOf('not-a-jwt')).toBeUndefined();
    expect(jobWorkflowOf('a.bm90IGpzb24.c')).toBeUndefined();
  });

  it('cannot be made outside a workflow run', () => {
    const none = githubContext({});
    expect(provenanceGap(none)).toBe(
      'not in a workflow run (GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF, GITHUB_RUN_ID unset)',
    );
    expect(() => provenancePredicate({ github: none })).toThrow(/not in a workflow run/);
    expect(provenanceGap(github)).toBeUndefined();
  });

  it('is refused when it would hold a secret of the step, raw, escaped or base64, without showing it', () => {
    const p = provenancePredicate({ github, build: build() });
    const password = 'hello world';
    expect(() => predicateText(p, [password])).toThrow(/would contain a secret given to this step/);
    try {
      predicateText(p, [password]);
    } catch (err) {
      expect((err as Error).message).not.toContain(password);
    }
    const pemLine = 'c2VjcmV0LWtleS1ib2R5LWNhbmFyeQ==';
    const withPem = provenancePredicate({
      github: githubContext({ ...RUNNER, GITHUB_REF: `refs/heads/${pemLine}` }),
    });
    expect(() => predicateText(withPem, [pemLine])).toThrow(/secret/);
    expect(() => predicateText(p, [PEM])).not.toThrow();
    expect(JSON.parse(predicateText(p, [PEM, 'pw']))).toEqual(p);
  });
});

describe('command lines read back', () => {
  it.each([
    [['buildx', 'build', '--build-arg', "A=it's", '--label', 'x=a b', '', '/w/ctx']],
    [['a', "''", "'", 'plain', 'x=y,z=1']],
  ])('splitCommand(displayCommand(%j)) gives the arguments back', (args) => {
    expect(splitCommand(displayCommand('docker', args))).toEqual(['docker', ...args]);
  });
});

describe('cosign attest and verify-attestation command lines', () => {
  const key = { kind: 'key', key: '/tmp/k/cosign.key' } as const;
  const keyless = { kind: 'keyless', identityTokenFile: '/tmp/k/oidc-token' } as const;
  const P = '/tmp/p/pred.json';
  it.each([
    [
      2,
      key,
      [
        'attest',
        '--yes',
        '--type',
        'slsaprovenance1',
        '--predicate',
        P,
        '--key',
        '/tmp/k/cosign.key',
        '--tlog-upload=false',
        REF,
      ],
    ],
    [
      3,
      key,
      [
        'attest',
        '--yes',
        '--type',
        'slsaprovenance1',
        '--predicate',
        P,
        '--key',
        '/tmp/k/cosign.key',
        '--use-signing-config=false',
        '--tlog-upload=false',
        REF,
      ],
    ],
    [
      3,
      keyless,
      [
        'attest',
        '--yes',
        '--type',
        'slsaprovenance1',
        '--predicate',
        P,
        '--identity-token',
        '/tmp/k/oidc-token',
        REF,
      ],
    ],
  ] as const)('cosign %i attest %j', (major, signer, expected) => {
    expect(attestArgs(major, signer, { ref: REF, insecure: false }, P)).toEqual(expected);
  });

  it('attests only digests, never recursively, and adds the insecure-registry flags', () => {
    const ref = `127.0.0.1:5000/x@${D1}`;
    const args = attestArgs(2, key, { ref, insecure: true }, P);
    expect(args.slice(-3)).toEqual(['--allow-insecure-registry', '--allow-http-registry', ref]);
    expect(args).not.toContain('--recursive');
    expect(() => attestArgs(3, key, { ref: 'ghcr.io/acme/api:1', insecure: false }, P)).toThrow(
      /not pinned by digest/,
    );
  });

  it.each([2, 3] as const)('cosign %i verify-attestation: the trust flags of verify', (major) => {
    expect(
      verifyAttestationArgs(
        major,
        { kind: 'key', publicKey: '/k/cosign.pub' },
        { ref: REF, insecure: false },
      ),
    ).toEqual([
      'verify-attestation',
      '--type',
      'slsaprovenance1',
      '--key',
      '/k/cosign.pub',
      '--insecure-ignore-tlog=true',
      REF,
    ]);
    const issuer = 'https://token.actions.githubusercontent.com';
    expect(
      verifyAttestationArgs(
        major,
        {
          kind: 'keyless',
          identity: 'https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main',
          issuer,
        },
        { ref: REF, insecure: false },
      ),
    ).toEqual([
      'verify-attestation',
      '--type',
      'slsaprovenance1',
      '--certificate-identity',
      'https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      issuer,
      REF,
    ]);
    expect(publicKeyArgs('/tmp/k/cosign.key')).toEqual(['public-key', '--key', '/tmp/k/cosign.key']);
  });
});

describe('why an attestation does not verify (cosign 2.5 stderr, captured)', () => {
  it.each([
    [
      // A wrong public key: not "invalid signature" as for `cosign verify`.
      'WARNING: Skipping tlog verification is an insecure practice that lacks transparency and auditability verification for the attestation.\nError: no matching attestations: accepted signatures do not match threshold, Found: 0, Expected 1\n accepted signatures do not match threshold, Found: 0, Expected 1\nerror during command execution: no matching attestations: accepted signatures do not match threshold, Found: 0, Expected 1\n accepted signatures do not match threshold, Found: 0, Expected 1',
      'attested, but not with this key',
    ],
    [
      'WARNING: Skipping tlog verification is an insecure practice that lacks transparency and auditability verification for the attestation.\nError: no matching attestations: \nerror during command execution: no matching attestations: ',
      'no provenance attestation for this digest',
    ],
    [
      'Error: none of the attestations matched the predicate type: spdxjson, found: https://slsa.dev/provenance/v1\nerror during command execution: none of the attestations matched the predicate type: spdxjson, found: https://slsa.dev/provenance/v1',
      'no provenance attestation (only other types)',
    ],
    [
      'Error: no matching attestations: none of the expected identities matched what was in the certificate, got subjects [x]',
      'signed by another identity',
    ],
    [
      'Error: GET http://127.0.0.1:5000/v2/x/manifests/sha256:0: MANIFEST_UNKNOWN: manifest unknown',
      'the image is not in the registry',
    ],
  ])('%s', (stderr, reason) => {
    expect(verifyFailure(stderr, 1, 'attestation').reason).toBe(reason);
  });

  it('keeps the signature reasons for verify', () => {
    expect(verifyFailure('Error: no matching attestations: ', 1).reason).toBe('no signature for this digest');
  });
});

/** A verify-attestation line: a DSSE envelope whose statement's predicate names `invocation`. */
function envelope(invocation: string, field = 'invocationID'): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subject: [{ name: 'ghcr.io/acme/api', digest: { sha256: 'a'.repeat(64) } }],
    predicate: { runDetails: { metadata: { [field]: invocation } } },
  };
  return JSON.stringify({
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
    signatures: [{ keyid: '', sig: 'x' }],
  });
}

describe('attestedInvocations', () => {
  it('reads the invocation of each envelope, in the spelling of cosign 2.5 and of the spec', () => {
    const bundle = JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      dsseEnvelope: JSON.parse(envelope('run/3', 'invocationId')) as unknown,
    });
    const out = [envelope('run/1'), envelope('run/2', 'invocationId'), bundle, 'not json', ''].join('\n');
    expect(attestedInvocations(out)).toEqual(['run/1', 'run/2', 'run/3']);
  });
});

const INVOCATION = 'https://github.com/acme/monorepo/actions/runs/42/attempts/2';

/** The stand-in cosign with the answers a signing with provenance needs: a public key, an attestation. */
function fakeCosign(version: string, answer: (args: string[]) => ExecResult | undefined = () => undefined) {
  return baseCosign(version, (args) => {
    const a = answer(args);
    if (a) return a;
    if (args[0] === 'public-key')
      return { code: 0, stdout: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n', stderr: '' };
    if (args[0] === 'verify-attestation') return { code: 0, stdout: envelope(INVOCATION) + '\n', stderr: '' };
    return undefined;
  });
}

const registry: ManifestReader = async (name, reference) => {
  if (reference !== '1' && reference !== D1) throw new Error('MANIFEST_UNKNOWN: manifest unknown');
  return {
    digest: D1,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    size: 1,
    raw: '{}',
    manifest: { schemaVersion: 2 },
  } as FetchedManifest;
};

function request(over: Partial<SignRequest>): SignRequest {
  return {
    mode: 'sign',
    images: ['ghcr.io/acme/api:1'],
    cosignPath: 'cosign',
    insecureHosts: [],
    tempDir: mkdtempSync(join(tmpdir(), 'bka-prov-unit-')),
    env: RUNNER,
    provenance: true,
    predicateDir: join(mkdtempSync(join(tmpdir(), 'bka-prov-pred-')), 'provenance'),
    signer: { kind: 'key', key: PEM, password: 'pw-canary' },
    ...over,
  };
}

const deps = (exec: ReturnType<typeof fakeCosign>['exec']) => ({
  ...testDeps({ exec }),
  read: registry,
  idToken: async () => 'oidc-token-canary',
  mask: () => undefined,
});

describe('signImages with provenance', () => {
  it('cosign 3.x: signs, attests the digest offline, checks it with the key’s public half', async () => {
    const cosign = fakeCosign('v3.1.3');
    const req = request({ builds: { 'ghcr.io/acme/api:1': build() } });
    const out = await signImages(req, deps(cosign.exec));
    expect(cosign.calls.map((c) => c.args[0])).toEqual([
      'public-key',
      'sign',
      'attest',
      'verify-attestation',
    ]);
    const [pub, , attest, check] = cosign.calls;
    expect(pub!.env).toEqual({ COSIGN_PASSWORD: 'pw-canary' });
    expect(attest!.args).toEqual([
      'attest',
      '--yes',
      '--type',
      'slsaprovenance1',
      '--predicate',
      expect.stringMatching(/provenance\/ghcr.io-acme-api-sha256-a+\.json$/),
      '--key',
      pub!.args[2],
      '--use-signing-config=false',
      '--tlog-upload=false',
      REF,
    ]);
    expect(attest!.env).toEqual({ COSIGN_PASSWORD: 'pw-canary' });
    expect(check!.args).toEqual([
      'verify-attestation',
      '--type',
      'slsaprovenance1',
      '--key',
      expect.stringMatching(/cosign\.pub$/),
      '--insecure-ignore-tlog=true',
      REF,
    ]);
    const image = out.images[0]!;
    expect(image).toMatchObject({
      status: 'signed',
      provenance: { status: 'attested', from: 'build-result' },
    });
    // The predicate stays for the run; the key files do not. Neither secret is in the predicate.
    expect(existsSync(image.provenance!.predicate!)).toBe(true);
    expect(existsSync(pub!.args[2]!)).toBe(false);
    expect(predicateOf(attest!)).not.toContain('pw-canary');
    expect(predicateOf(attest!)).not.toContain('c2VjcmV0LWtleS1ib2R5LWNhbmFyeQ==');
    expect(JSON.parse(predicateOf(attest!)!)).toMatchObject({
      runDetails: { metadata: { invocationId: INVOCATION } },
    });
    expect(attestedMap(out)).toEqual({ 'ghcr.io/acme/api:1': REF });
    expect(renderSignSummary(out)).toContain('✅ attested (build)');
  });

  it('keyless: checks against the job workflow of the token', async () => {
    const cosign = fakeCosign('v2.5.0');
    const claims = { job_workflow_ref: 'acme/pipelines/.github/workflows/build.yml@refs/tags/v3' };
    const token = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    const out = await signImages(request({ signer: { kind: 'keyless' } }), {
      ...deps(cosign.exec),
      idToken: async () => token,
    });
    const check = cosign.calls.find((c) => c.args[0] === 'verify-attestation')!;
    expect(check.args).toContain(`https://github.com/${claims.job_workflow_ref}`);
    expect(cosign.calls.map((c) => c.args[0])).toEqual(['sign', 'attest', 'verify-attestation']);
    expect(out.images[0]!.provenance).toMatchObject({ status: 'attested', from: 'workflow' });
    expect(out.identity).toBe(`https://github.com/${claims.job_workflow_ref}`);
  });

  it('fails the image closed when the attestation just made does not verify', async () => {
    const cosign = fakeCosign('v2.5.0', (args) =>
      args[0] === 'verify-attestation'
        ? {
            code: 1,
            stdout: '',
            stderr:
              'Error: no matching attestations: accepted signatures do not match threshold, Found: 0, Expected 1',
          }
        : undefined,
    );
    const out = await signImages(request({}), deps(cosign.exec));
    expect(out.images[0]).toMatchObject({
      status: 'failed',
      reason: 'provenance: attested, but not with this key',
      provenance: { status: 'failed' },
    });
    expect(attestedMap(out)).toEqual({});
  });

  it('fails the image closed when the attestations that verify are not the one just made', async () => {
    const cosign = fakeCosign('v2.5.0', (args) =>
      args[0] === 'verify-attestation'
        ? { code: 0, stdout: envelope('an older run') + '\n', stderr: '' }
        : undefined,
    );
    const out = await signImages(request({}), deps(cosign.exec));
    expect(out.images[0]).toMatchObject({
      status: 'failed',
      reason: 'provenance: the attestation just made is not among those that verify',
    });
  });

  it('refuses a 3.x release that cannot check a key attestation offline, before signing', async () => {
    const cosign = fakeCosign('v3.0.3');
    await expect(signImages(request({}), deps(cosign.exec))).rejects.toThrow(/3\.0\.4 or later/);
    expect(cosign.calls).toEqual([]);
  });

  it('with provenance off, signs only', async () => {
    const cosign = fakeCosign('v3.0.3');
    const out = await signImages(request({ provenance: false }), deps(cosign.exec));
    expect(cosign.calls.map((c) => c.args[0])).toEqual(['sign']);
    expect(out.images[0]!.provenance).toBeUndefined();
  });

  it('verify: the signature, then the attestation of the digest, with the same key', async () => {
    const cosign = fakeCosign('v2.5.0', (args) =>
      args[0] === 'verify-attestation'
        ? {
            code: 1,
            stdout: '',
            stderr:
              'Error: no matching attestations: \nerror during command execution: no matching attestations: ',
          }
        : undefined,
    );
    const req = request({ mode: 'verify', trust: { kind: 'key', publicKey: '/k/cosign.pub' } });
    delete req.signer;
    const out = await signImages(req, deps(cosign.exec));
    expect(cosign.calls.map((c) => c.args.slice(0, 1).concat(c.args.slice(-1)))).toEqual([
      ['verify', REF],
      ['verify-attestation', REF],
    ]);
    expect(out.images[0]).toMatchObject({
      status: 'failed',
      reason: 'no provenance attestation for this digest',
      provenance: { status: 'failed' },
    });
    const off = fakeCosign('v2.5.0');
    const plain = await signImages({ ...req, provenance: false }, deps(off.exec));
    expect(off.calls.map((c) => c.args[0])).toEqual(['verify']);
    expect(plain.images[0]!.status).toBe('verified');
  });
});
