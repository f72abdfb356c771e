/**
 * build-service's secrets and paths as the runner runs the bundle, on the real engine: secret values
 * reach the build exactly (spaces, several lines, a file through a link inside the repository), no
 * error shows one, and a Dockerfile or secret file linked outside the repository is refused before
 * anything is built.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun, shownBy } from '../support/action.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;

// Each secret's hash is a build argument; the RUN step fails unless the mounted secret matches it.
const DOCKERFILE = `ARG BASE
FROM \${BASE}
ARG H_SPACED
ARG H_MULTI
ARG H_FILE
RUN --mount=type=secret,id=spaced --mount=type=secret,id=multi --mount=type=secret,id=file \\
    test "$(sha256sum < /run/secrets/spaced | cut -c1-64)" = "$H_SPACED" && \\
    test "$(sha256sum < /run/secrets/multi | cut -c1-64)" = "$H_MULTI" && \\
    test "$(sha256sum < /run/secrets/file | cut -c1-64)" = "$H_FILE" && echo matched > /ok
`;
const SPACED = '  spaced s3cr3t value \t';
const MULTI = '-----BEGIN TEST KEY-----\nmulti-line s3cr3t\n  with "quotes" \n-----END TEST KEY-----\n';
const FILE = '//registry.example/:_authToken=file-s3cr3t\n';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let base: string;
let repo: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'bka-bs-secrets-')));
  repo = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(repo, 'app'), { recursive: true });
  mkdirSync(join(repo, 'ci'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(repo, 'app', 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(repo, 'ci', 'npmrc'), FILE);
  symlinkSync('../ci/npmrc', join(repo, 'app', 'npmrc')); // inside: followed
  writeFileSync(join(outside, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(outside, 'id_rsa'), 'PRIVATE\n');
  symlinkSync(join(outside, 'Dockerfile'), join(repo, 'app', 'Outside.Dockerfile'));
  symlinkSync(join(outside, 'id_rsa'), join(repo, 'ci', 'id_rsa'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function build(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-service', {
    workspace: repo,
    inputs: {
      service: 'app',
      context: 'app',
      push: 'false',
      cache: 'none',
      'build-args': `BASE=${BUSYBOX}\nH_SPACED=${sha(SPACED)}\nH_MULTI=${sha(MULTI)}\nH_FILE=${sha(FILE)}`,
      ...inputs,
    },
    env: {
      DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
      DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      ...env,
    },
  });
}

describe('build-service secrets', () => {
  it('reach the build exactly: spaces kept, a quoted multi-line value, a file through an inside link', async () => {
    const run = await build(
      {
        secrets: `spaced=${SPACED}\n"multi=${MULTI.replace(/"/g, '""')}"\n`,
        'secret-files': 'file=app/npmrc',
      },
      {},
    );
    if (run.code !== 0) throw new Error(`build-service failed:\n${run.stdout}\n${run.stderr}`);
    expect(run.stdout).toContain(`--secret id=file,src=${join(repo, 'ci', 'npmrc')}`);
    for (const value of [SPACED.trim(), 'multi-line s3cr3t', 'file-s3cr3t'])
      expect(shownBy(run)).not.toContain(value);
    // Masked for the runner, each line of a multi-line value too.
    expect(run.stdout).toContain('::add-mask::multi-line s3cr3t');
    expect(run.stdout).toContain('::add-mask:://registry.example/:_authToken=file-s3cr3t');
  }, 300000);

  it('a value given in secret-envs in place of a variable name is never shown', async () => {
    const run = await build({ 'secret-envs': 'npm=npm_Value0123456789abcdef' });
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(
      /input 'secret-envs': line 1: the secret 'npm' reads a variable that is not set/,
    );
    expect(shownBy(run)).not.toContain('npm_Value0123456789abcdef');
    expect(run.outputs).toEqual({});
  });

  it.each([
    [
      'a Dockerfile',
      { dockerfile: 'app/Outside.Dockerfile' },
      "input 'dockerfile': 'app/Outside.Dockerfile' leaves the repository: the symbolic link 'app/Outside.Dockerfile' points to",
      'Dockerfile',
    ],
    [
      'a secret file',
      { 'secret-files': 'key=ci/id_rsa' },
      "input 'secret-files': 'ci/id_rsa' leaves the repository: the symbolic link 'ci/id_rsa' points to",
      'id_rsa',
    ],
  ])('%s linked outside the repository is refused before any build', async (_, inputs, message, target) => {
    const run = await build(inputs);
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`${message} '${join(outside, target)}'`);
    expect(run.stdout).not.toMatch(/^#\d+ /m); // buildx never ran
    expect(run.outputs).toEqual({});
  });
});
