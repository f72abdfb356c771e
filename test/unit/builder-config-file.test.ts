// Where setup-builder writes buildkitd.toml, per driver, and the warning for drivers that read none.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configPlacement, unappliedSettingsWarning, writeConfig } from '../../shared/builder/config-file.js';

describe('buildkitd.toml placement', () => {
  it('gives the drivers that read a config a folder of their own, named after the builder', () => {
    expect(configPlacement('docker-container', 'ci', '/t')).toEqual({
      dir: '/t/setup-builder-ci',
      file: '/t/setup-builder-ci/buildkitd.toml',
    });
    expect(configPlacement('kubernetes', '', '/t').file).toBe('/t/setup-builder-docker/buildkitd.toml');
    expect(configPlacement('docker', 'x', '/t')).toEqual({});
    expect(configPlacement('remote', 'x', '/t')).toEqual({});
  });

  it('writes the file only where there is a place for it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bka-cfg-'));
    const place = configPlacement('docker-container', 'b', tmp);
    writeConfig(place, '[worker.oci]\n');
    expect(readFileSync(place.file!, 'utf8')).toBe('[worker.oci]\n');
    expect(() => writeConfig({}, 'x')).not.toThrow();
  });

  it("tells where the settings go instead: dockerd's daemon.json, or the remote buildkitd", () => {
    expect(unappliedSettingsWarning('docker')).toMatch(/through dockerd's daemon\.json\.$/);
    expect(unappliedSettingsWarning('remote')).toMatch(/where that buildkitd runs\.$/);
  });
});
