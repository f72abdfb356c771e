// sign-image's inputs: read and checked before the first side effect, each error naming its input;
// the key and its password masked before anything else is read, and never repeated by an error.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../actions/sign-image/inputs.js';
import { buildResultText, type BuildOutcome } from '../../shared/contracts/build-result.js';
import { PEM } from '../support/cosign.js';

function withInputs(inputs: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
afterEach(() => {
  withInputs({});
  jest.restoreAllMocks();
});

const PUB = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';
const ID_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };

/** getInputs with stdout captured: the `::add-mask::` commands it wrote, and the rest. */
async function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  withInputs(inputs);
  const written: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const workspace = mkdtempSync(join(tmpdir(), 'bka-sign-inputs-'));
  try {
    return {
      inputs: await getInputs({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ...env }),
      written,
    };
  } finally {
    jest.restoreAllMocks();
  }
}

describe('sign-image inputs', () => {
  it('key signing: the key and password masked, line by line, before anything else', async () => {
    const { inputs, written } = await read({
      images: 'ghcr.io/acme/api:1\n# a comment',
      key: PEM,
      'key-password': 'pw-canary',
    });
    expect(inputs.request).toMatchObject({
      mode: 'sign',
      images: ['ghcr.io/acme/api:1'],
      cosignPath: '',
      signer: { kind: 'key', key: PEM, password: 'pw-canary' },
    });
    expect(written.join('')).toContain('::add-mask::c2VjcmV0LWtleS1ib2R5LWNhbmFyeQ==');
    expect(written.join('')).toContain('::add-mask::pw-canary');
    expect(inputs.resultFile).toMatch(/buildkit-actions\/sign-image\/sign-sign-image\.json$/);
  });

  it('takes images from build results, by the digest each pushed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-sign-results-'));
    const outcome = {
      mode: 'build',
      service: 'api',
      image: 'ghcr.io/acme/api',
      digest: `sha256:${'a'.repeat(64)}`,
      ref: `ghcr.io/acme/api@sha256:${'a'.repeat(64)}`,
      tags: [],
      platforms: [],
      metadata: {},
      durationMs: 1,
      cachedSteps: 0,
      cacheableSteps: 0,
      perPlatform: [],
      steps: [],
      cacheMisses: [],
      cache: [],
      warnings: [],
      command: 'docker buildx build .',
      attempts: 1,
      retried: [],
    } as BuildOutcome;
    writeFileSync(join(dir, 'api.json'), buildResultText(outcome));
    const { inputs } = await read({ 'result-files': `${dir}/*.json`, mode: 'verify', 'public-key': PUB });
    expect(inputs.request.images).toEqual([outcome.ref]);
    expect(inputs.request.trust).toEqual({ kind: 'key', publicKey: PUB });
    // The build result goes with its image, for the provenance; required by default.
    expect(inputs.request.builds).toEqual({ [outcome.ref]: { version: 1, ...outcome } });
    expect(inputs.request.provenance).toBe(true);
    expect(inputs.request.predicateDir).toMatch(/buildkit-actions\/sign-image\/provenance$/);
    const off = await read({ images: 'ghcr.io/acme/api:1', key: PEM, provenance: 'false' });
    expect(off.inputs.request.provenance).toBe(false);
    await expect(read({ images: 'ghcr.io/acme/api:1', key: PEM, provenance: 'maybe' })).rejects.toThrow(
      /provenance/,
    );
  });

  it('keyless: signing needs the id-token permission; verifying builds the identity policy', async () => {
    await expect(read({ images: 'a/b:1', keyless: 'true' })).rejects.toThrow(
      /input 'keyless':.*id-token: write/,
    );
    const { inputs } = await read({ images: 'a/b:1', keyless: 'true' }, ID_ENV);
    expect(inputs.request.signer).toEqual({ kind: 'keyless' });
    const verify = await read({
      images: 'a/b:1',
      mode: 'verify',
      'certificate-identity-regexp': '^https://github\\.com/acme/.*$',
    });
    expect(verify.inputs.request.trust).toEqual({
      kind: 'keyless',
      identityRegexp: '^https://github\\.com/acme/.*$',
      issuer: 'https://token.actions.githubusercontent.com',
    });
  });

  it.each([
    [{}, /input 'images': there is no image/],
    [{ images: 'a/b:1' }, /input 'key': no way to sign/],
    [{ images: 'a/b:1', key: 'not a key canary-value' }, /input 'key': the key is neither/],
    [{ images: 'a/b:1', key: PEM, keyless: 'true' }, /input 'keyless': both a key and keyless/],
    [{ images: 'a/b:1', key: PEM, 'public-key': PUB }, /input 'public-key': a public key only verifies/],
    [{ images: 'a/b:1', mode: 'verify' }, /input 'public-key': nothing to verify against/],
    [{ images: 'a/b:1', mode: 'verify', key: PEM }, /input 'key': a private key is not needed/],
    [
      { images: 'a/b:1', mode: 'verify', 'public-key': PUB, 'certificate-identity': 'x' },
      /input 'public-key': both/,
    ],
    [
      { images: 'a/b:1', mode: 'verify', 'public-key': 'missing.pub' },
      /input 'public-key': 'missing.pub' is not/,
    ],
    [{ images: 'a/b:1', mode: 'attest' }, /input 'mode': 'attest' is not accepted/],
    [
      { 'result-files': 'results/*.json', key: PEM },
      /input 'result-files': 'results\/\*.json' matches no file/,
    ],
  ])('refuses %#: %p', async (inputs, message) => {
    const err = await read(inputs, ID_ENV).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('canary-value');
    expect((err as Error).message).not.toContain('c2VjcmV0');
  });
});
