// build-service's inputs (validated before any side effect), its orchestration over a fake docker,
// and its summary.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getInputs } from '../../actions/build-service/inputs.js';
import type { DirectReadOptions } from '../../shared/registry/session.js';
import { mergeService } from '../../shared/build/merge.js';
import { buildService, type BuildServiceRequest } from '../../shared/build/service.js';
import type { ServiceDeps } from '../../shared/build/types.js';
import type { Exec as ExecFn, Log } from '../../shared/runtime/deps.js';
import { renderSummary } from '../../shared/build/summary.js';
import { InputError } from '../../shared/runtime/errors.js';
import type { ExecOptions } from '../../shared/runtime/exec.js';
import type { MatrixEntry } from '../../shared/plan/types.js';
import { appEntry } from '../support/build-entry.js';
import { likeExecTool, testDeps } from '../support/deps.js';

const FIXTURES = resolve('test/fixtures/build');
const D = `sha256:${'c'.repeat(64)}`;

const ENTRY: MatrixEntry = appEntry({ image: '127.0.0.1:5000/acme/app', 'cache-scope': 'node' });

const saved = { ...process.env };
function setInputs(inputs: Record<string, string>, env: Record<string, string> = {}): void {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: FIXTURES,
    GITHUB_REPOSITORY: 'acme/monorepo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    SOURCE_DATE_EPOCH: '1700000000',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bs-')),
    ...env,
  });
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
afterEach(() => {
  process.env = { ...saved };
});

describe('getInputs', () => {
  it('takes a plan-matrix entry, maps the variant to its target and names the cache scopes', async () => {
    setInputs({ entry: JSON.stringify(ENTRY), variant: 'dev', 'build-args': 'BASE=x' });
    const i = await getInputs();
    if (i.mode !== 'build') throw new Error('build mode expected');
    const r = i.request;
    expect(r.build.target).toBe('dev');
    expect(r.build.context).toBe('app');
    expect(r.build.platforms).toEqual(['linux/amd64']);
    expect(r.tags).toEqual(['127.0.0.1:5000/acme/app:sha-0123456-dev', '127.0.0.1:5000/acme/app:main-dev']);
    expect(r.cache.from).toEqual([
      'type=registry,ref=127.0.0.1:5000/acme/app-cache:app-dev-main',
      'type=registry,ref=127.0.0.1:5000/acme/node-cache:node-dev-main',
    ]);
    expect(r.build.labels['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20.000Z');
    expect(r.build.provenance).toBe('false');
    expect(i.resultFile).toMatch(/buildkit-actions\/build-service\/app-dev\.json$/);
  });

  it('lets explicit inputs override the entry, and per-platform jobs push by digest', async () => {
    setInputs({
      entry: JSON.stringify(ENTRY),
      target: 'deps',
      platforms: 'linux/arm64',
      'push-by-digest': 'true',
      image: '127.0.0.1:5000/other/app',
    });
    const i = await getInputs();
    if (i.mode !== 'build') throw new Error('build mode expected');
    expect(i.request.build.target).toBe('deps');
    expect(i.request.tags).toEqual([]);
    expect(i.request.digestFallbackTags).toEqual([
      '127.0.0.1:5000/other/app:sha-0123456-linux-arm64',
      '127.0.0.1:5000/other/app:main-linux-arm64',
    ]);
    expect(i.resultFile).toMatch(/app-linux-arm64\.json$/);
  });

  it('masks secrets as it reads them and keeps them out of the build request', async () => {
    setInputs({
      service: 'app',
      context: 'secret',
      image: '127.0.0.1:5000/s',
      secrets: 'token=s3cr3t-value',
    });
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const i = await getInputs();
      if (i.mode !== 'build') throw new Error('build mode expected');
      expect(i.request.build.secrets).toEqual([{ id: 'token', env: 'BKA_SECRET_0_TOKEN' }]);
      expect(i.request.secretEnv).toEqual({ BKA_SECRET_0_TOKEN: 's3cr3t-value' });
      expect(JSON.stringify(i.request.build)).not.toContain('s3cr3t-value');
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toContain('::add-mask::s3cr3t-value');
  });

  it('reads merge mode', async () => {
    setInputs({
      entry: JSON.stringify(ENTRY),
      merge: `${D}\n127.0.0.1:5000/acme/app@sha256:${'d'.repeat(64)}`,
      tags: 'v1',
    });
    const i = await getInputs();
    if (i.mode !== 'merge') throw new Error('merge mode expected');
    expect(i.request.sources).toEqual([
      `127.0.0.1:5000/acme/app@${D}`,
      `127.0.0.1:5000/acme/app@sha256:${'d'.repeat(64)}`,
    ]);
    expect(i.request.tags).toEqual([
      '127.0.0.1:5000/acme/app:v1',
      '127.0.0.1:5000/acme/app:sha-0123456',
      '127.0.0.1:5000/acme/app:main',
    ]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown variant', { variant: 'staging' }, /input 'variant': 'staging' is not a variant/],
    [
      'an invalid platform',
      { platforms: 'linux/amd64,linux/sparc' },
      /input 'platforms': 'sparc' in 'linux\/sparc' is not a known architecture/,
    ],
    [
      'a missing Dockerfile',
      { dockerfile: 'app/Nope.Dockerfile' },
      /input 'dockerfile': the Dockerfile 'app\/Nope.Dockerfile' does not exist/,
    ],
    [
      'a missing context',
      { context: 'nowhere' },
      /input 'context': the build context 'nowhere' is not a directory/,
    ],
    ['a secret without value', { secrets: 'token=' }, /input 'secrets': the secret 'token' has no value/],
    [
      'a context by tag',
      { contexts: 'base=docker-image://127.0.0.1:5000/base:latest' },
      /input 'contexts': the context 'base' names .* not pinned by digest/,
    ],
    [
      'a merge source by tag',
      { merge: '127.0.0.1:5000/acme/app:amd64' },
      /input 'merge': .* is not a digest reference/,
    ],
    [
      'an image with a tag',
      { image: '127.0.0.1:5000/acme/app:1' },
      /input 'image': .* is not an image repository/,
    ],
    ['a bad tag', { tags: 'has space' }, /input 'tags'/],
    ['an entry that is not JSON', { entry: '{service: app' }, /input 'entry': is not JSON/],
    [
      'a suffix for two platforms',
      { 'platform-suffix': 'true', platforms: 'linux/amd64,linux/arm64' },
      /platform-suffix needs exactly one platform/,
    ],
    ['an unknown cache backend', { cache: 's3' }, /input 'cache': 's3' is not a cache backend/],
    ['too many retries', { retries: '50' }, /input 'retries': '50' is out of range/],
    ['a build arg without key', { 'build-args': '=x' }, /input 'build-args'/],
  ])('rejects %s', async (_, inputs, message) => {
    setInputs({ entry: JSON.stringify(ENTRY), ...inputs });
    await expect(getInputs()).rejects.toThrow(message);
  });

  it('leaves the target to the build: the Dockerfile is read, not parsed, before buildx starts', async () => {
    setInputs({ entry: JSON.stringify(ENTRY), target: 'nope' });
    const i = await getInputs();
    if (i.mode !== 'build') throw new Error('expected build mode');
    expect(i.request.build.target).toBe('nope');
    expect(i.request.dockerfileText).toContain('FROM deps AS prod');
  });

  it('rejects a dev variant for a service without a dev target', async () => {
    setInputs({ entry: JSON.stringify({ ...ENTRY, targets: {} }), variant: 'dev' });
    await expect(getInputs()).rejects.toThrow(/service 'app' has no dev target/);
  });
});

/** A fake docker: writes the metadata file for a build, answers inspect calls. */
function fakeDocker(opts: { driver?: string; digest?: string; raw?: string; failBuild?: string } = {}) {
  const calls: { args: string[]; opts?: ExecOptions }[] = [];
  const exec: ExecFn = async (_cmd, args, o) => {
    calls.push({ args, opts: o });
    if (args[1] === 'inspect')
      return { code: 0, stdout: `Name: x\nDriver:        ${opts.driver ?? 'docker'}\n`, stderr: '' };
    if (args[1] === 'build') {
      if (opts.failBuild) return { code: 1, stdout: '', stderr: opts.failBuild };
      const file = args[args.indexOf('--metadata-file') + 1]!;
      writeFileSync(file, JSON.stringify({ 'containerimage.digest': opts.digest ?? D }));
      return { code: 0, stdout: '', stderr: readFileSync(join(FIXTURES, 'rawjson-warm.txt'), 'utf8') };
    }
    if (args[1] === 'imagetools' && args[2] === 'inspect') {
      return {
        code: 0,
        stdout:
          opts.raw ??
          JSON.stringify({
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            layers: [{ size: 7 }, { size: 5 }],
          }),
        stderr: '',
      };
    }
    return { code: 0, stdout: '', stderr: '' };
  };
  return { exec, calls };
}

function request(over: Partial<BuildServiceRequest> = {}): BuildServiceRequest {
  const dir = mkdtempSync(join(tmpdir(), 'bs-'));
  return {
    service: 'app',
    image: 'r/app',
    tags: ['r/app:main'],
    push: true,
    pushByDigest: false,
    digestFallbackTags: [],
    insecureRegistry: false,
    cache: {
      from: ['type=registry,ref=r/app-cache:app-main'],
      to: [],
      rotate: [],
      describe: ['read service scope'],
    },
    dockerfilePath: 'app/Dockerfile',
    retries: 0,
    cwd: FIXTURES,
    secretEnv: { BKA_SECRET_0_TOKEN: 'v' },
    build: {
      context: 'app',
      dockerfile: 'app/Dockerfile',
      platforms: ['linux/amd64'],
      buildArgs: [],
      secrets: [{ id: 'token', env: 'BKA_SECRET_0_TOKEN' }],
      contexts: [],
      labels: {},
      metadataFile: join(dir, 'm.json'),
    },
    ...over,
  };
}

const messages: { info: string[]; warning: string[]; error: { m: string; where?: unknown }[] } = {
  info: [],
  warning: [],
  error: [],
};
const log: Log = {
  info: (m) => messages.info.push(m),
  warning: (m) => messages.warning.push(m),
  error: (m, where) => messages.error.push({ m, where }),
  debug: () => undefined,
};
/** The service's deps over a fake docker that answers with whole results. */
const deps = (over: Partial<ServiceDeps> & { exec: ExecFn }): ServiceDeps =>
  testDeps({ ...over, exec: likeExecTool(over.exec) });
/** No registry reachable and no docker login: manifests come from the (fake) buildx. */
const OFFLINE: DirectReadOptions = {
  fetch: async () => {
    throw new TypeError('fetch failed');
  },
  sleep: async () => undefined,
  auth: { readConfig: () => undefined },
};

beforeEach(() => {
  messages.info = [];
  messages.warning = [];
  messages.error = [];
});

describe('buildService', () => {
  it('builds, passes secrets through the environment only, and measures the pushed image', async () => {
    const d = fakeDocker();
    const r = await buildService(
      request(),
      deps({
        exec: d.exec,
        log,
        registry: OFFLINE,
        now: (() => {
          let t = 0;
          return () => (t += 1000);
        })(),
      }),
    );
    const build = d.calls.find((c) => c.args[1] === 'build')!;
    expect(build.opts?.env).toEqual({ BKA_SECRET_0_TOKEN: 'v' });
    expect(build.args).toContain('id=token,env=BKA_SECRET_0_TOKEN');
    expect(build.args.join(' ')).not.toMatch(/=v\b/);
    expect(r).toMatchObject({
      digest: D,
      ref: `r/app@${D}`,
      tags: ['r/app:main'],
      imageSize: 12,
      layers: 2,
      durationMs: 1000,
      cacheHitRatio: 0.6,
      attempts: 1,
    });
    // The inspect finds the driver for the builder's use: a docker driver records none.
    expect(d.calls.map((c) => c.args.slice(0, 3).join(' '))).toEqual([
      'buildx build --progress=rawjson',
      'buildx inspect',
      'buildx imagetools inspect',
    ]);
    expect(r.builder).toBeUndefined();
  });

  it("records a docker-container builder's CPU and peak memory from its container's cgroup", async () => {
    const d = fakeDocker({ driver: 'docker-container' });
    // v2 at the build's start and end: 2.5 s of CPU; the cgroup's peak rose to 900 MB meanwhile.
    const samples = [
      { usec: 10_000_000, current: 300e6, peak: 800e6 },
      { usec: 12_500_000, current: 400e6, peak: 900e6 },
    ];
    const execs: string[][] = [];
    const exec: ExecFn = async (cmd, args, o) => {
      if (args[0] === 'exec') {
        execs.push(args);
        const s = samples[Math.min(execs.length - 1, samples.length - 1)]!;
        return {
          code: 1,
          stdout: `==> /sys/fs/cgroup/cpu.stat <==\nusage_usec ${s.usec}\nuser_usec 1\n\n==> /sys/fs/cgroup/memory.current <==\n${s.current}\n\n==> /sys/fs/cgroup/memory.peak <==\n${s.peak}\n`,
          stderr: 'head: /sys/fs/cgroup/cpuacct/cpuacct.usage: No such file or directory\n',
        };
      }
      if (args[1] === 'inspect')
        return {
          code: 0,
          stdout:
            'Name: ci\nDriver: docker-container\n\nNodes:\nName: ci0\nEndpoint: unix:///var/run/docker.sock\n',
          stderr: '',
        };
      if (args[1] === 'build') await new Promise((res) => setTimeout(res, 60));
      return d.exec(cmd, args, o);
    };
    const r = await buildService(
      request({ build: { ...request().build, builder: 'ci' } }),
      deps({ exec, log, registry: OFFLINE }),
    );
    expect(execs[0]!.slice(0, 2)).toEqual(['exec', 'buildx_buildkit_ci0']);
    expect(execs).toHaveLength(2);
    expect(r.builder).toEqual({ cpuSeconds: 2.5, memoryPeakBytes: 900e6 });
  });

  it('records no builder use when the container cannot be read, and the build still succeeds', async () => {
    const d = fakeDocker({ driver: 'docker-container' });
    let tried = 0;
    const exec: ExecFn = async (cmd, args, o) => {
      if (args[0] === 'exec') {
        tried++;
        return { code: 1, stdout: '', stderr: 'Error: No such container' };
      }
      if (args[1] === 'inspect')
        return { code: 0, stdout: 'Name: ci\nDriver: docker-container\nName: ci0\n', stderr: '' };
      return d.exec(cmd, args, o);
    };
    const r = await buildService(request(), deps({ exec, log, registry: OFFLINE }));
    expect(r.digest).toBe(D);
    expect(tried).toBeGreaterThan(0);
    expect(r.builder).toBeUndefined();
  });

  it('runs every buildx command with the plugin binary when it is given, and says so in the summary', async () => {
    const cmds: string[] = [];
    const d = fakeDocker();
    const exec: ExecFn = async (cmd, args, o) => {
      cmds.push(cmd);
      // The fake answers as docker would: with the plugin, the same arguments minus `buildx`.
      return d.exec(cmd, cmd === 'docker' ? args : ['buildx', ...args], o);
    };
    const plugin = '/usr/libexec/docker/cli-plugins/docker-buildx';
    const r = await buildService(request(), deps({ exec, log, registry: OFFLINE, buildx: plugin }));
    expect(cmds).toEqual([plugin, plugin, plugin]);
    expect(d.calls.map((c) => c.args.slice(0, 3).join(' '))).toEqual([
      'buildx build --progress=rawjson',
      'buildx inspect',
      'buildx imagetools inspect',
    ]);
    expect(r.buildx).toBe(plugin);
    // The command shown is the one a user would type; the summary names what ran it.
    expect(r.command).toMatch(/^docker buildx build /);
    expect(renderSummary(r)).toContain(`Run with the buildx plugin itself, \`${plugin}\``);
  });

  it('pushes platform-suffixed tags instead of by digest on a docker-driver builder', async () => {
    const d = fakeDocker({ driver: 'docker' });
    const r = await buildService(
      request({ tags: [], pushByDigest: true, digestFallbackTags: ['r/app:main-linux-amd64'] }),
      deps({ exec: d.exec, log, registry: OFFLINE }),
    );
    const build = d.calls.find((c) => c.args[1] === 'build')!;
    expect(build.args.slice(-5, -1)).toEqual([
      '--tag',
      'r/app:main-linux-amd64',
      '--output',
      'type=image,push=true',
    ]);
    expect(r.tags).toEqual(['r/app:main-linux-amd64']);
    expect(messages.info.join('\n')).toMatch(/cannot push by digest/);
  });

  it('pushes by digest on other drivers', async () => {
    const d = fakeDocker({ driver: 'remote' });
    const r = await buildService(
      request({ tags: [], pushByDigest: true, digestFallbackTags: ['r/app:x'] }),
      deps({
        exec: d.exec,
        log,
        registry: OFFLINE,
      }),
    );
    const build = d.calls.find((c) => c.args[1] === 'build')!;
    expect(build.args).toContain('type=image,name=r/app,push-by-digest=true,name-canonical=true,push=true');
    expect(r.tags).toEqual([]);
  });

  it('annotates a Dockerfile error at its line and does not retry', async () => {
    const d = fakeDocker({ failBuild: readFileSync(join(FIXTURES, 'rawjson-broken.txt'), 'utf8') });
    await expect(
      buildService(request({ retries: 3 }), deps({ exec: d.exec, log, registry: OFFLINE })),
    ).rejects.toThrow(/run-exit-code, not retried/);
    expect(d.calls.filter((c) => c.args[1] === 'build')).toHaveLength(1);
    expect(messages.error).toEqual([
      { m: expect.stringContaining('exit code: 3'), where: { file: 'app/Dockerfile', line: 5 } },
    ]);
    expect(messages.info.join('\n')).toContain('about to fail');
  });

  it("turns BuildKit's unknown target into an error that lists the stages, without retrying", async () => {
    const d = fakeDocker({ failBuild: readFileSync(join(FIXTURES, 'rawjson-unknown-target.txt'), 'utf8') });
    const req = request({
      retries: 3,
      dockerfileText: readFileSync(join(FIXTURES, 'app/Dockerfile'), 'utf8'),
    });
    req.build.target = 'nope';
    const err = await buildService(req, deps({ exec: d.exec, log, registry: OFFLINE })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect(String(err)).toMatch(/app\/Dockerfile: target stage 'nope' is not defined/);
    expect((err as InputError).details.fix).toBe('use one of the stages: deps, dev, prod.');
    expect(d.calls.filter((c) => c.args[1] === 'build')).toHaveLength(1);
  });

  it("keeps BuildKit's own error when the Dockerfile it was given does have the target", async () => {
    const d = fakeDocker({ failBuild: readFileSync(join(FIXTURES, 'rawjson-unknown-target.txt'), 'utf8') });
    const req = request({ dockerfileText: readFileSync(join(FIXTURES, 'app/Dockerfile'), 'utf8') });
    req.build.target = 'prod';
    await expect(buildService(req, deps({ exec: d.exec, log, registry: OFFLINE }))).rejects.toThrow(
      /target stage "nope" could not be found/,
    );
  });

  it('warns when no cache could be imported', async () => {
    const d = fakeDocker();
    const exec: ExecFn = async (cmd, args, o) => {
      const r = await d.exec(cmd, args, o);
      return args[1] === 'build'
        ? { ...r, stderr: readFileSync(join(FIXTURES, 'rawjson-cold.txt'), 'utf8') }
        : r;
    };
    const r = await buildService(request(), deps({ exec, log, registry: OFFLINE }));
    expect(r.cacheMisses).toHaveLength(1);
    expect(messages.warning.join('\n')).toMatch(/No cache could be imported/);
  });
});

describe('mergeService and the summary', () => {
  /**
   * A fake buildx and registry for merges. `create` pushes the index and then, as a concurrent
   * run would, moves the tag to another index; `metadata` says whether this buildx writes a
   * metadata file for imagetools create (buildx 0.13.1 refuses the flag).
   */
  function mergeDocker(metadata: boolean) {
    const index = JSON.stringify({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { digest: 'sha256:a', platform: { os: 'linux', architecture: 'amd64' } },
        { digest: 'sha256:b', platform: { os: 'linux', architecture: 'arm64' } },
      ],
    });
    const moved = JSON.stringify({ mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] });
    const digest = `sha256:${createHash('sha256').update(index).digest('hex')}`;
    const calls: string[][] = [];
    const exec: ExecFn = async (_c, args) => {
      calls.push(args);
      const ref = args.at(-1)!;
      if (args[2] === 'create') {
        const file = args.includes('--metadata-file') ? args[args.indexOf('--metadata-file') + 1]! : '';
        if (file && !metadata) return { code: 125, stdout: '', stderr: 'unknown flag: --metadata-file\n' };
        if (args.includes('--dry-run')) return { code: 0, stdout: `${index}\n`, stderr: '' };
        if (file) writeFileSync(file, JSON.stringify({ 'containerimage.digest': digest }));
        return { code: 0, stdout: '', stderr: `#1 0.028 pushing ${digest} to r/app:v1\n` };
      }
      const stdout =
        ref === 'r/app:v1'
          ? moved
          : ref === `r/app@${digest}`
            ? index
            : JSON.stringify({ layers: [{ size: ref.endsWith('a') ? 10 : 20 }] });
      return { code: 0, stdout, stderr: '' };
    };
    return { exec, calls, digest };
  }

  it.each([
    ['with a metadata file', true, "the digest buildx's metadata file names"],
    ['on buildx 0.13.1, from the dry run', false, "the digest of the index buildx's dry run printed"],
  ])('joins digests and reports each platform, %s; the tag is never read back', async (_, metadata, said) => {
    const d = mergeDocker(metadata);
    messages.info.length = 0;
    const r = await mergeService(
      {
        service: 'app',
        image: 'r/app',
        sources: ['r/app@sha256:a', 'r/app@sha256:b'],
        tags: ['r/app:v1'],
        retries: 0,
      },
      deps({ exec: d.exec, log, registry: OFFLINE }),
    );
    expect(d.calls[0]!.slice(0, 3)).toEqual(['buildx', 'imagetools', 'create']);
    expect(d.calls[0]!.slice(-3)).toEqual(['r/app:v1', 'r/app@sha256:a', 'r/app@sha256:b']);
    expect(r.digest).toBe(d.digest);
    expect(r.ref).toBe(`r/app@${d.digest}`);
    expect(r.metadata['containerimage.digest']).toBe(d.digest);
    expect(d.calls.filter((c) => c[2] === 'inspect').map((c) => c.at(-1))).toEqual([
      `r/app@${d.digest}`,
      'r/app@sha256:a',
      'r/app@sha256:b',
    ]);
    expect(messages.info.join('\n')).toContain(said);
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect([r.imageSize, r.layers]).toEqual([20, 1]);
    const md = renderSummary(r);
    expect(md).toContain('### build-service: app — merge');
    expect(md).toContain('| linux/arm64 |');
  });

  it('renders slowest steps, cache hits, size and the command', async () => {
    const d = fakeDocker();
    const r = await buildService(request(), deps({ exec: d.exec, log, registry: OFFLINE }));
    const md = renderSummary(r);
    expect(md).toContain('| cache hits | 60% (3 of 5 steps) |');
    expect(md).toContain('| size | 12 B, 2 layers |');
    expect(md).toContain('Slowest steps');
    expect(md).toMatch(/\| `\[deps 3\/4\] COPY package.json \.\/` \| hit \|/);
    expect(md).toContain('docker buildx build --progress=rawjson');
  });
});
