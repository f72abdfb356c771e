/**
 * setup-builder as the runner runs it (the committed bundle, INPUT_* variables, then the post step
 * with the saved state as STATE_* variables) on the real engine: the docker driver with QEMU-emulated
 * arm64, the remote driver through a local BuildKit endpoint (test/support/buildkit-proxy.ts), each
 * followed by a real build through the builder; and a docker-container builder that cannot boot
 * (no moby/buildkit image here) to show that a failed setup leaves nothing behind.
 *
 * Each test runs with its own DOCKER_CONFIG (the engine's buildx plugin linked in), so `--use`
 * and builder instances never touch the builders other test files use.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execTool } from '../../shared/runtime/exec.js';
import { parseFileCommands, runAction, type ActionRun } from '../support/action.js';
import { startBuildkitProxy, type BuildkitProxy } from '../support/buildkit-proxy.js';

const BASE = process.env['BKA_BASE_BUSYBOX'];
const DOCKER_HOST = process.env['DOCKER_HOST'];
if (!BASE || !DOCKER_HOST || !process.env['DOCKER_CONFIG']) {
  throw new Error(
    'run with the engine: eval "$(bash scripts/engine.sh env)" (BKA_BASE_BUSYBOX, DOCKER_HOST, DOCKER_CONFIG)',
  );
}

let work: string;
let context: string;

/** A DOCKER_CONFIG of its own, with the engine's CLI plugins. */
function dockerConfig(): string {
  const dir = mkdtempSync(join(work, 'docker-config-'));
  symlinkSync(join(process.env['DOCKER_CONFIG']!, 'cli-plugins'), join(dir, 'cli-plugins'));
  return dir;
}

/** Runs main, then the post step with the state main saved, as the runner does. */
async function runWithPost(
  inputs: Record<string, string>,
  config: string,
  between?: (main: ActionRun, state: Record<string, string>) => Promise<void>,
): Promise<{ main: ActionRun; post: ActionRun; state: Record<string, string> }> {
  const stateFile = join(mkdtempSync(join(work, 'state-')), 'state');
  writeFileSync(stateFile, '');
  const env = {
    DOCKER_HOST: DOCKER_HOST!,
    DOCKER_CONFIG: config,
    GITHUB_STATE: stateFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const main = await runAction('setup-builder', { inputs, env });
  const state = parseFileCommands(readFileSync(stateFile, 'utf8'));
  const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
  // The post step runs whatever happened in between, as `post-if: always()` asks.
  const runPost = () => runAction('setup-builder', { inputs, env: { ...env, ...stateEnv } });
  try {
    if (between) await between(main, state);
  } catch (err) {
    await runPost();
    throw err;
  }
  return { main, post: await runPost(), state };
}

const docker = (config: string, args: string[], allowFailure = false) =>
  execTool('docker', args, { env: { DOCKER_CONFIG: config }, allowFailure });

/** Builds the test context through `builder` for `platform` and returns what RUN wrote. */
async function buildThrough(config: string, builder: string, platform: string): Promise<string> {
  const out = mkdtempSync(join(work, 'out-'));
  await docker(config, [
    'buildx',
    'build',
    '--builder',
    builder,
    '--platform',
    platform,
    '--output',
    `type=local,dest=${out}`,
    context,
  ]);
  return readFileSync(join(out, 'arch'), 'utf8').trim();
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bka-setup-builder-'));
  context = join(work, 'context');
  mkdirSync(context);
  writeFileSync(
    join(context, 'Dockerfile'),
    `FROM ${BASE} AS run\nRUN uname -m > /arch\nFROM scratch\nCOPY --from=run /arch /arch\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('setup-builder, docker driver', () => {
  it('selects the docker builder, uses emulation for arm64, builds, and the post step removes nothing', async () => {
    const config = dockerConfig();
    const { main, post, state } = await runWithPost(
      { platforms: 'linux/amd64,linux/arm64' },
      config,
      async (run) => {
        expect(run.code).toBe(0);
        expect(await buildThrough(config, run.outputs['name']!, 'linux/arm64')).toBe('aarch64');
        expect(await buildThrough(config, run.outputs['name']!, 'linux/amd64')).toBe('x86_64');
      },
    );
    expect(main.code).toBe(0);
    expect(main.outputs).toMatchObject({
      name: 'default',
      driver: 'docker',
      endpoint: 'default',
      'buildkit-version': expect.stringMatching(/^v\d+\.\d+\.\d+/),
      'buildkitd-config': '',
      'emulated-platforms': 'linux/arm64',
      'cache-removed': '[]',
    });
    expect(main.outputs['platforms']!.split(',')).toEqual(
      expect.arrayContaining(['linux/amd64', 'linux/arm64']),
    );
    expect(main.warnings).toEqual([]);
    expect(main.summary).toContain(
      "The `docker` driver builds with dockerd's embedded BuildKit, which reads no buildkitd.toml",
    );
    expect(main.summary).toContain('"unused-for=720h"');
    expect(main.summary).toMatch(/\| linux\/arm64 \| registered: qemu-aarch64 \(flags [A-Z]*F[A-Z]*\) \|/);
    expect(state).toMatchObject({ isPost: 'true', builder: '', driver: 'docker' });
    expect(post.code).toBe(0);
    expect(post.stdout).not.toContain('Removed builder');
    expect((await docker(config, ['buildx', 'inspect', 'default'])).stdout).toMatch(/Driver:\s+docker/);
  });

  it('registers QEMU from qemu-riscv64-static on PATH, and BuildKit then lists linux/riscv64', async () => {
    // The engine registers only aarch64; riscv64 is registered by the action and removed afterwards.
    const entry = '/proc/sys/fs/binfmt_misc/qemu-riscv64';
    const unregister = () => existsSync(entry) && writeFileSync(entry, '-1');
    unregister();
    const config = dockerConfig();
    try {
      const { main } = await runWithPost({ platforms: 'linux/amd64,linux/riscv64', use: 'false' }, config);
      expect(main.code).toBe(0);
      expect(main.outputs['emulated-platforms']).toBe('linux/riscv64');
      expect(main.outputs['platforms']!.split(',')).toContain('linux/riscv64');
      expect(main.warnings).toEqual([]);
      expect(main.summary).toMatch(
        /\| linux\/riscv64 \| register: :qemu-riscv64:M::\\x7fELF.*qemu-riscv64-static:FOC \|/,
      );
      expect(readFileSync(entry, 'utf8')).toMatch(/^enabled\n(.|\n)*flags: [A-Z]*F/);
    } finally {
      unregister();
    }
  });

  it('warns that custom daemon settings do not apply to dockerd, and does not fail', async () => {
    const config = dockerConfig();
    const { main, post } = await runWithPost(
      { 'max-parallelism': '2', 'registry-mirrors': 'mirror.example.com' },
      config,
    );
    expect(main.code).toBe(0);
    expect(main.warnings).toEqual([
      expect.stringContaining(
        'reads no buildkitd.toml, so the BuildKit daemon settings were not applied here',
      ),
    ]);
    expect(main.summary).toContain('"registry-mirrors": [\n    "https://mirror.example.com"\n  ]');
    expect(main.summary).toContain('max-parallelism has no dockerd equivalent');
    expect(post.code).toBe(0);
  });

  it('fails on a bad input before any side effect, naming the input', async () => {
    const config = dockerConfig();
    const run = await runAction('setup-builder', {
      inputs: { driver: 'remote', endpoint: 'localhost:1234' },
      env: { DOCKER_HOST: DOCKER_HOST!, DOCKER_CONFIG: config },
    });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^input 'endpoint': 'localhost:1234' is not a BuildKit address/),
    ]);
    expect(existsSync(join(config, 'buildx', 'instances'))).toBe(false);
  });
});

describe('setup-builder, remote driver through a local BuildKit endpoint', () => {
  let proxy: BuildkitProxy;
  afterAll(async () => proxy?.close());

  it.each(['unix', 'tcp'] as const)(
    'creates a %s remote builder, builds through it, and the post step removes it',
    async (listen) => {
      proxy = await startBuildkitProxy({ listen });
      const config = dockerConfig();
      let name = '';
      try {
        const { main, post, state } = await runWithPost(
          { driver: 'remote', endpoint: proxy.address, platforms: 'linux/amd64' },
          config,
          async (run) => {
            expect(run.code).toBe(0);
            name = run.outputs['name']!;
            // `use` (the default) made it the current builder of this DOCKER_CONFIG.
            expect((await docker(config, ['buildx', 'inspect'])).stdout).toContain(`Name:          ${name}`);
            expect(await buildThrough(config, name, 'linux/amd64')).toBe('x86_64');
          },
        );
        expect(main.code).toBe(0);
        expect(main.outputs).toMatchObject({
          name: expect.stringMatching(/^bka-4242-1-[0-9a-f]{4}$/),
          driver: 'remote',
          endpoint: proxy.address,
          platforms: 'linux/amd64',
          'buildkit-version': expect.stringMatching(/^v\d/),
          'buildkitd-config': '',
        });
        expect(main.summary).toContain('A `remote` builder is a buildkitd started elsewhere');
        expect(main.summary).toContain(
          `docker buildx create --name ${name} --driver remote --platform linux/amd64 --use ${proxy.address}`,
        );
        expect(state).toMatchObject({ builder: name, driver: 'remote' });
        expect(proxy.connections()).toBeGreaterThan(0);
        expect(post.code).toBe(0);
        expect(post.stdout).toContain(`Removed builder ${name}`);
        const gone = await docker(config, ['buildx', 'inspect', name], true);
        expect(gone.code).not.toBe(0);
      } finally {
        if (name) await docker(config, ['buildx', 'rm', name], true);
        await proxy.close();
      }
    },
  );
});

describe('setup-builder, docker-container driver', () => {
  it('writes buildkitd.toml, and removes the builder it created when it cannot boot', async () => {
    const config = dockerConfig();
    let toml = '';
    const { main, post, state } = await runWithPost(
      {
        driver: 'docker-container',
        name: 'bka-itg-nobuildkit',
        // No moby/buildkit image can be pulled here: point at a loopback tag that does not exist.
        'driver-opts': `image=${process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000'}/bka-itg/buildkit:missing`,
        'max-parallelism': '3',
        'insecure-registries': '127.0.0.1:5000',
      },
      config,
      async (_, saved) => {
        toml = readFileSync(join(saved['config-dir']!, 'buildkitd.toml'), 'utf8');
      },
    );
    expect(main.code).toBe(1);
    expect(main.errors.join('\n')).toMatch(
      /docker buildx inspect --bootstrap bka-itg-nobuildkit exited with code 1/,
    );
    expect(main.outputs).toEqual({});
    expect(state).toMatchObject({
      builder: '',
      driver: 'docker-container',
      'config-dir': expect.stringContaining('setup-builder-bka-itg-nobuildkit'),
    });
    expect(toml).toContain('max-parallelism = 3');
    expect(toml).toContain('[registry."127.0.0.1:5000"]\nhttp = true\ninsecure = true');
    expect((await docker(config, ['buildx', 'inspect', 'bka-itg-nobuildkit'], true)).code).not.toBe(0);
    expect(post.code).toBe(0);
    expect(existsSync(state['config-dir']!)).toBe(false);
    const containers = await docker(config, [
      'ps',
      '-a',
      '--filter',
      'name=buildx_buildkit_bka-itg-nobuildkit',
      '--format',
      '{{.Names}}',
    ]);
    expect(containers.stdout.trim()).toBe('');
  });
});
