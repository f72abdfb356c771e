import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { matchFiles } from '../../shared/compose/glob-files.js';
import { readBuildResult, type BuildResult } from '../../shared/contracts/build-result.js';
import { slug } from '../../shared/oci/reference.js';
import { InputError } from '../../shared/runtime/errors.js';
import { getBool, getEnum, getList, getString } from '../../shared/runtime/inputs.js';
import type { Trust } from '../../shared/sign/args.js';
import { identityPolicy, requireIdTokenPermission } from '../../shared/sign/keyless.js';
import { isKeyReference, isPem, maskSecret } from '../../shared/sign/secrets.js';
import type { SignRequest } from '../../shared/sign/sign.js';

export interface Inputs {
  request: SignRequest;
  resultFile: string;
}

const KEY_FORM =
  'give the PEM text of the key (from a secret), or a reference cosign resolves (env://VAR, awskms://…, gcpkms://…, hashivault://…, k8s://…).';

/**
 * Reads and validates every input before the first side effect. The key and its password are read
 * untrimmed and masked before any other input is read, so no error or log line can show them; no
 * error repeats a secret's value.
 */
export async function getInputs(env: NodeJS.ProcessEnv = process.env): Promise<Inputs> {
  const key = core.getInput('key', { trimWhitespace: false });
  const password = core.getInput('key-password', { trimWhitespace: false });
  maskSecret(key, core.setSecret);
  maskSecret(password, core.setSecret);

  const mode = getEnum('mode', ['sign', 'verify'] as const, 'sign');
  const keyless = getBool('keyless', false);
  const publicKey = core.getInput('public-key').trim();
  const identity = {
    identity: getString('certificate-identity'),
    identityRegexp: getString('certificate-identity-regexp'),
    issuer: getString('certificate-oidc-issuer'),
  };
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const builds = await resultFileBuilds(getList('result-files'), workspace);
  const tempDir = env['RUNNER_TEMP'] || tmpdir();
  const request: SignRequest = {
    mode,
    images: [...getList('images'), ...builds.map((b) => b.ref)],
    builds: Object.fromEntries(builds.map((b) => [b.ref, b])),
    provenance: getBool('provenance', true),
    predicateDir: join(tempDir, 'buildkit-actions', 'sign-image', 'provenance'),
    cosignPath: getString('cosign-path'),
    insecureHosts: getList('insecure-registries')
      .flatMap((l) => l.split(/[\s,]+/))
      .filter(Boolean),
    tempDir,
    env,
  };
  if (!request.images.length)
    throw new InputError('there is no image to work on.', {
      input: 'images',
      fix: 'give references in `images` (one a line) or build results in `result-files`.',
    });

  if (mode === 'sign') {
    if (publicKey)
      throw new InputError('a public key only verifies.', {
        input: 'public-key',
        fix: 'set mode: verify, or remove it.',
      });
    if (key.trim() && keyless)
      throw new InputError('both a key and keyless signing are asked for.', {
        input: 'keyless',
        fix: 'sign with `key` or with `keyless: true`, not both.',
      });
    if (keyless) {
      requireIdTokenPermission(env);
      request.signer = { kind: 'keyless' };
    } else if (key.trim()) {
      if (!isPem(key) && !isKeyReference(key.trim()))
        throw new InputError(
          'the key is neither a PEM private key nor a key reference (its value is not shown).',
          { input: 'key', fix: KEY_FORM },
        );
      request.signer = { kind: 'key', key: isPem(key) ? key : key.trim(), password };
    } else {
      throw new InputError('no way to sign was given.', {
        input: 'key',
        fix: 'set `key` (and `key-password`) from secrets, or `keyless: true` with `permissions: id-token: write`.',
      });
    }
  } else {
    if (key.trim())
      throw new InputError('a private key is not needed to verify.', {
        input: 'key',
        fix: 'give the public key in `public-key`.',
      });
    request.trust = verifyTrust(
      publicKey,
      keyless || !!identity.identity || !!identity.identityRegexp,
      identity,
      workspace,
    );
  }

  const resultFile =
    getString('result-file') ||
    join(
      env['RUNNER_TEMP'] || tmpdir(),
      'buildkit-actions',
      'sign-image',
      `${mode}-${slug(env['GITHUB_ACTION'] || 'sign-image')}.json`,
    );
  return { request, resultFile: resolve(workspace, resultFile) };
}

function verifyTrust(
  publicKey: string,
  keyless: boolean,
  identity: { identity: string; identityRegexp: string; issuer: string },
  workspace: string,
): Trust {
  if (publicKey && keyless)
    throw new InputError('both a public key and a keyless identity are given.', {
      input: 'public-key',
      fix: 'verify against the key, or against certificate-identity and certificate-oidc-issuer, not both.',
    });
  if (keyless) return identityPolicy(identity);
  if (!publicKey)
    throw new InputError('nothing to verify against.', {
      input: 'public-key',
      fix: 'set `public-key` (PEM text or a file), or certificate-identity (or its regexp) and certificate-oidc-issuer for keyless signatures.',
    });
  if (isPem(publicKey) || isKeyReference(publicKey)) return { kind: 'key', publicKey };
  const file = resolve(workspace, publicKey);
  if (!existsSync(file))
    throw new InputError(`'${publicKey}' is not a PEM public key, a key reference or a file.`, {
      input: 'public-key',
      fix: 'give the PEM text, a path relative to the workspace, or env://VAR / a KMS URI.',
    });
  return { kind: 'key', publicKey: file };
}

/** Each build result the globs match (its `ref` is the pushed `image@digest`). */
async function resultFileBuilds(patterns: string[], workspace: string): Promise<BuildResult[]> {
  const files: string[] = [];
  for (const { pattern, files: found } of await matchFiles(patterns, workspace)) {
    if (!found.length)
      throw new InputError(`'${pattern}' matches no file.`, {
        input: 'result-files',
        fix: "pass build-service's `result-file` outputs, or a glob of them, in the same job.",
      });
    files.push(...found);
  }
  return files.map((f) => {
    const r = readBuildResult(f);
    if (!r.ref)
      throw new InputError(
        `the build result ${f} has no pushed image (service ${r.service} was not pushed).`,
        {
          input: 'result-files',
          fix: 'sign images that build-service pushed (push: true).',
        },
      );
    return r;
  });
}
