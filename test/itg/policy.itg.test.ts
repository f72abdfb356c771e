/**
 * The image policy on the real engine: purpose-built images (a compliant one for two platforms, root,
 * 25 layers, no HEALTHCHECK, a secret in ENV, a base outside the allowlist) built with buildx, pushed
 * to the loopback registry (127.0.0.1:5000) and read back through the distribution API. Each rule's
 * verdict is checked, and the canary secret must appear nowhere in the report or its Markdown.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkImagePolicy } from '../../shared/policy/check.js';
import type { PolicySettings } from '../../shared/policy/config.js';
import type { PolicyReport } from '../../shared/policy/evaluate.js';
import { renderPolicyMarkdown } from '../../shared/policy/markdown.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const SUFFIX = Math.random().toString(36).slice(2, 8);
const CANARY = `canary-${Math.random().toString(36).slice(2)}${Date.now()}`;
const POLICY: PolicySettings = { 'base-allowlist': { allow: [`${REGISTRY}/base/*`] } };
const execFileP = promisify(execFile);

const LABELS = `LABEL org.opencontainers.image.source=https://github.com/acme/app \\
      org.opencontainers.image.revision=0123456789abcdef \\
      org.opencontainers.image.created=2026-01-01T00:00:00Z`;
const GOOD = `FROM ${BUSYBOX}\n${LABELS}\nUSER 10001\nHEALTHCHECK CMD ["true"]\n`;

let dir: string;
const pushed: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bka-policy-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // Best effort: a leftover local image costs disk, not correctness.
  for (const ref of pushed)
    await execFileP('docker', ['image', 'rm', '-f', ref], { timeout: 60_000 }).catch(() => undefined);
}, 120_000);

/** Builds `dockerfile` and pushes it; returns `name@digest`. */
async function push(name: string, dockerfile: string, extra: string[] = []): Promise<string> {
  const ref = `${REGISTRY}/itg/policy-${name}-${SUFFIX}`;
  const file = join(dir, `${name}.Dockerfile`);
  const meta = join(dir, `${name}.json`);
  writeFileSync(file, dockerfile);
  await execFileP(
    'docker',
    [
      'buildx',
      'build',
      '--file',
      file,
      '--tag',
      `${ref}:t`,
      // Pushed once, by BuildKit: `--push` on the docker driver has dockerd push the tag a second
      // time, racing the first (the registry then served a 500 for the half-written tag).
      '--output',
      'type=image,push=true',
      '--metadata-file',
      meta,
      ...extra,
      dir,
    ],
    { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
  );
  pushed.push(`${ref}:t`);
  const digest = (JSON.parse(readFileSync(meta, 'utf8')) as Record<string, string>)['containerimage.digest']!;
  return `${ref}@${digest}`;
}

const verdict = (r: PolicyReport, rule: string) => r.verdicts.filter((v) => v.rule === rule);
const statuses = (r: PolicyReport) =>
  Object.fromEntries(
    [...new Set(r.verdicts.map((v) => v.rule))].map((rule) => [
      rule,
      [...new Set(verdict(r, rule).map((v) => v.status))].join(','),
    ]),
  );

describe('image policy on the real engine and registry', () => {
  let good: string;
  beforeAll(async () => {
    good = await push('ok', GOOD, [
      '--platform',
      'linux/amd64,linux/arm64',
      '--annotation',
      `manifest:org.opencontainers.image.base.name=${BUSYBOX}`,
    ]);
  }, 300_000);

  it('passes a compliant two-platform image on every rule, the base read from its annotation', async () => {
    const r = await checkImagePolicy(good, { policy: POLICY });
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(statuses(r)).toEqual({
      'non-root': 'pass',
      'max-layers': 'pass',
      'max-size': 'pass',
      'base-allowlist': 'pass',
      'required-labels': 'pass',
      healthcheck: 'pass',
      'no-secrets': 'pass',
    });
    expect(r).toMatchObject({ passed: true, errors: 0, warnings: 0 });
    expect(renderPolicyMarkdown(r)).toContain('### Image policy: passed');
  });

  it('fails non-root for an image that runs as root', async () => {
    const ref = await push('root', GOOD.replace('USER 10001', 'USER root'));
    const r = await checkImagePolicy(ref, { policy: POLICY, base: BUSYBOX });
    expect(statuses(r)).toMatchObject({ 'non-root': 'fail', healthcheck: 'pass', 'max-layers': 'pass' });
    expect(verdict(r, 'non-root')[0]!.findings[0]!.message).toBe('runs as root (`USER root`)');
    expect(r.passed).toBe(false);
  });

  it('fails max-layers for 25 layers, and passes it when the manifest allows 30', async () => {
    const runs = Array.from({ length: 24 }, (_, i) => `RUN echo ${i} > /layer-${i}`).join('\n');
    const ref = await push('layers', GOOD.replace('USER 10001', `${runs}\nUSER 10001`));
    const r = await checkImagePolicy(ref, { policy: POLICY, base: BUSYBOX });
    expect(statuses(r)).toMatchObject({ 'non-root': 'pass', 'max-layers': 'fail' });
    expect(verdict(r, 'max-layers')[0]!.findings[0]!.message).toBe('25 layers, more than 20');
    const wider = await checkImagePolicy(ref, {
      policy: { ...POLICY, 'max-layers': { max: 30 } },
      base: BUSYBOX,
    });
    expect(wider.passed).toBe(true);
  });

  it('warns on an image without HEALTHCHECK, and fails it at level error', async () => {
    const ref = await push('nohc', GOOD.replace('HEALTHCHECK CMD ["true"]\n', ''));
    const r = await checkImagePolicy(ref, { policy: POLICY, base: BUSYBOX });
    expect(verdict(r, 'healthcheck')[0]).toMatchObject({ status: 'fail', level: 'warning' });
    expect(r).toMatchObject({ passed: true, warnings: 1 });
    const strict = await checkImagePolicy(ref, {
      policy: { ...POLICY, healthcheck: 'error' },
      base: BUSYBOX,
    });
    expect(strict.passed).toBe(false);
  });

  it('fails no-secrets on a secret-looking ENV, naming the key and never the value', async () => {
    const ref = await push('secret', GOOD.replace('USER 10001', `ENV API_TOKEN=${CANARY}\nUSER 10001`));
    const r = await checkImagePolicy(ref, { policy: POLICY, base: BUSYBOX });
    expect(statuses(r)).toMatchObject({ 'no-secrets': 'fail', 'non-root': 'pass' });
    expect(verdict(r, 'no-secrets')[0]!.findings.map((f) => f.message)).toEqual([
      'ENV `API_TOKEN` looks like a secret (its value is not shown)',
    ]);
    const md = renderPolicyMarkdown(r);
    expect(md).toContain('`API_TOKEN`');
    expect(JSON.stringify(r)).not.toContain(CANARY);
    expect(md).not.toContain(CANARY);
    expect(JSON.stringify(r)).not.toContain('canary-');
  });

  it('fails base-allowlist for a base outside the allowlist, and passes it once allowed', async () => {
    const ref = await push('base', `FROM ${good}\n`);
    const r = await checkImagePolicy(ref, { policy: POLICY, base: good });
    expect(statuses(r)).toMatchObject({ 'base-allowlist': 'fail', 'non-root': 'pass', healthcheck: 'pass' });
    expect(verdict(r, 'base-allowlist')[0]!.findings[0]!.message).toMatch(/is not in the allowlist/);
    const allow = [...(POLICY['base-allowlist'] as { allow: string[] }).allow, `${REGISTRY}/itg/**`];
    const ok = await checkImagePolicy(ref, { policy: { 'base-allowlist': { allow } }, base: good });
    expect(ok.passed).toBe(true);
  });
});
