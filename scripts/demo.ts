/**
 * The README's demo: the main job end to end on the bundled example monorepo, on the local engine
 * (scripts/engine.sh: dockerd's BuildKit and the loopback registry). It makes a git history from
 * example/monorepo, changes the Node.js base image and the shared package several services copy,
 * runs the plan-matrix bundle as the runner would, then builds every planned service with the
 * build-service bundle, wave by wave (the services of one wave concurrently), pushing to
 * 127.0.0.1:5000/demo/* with the registry cache and passing what an earlier wave built by digest.
 * A second pass changes one source file and plans and builds again, to show the cache at work.
 *
 * Offline, as the templates test builds the example: the public base images the Dockerfiles name
 * (NODE_IMAGE, PYTHON_IMAGE, ...) are pointed at the engine's local bases, and the front ends'
 * nginx runtime is a busybox stand-in built first (test/fixtures/templates/static-server.Dockerfile).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverComposeFiles } from '../shared/compose/discover.js';
import { loadComposeProject } from '../shared/compose/load.js';
import type { ComposeService } from '../shared/compose/types.js';
import { modelDockerfile } from '../shared/dockerfile/model.js';
import type { Matrix, MatrixEntry } from '../shared/plan/types.js';
import { ENGINE_VARS, parseExports } from './lib/engine-env.js';
import { runnerNode } from '../bench/lib/action.js';
import { runAction, type ActionRun } from '../test/support/action.js';
import { TempRepo, type Change } from '../test/support/git-repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';
type EngineEnv = Record<(typeof ENGINE_VARS)[number], string>;
/** The local base images are single-platform: every build is for the engine's own platform. */
const PLATFORM = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';

/** A failure the demo explains itself (printed without a stack). */
class DemoError extends Error {}

// ---- the engine ---------------------------------------------------------------------------------

function engineSh(command: string, quiet = false): { code: number; stdout: string } {
  const r = spawnSync('bash', [join(ROOT, 'scripts/engine.sh'), command], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
  });
  if (r.error) throw new DemoError(`cannot run scripts/engine.sh ${command}: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout };
}

/** Starts the engine unless it runs, and returns its environment. */
function engine(): EngineEnv {
  if (engineSh('status', true).code !== 0) {
    console.log('Starting the engine: bash scripts/engine.sh start');
    const start = engineSh('start');
    if (start.code !== 0)
      throw new DemoError(`bash scripts/engine.sh start exited ${start.code} (see its messages above).`);
  }
  const env = engineSh('env');
  if (env.code !== 0) throw new DemoError(`bash scripts/engine.sh env exited ${env.code}.`);
  const vars = parseExports(env.stdout, process.env);
  const missing = ENGINE_VARS.filter((k) => !vars[k]);
  if (missing.length) throw new DemoError(`bash scripts/engine.sh env did not set ${missing.join(', ')}.`);
  return Object.fromEntries(ENGINE_VARS.map((k) => [k, vars[k]!])) as EngineEnv;
}

// ---- builds -------------------------------------------------------------------------------------

interface Built {
  entry: MatrixEntry;
  /** The pushed image pinned by digest (build-service's `image` output). */
  image: string;
  digest: string;
  durationMs: number;
  cacheHitRatio?: number;
  imageSize?: number;
  layers?: number;
}

type Outcome = { ok: true; built: Built } | { ok: false; entry: MatrixEntry; why: string };

class Demo {
  /** Compose image reference (`example/node-base:local`) → the image this demo pushed for it. */
  readonly published = new Map<string, string>();
  private staticImage?: Promise<string>;

  constructor(
    readonly env: EngineEnv,
    readonly repo: TempRepo,
    readonly work: string,
  ) {}

  private actionEnv(head: string): Record<string, string> {
    return {
      ...this.env,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  imageFor(key: string): string {
    return `${this.env.BKA_REGISTRY}/demo/${key.replace(/@/g, '-')}`;
  }

  /** Plans base..head, builds what the plan lists, and returns the builds and the wall time. */
  async pass(base: string, head: string): Promise<{ built: Built[]; wallMs: number }> {
    const t0 = Date.now();
    console.log(`Planning ${base.slice(0, 7)}..${head.slice(0, 7)} with plan-matrix\n`);
    const plan = await runAction('plan-matrix', {
      workspace: this.repo.dir,
      inputs: { 'compose-files': COMPOSE_FILES, base, head },
    });
    if (plan.code !== 0) throw new DemoError(`plan-matrix failed (exit ${plan.code}):\n${tail(plan)}`);
    console.log(plan.summary.trim(), '\n');
    const waves = (JSON.parse(plan.outputs['waves'] ?? '[]') as Matrix[]).map((m) => m.include);
    const entries = waves.flat();
    if (!entries.length) return { built: [], wallMs: Date.now() - t0 };

    const other = entries.filter((e) => e.platforms && e.platforms !== PLATFORM).map((e) => e.service);
    if (other.length)
      console.log(
        `Note: ${other.join(', ')} ${other.length > 1 ? 'are' : 'is'} planned for several platforms; the ` +
          `demo builds ${PLATFORM} only, the platform of the engine's local base images.\n`,
      );

    const dockerfiles = new Map(
      entries.map((e) => [e.service, readFileSync(join(this.repo.dir, e.dockerfile), 'utf8')]),
    );
    const needsStatic = [...dockerfiles.values()].some((t) => declaredArgs(t).has('STATIC_IMAGE'));
    const staticImage = needsStatic ? await this.staticServer(head) : undefined;
    const bases: Record<string, string> = {
      NODE_IMAGE: this.env.BKA_BASE_NODE,
      PYTHON_IMAGE: this.env.BKA_BASE_PYTHON,
      POSTGRES_IMAGE: this.env.BKA_BASE_BUSYBOX, // the Dockerfile only copies files onto it
      ...(staticImage && { STATIC_IMAGE: staticImage }),
    };
    const compose = await this.composeServices(bases);

    const built: Built[] = [];
    for (const wave of waves) {
      const same = waves.filter((w) => w[0]!.wave === wave[0]!.wave);
      const batch = same.length > 1 ? ` (batch ${same.indexOf(wave) + 1} of ${same.length})` : '';
      const label = `wave ${wave[0]!.wave}${batch}`;
      console.log(`Building ${label}: ${wave.map((e) => e.service).join(', ')}`);
      const outcomes = await Promise.all(
        wave.map((e) => this.build(e, dockerfiles.get(e.service)!, compose, bases, head)),
      );
      const failed = outcomes.filter((o) => !o.ok);
      for (const o of outcomes) if (o.ok) built.push(o.built);
      if (failed.length) {
        for (const f of failed) console.error(`\n--- ${f.entry.service} failed:\n${f.why}`);
        throw new DemoError(
          `${failed.length} build(s) of ${label} failed: ${failed.map((f) => f.entry.service).join(', ')}.`,
        );
      }
    }
    return { built, wallMs: Date.now() - t0 };
  }

  /** Every Compose service of the planned projects, by `<compose-file>\n<name>`. */
  private async composeServices(bases: Record<string, string>): Promise<Map<string, ComposeService>> {
    const { projects } = await discoverComposeFiles([COMPOSE_FILES], this.repo.dir);
    const out = new Map<string, ComposeService>();
    for (const files of projects) {
      // The environment `NODE_IMAGE=... docker compose build` would see (the README's offline build).
      const project = await loadComposeProject(files, { repoRoot: this.repo.dir, env: bases });
      for (const s of project.services) out.set(`${s.composeFile}\n${s.name}`, s);
    }
    return out;
  }

  private async build(
    entry: MatrixEntry,
    dockerfile: string,
    compose: Map<string, ComposeService>,
    bases: Record<string, string>,
    head: string,
  ): Promise<Outcome> {
    let run: ActionRun;
    try {
      const service = compose.get(`${entry['compose-file']}\n${entry.name}`);
      const { args, contexts } = this.buildInputs(entry, dockerfile, service, compose, bases);
      run = await runAction('build-service', {
        workspace: this.repo.dir,
        inputs: {
          entry: JSON.stringify(entry),
          image: this.imageFor(entry.service),
          platforms: PLATFORM,
          push: 'true',
          cache: 'registry',
          'build-args': Object.entries(args)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
          contexts: [...contexts].map(([k, v]) => `${k}=${v}`).join('\n'),
        },
        env: this.actionEnv(head),
      });
      if (run.code !== 0) return { ok: false, entry, why: tail(run) };
      const out = run.outputs;
      const built: Built = {
        entry,
        image: out['image']!,
        digest: out['digest']!,
        durationMs: Number(out['duration-ms']),
        cacheHitRatio: optionalNumber(out['cache-hit-ratio']),
        imageSize: optionalNumber(out['image-size']),
        layers: optionalNumber(out['layers']),
      };
      if (service?.image) this.published.set(normalizeRef(service.image), built.image);
      const byDigest = [...contexts].filter(([, v]) => v.startsWith('docker-image://'));
      console.log(
        [
          `  done ${entry.service} in ${seconds(built.durationMs)}, cache hits ${percent(built.cacheHitRatio)}: ${built.image}`,
          ...byDigest.map(([k, v]) => `       context ${k}=${v}`),
        ].join('\n'),
      );
      return { ok: true, built };
    } catch (err) {
      return { ok: false, entry, why: err instanceof Error ? err.message : String(err) };
    }
  }

  /**
   * The build args (the local bases for the image ARGs the Dockerfile declares, then Compose's
   * `build.args`) and the named contexts: Compose's `additional_contexts` (local directories as
   * ./paths, `service:` contexts as the image this demo pushed for that service), and every image
   * reference of the target that names a service built earlier, pinned by digest.
   */
  private buildInputs(
    entry: MatrixEntry,
    dockerfile: string,
    service: ComposeService | undefined,
    compose: Map<string, ComposeService>,
    bases: Record<string, string>,
  ): { args: Record<string, string>; contexts: Map<string, string> } {
    const declared = declaredArgs(dockerfile);
    const args: Record<string, string> = {};
    for (const [k, v] of Object.entries(bases)) if (declared.has(k)) args[k] = v;
    if (declared.has('RUNTIME_IMAGE')) {
      if (declared.has('NODE_IMAGE')) args['RUNTIME_IMAGE'] = this.env.BKA_BASE_NODE_RUNTIME;
      else if (declared.has('PYTHON_IMAGE')) args['RUNTIME_IMAGE'] = this.env.BKA_BASE_PYTHON_RUNTIME;
    }
    Object.assign(args, service?.build?.args);

    const pinned = (ref: string) => this.published.get(normalizeRef(ref));
    const contexts = new Map<string, string>();
    for (const [name, c] of Object.entries(service?.build?.additionalContexts ?? {})) {
      if (c.kind === 'local') contexts.set(name, c.path === '.' ? './' : `./${c.path}`);
      else if (c.kind === 'service') {
        const dep = compose.get(`${entry['compose-file']}\n${c.service}`);
        const image = dep?.image && pinned(dep.image);
        if (!image)
          throw new DemoError(
            `the context '${name}' is service:${c.service}, which this demo has not built (yet).`,
          );
        contexts.set(name, `docker-image://${image}`);
      } else if (c.kind === 'image') contexts.set(name, `docker-image://${pinned(c.ref) ?? c.ref}`);
      else contexts.set(name, c.ref);
    }
    const builtHere = new Set(
      [...compose.values()].filter((s) => s.build && s.image).map((s) => normalizeRef(s.image!)),
    );
    const model = modelDockerfile(dockerfile, {
      file: entry.dockerfile,
      buildArgs: args,
      target: entry.target || undefined,
      namedContexts: new Set(contexts.keys()),
      platforms: [PLATFORM],
    });
    for (const ref of model.refs) {
      if (ref.kind !== 'image' || contexts.has(ref.name)) continue;
      const image = pinned(ref.name);
      if (image) contexts.set(ref.name, `docker-image://${image}`);
      else if (builtHere.has(normalizeRef(ref.name)))
        throw new DemoError(
          `${entry.dockerfile}:${ref.line} uses ${ref.name}, which a Compose service builds but this demo has not built.`,
        );
    }
    return { args, contexts };
  }

  /** The busybox stand-in for nginx-unprivileged the front ends run on, built once with build-service. */
  private staticServer(head: string): Promise<string> {
    this.staticImage ??= (async () => {
      // A folder of its own, as the action's workspace: build-service builds only inside it.
      const dir = join(this.work, 'static-server');
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(ROOT, 'test/fixtures/templates/static-server.Dockerfile'), join(dir, 'Dockerfile'));
      const run = await runAction('build-service', {
        workspace: dir,
        inputs: {
          service: 'static-server',
          context: '.',
          dockerfile: 'Dockerfile',
          image: this.imageFor('static-server'),
          platforms: PLATFORM,
          'build-args': `BUSYBOX=${this.env.BKA_BASE_BUSYBOX}`,
        },
        env: this.actionEnv(head),
      });
      if (run.code !== 0)
        throw new DemoError(`the static-server stand-in (STATIC_IMAGE) did not build:\n${tail(run)}`);
      console.log(`STATIC_IMAGE stand-in (busybox httpd): ${run.outputs['image']}\n`);
      return run.outputs['image']!;
    })();
    return this.staticImage;
  }
}

/** Every ARG name the Dockerfile declares, global or in a stage. */
function declaredArgs(dockerfile: string): Set<string> {
  return new Set([...dockerfile.matchAll(/^\s*ARG\s+([A-Za-z_]\w*)/gim)].map((m) => m[1]!));
}

/** `name` → `name:latest`, so that Compose's and a Dockerfile's spelling of one image compare equal. */
function normalizeRef(ref: string): string {
  if (ref.includes('@')) return ref;
  return /:[^/]*$/.test(ref) ? ref : `${ref}:latest`;
}

function optionalNumber(s: string | undefined): number | undefined {
  return s === undefined || s === '' ? undefined : Number(s);
}

function tail(run: ActionRun): string {
  // Workflow commands escape newlines (%0A) in their messages.
  const unescape = (l: string) => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const errors = run.errors.length ? `errors:\n${run.errors.map(unescape).join('\n')}\n\n` : '';
  const lines = `${run.stdout}\n${run.stderr}`
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('::'));
  return `${errors}last output (exit ${run.code}):\n${lines.slice(-25).join('\n')}`;
}

// ---- report -------------------------------------------------------------------------------------

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percent = (r: number | undefined) => (r === undefined ? '-' : `${Math.round(r * 100)}%`);

function bytes(n: number | undefined): string {
  if (n === undefined) return '-';
  if (n < 1e3) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

function printTable(title: string, built: Built[], wallMs: number): void {
  const rows = [
    ['service', 'wave', 'digest', 'duration', 'cache hits', 'size', 'layers'],
    ...built.map((b) => [
      b.entry.service,
      String(b.entry.wave),
      b.digest.replace(/^sha256:/, '').slice(0, 12),
      seconds(b.durationMs),
      percent(b.cacheHitRatio),
      bytes(b.imageSize),
      b.layers === undefined ? '-' : String(b.layers),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const right = new Set([1, 3, 4, 5, 6]);
  const line = (r: string[]) =>
    r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(rows[0]!));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows.slice(1)) console.log(line(r));
  const sum = built.reduce((s, b) => s + b.durationMs, 0);
  console.log(
    `\n${built.length} image(s) in ${seconds(wallMs)} wall time, plan included (builds alone: ${seconds(sum)} summed).\n`,
  );
}

/**
 * The runner starts the actions with its Node 24 (`runs.using: node24`): the demo does too
 * (bench/lib/action.ts installs it with scripts/runner-node.sh, cached), unless BKA_ACTION_NODE
 * names a node. Where it cannot be installed, this machine's node runs them, and the demo says so.
 */
function actionRuntime(): string {
  if (!process.env['BKA_ACTION_NODE']) {
    const runner = runnerNode();
    if ('error' in runner)
      return `this machine's node ${process.version} (the runner's Node 24 could not be installed: ${runner.error})`;
    process.env['BKA_ACTION_NODE'] = runner.path;
  }
  const v = spawnSync(process.env['BKA_ACTION_NODE'], ['--version'], { encoding: 'utf8' }).stdout.trim();
  return `Node ${v} (${process.env['BKA_ACTION_NODE']}), as a runner runs them`;
}

// ---- main ---------------------------------------------------------------------------------------

process.chdir(ROOT); // runAction finds the bundles under ./dist
const started = Date.now();
// One directory for everything temporary (the repository, runAction's runner files), removed at exit.
const work = mkdtempSync(join(tmpdir(), 'bka-demo-'));
process.env['TMPDIR'] = work;
let cleaned = false;
const cleanup = () => {
  if (!cleaned) rmSync(work, { recursive: true, force: true });
  cleaned = true;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });

try {
  const env = engine();
  console.log(`The actions run on ${actionRuntime()}.`);
  const repo = new TempRepo(join(ROOT, 'example/monorepo'));
  const demo = new Demo(env, repo, work);
  const stamp = new Date().toISOString();
  const first: Change = {
    append: {
      'base/node-base/healthcheck.mjs': `\n// demo ${stamp}: a change to the Node.js base image\n`,
      'packages/shared-utils/src/index.js': `\n// demo ${stamp}: a change to the shared package\n`,
      'packages/shared-utils/README.md': '\nA documentation change that rebuilds nothing.\n',
      'backend/api/users/tests/users.test.js': '\n// a test change that rebuilds nothing\n',
    },
  };
  console.log(`Example monorepo copied to ${repo.dir}; registry ${env.BKA_REGISTRY}/demo\n`);
  const base = repo.head();
  const head1 = repo.commit(first, 'demo: change node-base and shared-utils');
  console.log('== Pass 1: a change to base/node-base and packages/shared-utils\n');
  const one = await demo.pass(base, head1);
  printTable('Pass 1 results', one.built, one.wallMs);

  const head2 = repo.commit(
    { append: { 'packages/shared-utils/src/index.js': `// demo ${stamp}: one more line\n` } },
    'demo: one source file',
  );
  console.log('== Pass 2: one more change to packages/shared-utils/src/index.js (warm cache)\n');
  const two = await demo.pass(head1, head2);
  printTable('Pass 2 results (warm)', two.built, two.wallMs);
  console.log(`Demo done in ${seconds(Date.now() - started)}.`);
} catch (err) {
  const message = err instanceof DemoError ? err.message : err instanceof Error ? err.stack : String(err);
  console.error(`\nDemo failed: ${message}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
