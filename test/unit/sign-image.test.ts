/**
 * sign-image's core without cosign or a registry: command lines for cosign 2.x and 3.x (key and
 * keyless), version detection, the keyless identity policy, tag resolution, verification reasons,
 * and that no secret ever reaches a command line.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchedManifest } from '../../shared/registry/client.js';
import { signArgs, verifyArgs } from '../../shared/sign/args.js';
import { identityPolicy, requireIdTokenPermission, workflowIdentity } from '../../shared/sign/keyless.js';
import { verifyFailure } from '../../shared/sign/reasons.js';
import { resolveImage, type ManifestReader } from '../../shared/registry/resolve-image.js';
import { COSIGN } from '../../shared/tools/cosign.js';
import { toolBinary } from '../../shared/tools/pinned.js';
import { maskSecret } from '../../shared/sign/secrets.js';
import { signImages, verifyFailures, type SignRequest } from '../../shared/sign/sign.js';
import { atLeast, majorFromHelp, parseCosignVersion } from '../../shared/sign/version.js';
import { fakeCosign, PEM, type CosignCall } from '../support/cosign.js';
import { testDeps } from '../support/deps.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;
const D3 = `sha256:${'c'.repeat(64)}`;
const REF = `ghcr.io/acme/api@${D1}`;

describe('cosign command lines', () => {
  const key = { kind: 'key', key: '/tmp/k/cosign.key' } as const;
  it.each([
    [2, key, false, ['sign', '--yes', '--key', '/tmp/k/cosign.key', '--tlog-upload=false', REF]],
    [
      3,
      key,
      false,
      [
        'sign',
        '--yes',
        '--key',
        '/tmp/k/cosign.key',
        '--use-signing-config=false',
        '--tlog-upload=false',
        REF,
      ],
    ],
    [
      2,
      key,
      true,
      ['sign', '--yes', '--key', '/tmp/k/cosign.key', '--tlog-upload=false', '--recursive', REF],
    ],
    [
      3,
      { kind: 'keyless', identityTokenFile: '/tmp/k/oidc-token' },
      true,
      ['sign', '--yes', '--identity-token', '/tmp/k/oidc-token', '--recursive', REF],
    ],
    [
      2,
      { kind: 'keyless', identityTokenFile: '/tmp/k/oidc-token' },
      false,
      ['sign', '--yes', '--identity-token', '/tmp/k/oidc-token', REF],
    ],
  ] as const)('cosign %i sign %j (recursive: %s)', (major, signer, recursive, expected) => {
    expect(signArgs(major, signer, { ref: REF, insecure: false, recursive })).toEqual(expected);
  });

  it('adds the insecure-registry flags for a loopback or insecure registry', () => {
    const ref = `127.0.0.1:5000/x@${D1}`;
    expect(signArgs(3, key, { ref, insecure: true, recursive: false })).toEqual([
      'sign',
      '--yes',
      '--key',
      '/tmp/k/cosign.key',
      '--use-signing-config=false',
      '--tlog-upload=false',
      '--allow-insecure-registry',
      '--allow-http-registry',
      ref,
    ]);
  });

  it('signs and verifies only digests', () => {
    expect(() => signArgs(2, key, { ref: 'ghcr.io/acme/api:1', insecure: false, recursive: false })).toThrow(
      /not pinned by digest/,
    );
    expect(() =>
      verifyArgs(3, { kind: 'key', publicKey: 'p' }, { ref: 'ghcr.io/acme/api', insecure: false }),
    ).toThrow(/not pinned/);
  });

  it.each([2, 3] as const)(
    'cosign %i verify: key offline, keyless by identity or regexp and issuer',
    (major) => {
      expect(
        verifyArgs(major, { kind: 'key', publicKey: '/k/cosign.pub' }, { ref: REF, insecure: false }),
      ).toEqual(['verify', '--key', '/k/cosign.pub', '--insecure-ignore-tlog=true', REF]);
      const issuer = 'https://token.actions.githubusercontent.com';
      expect(
        verifyArgs(
          major,
          {
            kind: 'keyless',
            identity: 'https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main',
            issuer,
          },
          { ref: REF, insecure: false },
        ),
      ).toEqual([
        'verify',
        '--certificate-identity',
        'https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main',
        '--certificate-oidc-issuer',
        issuer,
        REF,
      ]);
      expect(
        verifyArgs(
          major,
          { kind: 'keyless', identityRegexp: '^https://github\\.com/acme/.*$', issuer },
          { ref: REF, insecure: true },
        ),
      ).toEqual([
        'verify',
        '--certificate-identity-regexp',
        '^https://github\\.com/acme/.*$',
        '--certificate-oidc-issuer',
        issuer,
        '--allow-insecure-registry',
        '--allow-http-registry',
        REF,
      ]);
    },
  );
});

describe('cosign version', () => {
  it('reads the release from `cosign version --json` and from its text', () => {
    expect(parseCosignVersion('{"gitVersion":"v3.0.4","gitCommit":"x"}')).toEqual({
      version: 'v3.0.4',
      major: 3,
    });
    expect(parseCosignVersion('GitVersion:    v2.5.0\nGitCommit: abc')).toEqual({
      version: 'v2.5.0',
      major: 2,
    });
    // Debian's build, captured from cosign 2.5.0-2+b4.
    expect(parseCosignVersion('{"gitVersion": "devel", "gitCommit": "unknown"}')).toEqual({
      version: 'devel',
    });
  });

  it('tells the major of a build without a version from its defaults', () => {
    expect(majorFromHelp('    --tlog-upload=true:\n\twhether or not to upload to the tlog')).toBe(2);
    expect(majorFromHelp('    --use-signing-config=false:\n')).toBe(2);
    expect(
      majorFromHelp('    --use-signing-config=true:\n\twhether to use a TUF-provided signing config'),
    ).toBe(3);
  });

  it('compares releases', () => {
    expect(atLeast('v3.0.4', '3.0.4')).toBe(true);
    expect(atLeast('v3.1.0', '3.0.4')).toBe(true);
    expect(atLeast('v3.0.3', '3.0.4')).toBe(false);
    expect(atLeast('devel', '3.0.4')).toBe(false);
  });
});

describe('keyless identity policy', () => {
  const issuer = 'https://token.actions.githubusercontent.com';
  it('takes the exact identity, with GitHub as the default issuer', () => {
    expect(
      identityPolicy({
        identity: 'https://github.com/acme/api/.github/workflows/r.yml@refs/tags/v1',
        identityRegexp: '',
        issuer: '',
      }),
    ).toEqual({
      kind: 'keyless',
      identity: 'https://github.com/acme/api/.github/workflows/r.yml@refs/tags/v1',
      issuer,
    });
  });

  it.each([
    [{ identity: 'a', identityRegexp: '^a$', issuer: '' }, /input 'certificate-identity-regexp': both/],
    [
      { identity: '', identityRegexp: '', issuer: '' },
      /input 'certificate-identity': keyless verification needs/,
    ],
    [{ identity: '', identityRegexp: 'https://github.com/acme/', issuer: '' }, /is not anchored/],
    [
      { identity: '', identityRegexp: '^https://github.com/acme/(.*$', issuer: '' },
      /is not a regular expression/,
    ],
    [{ identity: '', identityRegexp: '^https://github.com/(?!evil).*$', issuer: '' }, /look-around/],
    [
      { identity: 'x', identityRegexp: '', issuer: 'http://issuer.example' },
      /input 'certificate-oidc-issuer': 'http:\/\/issuer.example' is not an https/,
    ],
  ])('refuses %j', (inputs, message) => {
    expect(() => identityPolicy(inputs)).toThrow(message);
  });

  it('names the workflow identity Fulcio certifies, and needs the id-token permission', () => {
    expect(
      workflowIdentity({ GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/r.yml@refs/heads/main' }),
    ).toBe('https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main');
    expect(workflowIdentity({})).toBeUndefined();
    // A called reusable workflow (the token's job_workflow_ref) on a GHES server URL with slashes.
    expect(
      workflowIdentity(
        {
          GITHUB_SERVER_URL: 'https://ghe.example//',
          GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/r.yml@x',
        },
        'acme/shared/.github/workflows/build.yml@refs/tags/v1',
      ),
    ).toBe('https://ghe.example/acme/shared/.github/workflows/build.yml@refs/tags/v1');
    expect(() => requireIdTokenPermission({})).toThrow(/input 'keyless'.*id-token: write/);
    expect(() =>
      requireIdTokenPermission({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }),
    ).not.toThrow();
  });
});

/** A registry of manifests by `name:reference`. */
function registry(entries: Record<string, Partial<FetchedManifest>>): ManifestReader {
  return async (name, reference) => {
    const m = entries[`${name}:${reference}`];
    if (!m) throw new Error('MANIFEST_UNKNOWN: manifest unknown');
    return {
      digest: D1,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 1,
      raw: '{}',
      manifest: { schemaVersion: 2 },
      ...m,
    };
  };
}

const INDEX: Partial<FetchedManifest> = {
  digest: D1,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifest: {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: D2,
        size: 1,
        platform: { os: 'linux', architecture: 'amd64' },
      },
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: D3,
        size: 1,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
      },
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'d'.repeat(64)}`,
        size: 1,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      },
    ],
  },
};

describe('tag resolution', () => {
  it('pins a tag to the digest the registry holds and reports the tag', async () => {
    const r = await resolveImage(
      'ghcr.io/acme/api:1.2',
      registry({ 'ghcr.io/acme/api:1.2': { digest: D2 } }),
    );
    expect(r).toMatchObject({ ref: `ghcr.io/acme/api@${D2}`, tag: '1.2', index: false, insecure: false });
  });

  it('takes a reference without tag as docker does (latest), and finds an index and its platforms', async () => {
    const r = await resolveImage(
      '127.0.0.1:5000/acme/api',
      registry({ '127.0.0.1:5000/acme/api:latest': INDEX }),
    );
    expect(r).toMatchObject({ tag: 'latest', index: true, insecure: true });
    expect(r.platforms).toEqual([
      { platform: 'linux/amd64', ref: `127.0.0.1:5000/acme/api@${D2}` },
      { platform: 'linux/arm64/v8', ref: `127.0.0.1:5000/acme/api@${D3}` },
    ]);
  });

  it('checks a digest exists, uses the digest over a tag beside it, and names insecure hosts', async () => {
    const r = await resolveImage(
      `reg.local:5000/api:old@${D1}`,
      registry({ [`reg.local:5000/api:${D1}`]: {} }),
      ['reg.local'],
    );
    expect(r).toMatchObject({ ref: `reg.local:5000/api@${D1}`, insecure: true });
    expect(r.tag).toBeUndefined();
  });

  it('refuses what cannot be resolved, or a registry that answers with another digest', async () => {
    await expect(resolveImage('ghcr.io/acme/api:gone', registry({}))).rejects.toThrow(
      'ghcr.io/acme/api:gone cannot be resolved to a digest: MANIFEST_UNKNOWN',
    );
    await expect(resolveImage('Not A Ref', registry({}))).rejects.toThrow(/is not an image reference/);
    await expect(
      resolveImage(`ghcr.io/a/b@${D2}`, registry({ [`ghcr.io/a/b:${D2}`]: { digest: D3 } })),
    ).rejects.toThrow(/answered with/);
  });
});

describe('verification reasons (cosign 2.5 stderr)', () => {
  it.each([
    [
      'Error: no matching signatures: invalid signature when validating ASN.1 encoded signature\nerror during command execution: …',
      'signed, but not with this key',
    ],
    [
      'WARNING: Skipping tlog verification is an insecure practice\nError: no signatures found\nerror during command execution: no signatures found',
      'no signature for this digest',
    ],
    [
      'Error: no matching signatures: none of the expected identities matched what was in the certificate, got subjects [x]',
      'signed by another identity',
    ],
    [
      'Error: no matching signatures: expected oidc issuer not found in certificate',
      'signed through another OIDC issuer',
    ],
    [
      'Error: getting Fulcio roots: initializing tuf: updating local metadata: dial tcp: lookup tuf-repo-cdn.sigstore.dev: no such host',
      'the Sigstore trust root or log could not be reached',
    ],
    [
      'Error: GET http://127.0.0.1:5000/v2/x/manifests/sha256:0: MANIFEST_UNKNOWN: manifest unknown',
      'the image is not in the registry',
    ],
    ['something else entirely', 'cosign refused it'],
  ])('%s', (stderr, reason) => {
    expect(verifyFailure(stderr, 1).reason).toBe(reason);
  });
});

describe('masking', () => {
  it('masks the value, each line but the armour, and their base64 forms', () => {
    const masked: string[] = [];
    maskSecret(PEM, (v) => masked.push(v));
    expect(masked).toContain(PEM);
    expect(masked).toContain('c2VjcmV0LWtleS1ib2R5LWNhbmFyeQ==');
    expect(masked).toContain(Buffer.from(PEM).toString('base64'));
    expect(masked.some((m) => /^-----(BEGIN|END) [A-Z ]+-----$/.test(m))).toBe(false);
  });
});

function request(over: Partial<SignRequest>): SignRequest {
  return {
    mode: 'sign',
    images: ['ghcr.io/acme/api:1'],
    cosignPath: 'cosign',
    insecureHosts: [],
    tempDir: mkdtempSync(join(tmpdir(), 'bka-sign-unit-')),
    env: {},
    provenance: false,
    predicateDir: mkdtempSync(join(tmpdir(), 'bka-sign-pred-')),
    ...over,
  };
}

const deps = (
  exec: ReturnType<typeof fakeCosign>['exec'],
  read = registry({ 'ghcr.io/acme/api:1': INDEX }),
  token = 'oidc-token-canary',
) => ({ ...testDeps({ exec }), read, idToken: async () => token, mask: () => undefined });

describe('signImages', () => {
  it('cosign 3.x key signing: the key in a 0600 file removed afterwards, the password in COSIGN_PASSWORD, the index recursive', async () => {
    const cosign = fakeCosign('v3.0.4');
    const req = request({ signer: { kind: 'key', key: PEM, password: 'pw-canary' } });
    const out = await signImages(req, deps(cosign.exec));
    const [call] = cosign.calls;
    const keyFile = call!.args[call!.args.indexOf('--key') + 1]!;
    expect(call!.args).toEqual([
      'sign',
      '--yes',
      '--key',
      keyFile,
      '--use-signing-config=false',
      '--tlog-upload=false',
      '--recursive',
      `ghcr.io/acme/api@${D1}`,
    ]);
    expect(call!.files[keyFile]).toEqual({ text: PEM, mode: 0o600 });
    expect(call!.env).toEqual({ COSIGN_PASSWORD: 'pw-canary' });
    expect(existsSync(keyFile)).toBe(false);
    expect(JSON.stringify(call!.args)).not.toContain('pw-canary');
    expect(out).toMatchObject({ method: 'key', cosign: { version: 'v3.0.4', major: 3 } });
    expect(out.images).toEqual([
      expect.objectContaining({
        input: 'ghcr.io/acme/api:1',
        tag: '1',
        digest: D1,
        status: 'signed',
        index: true,
        platforms: ['linux/amd64', 'linux/arm64/v8'],
      }),
    ]);
  });

  it('keyless signing: the OIDC token in a file, masked, the workflow identity reported', async () => {
    const cosign = fakeCosign('v2.5.0');
    const masked: string[] = [];
    const req = request({
      signer: { kind: 'keyless' },
      env: { GITHUB_WORKFLOW_REF: 'acme/api/.github/workflows/r.yml@refs/heads/main' },
    });
    const out = await signImages(req, { ...deps(cosign.exec), mask: (v: string) => masked.push(v) });
    const args = cosign.calls[0]!.args;
    const tokenFile = args[args.indexOf('--identity-token') + 1]!;
    expect(cosign.calls[0]!.files[tokenFile]?.text).toBe('oidc-token-canary\n');
    expect(masked).toEqual(['oidc-token-canary']);
    expect(out.identity).toBe('https://github.com/acme/api/.github/workflows/r.yml@refs/heads/main');
    expect(args).not.toContain('--tlog-upload=false');
  });

  it('signs nothing when one reference cannot be resolved', async () => {
    const cosign = fakeCosign('v2.5.0');
    const req = request({
      images: ['ghcr.io/acme/api:1', 'ghcr.io/acme/api:gone'],
      signer: { kind: 'key', key: PEM, password: '' },
    });
    await expect(signImages(req, deps(cosign.exec))).rejects.toThrow(
      /nothing was signed: ghcr.io\/acme\/api:gone cannot be resolved/,
    );
    expect(cosign.calls).toEqual([]);
  });

  it('verify fails closed per image with its reason, each platform manifest checked', async () => {
    const cosign = fakeCosign('v2.5.0', (args) =>
      args.at(-1)!.endsWith(D3)
        ? {
            code: 12,
            stdout: '',
            stderr:
              'Error: no matching signatures: invalid signature when validating ASN.1 encoded signature',
          }
        : { code: 0, stdout: '[]', stderr: '' },
    );
    const req = request({
      mode: 'verify',
      images: ['ghcr.io/acme/api:1', 'ghcr.io/acme/api:gone'],
      trust: { kind: 'key', publicKey: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----' },
    });
    const out = await signImages(req, deps(cosign.exec));
    // One run for every manifest fails (cosign does not say which): each is then checked alone.
    const digests = (c: CosignCall) => c.args.filter((a) => a.includes('@')).map((a) => a.split('@')[1]);
    expect(cosign.calls.map(digests)).toEqual([[D1, D2, D3], [D1], [D2], [D3]]);
    expect(out.images.map((i) => [i.status, i.reason, i.failedPlatforms])).toEqual([
      ['failed', 'signed, but not with this key', ['linux/arm64/v8']],
      ['failed', 'the reference cannot be resolved', undefined],
    ]);
    expect(verifyFailures(out)).toMatch(
      /^2 of 2 image\(s\) failed verification: ghcr.io\/acme\/api:1 \(sha256:a+\): signed, but not with this key/,
    );
  });

  it('signs many images in one cosign run per kind (index or not, insecure or not), the key decrypted once per run', async () => {
    const single = (d: string): Partial<FetchedManifest> => ({ digest: d });
    const read = registry({
      'ghcr.io/acme/api:1': INDEX,
      'ghcr.io/acme/web:1': single(D2),
      'ghcr.io/acme/job:1': single(D3),
      '127.0.0.1:5000/acme/dev:1': single(D2),
    });
    const cosign = fakeCosign('v2.5.0');
    const images = [
      'ghcr.io/acme/web:1',
      'ghcr.io/acme/api:1',
      '127.0.0.1:5000/acme/dev:1',
      'ghcr.io/acme/job:1',
    ];
    const out = await signImages(
      request({ images, signer: { kind: 'key', key: 'env://KEY', password: 'pw' } }),
      deps(cosign.exec, read),
    );
    const tail = (c: CosignCall) => c.args.slice(c.args.indexOf('--tlog-upload=false') + 1);
    expect(cosign.calls.map(tail)).toEqual([
      [`ghcr.io/acme/web@${D2}`, `ghcr.io/acme/job@${D3}`],
      ['--recursive', `ghcr.io/acme/api@${D1}`],
      ['--allow-insecure-registry', '--allow-http-registry', `127.0.0.1:5000/acme/dev@${D2}`],
    ]);
    expect(out.images.map((i) => [i.input, i.status])).toEqual(images.map((i) => [i, 'signed']));
  });

  it('verifies every image and platform manifest in one cosign run when all verify', async () => {
    const read = registry({ 'ghcr.io/acme/api:1': INDEX, 'ghcr.io/acme/web:1': { digest: D2 } });
    const cosign = fakeCosign('v2.5.0', () => ({ code: 0, stdout: '[]', stderr: '' }));
    const out = await signImages(
      request({
        mode: 'verify',
        images: ['ghcr.io/acme/api:1', 'ghcr.io/acme/web:1'],
        trust: { kind: 'key', publicKey: 'env://PUB' },
      }),
      deps(cosign.exec, read),
    );
    expect(cosign.calls).toHaveLength(1);
    expect(cosign.calls[0]!.args.slice(-4)).toEqual([
      `ghcr.io/acme/api@${D1}`,
      `ghcr.io/acme/api@${D2}`,
      `ghcr.io/acme/api@${D3}`,
      `ghcr.io/acme/web@${D2}`,
    ]);
    expect(out.images.map((i) => i.status)).toEqual(['verified', 'verified']);
  });

  it('refuses offline key verification on cosign 3.x before 3.0.4', async () => {
    const cosign = fakeCosign('v3.0.2');
    const req = request({ mode: 'verify', trust: { kind: 'key', publicKey: 'env://PUB' } });
    await expect(signImages(req, deps(cosign.exec))).rejects.toThrow(
      /cosign v3.0.2 cannot verify key signatures offline \(3.x needs 3.0.4/,
    );
  });

  it('refuses a cosign that is neither 2.x nor 3.x', async () => {
    const cosign = fakeCosign('v1.13.1');
    await expect(
      signImages(request({ signer: { kind: 'key', key: PEM, password: '' } }), deps(cosign.exec)),
    ).rejects.toThrow(/use cosign 2.x or 3.x/);
  });
});

describe('the cosign binary', () => {
  const cache = (found: string) => ({
    find: () => found,
    cacheDir: async () => {
      throw new Error('no install expected');
    },
    extractTar: async () => {
      throw new Error('no install expected');
    },
  });

  it('runs the binary cosign-path names, else the pinned release from the tool cache', async () => {
    const deps = { ...testDeps(), toolCache: cache('/cache/cosign/3.1.3/linux-x64') };
    expect(await toolBinary(COSIGN, '/opt/cosign-2.5', 'linux-x64', deps)).toBe('/opt/cosign-2.5');
    expect(await toolBinary(COSIGN, '', 'linux-x64', deps)).toBe('/cache/cosign/3.1.3/linux-x64/cosign');
  });

  it('sends an unpinned platform to cosign-path', async () => {
    await expect(
      toolBinary(COSIGN, '', 'darwin-arm64', { ...testDeps(), toolCache: cache('') }),
    ).rejects.toThrow(/input 'cosign-path': cosign 3.1.3 has no pinned release for darwin-arm64/);
  });
});
