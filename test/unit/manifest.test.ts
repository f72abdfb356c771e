import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseManifest } from '../../shared/manifest/load.js';
import { settingsFor } from '../../shared/manifest/settings.js';
import { manifestSchema } from '../../shared/manifest/schema.js';

const ok = `version: 1
defaults:
  platforms: [linux/amd64]
  targets: { dev: dev, prod: prod }
global: [package-lock.json]
services:
  api:
    platforms: [linux/amd64, linux/arm64]
    targets: { prod: runtime }
    watch: ["openapi/**"]
    depends_on: [base]
`;

describe('manifest', () => {
  it('merges service settings over defaults', () => {
    const m = parseManifest(ok, '.github/buildkit-actions.yml');
    expect(settingsFor(m, 'api')).toMatchObject({
      platforms: ['linux/amd64', 'linux/arm64'],
      targets: { dev: 'dev', prod: 'runtime' },
      watch: ['openapi/**'],
    });
    expect(settingsFor(m, 'other').platforms).toEqual(['linux/amd64']);
    expect(m.lines['api']).toBe(7);
  });

  it('names the key path and line of a schema error', () => {
    expect(() => parseManifest(ok.replace('watch:', 'wacth:'), 'm.yml')).toThrow(
      /m\.yml:10.*services\.api.*additional properties 'wacth'/,
    );
    expect(() => parseManifest('version: 2\n', 'm.yml')).toThrow(/key 'version'/);
  });

  it('rejects an invalid platform with its location', () => {
    expect(() => parseManifest(ok.replace('linux/arm64', 'linux/arm65'), 'm.yml')).toThrow(
      /m\.yml:8.*services\.api\.platforms\[1\].*arm65/,
    );
  });

  it('reports malformed YAML with file and line', () => {
    expect(() => parseManifest('version: 1\nservices:\n  a: [\n', 'm.yml')).toThrow(/m\.yml:\d+/);
  });

  it('ships the schema as docs/manifest.schema.json', () => {
    expect(JSON.parse(readFileSync('docs/manifest.schema.json', 'utf8'))).toEqual(manifestSchema);
  });
});

describe('manifest policy', () => {
  const withPolicy = `version: 1
defaults:
  policy:
    max-layers: { max: 10 }
    base-allowlist: { allow: ["127.0.0.1:5000/base/*"] }
    healthcheck: off
services:
  api:
    policy:
      max-layers: warning
      max-size: { max: 200MiB }
      no-secrets: { ignore: [TOKEN_URL] }
`;

  it('merges a service policy over the defaults rule by rule', () => {
    const m = parseManifest(withPolicy, 'm.yml');
    expect(settingsFor(m, 'api').policy).toEqual({
      'max-layers': { level: 'warning', max: 10 },
      'base-allowlist': { allow: ['127.0.0.1:5000/base/*'] },
      healthcheck: 'off',
      'max-size': { max: '200MiB' },
      'no-secrets': { ignore: ['TOKEN_URL'] },
    });
    expect(settingsFor(m, 'other').policy).toEqual(m.defaults.policy);
    expect(settingsFor(parseManifest(ok, 'm.yml'), 'api')).not.toHaveProperty('policy');
  });

  it('names the file, line and key of a bad policy setting', () => {
    expect(() => parseManifest(withPolicy.replace('healthcheck: off', 'healthcheck: of'), 'm.yml')).toThrow(
      /m\.yml:6.*defaults\.policy\.healthcheck.*\(error, warning, off\)/,
    );
    expect(() => parseManifest(withPolicy.replace('max: 200MiB', 'max: lots'), 'm.yml')).toThrow(
      /m\.yml:11.*services\.api\.policy\.max-size\.max/,
    );
    expect(() =>
      parseManifest(withPolicy.replace('max-layers: warning', 'max-layer: warning'), 'm.yml'),
    ).toThrow(/m\.yml:10.*additional properties 'max-layer'/);
  });
});
