// setup-builder's inputs: every one is read and validated before the first side effect, and each
// error names the input and the fix. The password is masked before anything can log it.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { getInputs } from '../../actions/setup-builder/inputs.js';
import { InputError } from '../../shared/runtime/errors.js';

function withInputs(inputs: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
afterEach(() => withInputs({}));

describe('getInputs', () => {
  it('applies the defaults', () => {
    withInputs({});
    const inputs = getInputs({});
    expect(inputs).toMatchObject({
      driver: 'docker',
      name: '',
      endpoint: '',
      platforms: [],
      use: true,
      cleanup: true,
      retention: undefined,
      settings: { maxParallelism: 0, gcKeepStorage: 10 * 1024 ** 3, gcKeepDuration: 720 * 3600 },
    });
    expect(inputs.buildkitdToml).toContain('keepBytes = 10737418240');
  });

  it('reads a full docker-container setup and generates a name', () => {
    withInputs({
      driver: 'docker-container',
      platforms: 'linux/amd64,linux/arm64\nlinux/arm/v7',
      'driver-opts': 'network=host\n# a comment\nimage=moby/buildkit:v0.13.2',
      'buildkitd-flags': '--debug',
      'max-parallelism': '4',
      'gc-keep-storage': '20GB',
      'gc-keep-duration': '7d',
      'registry-mirrors': 'mirror.gcr.io',
      'insecure-registries': '127.0.0.1:5000',
      'buildkitd-config-inline': 'debug = true',
      'cache-prefix': '127.0.0.1:5000/cache/',
      'cache-retention-days': '7',
      'cache-max-size': '1GB',
      'retention-dry-run': 'true',
      use: 'false',
    });
    const inputs = getInputs({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' });
    expect(inputs.name).toMatch(/^bka-42-1-[0-9a-f]{4}$/);
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(inputs.driverOpts).toEqual(['network=host', 'image=moby/buildkit:v0.13.2']);
    expect(inputs.settings).toMatchObject({
      maxParallelism: 4,
      gcKeepStorage: 20 * 1024 ** 3,
      gcKeepDuration: 7 * 86400,
    });
    expect(inputs.buildkitdToml).toContain('[registry."docker.io"]\nmirrors = [ "mirror.gcr.io" ]');
    expect(inputs.buildkitdToml).toContain('debug = true');
    expect(inputs.retention).toEqual({
      prefix: { host: '127.0.0.1:5000', path: 'cache/' },
      maxAgeDays: 7,
      maxBytes: 1024 ** 3,
      dryRun: true,
      username: '',
      password: '',
      insecure: true,
      insecureHosts: ['127.0.0.1:5000'],
    });
    expect(inputs.use).toBe(false);
  });

  it('uses HTTPS for a registry that is neither loopback nor insecure', () => {
    withInputs({
      'cache-prefix': 'ghcr.io/acme/cache/',
      'registry-username': 'bot',
      'registry-password': 'pw',
    });
    expect(getInputs({}).retention).toMatchObject({ insecure: false, username: 'bot', password: 'pw' });
    withInputs({ 'cache-prefix': 'registry.local:5000/c/', 'insecure-registries': 'registry.local:5000' });
    expect(getInputs({}).retention).toMatchObject({ insecure: true });
  });

  it('keeps the registry password exactly, whitespace included', () => {
    withInputs({
      'cache-prefix': 'ghcr.io/acme/cache/',
      'registry-username': 'bot',
      'registry-password': ' p w\t',
    });
    expect(getInputs({}).retention).toMatchObject({ password: ' p w\t' });
  });

  it('masks the registry password before anything is logged', () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      writes.push(String(s));
      return true;
    });
    try {
      withInputs({ 'registry-password': 'hunter2', driver: 'bogus' });
      expect(() => getInputs({})).toThrow(/input 'driver'/);
    } finally {
      spy.mockRestore();
    }
    expect(writes[0]).toMatch(/::add-mask::hunter2/);
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [
      { driver: 'podman' },
      'driver',
      /'podman' is not accepted.*use one of: docker, docker-container, remote, kubernetes/,
    ],
    [{ driver: 'remote' }, 'endpoint', /required by the remote driver/],
    [{ driver: 'remote', endpoint: 'buildkitd:1234' }, 'endpoint', /not a BuildKit address/],
    [{ name: 'x' }, 'name', /cannot be used with the docker driver/],
    [{ driver: 'kubernetes', name: 'My_Builder' }, 'name', /Kubernetes deployment/],
    [
      { platforms: 'linux/amd64,linux/arm65' },
      'platforms',
      /'arm65' in 'linux\/arm65' is not a known architecture.*os\/arch\[\/variant\]/,
    ],
    [{ platforms: 'amd64' }, 'platforms', /not of the form os\/arch/],
    [{ 'driver-opts': 'network=host' }, 'driver-opts', /docker driver takes no driver options/],
    [{ driver: 'docker-container', 'driver-opts': 'network' }, 'driver-opts', /key=value/],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'buildkitd-flags': '--debug' },
      'buildkitd-flags',
      /remote driver does not start buildkitd/,
    ],
    [{ 'buildkitd-flags': '--debug' }, 'buildkitd-flags', /daemon\.json/],
    [{ 'max-parallelism': '-1' }, 'max-parallelism', /out of range/],
    [{ 'gc-keep-storage': 'lots' }, 'gc-keep-storage', /not a size/],
    [{ 'gc-keep-duration': '1 month' }, 'gc-keep-duration', /not a duration/],
    [{ 'registry-mirrors': 'ghcr.io=' }, 'registry-mirrors', /not a mirror host/],
    [{ 'insecure-registries': 'a b' }, 'insecure-registries', /not a registry host/],
    [{ 'buildkitd-config-inline': '[worker.oci\n' }, 'buildkitd-config-inline', /not valid TOML: line 1/],
    [{ 'cache-prefix': 'cache/' }, 'cache-prefix', /registry host/],
    [
      { 'cache-prefix': 'ghcr.io' },
      'cache-prefix',
      /names the whole registry ghcr\.io, not a repository path/,
    ],
    [{ 'cache-prefix': '127.0.0.1:5000/' }, 'cache-prefix', /Fix: add the repository path/],
    [{ 'cache-retention-days': 'thirty' }, 'cache-retention-days', /'thirty' is not a decimal integer/],
    [{ 'cache-max-size': '10 GB please' }, 'cache-max-size', /not a size/],
    [{ 'retention-dry-run': 'yes' }, 'retention-dry-run', /not a boolean/],
    [{ 'registry-password': 'pw' }, 'registry-password', /registry-username is empty/],
    [{ cleanup: 'maybe' }, 'cleanup', /not a boolean/],
  ])('%p fails on %s', (inputs, input, message) => {
    withInputs(inputs);
    let error: unknown;
    try {
      getInputs({});
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).details.input).toBe(input);
    expect((error as Error).message).toMatch(message);
  });
});
