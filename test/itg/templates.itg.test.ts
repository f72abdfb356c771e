/**
 * The Dockerfile templates built for real with `docker buildx build` on the local engine, from the
 * sample apps in test/fixtures/templates/, with the base images pointed at the local ones
 * (`--build-arg NODE_IMAGE=$BKA_BASE_NODE ...`): for each template, the dev and prod targets and the
 * naive single-stage Dockerfile. Checked on the images: prod runs as non-root, has a health check
 * that turns healthy, differs from dev (dev has the dev tools, prod has none), and is at most half the
 * size of the naive build (a designed property: prod is FROM the minimal runtime base and holds
 * production dependencies and built output only). Public runtime images that cannot be pulled here
 * have local stand-ins made in beforeAll from the local bases: busybox httpd for nginx-unprivileged,
 * and Debian 12's Python on busybox for gcr.io/distroless/python3-debian12 (the Debian
 * BKA_BASE_PYTHON_RUNTIME, python3 on a full Debian userland, is the slim pairing: prod is built and
 * run on it too, its size is reported). Then every service of the example monorepo is
 * built (prod target, named contexts and args as Compose passes them), sequentially, sharing one
 * BuildKit cache.
 *
 * Needs the engine: `bash scripts/engine.sh start` then `eval "$(bash scripts/engine.sh env)"`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'example/monorepo');
const FIXTURES = join(ROOT, 'test/fixtures/templates');
const RUN_ID = `${process.pid}-${Date.now().toString(36)}`;
const REPO = 'bka-test/templates';
const BUILD_TIMEOUT = 10 * 60_000;

function env(name: string): string {
  const v = process.env[name];
  if (!v)
    throw new Error(
      `${name} is not set: run \`eval "$(bash scripts/engine.sh env)"\` after \`bash scripts/engine.sh start\``,
    );
  return v;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with an argument array; never throws for a non-zero exit. */
function exec(cmd: string, args: string[], timeout = BUILD_TIMEOUT): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, timeout }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

async function docker(...args: string[]): Promise<string> {
  const r = await exec('docker', args);
  if (r.code !== 0) {
    const tail = r.stderr.trim().split('\n').slice(-25).join('\n');
    throw new Error(`docker ${args.join(' ')} exited ${r.code}:\n${tail}`);
  }
  return r.stdout;
}

interface Build {
  context: string;
  dockerfile?: string;
  target?: string;
  tag: string;
  args?: Record<string, string>;
  contexts?: Record<string, string>;
}

const built: string[] = [];

async function build(b: Build): Promise<string> {
  const args = ['buildx', 'build', '--progress=plain', '--load', '-t', b.tag];
  if (b.dockerfile) args.push('-f', b.dockerfile);
  if (b.target) args.push('--target', b.target);
  for (const [k, v] of Object.entries(b.args ?? {})) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(b.contexts ?? {})) args.push('--build-context', `${k}=${v}`);
  args.push(b.context);
  await docker(...args);
  built.push(b.tag);
  return b.tag;
}

interface ImageInfo {
  Id: string;
  Size: number;
  Config: { User?: string; Healthcheck?: { Test?: string[] }; Cmd?: string[]; Entrypoint?: string[] };
}

async function inspect(tag: string): Promise<ImageInfo> {
  return (JSON.parse(await docker('image', 'inspect', tag)) as ImageInfo[])[0]!;
}

const isRoot = (user: string | undefined) => !user || /^(root|0)(:.*)?$/.test(user);

/** Runs `sh -c script` in a fresh container of the image; the exit code. */
async function shIn(tag: string, script: string): Promise<number> {
  const r = await exec(
    'docker',
    ['run', '--rm', '--network', 'none', '--entrypoint', 'sh', tag, '-c', script],
    120_000,
  );
  return r.code;
}

/**
 * Starts the image with fast health probes and waits up to 30 s for "healthy" (a probe that fails
 * while the app is still starting may mark it unhealthy first: only the final state counts).
 */
async function healthOf(tag: string, cmd: string[] = []): Promise<string> {
  const name = `bka-health-${RUN_ID}-${Math.random().toString(36).slice(2, 8)}`;
  const probes = ['--health-interval', '1s', '--health-timeout', '5s', '--health-retries', '3'];
  await docker('run', '-d', '--name', name, '--network', 'none', ...probes, tag, ...cmd);
  try {
    let status = 'starting';
    for (let i = 0; i < 60 && status !== 'healthy'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const format = '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}';
      status = (await docker('inspect', '-f', format, name)).trim();
      if (status === 'none') break;
    }
    if (status !== 'healthy') {
      const logs = await exec('docker', ['logs', '--tail', '20', name]);
      const state = await exec('docker', ['inspect', '-f', '{{json .State}}', name]);
      return `${status}\n${logs.stdout}${logs.stderr}\n${state.stdout}`;
    }
    return status;
  } finally {
    await exec('docker', ['rm', '-f', name]);
  }
}

const isPython = (template: string) => template === 'python-ai' || template === 'data-processing';
/** Where a host install lives, which .dockerignore must keep out of the context. */
const hostInstallDir = (template: string) => (isPython(template) ? '.venv' : 'node_modules');

/** A build context made as a user adopts a template: the sample app plus the template's files. */
function adopt(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bka-template-${template}-`));
  cpSync(join(FIXTURES, template), dir, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'templates', template)))
    cpSync(join(ROOT, 'templates', template, f), join(dir, f));
  // What .dockerignore must keep out of the context (the naive COPY . . would take it).
  writeFileSync(join(dir, '.env'), 'API_TOKEN=not-for-images\n');
  const hostInstall = hostInstallDir(template);
  mkdirSync(join(dir, hostInstall, 'host-only'), { recursive: true });
  writeFileSync(join(dir, hostInstall, 'host-only', 'marker'), 'installed on the host\n');
  return dir;
}

interface Bases {
  node: string;
  nodeRuntime: string;
  python: string;
  pythonRuntime: string;
  busybox: string;
  /** Made here from `python` on busybox: a stand-in for gcr.io/distroless/python3-debian12. */
  pythonDistroless: string;
}
let bases: Bases;
let staticImage: string;
const contexts: string[] = [];

beforeAll(async () => {
  const busybox = env('BKA_BASE_BUSYBOX');
  const python = env('BKA_BASE_PYTHON');
  // Stand-ins for public runtime images that cannot be pulled here, made from the local bases.
  const empty = mkdtempSync(join(tmpdir(), 'bka-empty-'));
  contexts.push(empty);
  staticImage = await build({
    context: empty,
    dockerfile: join(FIXTURES, 'static-server.Dockerfile'),
    tag: `${REPO}/static:${RUN_ID}`,
    args: { BUSYBOX: busybox },
  });
  const pythonDistroless = await build({
    context: empty,
    dockerfile: join(FIXTURES, 'python-distroless.Dockerfile'),
    tag: `${REPO}/python-distroless:${RUN_ID}`,
    args: { PYTHON: python, BUSYBOX: busybox },
  });
  bases = {
    node: env('BKA_BASE_NODE'),
    nodeRuntime: env('BKA_BASE_NODE_RUNTIME'),
    python,
    pythonRuntime: env('BKA_BASE_PYTHON_RUNTIME'),
    busybox,
    pythonDistroless,
  };
}, BUILD_TIMEOUT);

afterAll(async () => {
  for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
  // Best effort: a leftover image costs disk, not correctness (and removal can be slow on a busy engine).
  if (built.length) {
    const r = await exec('docker', ['image', 'rm', '-f', ...built]).catch((err: unknown) => err);
    if (r instanceof Error) console.warn(`could not remove the templates' images: ${r.message}`);
  }
}, BUILD_TIMEOUT + 30_000);

interface TemplateCase {
  /** --build-arg values pointing the template's base image ARGs at the local bases. */
  args: () => Record<string, string>;
  /** Exit code 0 in dev, not 0 in prod: dev has the dev tools and sources, prod does not. */
  devOnly: string;
  /** Arguments after the image name for the health run. */
  runArgs?: string[];
  /** Another runtime the template documents (prod is built on it too and must run healthy). */
  otherRuntime?: { name: string; args: () => Record<string, string> };
}

const CASES: Record<string, TemplateCase> = {
  'node-api': {
    args: () => ({ NODE_IMAGE: bases.node, RUNTIME_IMAGE: bases.nodeRuntime }),
    devOnly: 'command -v npm && test -f /app/src/server.js',
    // "node:20-bookworm-slim works too": a Debian image with node and npm
    otherRuntime: {
      name: 'BKA_BASE_NODE',
      args: () => ({ NODE_IMAGE: bases.node, RUNTIME_IMAGE: bases.node }),
    },
  },
  'react-vite': {
    args: () => ({ NODE_IMAGE: bases.node, STATIC_IMAGE: staticImage }),
    devOnly: 'command -v node && command -v npm && test -f /app/src/main.jsx',
  },
  'python-ai': {
    args: () => ({ PYTHON_IMAGE: bases.python, RUNTIME_IMAGE: bases.pythonDistroless }),
    devOnly: 'python -m pip --version && test -d /app/tests',
    // the slim-image pairing: Debian with python3 only
    otherRuntime: {
      name: 'BKA_BASE_PYTHON_RUNTIME',
      args: () => ({ PYTHON_IMAGE: bases.python, RUNTIME_IMAGE: bases.pythonRuntime }),
    },
  },
  'data-processing': {
    args: () => ({ PYTHON_IMAGE: bases.python, RUNTIME_IMAGE: bases.pythonDistroless }),
    devOnly: 'python -m pip --version && test -d /app/tests',
    runArgs: ['--interval', '1'],
    otherRuntime: {
      name: 'BKA_BASE_PYTHON_RUNTIME',
      args: () => ({ PYTHON_IMAGE: bases.python, RUNTIME_IMAGE: bases.pythonRuntime }),
    },
  },
};

/** What the tests measured, printed once at the end (`docker image inspect` Size, in MB). */
const sizes: Record<string, Record<string, number>> = {};
afterAll(() => {
  const mb = (n: number | undefined) => (n === undefined ? '' : `${(n / 1e6).toFixed(1)} MB`);
  const rows = Object.entries(sizes).map(([t, s]) =>
    [
      t.padEnd(16),
      `prod ${mb(s['prod'])}`,
      `naive ${mb(s['naive'])}`,
      `prod/naive ${(s['prod']! / s['naive']!).toFixed(2)}`,
      `dev ${mb(s['dev'])}`,
      ...Object.entries(s)
        .filter(([k]) => !['prod', 'dev', 'naive'].includes(k))
        .map(([k, v]) => `prod on ${k} ${mb(v)} (${(v / s['naive']!).toFixed(2)})`),
    ].join('  '),
  );
  if (rows.length) console.log(`template image sizes:\n${rows.join('\n')}`);
});

describe.each(Object.entries(CASES))('templates/%s built from its sample app', (template, c) => {
  let dir: string;
  let dev: ImageInfo;
  let prod: ImageInfo;
  let naive: ImageInfo;
  let tags: { dev: string; prod: string; naive: string };

  beforeAll(async () => {
    dir = adopt(template);
    contexts.push(dir);
    const args = c.args();
    tags = {
      dev: await build({ context: dir, target: 'dev', tag: `${REPO}/${template}:dev-${RUN_ID}`, args }),
      prod: await build({ context: dir, target: 'prod', tag: `${REPO}/${template}:prod-${RUN_ID}`, args }),
      naive: await build({
        context: dir,
        dockerfile: join(dir, 'naive.Dockerfile'),
        tag: `${REPO}/${template}:naive-${RUN_ID}`,
        args: isPython(template) ? { PYTHON_IMAGE: bases.python } : { NODE_IMAGE: bases.node },
      }),
    };
    [dev, prod, naive] = await Promise.all([inspect(tags.dev), inspect(tags.prod), inspect(tags.naive)]);
    sizes[template] = { prod: prod.Size, dev: dev.Size, naive: naive.Size };
  }, BUILD_TIMEOUT);

  it('prod runs as a non-root user', () => {
    expect(prod.Config.User).toEqual(expect.any(String));
    expect(isRoot(prod.Config.User)).toBe(false);
    expect(isRoot(dev.Config.User)).toBe(false);
  });

  it('prod has a health check, and it turns healthy when the app runs', async () => {
    const test = prod.Config.Healthcheck?.Test ?? [];
    expect(test.length).toBeGreaterThan(1);
    expect(test[0]).not.toBe('NONE');
    expect(await healthOf(tags.prod, c.runArgs)).toBe('healthy');
  }, 120_000);

  it('prod and dev are different images: dev has the dev tools and sources, prod has neither', async () => {
    expect(prod.Id).not.toBe(dev.Id);
    expect(await shIn(tags.dev, c.devOnly)).toBe(0);
    expect(await shIn(tags.prod, c.devOnly)).not.toBe(0);
  }, 120_000);

  it('prod is at most half the size of the naive single-stage build', () => {
    expect(prod.Size).toBeGreaterThan(0);
    expect(naive.Size).toBeGreaterThan(0);
    expect(prod.Size * 2).toBeLessThanOrEqual(naive.Size);
  });

  if (c.otherRuntime) {
    const other = c.otherRuntime;
    it(
      `prod also builds and runs healthy on ${other.name}`,
      async () => {
        const tag = await build({
          context: dir,
          target: 'prod',
          tag: `${REPO}/${template}:prod-other-${RUN_ID}`,
          args: other.args(),
        });
        const info = await inspect(tag);
        sizes[template]![other.name] = info.Size;
        expect(isRoot(info.Config.User)).toBe(false);
        expect(await healthOf(tag, c.runArgs)).toBe('healthy');
      },
      BUILD_TIMEOUT,
    );
  }

  it('.dockerignore keeps secrets and host installs out of the context (even for COPY . .)', async () => {
    const manifest = isPython(template) ? 'requirements.txt' : 'package.json';
    // the context did reach the image (COPY . .), but not what .dockerignore lists
    const script = `test -f /app/${manifest} && test ! -e /app/.env && test ! -e /app/${hostInstallDir(template)}/host-only`;
    expect(await shIn(tags.naive, script)).toBe(0);
  }, 120_000);
});

// ---- the example monorepo ------------------------------------------------------------------------

interface ExampleBuild {
  service: string;
  context: string;
  dockerfile?: string;
  /** Compose's build.target; undefined builds the last stage, as for api-notifications. */
  target?: string;
  args?: () => Record<string, string>;
  contexts?: Record<string, string>;
}

const shared = { shared: join(EXAMPLE, 'packages/shared-utils') };
const pycommon = { pycommon: join(EXAMPLE, 'packages/py-common') };

const SERVICES: ExampleBuild[] = [
  { service: 'api-users', context: 'backend/api/users', target: 'prod' },
  { service: 'api-orders', context: '.', dockerfile: 'backend/api/orders/Dockerfile', target: 'prod' },
  { service: 'api-payments', context: 'backend/api/payments', target: 'prod', contexts: shared },
  { service: 'api-notifications', context: 'backend/api/notifications' },
  {
    service: 'db-migrate',
    context: '.',
    dockerfile: 'backend/db/Dockerfile',
    target: 'prod',
    // no postgres image offline: the Dockerfile only copies files onto it
    args: () => ({ POSTGRES_IMAGE: bases.busybox }),
  },
  {
    service: 'web',
    context: 'frontend/apps/web',
    target: 'prod',
    args: () => ({ NODE_IMAGE: bases.node, STATIC_IMAGE: staticImage }),
    contexts: shared,
  },
  {
    service: 'admin',
    context: 'frontend/apps/admin',
    target: 'prod',
    args: () => ({ NODE_IMAGE: bases.node, STATIC_IMAGE: staticImage, VITE_API_BASE: '/api' }),
  },
  {
    service: 'docs',
    context: 'frontend/apps/docs',
    args: () => ({ NODE_IMAGE: bases.node, STATIC_IMAGE: staticImage }),
  },
  { service: 'embeddings', context: 'ai/embeddings', target: 'prod', contexts: pycommon },
  { service: 'inference', context: 'ai/inference', target: 'prod' },
  { service: 'worker@ai', context: 'ai/rag-worker', contexts: pycommon },
  { service: 'ingest', context: 'data/ingest', target: 'prod' },
  {
    service: 'transform',
    context: 'data/transform',
    target: 'prod',
    args: () => ({
      PYTHON_IMAGE: bases.python,
      RUNTIME_IMAGE: bases.pythonRuntime,
      PIPELINE_DIR: 'pipelines/nightly',
    }),
    contexts: pycommon,
  },
  {
    service: 'worker@data',
    context: 'data/scheduler',
    target: 'prod',
    args: () => ({ NODE_IMAGE: bases.node, RUNTIME_IMAGE: bases.nodeRuntime }),
    contexts: { ...shared, base: 'docker-image://example/node-base:local' },
  },
];

describe('example monorepo: every service builds offline from its template-based Dockerfile', () => {
  beforeAll(async () => {
    // The base-image services first, under the references the services build FROM.
    await build({
      context: join(EXAMPLE, 'base/node-base'),
      tag: 'example/node-base:local',
      args: { NODE_IMAGE: bases.node },
    });
    await build({
      context: join(EXAMPLE, 'base/python-base'),
      tag: 'example/python-base:local',
      args: { PYTHON_IMAGE: bases.python },
    });
    // kept: they are what `docker compose build node-base python-base` would leave
    built.splice(built.indexOf('example/node-base:local'), 1);
    built.splice(built.indexOf('example/python-base:local'), 1);
  }, BUILD_TIMEOUT);

  // One after the other: two cores, and each build reuses the layers and cache mounts of the last.
  it.each(SERVICES.map((s) => [s.service, s] as const))(
    '%s',
    async (_name, s) => {
      const tag = await build({
        context: join(EXAMPLE, s.context),
        dockerfile: s.dockerfile && join(EXAMPLE, s.dockerfile),
        target: s.target,
        tag: `${REPO}/example-${s.service.replace('@', '-')}:${RUN_ID}`,
        args: s.args?.(),
        contexts: s.contexts,
      });
      const info = await inspect(tag);
      expect(isRoot(info.Config.User)).toBe(false);
      if (s.service !== 'db-migrate') expect(info.Config.Healthcheck?.Test?.[0]).toMatch(/^CMD/);
    },
    BUILD_TIMEOUT,
  );
});
