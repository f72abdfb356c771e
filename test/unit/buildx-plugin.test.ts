// Finding the buildx CLI plugin as the docker CLI does (cli-plugins/manager): config.json's
// cliPluginsExtraDirs, then $DOCKER_CONFIG/cli-plugins (~/.docker by default), then the system
// folders; only executable files count, and no lookup where the docker CLI's folders are unknown.
import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBuildxPlugin } from '../../shared/buildx/plugin.js';

const fake = (executables: string[], files: Record<string, string> = {}) => ({
  isExecutable: (p: string) => executables.includes(p),
  readFile: (p: string) => files[p],
});

describe('findBuildxPlugin', () => {
  it('prefers the extra folders of config.json, then DOCKER_CONFIG, then the system folders', () => {
    const all = [
      '/opt/plugins/docker-buildx',
      '/cfg/cli-plugins/docker-buildx',
      '/usr/libexec/docker/cli-plugins/docker-buildx',
    ];
    const config = { '/cfg/config.json': JSON.stringify({ cliPluginsExtraDirs: ['/opt/plugins'] }) };
    const env = { DOCKER_CONFIG: '/cfg' };
    expect(findBuildxPlugin({ env, platform: 'linux', ...fake(all, config) })).toBe(all[0]);
    expect(findBuildxPlugin({ env, platform: 'linux', ...fake(all) })).toBe(all[1]);
    expect(findBuildxPlugin({ env, platform: 'linux', ...fake(all.slice(2)) })).toBe(all[2]);
    expect(
      findBuildxPlugin({
        env,
        platform: 'linux',
        ...fake(['/usr/local/lib/docker/cli-plugins/docker-buildx', all[2]!]),
      }),
    ).toBe('/usr/local/lib/docker/cli-plugins/docker-buildx');
  });

  it('looks in ~/.docker without DOCKER_CONFIG', () => {
    expect(
      findBuildxPlugin({
        env: {},
        home: '/home/runner',
        platform: 'linux',
        ...fake(['/home/runner/.docker/cli-plugins/docker-buildx']),
      }),
    ).toBe('/home/runner/.docker/cli-plugins/docker-buildx');
  });

  it('finds nothing: no plugin, an unreadable config, or a platform whose folders it does not know', () => {
    const env = { DOCKER_CONFIG: '/cfg' };
    expect(findBuildxPlugin({ env, platform: 'linux', ...fake([]) })).toBeUndefined();
    expect(
      findBuildxPlugin({
        env,
        platform: 'linux',
        ...fake(['/cfg/cli-plugins/docker-buildx'], { '/cfg/config.json': '{' }),
      }),
    ).toBeUndefined();
    expect(
      findBuildxPlugin({ env, platform: 'win32', ...fake(['/cfg/cli-plugins/docker-buildx']) }),
    ).toBeUndefined();
  });

  it('on the real file system, only an executable file counts', () => {
    const cfg = mkdtempSync(join(tmpdir(), 'bka-plugin-'));
    mkdirSync(join(cfg, 'cli-plugins'));
    const plugin = join(cfg, 'cli-plugins', 'docker-buildx');
    writeFileSync(plugin, '#!/bin/sh\n');
    chmodSync(plugin, 0o644);
    const env = { DOCKER_CONFIG: cfg };
    // Not executable: the system folders are next (whatever this machine has there).
    expect(findBuildxPlugin({ env, platform: 'linux' })).not.toBe(plugin);
    chmodSync(plugin, 0o755);
    expect(findBuildxPlugin({ env, platform: 'linux' })).toBe(plugin);
  });
});
