/**
 * build-service as the runner runs it (the committed bundle, INPUT_* variables, GITHUB_OUTPUT) on
 * the real engine: dockerd's BuildKit, the loopback registry (127.0.0.1:5000) and QEMU for arm64.
 * Every test pushes to its own repository (random suffix), so runs never see each other's images.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { execTool } from '../../shared/runtime/exec.js';
import type { MatrixEntry } from '../../shared/plan/types.js';
import { runAction, type ActionRun } from '../support/action.js';
import { appEntry } from '../support/build-entry.js';
import { startBuildkitProxy, type BuildkitProxy } from '../support/buildkit-proxy.js';
import { startFlakyProxy } from '../support/flaky-proxy.js';

const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const SHA = '0123456789abcdef0123456789abcdef01234567';
const DIGEST = /^sha256:[a-f0-9]{64}$/;

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bka-build-'));
  cpSync(resolve('test/fixtures/build'), workspace, { recursive: true });
});
const execFileP = promisify(execFile);
/** Repository paths (`itg/<name>-<suffix>`) this run pushed: the docker driver also keeps them locally. */
const made = new Set<string>();
afterAll(async () => {
  rmSync(workspace, { recursive: true, force: true });
  // Best effort: a leftover image costs disk, not correctness, so a slow or failing removal only warns.
  try {
    const ls = await execFileP('docker', ['image', 'ls', '--format', '{{.Repository}} {{.Tag}} {{.ID}}'], {
      timeout: 60_000,
    });
    const ours = ls.stdout
      .split('\n')
      .map((line) => line.split(' '))
      .filter(([repo]) => repo && made.has(repo.replace(/^[^/]*\//, '')));
    const tagged = ours.filter(([, tag]) => tag !== '<none>').map(([repo, tag]) => `${repo}:${tag}`);
    if (tagged.length) await execFileP('docker', ['image', 'rm', '-f', ...tagged], { timeout: 120_000 });
    // Pushed by digest only, the image has no tag: by ID, without -f, so that an image another
    // repository also names stays.
    for (const [, , id] of ours.filter(([, tag]) => tag === '<none>'))
      await execFileP('docker', ['image', 'rm', id!], { timeout: 60_000 }).catch(() => undefined);
  } catch (err) {
    console.warn(`could not remove this run's local images: ${String(err)}`);
  }
}, 200_000);

const unique = (name: string, registry = REGISTRY) => {
  const path = `itg/${name}-${Math.random().toString(36).slice(2, 8)}`;
  made.add(path);
  return `${registry}/${path}`;
};

/** Runs the bundle with the engine's environment. */
async function build(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('build-service', {
    workspace,
    inputs: { 'build-args': `BASE=${BUSYBOX}`, ...inputs },
    env: {
      DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
      DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://github.com',
      ...env,
    },
  });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`build-service failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

function docker(...args: string[]) {
  return execTool('docker', args);
}

/** The registry's tags of `repo` (`127.0.0.1:5000/x/y`); [] when the repository does not exist. */
async function tagsOf(repo: string): Promise<string[]> {
  const name = repo.slice(REGISTRY.length + 1);
  const res = await fetch(`http://${REGISTRY}/v2/${name}/tags/list`);
  if (res.status === 404) return [];
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

async function manifest(ref: string): Promise<{ digest: string; json: Record<string, unknown> }> {
  const [repo, ref2] = ref.includes('@')
    ? ref.split('@')
    : [ref.slice(0, ref.lastIndexOf(':')), ref.slice(ref.lastIndexOf(':') + 1)];
  const res = await fetch(`http://${REGISTRY}/v2/${repo!.slice(REGISTRY.length + 1)}/manifests/${ref2}`, {
    headers: { Accept: ACCEPT },
  });
  if (!res.ok) throw new Error(`${ref}: ${res.status}`);
  return {
    digest: res.headers.get('docker-content-digest') ?? '',
    json: (await res.json()) as Record<string, unknown>,
  };
}

async function deleteTag(ref: string): Promise<void> {
  const { digest } = await manifest(ref);
  const repo = ref.slice(REGISTRY.length + 1, ref.lastIndexOf(':'));
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
  expect(res.status).toBe(202);
}

/** The image config (Env, Cmd, Labels) of a single-platform image. */
async function config(
  ref: string,
): Promise<{ Env?: string[]; Cmd?: string[]; Labels?: Record<string, string> }> {
  const r = await docker('buildx', 'imagetools', 'inspect', '--format', '{{json .Image}}', ref);
  return (
    JSON.parse(r.stdout) as { config: { Env?: string[]; Cmd?: string[]; Labels?: Record<string, string> } }
  ).config;
}

const steps = (run: ActionRun) =>
  JSON.parse(run.outputs['steps']!) as { name: string; kind: string; cached: boolean; durationMs: number }[];

const resultFile = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')) as Record<string, unknown>;

const entry = (over: Partial<MatrixEntry>): string =>
  JSON.stringify(appEntry({ image: unique('app'), ...over }));

describe('registry cache', () => {
  it('a cold build pushes and writes the cache; after a prune and one changed file the rebuild imports it', async () => {
    const image = unique('app');
    const stack = `stack-${Math.random().toString(36).slice(2, 8)}`;
    await docker('builder', 'prune', '-af');
    const cold = ok(await build({ entry: entry({ image, 'cache-scope': stack }) }));
    expect(cold.outputs['digest']).toMatch(DIGEST);
    expect(cold.outputs['image']).toBe(`${image}@${cold.outputs['digest']}`);
    expect(cold.outputs['tags']!.split('\n')).toEqual([`${image}:sha-0123456`, `${image}:main`]);
    expect(cold.outputs['cache-hit-ratio']).toBe('0');
    expect(Number(cold.outputs['image-size'])).toBeGreaterThan(1000);
    expect(Number(cold.outputs['layers'])).toBeGreaterThanOrEqual(4);
    // Size and layers come from the registry directly, with no buildx imagetools fallback.
    expect(cold.stdout).not.toMatch(/directly failed/);
    const pushed = await manifest(cold.outputs['image']!);
    const layers = pushed.json['layers'] as { size: number }[];
    expect(Number(cold.outputs['layers'])).toBe(layers.length);
    expect(Number(cold.outputs['image-size'])).toBe(layers.reduce((n, l) => n + l.size, 0));
    expect(Number(cold.outputs['duration-ms'])).toBeGreaterThan(0);
    expect(JSON.parse(cold.outputs['metadata']!)['containerimage.digest']).toBe(cold.outputs['digest']);
    expect(cold.warnings.join('\n')).toMatch(/No cache could be imported/);
    expect(cold.summary).toContain('Slowest steps');
    // The step log, as buildx's plain progress prints it: every step once, RUN output under it.
    expect(cold.stdout).toMatch(/^#\d+ \[deps \d\/4\] RUN .* DONE \d+\.\ds$/m);
    const heads = cold.stdout.split('\n').filter((l) => /^#\d+ \S/.test(l));
    expect(new Set(heads.map((l) => l.split(' ')[0])).size).toBe(heads.length);
    expect(cold.summary).toContain('docker buildx build --progress=rawjson');
    // The engine's DOCKER_CONFIG holds the buildx plugin: the build ran it directly.
    expect(cold.summary).toMatch(/Run with the buildx plugin itself, `[^`]*\/cli-plugins\/docker-buildx`/);
    expect(await tagsOf(`${image}-cache`)).toEqual(['app-main']);
    // On the default branch the stack's shared scope is written too, in the namespace's <stack>-cache.
    expect(await tagsOf(`${REGISTRY}/itg/${stack}-cache`)).toEqual([`${stack}-main`]);
    expect((await tagsOf(image)).sort()).toEqual(['main', 'sha-0123456']);
    const result = resultFile(cold);
    expect(result).toMatchObject({
      digest: cold.outputs['digest'],
      service: 'app',
      target: 'prod',
      cacheHitRatio: 0,
    });

    await docker('builder', 'prune', '-af');
    appendFileSync(join(workspace, 'app/src/index.js'), `// change ${Date.now()}\n`);
    const warm = ok(await build({ entry: entry({ image, 'cache-scope': stack }) }));
    const byName = steps(warm);
    const deps = byName.filter((s) => s.name.startsWith('[deps ') && s.kind === 'instruction');
    expect(deps.length).toBe(3);
    expect(deps.every((s) => s.cached)).toBe(true);
    expect(byName.find((s) => s.name.startsWith('[prod 1/2] COPY src/'))?.cached).toBe(false);
    expect(Number(warm.outputs['cache-hit-ratio'])).toBeCloseTo(0.6);
    expect(warm.warnings.join('\n')).not.toMatch(/No cache could be imported/);
    expect(warm.summary).toMatch(/\| `\[deps 2\/4\] WORKDIR \/app` \| hit \|/);
    expect(warm.outputs['digest']).not.toBe(cold.outputs['digest']);
  }, 300000);

  it('a deleted, unreachable or corrupt cache only warns, and the build goes on', async () => {
    const image = unique('app');
    // No shared scope (the stack is the service itself): the service scope is the only cache.
    const e = entry({ image, 'cache-scope': 'app' });
    ok(await build({ entry: e }));
    await deleteTag(`${image}-cache:app-main`);
    await docker('builder', 'prune', '-af');
    const deleted = ok(await build({ entry: e }));
    expect(deleted.outputs['cache-hit-ratio']).toBe('0');
    expect(deleted.warnings.join('\n')).toMatch(
      /No cache could be imported \(.*-cache:app-main\): .*not found/,
    );
    expect(deleted.summary).toMatch(/not imported: `.*-cache:app-main`/);

    const unreachable = ok(await build({ entry: e, 'cache-ref': '127.0.0.1:9/nowhere-cache' }));
    expect(unreachable.warnings.join('\n')).toMatch(/No cache could be imported .*connection refused/);

    // Corrupt: the cache index is there but its config blob is gone.
    const cacheIndex = await manifest(`${image}-cache:app-main`);
    const cfg = (cacheIndex.json['manifests'] as { mediaType: string; digest: string }[]).find((m) =>
      m.mediaType.includes('cacheconfig'),
    )!;
    const res = await fetch(
      `http://${REGISTRY}/v2/${image.slice(REGISTRY.length + 1)}-cache/blobs/${cfg.digest}`,
      { method: 'DELETE' },
    );
    expect(res.status).toBe(202);
    await docker('builder', 'prune', '-af');
    const corrupt = ok(await build({ entry: e }));
    expect(corrupt.warnings.join('\n')).toMatch(
      /No cache could be imported .*could not fetch content descriptor/,
    );
    expect(corrupt.outputs['digest']).toMatch(DIGEST);
  }, 300000);

  it('the local backend writes <scope>-new and rotates it in; the next build reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-local-cache-'));
    const e = entry({ image: unique('app'), 'cache-scope': 'stack' });
    ok(await build({ entry: e, cache: 'local', 'cache-dir': dir }));
    expect(readdirSync(dir).sort()).toEqual(['app-main', 'stack-main']);
    expect(existsSync(join(dir, 'app-main', 'index.json'))).toBe(true);
    await docker('builder', 'prune', '-af');
    const again = ok(await build({ entry: e, cache: 'local', 'cache-dir': dir }));
    expect(Number(again.outputs['cache-hit-ratio'])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['app-main', 'stack-main']);
    rmSync(dir, { recursive: true, force: true });
  }, 300000);
});

describe('variants, platforms, dependencies', () => {
  it('dev and prod targets differ as the Dockerfile designs them', async () => {
    const image = unique('app');
    const dev = ok(await build({ entry: entry({ image }), variant: 'dev' }));
    const prod = ok(await build({ entry: entry({ image }), variant: 'prod' }));
    expect(dev.outputs['digest']).not.toBe(prod.outputs['digest']);
    expect(dev.outputs['tags']!.split('\n')).toEqual([`${image}:sha-0123456-dev`, `${image}:main-dev`]);
    const devConfig = await config(dev.outputs['image']!);
    const prodConfig = await config(prod.outputs['image']!);
    expect(devConfig.Env).toContain('MODE=development');
    expect(prodConfig.Env ?? []).not.toContain('MODE=development');
    expect(prodConfig.Cmd).toEqual(['cat', '/app/variant']);
    expect(prodConfig.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/monorepo',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.title': 'app',
    });
  }, 300000);

  it('builds linux/amd64 and linux/arm64 into one manifest list', async () => {
    const image = unique('multi');
    const run = ok(
      await build({ service: 'multi', context: 'multiarch', image, platforms: 'linux/amd64,linux/arm64' }),
    );
    const list = await manifest(run.outputs['image']!);
    expect(list.digest).toBe(run.outputs['digest']);
    const platforms = (list.json['manifests'] as { platform: { architecture: string } }[]).map(
      (m) => m.platform.architecture,
    );
    expect(platforms.sort()).toEqual(['amd64', 'arm64']);
    const result = resultFile(run) as { perPlatform: { platform: string; size: number; layers: number }[] };
    expect(result.perPlatform.map((p) => p.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.perPlatform.every((p) => p.size > 0 && p.layers === 2)).toBe(true);
    expect(steps(run).filter((s) => s.kind === 'instruction')).toHaveLength(2);
  }, 300000);

  it("records each platform's largest layer and the Dockerfile line that made it", async () => {
    // 3 MB of random bytes: a layer larger than the base's, which gzip cannot shrink.
    mkdirSync(join(workspace, 'biglayer'), { recursive: true });
    writeFileSync(
      join(workspace, 'biglayer', 'Dockerfile'),
      'ARG BASE\nFROM ${BASE}\nRUN head -c 3000000 /dev/urandom > /blob\nRUN echo small > /small\n',
    );
    const image = unique('biglayer');
    const run = ok(await build({ service: 'big', context: 'biglayer', image, platforms: 'linux/amd64' }));
    const result = resultFile(run) as {
      perPlatform: { layers: number; largestLayer?: { size: number; createdBy?: string } }[];
    };
    const pushed = await manifest(run.outputs['image']!);
    const sizes = (pushed.json['layers'] as { size: number }[]).map((l) => l.size);
    expect(result.perPlatform).toHaveLength(1);
    expect(result.perPlatform[0]!.largestLayer).toEqual({
      size: Math.max(...sizes),
      createdBy: expect.stringMatching(/^RUN .*head -c 3000000 \/dev\/urandom > \/blob/),
    });
    expect(Math.max(...sizes)).toBeGreaterThan(3_000_000);
  }, 300000);

  describe('one platform per job, merged by digest', () => {
    let proxy: BuildkitProxy;
    const builder = `bka-bs-${Math.random().toString(36).slice(2, 8)}`;
    beforeAll(async () => {
      proxy = await startBuildkitProxy({ listen: 'unix' });
      await docker('buildx', 'create', '--name', builder, '--driver', 'remote', proxy.address);
    });
    afterAll(async () => {
      await execTool('docker', ['buildx', 'rm', builder], { allowFailure: true });
      await proxy.close();
    });

    it('pushes each platform by digest (remote driver) or by suffixed tag (docker driver), then merges', async () => {
      const image = unique('pp');
      const common = { service: 'multi', context: 'multiarch', image, 'push-by-digest': 'true' };
      // A BuildKit that can push by digest: no tag at all.
      const amd = ok(await build({ ...common, platforms: 'linux/amd64', builder }));
      expect(amd.outputs['tags']).toBe('');
      expect(await tagsOf(image)).toEqual([]);
      // The docker driver cannot: the platform-suffixed tags stand in.
      const arm = ok(await build({ ...common, platforms: 'linux/arm64' }));
      expect(arm.outputs['tags']!.split('\n')).toEqual([
        `${image}:sha-0123456-linux-arm64`,
        `${image}:main-linux-arm64`,
      ]);
      expect(arm.stdout).toMatch(/cannot push by digest/);

      const merged = ok(
        await build({
          service: 'multi',
          image,
          merge: `${amd.outputs['digest']}\n${arm.outputs['image']}`,
          tags: 'v1',
        }),
      );
      expect(merged.outputs['tags']!.split('\n')).toEqual([
        `${image}:v1`,
        `${image}:sha-0123456`,
        `${image}:main`,
      ]);
      const list = await manifest(`${image}:v1`);
      expect(list.digest).toBe(merged.outputs['digest']);
      const digests = (list.json['manifests'] as { digest: string }[]).map((m) => m.digest);
      expect(digests).toEqual([amd.outputs['digest'], arm.outputs['digest']]);
      expect(merged.summary).toContain('— merge');
      expect(merged.outputs['cache-hit-ratio']).toBe('');
      expect(Number(merged.outputs['layers'])).toBe(2);
    }, 300000);
  });

  it('a dependency passed by digest is exactly the image FROM uses', async () => {
    const baseImage = unique('base');
    const base = ok(await build({ entry: entry({ image: baseImage }) }));
    const image = unique('uses-base');
    const run = ok(
      await build({
        service: 'uses-base',
        context: 'uses-base',
        image,
        contexts: `base=docker-image://${base.outputs['image']}`,
      }),
    );
    const baseLayers = ((await manifest(base.outputs['image']!)).json['layers'] as { digest: string }[]).map(
      (l) => l.digest,
    );
    const layers = ((await manifest(run.outputs['image']!)).json['layers'] as { digest: string }[]).map(
      (l) => l.digest,
    );
    expect(layers.slice(0, baseLayers.length)).toEqual(baseLayers);
    expect(layers).toHaveLength(baseLayers.length + 1);
    expect(run.stdout).toContain(`--build-context base=docker-image://${base.outputs['image']}`);
  }, 300000);

  it('passes a secret as a BuildKit secret, never as an argument or in the logs', async () => {
    const value = 's3cr3t-value';
    const run = ok(
      await build({
        service: 'secret',
        context: 'secret',
        image: unique('secret'),
        secrets: `token=${value}`,
        cache: 'none',
      }),
    );
    expect(run.stdout).toContain(`::add-mask::${value}`);
    const rest = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(rest).not.toContain(value);
    expect(rest).toContain('--secret id=token,env=BKA_SECRET_0_TOKEN');
    expect(readFileSync(run.outputs['result-file']!, 'utf8')).not.toContain(value);
    expect(JSON.stringify(run.outputs)).not.toContain(value);
    expect(run.summary).not.toContain(value);
  }, 300000);
});

describe('retries', () => {
  it.each(['503', 'reset'] as const)(
    'a registry that fails its first requests (%s) is retried until the push succeeds',
    async (mode) => {
      // moby's pusher tries a manifest PUT 4 times itself; fail all 4 so that the build's first attempt fails.
      const proxy = await startFlakyProxy({
        fail: 4,
        mode,
        match: (r) => r.method === 'PUT' && /\/manifests\//.test(r.url ?? ''),
      });
      try {
        const image = unique('flaky', proxy.address);
        const run = ok(
          await build({ service: 'multi', context: 'multiarch', image, cache: 'none', retries: '3' }),
        );
        expect(proxy.failed()).toBe(4);
        expect(run.warnings.join('\n')).toMatch(
          mode === '503'
            ? /Attempt 1 of 4 failed \(registry-5xx\).*Retrying/
            : /Attempt 1 of 4 failed \(connection-reset\).*Retrying/,
        );
        expect(resultFile(run)).toMatchObject({ attempts: 2 });
        expect(run.summary).toContain('(2 attempts)');
        expect(run.outputs['digest']).toMatch(DIGEST);
      } finally {
        await proxy.close();
      }
    },
    300000,
  );

  it('gives up when retries are exhausted, with the registry’s error', async () => {
    const proxy = await startFlakyProxy({
      fail: 100,
      match: (r) => r.method === 'PUT' && /\/manifests\//.test(r.url ?? ''),
    });
    try {
      const run = await build({
        service: 'multi',
        context: 'multiarch',
        image: unique('down', proxy.address),
        cache: 'none',
        retries: '1',
      });
      expect(run.code).toBe(1);
      expect(run.errors.join('\n')).toMatch(
        /after 2 attempts \(transient failure \(registry-5xx\), retries exhausted\).*503 Service Unavailable/,
      );
      expect(run.outputs).toEqual({});
    } finally {
      await proxy.close();
    }
  }, 300000);

  it('a Dockerfile error is annotated at its line and not retried; nothing is pushed', async () => {
    const image = unique('broken');
    const run = await build({ service: 'broken', context: 'broken', image, retries: '3' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error title=Dockerfile error,file=broken\/Dockerfile,line=5::process .* exit code: 3$/m,
    );
    expect(run.stdout).not.toMatch(/Retrying/);
    expect(run.stdout).toContain('about to fail');
    expect(run.outputs).toEqual({});
    expect(await tagsOf(image)).toEqual([]);
  }, 300000);
});

describe('bad inputs fail before anything runs', () => {
  const D = `sha256:${'e'.repeat(64)}`;
  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown variant', { variant: 'qa' }, /input 'variant': 'qa' is not a variant/],
    [
      'an invalid platform',
      { platforms: 'linux/amd65' },
      /'amd65' in 'linux\/amd65' is not a known architecture/,
    ],
    ['a missing Dockerfile', { dockerfile: 'app/Missing' }, /the Dockerfile 'app\/Missing' does not exist/],
    ['a secret without value', { secrets: 'token=' }, /the secret 'token' has no value/],
    ['a context by tag', { contexts: `base=docker-image://${BUSYBOX}` }, /not pinned by digest/],
    ['a merge by tag', { merge: `${BUSYBOX}` }, /input 'merge': .* is not a digest reference/],
    ['a merge of a malformed digest', { merge: `${D.slice(0, -1)}` }, /is not a digest reference/],
  ])('%s', async (_, inputs, message) => {
    const image = unique('bad');
    const run = await build({ entry: entry({ image }), ...inputs });
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(message);
    expect(run.stdout).not.toMatch(/^Building /m);
    expect(run.outputs).toEqual({});
    expect(await tagsOf(image)).toEqual([]);
    expect(await tagsOf(`${image}-cache`)).toEqual([]);
  });

  // The target is left to BuildKit, which checks it before it runs a step (parsing the Dockerfile
  // up front would delay every build's start); the action then names the stages there are.
  it('an unknown target: stopped by BuildKit before any step, reported with the stages, once', async () => {
    const image = unique('bad');
    const run = await build({ entry: entry({ image }), target: 'staging', retries: '2' });
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(
      /target stage 'staging' is not defined\. Fix: use one of the stages: deps, dev, prod\./,
    );
    expect(run.stdout).not.toMatch(/^#\d+ \[(?!internal\])/m); // no Dockerfile step ran
    expect(run.stdout).not.toMatch(/retrying/i);
    expect(run.outputs).toEqual({});
    expect(await tagsOf(image)).toEqual([]);
    expect(await tagsOf(`${image}-cache`)).toEqual([]);
  });
});
