// buildx command lines per driver (table-driven), endpoint and name rules, and the create/select
// and remove steps against a recording exec wrapper fed with captured real buildx output.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createArgs, type BuilderRequest } from '../../shared/builder/commands.js';
import { type Exec } from '../../shared/runtime/deps.js';
import { parseInspect, platformsOf } from '../../shared/builder/inspect.js';
import { removeBuilder, setupBuilder } from '../../shared/builder/lifecycle.js';
import { renderBuilderSummary } from '../../shared/builder/summary.js';
import {
  generateName,
  validateDriverOpts,
  validateEndpoint,
  validateName,
} from '../../shared/builder/validate.js';
import { InputError, ToolError } from '../../shared/runtime/errors.js';
import type { ExecResult } from '../../shared/runtime/exec.js';

const fixture = (name: string) => readFileSync(`test/fixtures/setup-builder/${name}`, 'utf8');

const BASE: BuilderRequest = {
  name: 'bka-1',
  driver: 'docker-container',
  endpoint: '',
  platforms: [],
  driverOpts: [],
  buildkitdFlags: '',
  use: true,
};

describe('docker buildx create arguments', () => {
  it.each<[string, Partial<BuilderRequest>, string[]]>([
    [
      'docker-container, defaults',
      {},
      ['buildx', 'create', '--name', 'bka-1', '--driver', 'docker-container', '--use'],
    ],
    [
      'docker-container, everything',
      {
        driverOpts: ['network=host', 'image=moby/buildkit:v0.13.2'],
        buildkitdFlags: '--allow-insecure-entitlement network.host',
        platforms: ['linux/amd64', 'linux/arm64'],
        configFile: '/tmp/r/buildkitd.toml',
        endpoint: 'unix:///var/run/docker.sock',
      },
      [
        'buildx',
        'create',
        '--name',
        'bka-1',
        '--driver',
        'docker-container',
        '--driver-opt',
        'network=host',
        '--driver-opt',
        'image=moby/buildkit:v0.13.2',
        '--buildkitd-flags',
        '--allow-insecure-entitlement network.host',
        '--platform',
        'linux/amd64,linux/arm64',
        '--buildkitd-config',
        '/tmp/r/buildkitd.toml',
        '--use',
        'unix:///var/run/docker.sock',
      ],
    ],
    [
      'kubernetes with a context, not used',
      {
        driver: 'kubernetes',
        driverOpts: ['namespace=ci', 'replicas=2'],
        configFile: '/c.toml',
        endpoint: 'cluster',
        use: false,
      },
      [
        'buildx',
        'create',
        '--name',
        'bka-1',
        '--driver',
        'kubernetes',
        '--driver-opt',
        'namespace=ci',
        '--driver-opt',
        'replicas=2',
        '--buildkitd-config',
        '/c.toml',
        'cluster',
      ],
    ],
    [
      'remote: no daemon flags, no config',
      {
        driver: 'remote',
        endpoint: 'tcp://127.0.0.1:1234',
        buildkitdFlags: '--debug',
        configFile: '/c.toml',
        driverOpts: ['cacert=/ca.pem'],
      },
      [
        'buildx',
        'create',
        '--name',
        'bka-1',
        '--driver',
        'remote',
        '--driver-opt',
        'cacert=/ca.pem',
        '--use',
        'tcp://127.0.0.1:1234',
      ],
    ],
  ])('%s', (_, over, expected) => {
    expect(createArgs({ ...BASE, ...over })).toEqual(expected);
  });

  it('uses --config before buildx 0.13', () => {
    expect(createArgs({ ...BASE, configFile: '/c.toml' }, '0.12.1')).toContain('--config');
    expect(createArgs({ ...BASE, configFile: '/c.toml' }, '0.13.1')).toContain('--buildkitd-config');
  });

  it('has no create command line for the docker driver', () => {
    expect(() => createArgs({ ...BASE, driver: 'docker' })).toThrow(/docker driver/);
  });
});

describe('endpoint, name and driver-opts rules', () => {
  it.each<[BuilderRequest['driver'], string]>([
    ['docker', ''],
    ['docker', 'default'],
    ['docker-container', ''],
    ['docker-container', 'my-context'],
    ['docker-container', 'tcp://10.0.0.5:2376'],
    ['docker-container', 'ssh://me@host'],
    ['remote', 'unix:///run/buildkit/buildkitd.sock'],
    ['remote', 'tcp://127.0.0.1:1234'],
    ['remote', 'tcp://[::1]:1234'],
    ['remote', 'docker-container://buildkitd'],
    ['remote', 'kube-pod://buildkitd-0'],
    ['kubernetes', ''],
    ['kubernetes', 'prod-cluster'],
  ])('%s accepts %p', (driver, endpoint) => {
    expect(validateEndpoint(driver, endpoint)).toBe(endpoint);
  });

  it.each<[BuilderRequest['driver'], string, RegExp]>([
    ['docker', 'unix:///var/run/docker.sock', /not a docker context name/],
    ['docker-container', 'http://host:2375', /neither a docker context nor a Docker host/],
    ['remote', '', /required by the remote driver.*Fix: give the BuildKit daemon address/],
    ['remote', '127.0.0.1:1234', /not a BuildKit address.*unix:\/\//],
    ['remote', 'unix://relative.sock', /absolute socket path/],
    ['remote', 'tcp://host', /needs a host and a port/],
    ['kubernetes', 'https://k8s:6443', /not a context name/],
  ])('%s rejects %p', (driver, endpoint, message) => {
    expect(() => validateEndpoint(driver, endpoint)).toThrow(InputError);
    expect(() => validateEndpoint(driver, endpoint)).toThrow(
      new RegExp(`^input 'endpoint': .*${message.source}`),
    );
  });

  it.each<[BuilderRequest['driver'], string, RegExp | undefined]>([
    ['docker-container', 'ci_builder.1', undefined],
    ['remote', 'bka-123-1-ab12', undefined],
    ['kubernetes', 'bka-123-1-ab12', undefined],
    ['kubernetes', 'CI_builder', /Kubernetes deployment/],
    ['docker-container', '-x', /letters, digits/],
    ['docker-container', 'default', /docker context's own builder/],
    ['docker', 'mine', /cannot be used with the docker driver/],
  ])('%s name %p', (driver, name, message) => {
    if (message) expect(() => validateName(driver, name)).toThrow(message);
    else expect(validateName(driver, name)).toBe(name);
  });

  it('checks driver options are key=value', () => {
    expect(validateDriverOpts(['network=host', 'env.http_proxy=http://p:3128'])).toHaveLength(2);
    expect(() => validateDriverOpts(['network host'])).toThrow(/input 'driver-opts'.*key=value/);
  });

  it('generates a name from the run, valid for every driver', () => {
    const name = generateName({ GITHUB_RUN_ID: '987', GITHUB_RUN_ATTEMPT: '2' }, () => 0.5);
    expect(name).toBe('bka-987-2-8000');
    expect(() => validateName('kubernetes', name)).not.toThrow();
    expect(generateName({}, () => 0)).toBe('bka-local-0000');
  });
});

/** An exec wrapper that answers from a table and records every call. */
function recorder(answers: Record<string, Partial<ExecResult>>): Exec & { calls: string[][] } {
  const calls: string[][] = [];
  const fn = (async (cmd: string, args: string[], opts?: { allowFailure?: boolean }) => {
    calls.push([cmd, ...args]);
    const key = Object.keys(answers).find((k) => [cmd, ...args].join(' ').startsWith(k));
    const res = { code: 0, stdout: '', stderr: '', ...(key ? answers[key] : {}) };
    if (res.code !== 0 && !opts?.allowFailure)
      throw new ToolError([cmd, ...args].join(' '), res.code, res.stderr);
    return res;
  }) as Exec & { calls: string[][] };
  fn.calls = calls;
  return fn;
}

describe('setupBuilder', () => {
  const version = { 'docker buildx version': { stdout: fixture('buildx-version.txt') } };

  it('selects the docker context builder without creating one', async () => {
    const exec = recorder({
      ...version,
      'docker context show': { stdout: 'default\n' },
      'docker buildx inspect --bootstrap default': { stdout: fixture('inspect-docker.txt') },
    });
    const r = await setupBuilder({ ...BASE, name: '', driver: 'docker' }, exec);
    expect(exec.calls).toEqual([
      ['docker', 'buildx', 'version'],
      ['docker', 'context', 'show'],
      ['docker', 'buildx', 'inspect', '--bootstrap', 'default'],
      ['docker', 'buildx', 'use', 'default'],
    ]);
    expect(r).toMatchObject({
      name: 'default',
      driver: 'docker',
      endpoint: 'default',
      created: false,
      buildxVersion: '0.13.1',
      buildkitVersion: 'v0.0.0+unknown',
      platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/amd64/v4', 'linux/arm64'],
    });
  });

  it('creates, boots and reads a remote builder', async () => {
    const exec = recorder({
      ...version,
      'docker buildx inspect bka-proxytest': { code: 1, stderr: 'ERROR: no builder "bka-proxytest" found' },
      'docker buildx inspect --bootstrap bka-proxytest': { stdout: fixture('inspect-remote.txt') },
    });
    const r = await setupBuilder(
      { ...BASE, name: 'bka-proxytest', driver: 'remote', endpoint: 'unix:///tmp/b.sock' },
      exec,
    );
    expect(exec.calls.slice(1)).toEqual([
      ['docker', 'buildx', 'inspect', 'bka-proxytest'],
      [
        'docker',
        'buildx',
        'create',
        '--name',
        'bka-proxytest',
        '--driver',
        'remote',
        '--use',
        'unix:///tmp/b.sock',
      ],
      ['docker', 'buildx', 'inspect', '--bootstrap', 'bka-proxytest'],
    ]);
    expect(r).toMatchObject({
      created: true,
      endpoint: 'unix:///tmp/bka-buildkitd-UvY1ZJ/buildkitd.sock',
      buildkitVersion: 'v0.0.0+unknown',
    });
  });

  it('refuses to take over an existing builder', async () => {
    const exec = recorder({
      ...version,
      'docker buildx inspect bka-1': { stdout: fixture('inspect-remote.txt') },
    });
    await expect(setupBuilder(BASE, exec)).rejects.toThrow(
      /input 'name': a builder named 'bka-1' already exists.*docker buildx rm bka-1/,
    );
    expect(exec.calls.some((c) => c.includes('create'))).toBe(false);
  });

  it('removes a builder it created that cannot boot, and keeps the error', async () => {
    const exec = recorder({
      ...version,
      'docker buildx inspect bka-1': { code: 1, stderr: 'no builder found' },
      'docker buildx inspect --bootstrap bka-1': {
        code: 1,
        stderr: 'ERROR: Error response from daemon: pull access denied for moby/buildkit',
      },
    });
    await expect(setupBuilder(BASE, exec)).rejects.toThrow(/pull access denied for moby\/buildkit/);
    expect(exec.calls.at(-1)).toEqual(['docker', 'buildx', 'rm', 'bka-1']);
  });

  it('says how to install buildx when it is missing', async () => {
    const exec = recorder({
      'docker buildx version': { code: 1, stderr: "docker: 'buildx' is not a docker command." },
    });
    await expect(setupBuilder(BASE, exec)).rejects.toThrow(/install the docker buildx plugin/);
  });
});

describe('removeBuilder', () => {
  it('removes a created builder and never the docker one', async () => {
    const exec = recorder({});
    expect(await removeBuilder('bka-1', 'docker-container', exec)).toBeUndefined();
    expect(await removeBuilder('default', 'docker-container', exec)).toBeUndefined();
    expect(await removeBuilder('ctx', 'docker', exec)).toBeUndefined();
    expect(exec.calls).toEqual([['docker', 'buildx', 'rm', 'bka-1']]);
  });

  it('treats a builder already gone as removed and reports other failures', async () => {
    expect(
      await removeBuilder(
        'x',
        'remote',
        recorder({ docker: { code: 1, stderr: 'ERROR: no builder "x" found' } }),
      ),
    ).toBeUndefined();
    expect(
      await removeBuilder(
        'x',
        'remote',
        recorder({ docker: { code: 1, stderr: 'ERROR: permission denied' } }),
      ),
    ).toBe('permission denied');
  });
});

describe('inspect output', () => {
  it('keeps only the fixed platforms when a node has some (buildx marks them with *)', () => {
    const info = parseInspect(
      'Name: b\nDriver: docker-container\n\nNodes:\nName: b0\nEndpoint: unix:///var/run/docker.sock\nStatus: running\nBuildKit version: v0.13.2\nPlatforms: linux/arm64*, linux/amd64, linux/386\n',
    );
    expect(platformsOf(info)).toEqual(['linux/arm64']);
  });

  it('renders the summary with the config and emulation', async () => {
    const exec = recorder({
      'docker buildx version': { stdout: fixture('buildx-version.txt') },
      'docker buildx inspect bka': { code: 1 },
      'docker buildx inspect --bootstrap bka': { stdout: fixture('inspect-remote.txt') },
    });
    const r = await setupBuilder({ ...BASE, name: 'bka', driver: 'remote', endpoint: 'unix:///s' }, exec);
    const md = renderBuilderSummary(r, { toml: '[worker.oci]\ngc = true\n', maxParallelism: 0 }, [
      { platform: 'linux/arm64', action: 'registered', detail: 'qemu-aarch64 (flags OCF)' },
    ]);
    expect(md).toContain(
      '| bka-proxytest0 | remote | `unix:///tmp/bka-buildkitd-UvY1ZJ/buildkitd.sock` | running | v0.0.0+unknown |',
    );
    expect(md).toContain('A `remote` builder is a buildkitd started elsewhere');
    expect(md).toContain('| linux/arm64 | registered: qemu-aarch64 (flags OCF) |');
    expect(md).toContain('docker buildx create --name bka --driver remote --use unix:///s');
  });
});
