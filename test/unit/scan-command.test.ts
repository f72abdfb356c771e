// Trivy's command line per image and platform: by digest, from the registry, --insecure only where named.
import { describe, expect, it } from '@jest/globals';
import { onInsecureRegistry, trivyArgs, trivyVersion } from '../../shared/scan/command.js';

const D = `sha256:${'ab'.repeat(32)}`;
const base = { output: '/tmp/r.json', cacheDir: '/cache/trivy', insecureRegistries: [] as string[] };

describe('trivyArgs', () => {
  it('scans one platform of an index from the registry', () => {
    expect(trivyArgs({ ...base, ref: `ghcr.io/acme/api@${D}`, platform: 'linux/arm64' })).toEqual([
      'image',
      '--image-src',
      'remote',
      '--platform',
      'linux/arm64',
      '--scanners',
      'vuln',
      '--format',
      'json',
      '--output',
      '/tmp/r.json',
      '--cache-dir',
      '/cache/trivy',
      '--skip-version-check',
      '--disable-telemetry',
      `ghcr.io/acme/api@${D}`,
    ]);
  });

  it.each([
    [{ insecureRegistries: ['127.0.0.1:5000'] }, `127.0.0.1:5000/a@${D}`, ['--insecure']],
    [{ insecureRegistries: ['registry.lan'] }, `registry.lan:8443/a@${D}`, ['--insecure']],
    [{ insecureRegistries: ['registry.lan:5000'] }, `registry.lan:8443/a@${D}`, []],
    [{ insecureRegistries: ['127.0.0.1:5000'] }, `ghcr.io/a@${D}`, []],
    [
      { dbRepository: 'mirror.lan/trivy-db:2' },
      `ghcr.io/a@${D}`,
      ['--db-repository', 'mirror.lan/trivy-db:2'],
    ],
    [{ skipDbUpdate: true }, `ghcr.io/a@${D}`, ['--skip-db-update', '--skip-java-db-update']],
  ])('%j for %s adds %j', (over, ref, extra) => {
    const args = trivyArgs({ ...base, ...over, ref, platform: '' });
    expect(args).not.toContain('--platform');
    expect(args.slice(13, -1)).toEqual(extra);
    expect(args.at(-1)).toBe(ref);
  });

  it('never takes a tag', () => {
    expect(() => trivyArgs({ ...base, ref: 'ghcr.io/acme/api:1.2', platform: '' })).toThrow(
      'not pinned by digest',
    );
  });

  it('matches Docker Hub names to docker.io', () => {
    expect(onInsecureRegistry(`library/alpine@${D}`, ['docker.io'])).toBe(true);
  });
});

describe('trivyVersion', () => {
  it("reads trivy version's JSON, and gives '' when it says nothing usable", async () => {
    const answer =
      (stdout: string, code = 0) =>
      async () => ({ code, stdout });
    expect(await trivyVersion('trivy', answer('{"Version":"0.74.0"}'))).toBe('0.74.0');
    expect(await trivyVersion('trivy', answer('Version: 0.74.0'))).toBe('');
    expect(await trivyVersion('trivy', answer('{"Version":"0.74.0"}', 1))).toBe('');
  });
});
