/**
 * The Dockerfile templates under templates/ (and the example monorepo's services built from them),
 * read with the project's own Dockerfile model (stages, reachability, reads with their lines) and,
 * for instructions the model does not expose (USER, HEALTHCHECK, RUN flags, ARG defaults), with
 * dockerfile-ast directly. Each property below is one the templates promise in templates/README.md.
 */
import { describe, expect, it } from '@jest/globals';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileIgnore, parseDockerignore } from '../../shared/dockerfile/dockerignore.js';
import { modelDockerfile, type DockerfileModel, type SourceRead } from '../../shared/dockerfile/model.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATES = join(ROOT, 'templates');
const FIXTURES = join(ROOT, 'test/fixtures/templates');
const EXAMPLE = join(ROOT, 'example/monorepo');

interface Kind {
  /** Files the dependency install may read (everything else counts as a source). */
  manifests: RegExp;
  /** The package manager's install command. */
  install: RegExp;
  /** Where the package manager keeps its download cache (a cache mount). */
  cache: string;
  /** Paths that are sources: they must be copied after the install. */
  sources: RegExp;
  /** Where prod takes the installed dependencies from (a COPY --from=<stage> source). */
  installed: string;
  /** An install command that brings in dev dependencies. */
  devInstall: (run: string) => boolean;
}

const NODE: Kind = {
  manifests: /^package(-lock)?\.json$|^package\*\.json$|\/package(-lock)?\.json$/,
  install: /\bnpm (ci|install)\b/,
  cache: '/root/.npm',
  sources: /(^|\/)src$|^index\.html$|^public$/,
  installed: '/app/node_modules',
  devInstall: (run) => !/--omit=dev/.test(run),
};
const PYTHON: Kind = {
  manifests: /^requirements(-dev)?\.txt$/,
  install: /\bpip\b[^&]*\binstall\b/,
  cache: '/root/.cache/pip',
  sources: /^app$|^tests$|py_common$|^pipelines\//,
  installed: '/opt/venv',
  devInstall: (run) => /requirements-dev\.txt/.test(run),
};

interface TemplateSpec {
  kind: Kind;
  /** ARGs that name base images, with the public defaults a copy starts from. */
  baseArgs: string[];
  /** The ARG prod is built FROM: the minimal runtime. */
  runtimeArg: string;
}

const SPECS: Record<string, TemplateSpec> = {
  'node-api': { kind: NODE, baseArgs: ['NODE_IMAGE', 'RUNTIME_IMAGE'], runtimeArg: 'RUNTIME_IMAGE' },
  'react-vite': { kind: NODE, baseArgs: ['NODE_IMAGE', 'STATIC_IMAGE'], runtimeArg: 'STATIC_IMAGE' },
  'python-ai': { kind: PYTHON, baseArgs: ['PYTHON_IMAGE', 'RUNTIME_IMAGE'], runtimeArg: 'RUNTIME_IMAGE' },
  'data-processing': {
    kind: PYTHON,
    baseArgs: ['PYTHON_IMAGE', 'RUNTIME_IMAGE'],
    runtimeArg: 'RUNTIME_IMAGE',
  },
};

// ---- helpers over dockerfile-ast ---------------------------------------------------------------

interface AstStage {
  name?: string;
  from: string;
  instructions: Instruction[];
}

/** Global ARGs (before the first FROM) with their defaults, and the instructions of each stage. */
function parse(text: string): { globalArgs: Map<string, string | null>; stages: AstStage[] } {
  const globalArgs = new Map<string, string | null>();
  const stages: AstStage[] = [];
  for (const ins of DockerfileParser.parse(text).getInstructions()) {
    const kw = ins.getKeyword();
    if (kw === 'FROM') {
      const args = ins.getArguments().map((a) => a.getValue());
      const as = args.findIndex((a) => a.toLowerCase() === 'as');
      stages.push({
        name: as >= 0 ? args[as + 1]?.toLowerCase() : undefined,
        from: args[0]!,
        instructions: [],
      });
    } else if (stages.length === 0) {
      if (kw === 'ARG') {
        for (const a of ins.getArguments().map((x) => x.getValue())) {
          const eq = a.indexOf('=');
          globalArgs.set(eq < 0 ? a : a.slice(0, eq), eq < 0 ? null : a.slice(eq + 1));
        }
      }
    } else {
      stages.at(-1)!.instructions.push(ins);
    }
  }
  return { globalArgs, stages };
}

const line = (ins: Instruction) => ins.getRange().start.line + 1;

interface MountFlag {
  type: string;
  target?: string;
  source?: string;
}

function mounts(ins: Instruction): MountFlag[] {
  const flags = (
    ins as unknown as {
      getFlags(): { getName(): string; getOptions(): { getName(): string; getValue(): string | null }[] }[];
    }
  ).getFlags();
  return flags
    .filter((f) => f.getName() === 'mount')
    .map((f) => {
      const o = new Map(f.getOptions().map((x) => [x.getName(), x.getValue() ?? '']));
      return {
        type: o.get('type') ?? 'bind',
        target: o.get('target') ?? o.get('dst'),
        source: o.get('source') ?? o.get('src'),
      };
    });
}

/** The user the stage's process runs as: the last USER of the stage, or undefined. */
function stageUser(stage: AstStage): string | undefined {
  const users = stage.instructions.filter((i) => i.getKeyword() === 'USER');
  return users.at(-1)?.getArguments()[0]?.getValue();
}

const isRoot = (user: string | undefined) => user === undefined || /^(root|0)(:.*)?$/.test(user);

/** Stage indexes from `index` back through FROM <stage> parents (the chain whose filesystem it inherits). */
function parentChain(stages: AstStage[], index: number): number[] {
  const chain = [index];
  let cur = stages[index]!;
  for (;;) {
    const parent = stages.findIndex((s) => s.name !== undefined && s.name === cur.from.toLowerCase());
    if (parent < 0 || chain.includes(parent)) return chain;
    chain.push(parent);
    cur = stages[parent]!;
  }
}

// ---- the properties, shared by templates and example services -----------------------------------

interface Checked {
  file: string;
  text: string;
  kind: Kind;
  buildArgs?: Record<string, string>;
  namedContexts?: string[];
}

const model = (c: Checked, target: string): DockerfileModel =>
  modelDockerfile(c.text, {
    file: c.file,
    target,
    buildArgs: c.buildArgs,
    namedContexts: new Set(c.namedContexts ?? []),
  });

const readPaths = (r: SourceRead) =>
  r.patterns.map((p) => (r.from.kind === 'named' ? `${r.from.name}:${p}` : p));
const bare = (p: string) => p.replace(/^[^:]+:/, '');

function expectDevAndProd(c: Checked): void {
  const { stages } = parse(c.text);
  const names = stages.map((s) => s.name);
  expect(names).toContain('dev');
  expect(names).toContain('prod');
  // prod is the last stage: a build without --target builds it.
  expect(names.at(-1)).toBe('prod');
  const dev = model(c, 'dev');
  const prod = model(c, 'prod');
  expect(dev.target).not.toBe(prod.target);
  // dev is not a layer on top of prod, nor prod of dev: each has stages the other does not reach
  expect(prod.reachable).not.toContain(dev.target);
  expect(dev.reachable).not.toContain(prod.target);
}

/**
 * In every stage that runs the package manager's install, the reads before it (by line) are
 * manifests only, the RUN has a cache mount on the package manager's cache, and every source the
 * target reads comes after the first install.
 */
function expectDepsBeforeSources(c: Checked, target: string): void {
  const { stages } = parse(c.text);
  const m = model(c, target);
  const installs = m.reachable.flatMap((i) =>
    stages[i]!.instructions.filter(
      (ins) => ins.getKeyword() === 'RUN' && c.kind.install.test(ins.getTextContent()),
    ).map((ins) => ({ stage: i, ins })),
  );
  expect(installs.length).toBeGreaterThan(0);
  for (const { stage, ins } of installs) {
    // a cache mount on the package manager's download cache
    expect(mounts(ins)).toContainEqual(expect.objectContaining({ type: 'cache', target: c.kind.cache }));
    // what the install's stage (and the stages it is built FROM) read up to the install line
    const chain = parentChain(stages, stage).map((i) => m.stages[i]!);
    const before = chain.flatMap((s) => s.reads).filter((r) => r.line <= line(ins));
    const paths = before.flatMap(readPaths).map(bare);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(c.kind.manifests);
  }
  const firstInstall = Math.min(...installs.map(({ ins }) => line(ins)));
  const sources = m.reads.filter((r) => r.patterns.some((p) => c.kind.sources.test(p)));
  expect(sources.length).toBeGreaterThan(0);
  for (const r of sources) expect(r.line).toBeGreaterThan(firstInstall);
  // nothing reads the whole context
  expect(m.reads.flatMap((r) => r.patterns)).not.toContain('.');
}

function expectProdRuntime(c: Checked): { prod: AstStage } {
  const { stages } = parse(c.text);
  const prod = stages.at(-1)!;
  const chain = parentChain(stages, stages.length - 1).map((i) => stages[i]!);
  // non-root: set in prod or a stage prod is built FROM
  const user = chain.map(stageUser).find((u) => u !== undefined);
  expect(isRoot(user)).toBe(false);
  // a HEALTHCHECK that runs a command (not NONE)
  const hc = chain.flatMap((s) => s.instructions).filter((i) => i.getKeyword() === 'HEALTHCHECK');
  expect(hc.length).toBeGreaterThan(0);
  expect(
    hc
      .at(-1)!
      .getArguments()
      .map((a) => a.getValue()),
  ).toContain('CMD');
  return { prod };
}

/** prod copies the installed dependencies from a stage whose installs bring no dev tools; dev's chain has one that does. */
function expectDependencySplit(c: Checked): void {
  const { stages } = parse(c.text);
  const installsIn = (chain: number[]) =>
    chain.flatMap((i) =>
      stages[i]!.instructions.filter(
        (ins) => ins.getKeyword() === 'RUN' && c.kind.install.test(ins.getTextContent()),
      ).map((ins) => ins.getTextContent()),
    );
  const prod = stages.at(-1)!;
  const copy = prod.instructions.find(
    (i) => i.getKeyword() === 'COPY' && i.getArguments().some((a) => a.getValue() === c.kind.installed),
  );
  expect(copy).toBeDefined();
  const from = /--from=(\S+)/.exec(copy!.getTextContent())![1]!.toLowerCase();
  const source = stages.findIndex((s) => s.name === from);
  expect(source).toBeGreaterThanOrEqual(0);
  const prodInstalls = installsIn(parentChain(stages, source));
  expect(prodInstalls.length).toBeGreaterThan(0);
  for (const run of prodInstalls) expect([run, c.kind.devInstall(run)]).toEqual([run, false]);
  const devInstalls = installsIn(
    parentChain(
      stages,
      stages.findIndex((s) => s.name === 'dev'),
    ),
  );
  expect(devInstalls.some(c.kind.devInstall)).toBe(true);
}

// ---- templates -------------------------------------------------------------------------------

const templateDirs = readdirSync(TEMPLATES).filter((d) => statSync(join(TEMPLATES, d)).isDirectory());

describe('templates/', () => {
  it('holds the four service types, each with a Dockerfile, a .dockerignore and a naive counterpart', () => {
    expect(templateDirs.sort()).toEqual(Object.keys(SPECS).sort());
    for (const d of templateDirs) {
      for (const f of ['Dockerfile', '.dockerignore', 'naive.Dockerfile'])
        expect(statSync(join(TEMPLATES, d, f)).isFile()).toBe(true);
      // a sample app for the build tests
      expect(statSync(join(FIXTURES, d)).isDirectory()).toBe(true);
    }
    const readme = readFileSync(join(TEMPLATES, 'README.md'), 'utf8');
    for (const d of templateDirs) expect(readme).toContain(`templates/${d}`);
    for (const arg of [
      'NODE_IMAGE',
      'RUNTIME_IMAGE',
      'PYTHON_IMAGE',
      'STATIC_IMAGE',
      '.dockerignore',
      'naive.Dockerfile',
    ])
      expect(readme).toContain(arg);
  });
});

describe.each(Object.entries(SPECS))('templates/%s', (name, spec) => {
  const file = `templates/${name}/Dockerfile`;
  const text = readFileSync(join(ROOT, file), 'utf8');
  const c: Checked = { file, text, kind: spec.kind };

  it('has dev and prod targets that share no final stage; prod is the default', () => {
    expectDevAndProd(c);
  });

  it('takes every base image from a global ARG with a public default, and prod from the runtime one', () => {
    const { globalArgs, stages } = parse(text);
    for (const a of spec.baseArgs) {
      const def = globalArgs.get(a);
      expect(def).toEqual(expect.any(String));
      expect(def).toMatch(/^[a-z0-9./-]+(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/);
      expect(def).not.toMatch(/^(127\.|localhost)/);
    }
    const stageNames = new Set(stages.map((s) => s.name));
    for (const s of stages) {
      // FROM a stage of this file, or FROM ${ARG} of a declared base image
      if (stageNames.has(s.from.toLowerCase())) continue;
      const m = /^\$\{?(\w+)\}?$/.exec(s.from);
      expect(m && spec.baseArgs.includes(m[1]!)).toBe(true);
    }
    expect(stages.at(-1)!.from).toBe(`\${${spec.runtimeArg}}`);
    // the dev target runs on the toolchain, never on the runtime image
    const devChain = parentChain(
      stages,
      stages.findIndex((s) => s.name === 'dev'),
    );
    expect(stages[devChain.at(-1)!]!.from).toBe(`\${${spec.baseArgs[0]}}`);
  });

  it.each(['dev', 'prod'])(
    'installs dependencies from the manifests alone, with a cache mount, before the sources (%s)',
    (target) => {
      expectDepsBeforeSources(c, target);
    },
  );

  it('prod copies only dependencies and built output from the build stages, runs as non-root, has a HEALTHCHECK', () => {
    const { prod } = expectProdRuntime(c);
    // prod itself runs no package manager and no build: it is files copied onto the runtime image
    expect(prod.instructions.filter((i) => i.getKeyword() === 'RUN')).toEqual([]);
    const m = model(c, 'prod');
    const prodReads = m.stages[m.target]!.reads.flatMap((r) => r.patterns);
    for (const p of prodReads) expect(p).not.toMatch(/^(tests?|node_modules|requirements-dev\.txt)$/);
    // the dev stage runs as non-root too
    const { stages } = parse(text);
    const devChain = parentChain(
      stages,
      stages.findIndex((s) => s.name === 'dev'),
    ).map((i) => stages[i]!);
    expect(isRoot(devChain.map(stageUser).find((u) => u !== undefined))).toBe(false);
  });

  it('prod gets its dependencies from an install without dev tools; dev has them', () => {
    if (name === 'react-vite') {
      // the production build needs vite (a dev dependency), but prod copies only the bundle
      const { prod } = expectProdRuntime(c);
      const copies = prod.instructions
        .filter((i) => i.getKeyword() === 'COPY')
        .map((i) => i.getTextContent());
      expect(copies.some((t) => /--from=build\s+\/app\/dist\b/.test(t))).toBe(true);
      expect(copies.some((t) => t.includes('node_modules'))).toBe(false);
      return;
    }
    expectDependencySplit(c);
  });

  it('.dockerignore keeps secrets, host installs and VCS data out, and lets through what the Dockerfile reads', () => {
    const ignored = compileIgnore(
      parseDockerignore(readFileSync(join(TEMPLATES, name, '.dockerignore'), 'utf8')),
    );
    for (const p of ['.env', '.env.production', '.git', '.git/config', 'README.md'])
      expect([p, ignored(p)]).toEqual([p, true]);
    const hostInstall = spec.kind === NODE ? 'node_modules/x/index.js' : '.venv/bin/python';
    expect(ignored(hostInstall)).toBe(true);
    // every file of the sample app that a target reads is sent to the builder
    // (files the template ships for the context, such as nginx.conf, count as the app's)
    const fixture = join(FIXTURES, name);
    const extras = readdirSync(join(TEMPLATES, name)).filter(
      (f) => !['Dockerfile', 'naive.Dockerfile', '.dockerignore'].includes(f),
    );
    const files = [...walk(fixture).map((f) => relative(fixture, f)), ...extras];
    for (const target of ['dev', 'prod']) {
      const patterns = model(c, target)
        .reads.filter((r) => r.from.kind === 'context')
        .flatMap((r) => r.patterns)
        .filter((p) => !p.includes('*'));
      for (const p of patterns) {
        const under = files.filter((f) => f === p || f.startsWith(`${p}/`));
        expect([p, under.length > 0]).toEqual([p, true]);
        for (const f of under) expect([f, ignored(f)]).toEqual([f, false]);
      }
    }
  });

  it('naive.Dockerfile is the documented single-stage anti-pattern', () => {
    const naive = readFileSync(join(TEMPLATES, name, 'naive.Dockerfile'), 'utf8');
    expect(naive).toMatch(/ANTI-PATTERN/);
    const { stages, globalArgs } = parse(naive);
    expect(stages).toHaveLength(1);
    expect(globalArgs.has(spec.baseArgs[0]!)).toBe(true);
    expect(stages[0]!.from).toBe(`\${${spec.baseArgs[0]}}`);
    expect(
      stages[0]!.instructions.some(
        (i) => i.getKeyword() === 'COPY' && /^COPY\s+\.\s+\./.test(i.getTextContent()),
      ),
    ).toBe(true);
    expect(stageUser(stages[0]!)).toBeUndefined();
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

// ---- the example monorepo's services are instances of the templates ------------------------------

interface ExampleService {
  file: string;
  template: keyof typeof SPECS;
  /** ARGs naming base images (the template's, or the base-image service's reference). */
  baseArgs: string[];
  buildArgs?: Record<string, string>;
  namedContexts?: string[];
}

const EXAMPLES: ExampleService[] = [
  { file: 'backend/api/users/Dockerfile', template: 'node-api', baseArgs: ['NODE_BASE'] },
  { file: 'backend/api/orders/Dockerfile', template: 'node-api', baseArgs: ['NODE_BASE'] },
  {
    file: 'backend/api/payments/Dockerfile',
    template: 'node-api',
    baseArgs: ['NODE_BASE'],
    namedContexts: ['shared'],
  },
  { file: 'backend/api/notifications/Dockerfile', template: 'node-api', baseArgs: ['NODE_BASE'] },
  {
    file: 'data/scheduler/Dockerfile',
    template: 'node-api',
    baseArgs: ['NODE_IMAGE', 'RUNTIME_IMAGE'],
    namedContexts: ['shared', 'base'],
  },
  {
    file: 'frontend/apps/web/Dockerfile',
    template: 'react-vite',
    baseArgs: ['NODE_IMAGE', 'STATIC_IMAGE'],
    namedContexts: ['shared'],
  },
  {
    file: 'frontend/apps/admin/Dockerfile',
    template: 'react-vite',
    baseArgs: ['NODE_IMAGE', 'STATIC_IMAGE'],
  },
  { file: 'frontend/apps/docs/Dockerfile', template: 'react-vite', baseArgs: ['NODE_IMAGE', 'STATIC_IMAGE'] },
  {
    file: 'ai/embeddings/Dockerfile',
    template: 'python-ai',
    baseArgs: ['PYTHON_BASE'],
    namedContexts: ['pycommon'],
  },
  { file: 'ai/inference/Dockerfile', template: 'python-ai', baseArgs: ['PYTHON_BASE'] },
  {
    file: 'ai/rag-worker/Dockerfile',
    template: 'python-ai',
    baseArgs: ['PYTHON_BASE'],
    namedContexts: ['pycommon'],
  },
  { file: 'data/ingest/Dockerfile', template: 'data-processing', baseArgs: ['PYTHON_BASE'] },
  {
    file: 'data/transform/Dockerfile',
    template: 'data-processing',
    baseArgs: ['PYTHON_IMAGE', 'RUNTIME_IMAGE'],
    buildArgs: { PIPELINE_DIR: 'pipelines/nightly' },
    namedContexts: ['pycommon'],
  },
];

describe.each(EXAMPLES)('example/monorepo/$file (templates/$template)', (svc) => {
  const text = readFileSync(join(EXAMPLE, svc.file), 'utf8');
  const c: Checked = {
    file: svc.file,
    text,
    kind: SPECS[svc.template]!.kind,
    buildArgs: svc.buildArgs,
    namedContexts: svc.namedContexts,
  };

  it('names its template and keeps its dev and prod targets', () => {
    expect(text).toContain(`templates/${svc.template}`);
    expectDevAndProd(c);
  });

  it('takes its base images from global ARGs', () => {
    const { globalArgs, stages } = parse(text);
    for (const a of svc.baseArgs) expect(globalArgs.has(a)).toBe(true);
    const names = new Set(stages.map((s) => s.name));
    for (const s of stages) {
      if (names.has(s.from.toLowerCase())) continue;
      const m = /^\$\{?(\w+)\}?$/.exec(s.from);
      expect(m && svc.baseArgs.includes(m[1]!)).toBe(true);
    }
    // a service built on a base-image service keeps the reference to it
    if (svc.baseArgs.includes('NODE_BASE'))
      expect(globalArgs.get('NODE_BASE')).toBe('example/node-base:local');
    if (svc.baseArgs.includes('PYTHON_BASE'))
      expect(globalArgs.get('PYTHON_BASE')).toBe('example/python-base:local');
  });

  it.each(['dev', 'prod'])(
    'installs from the manifests alone, with a cache mount, before the sources (%s)',
    (target) => {
      expectDepsBeforeSources(c, target);
    },
  );

  it('prod runs as non-root and has a HEALTHCHECK', () => {
    expectProdRuntime(c);
  });

  if (svc.template === 'node-api') {
    it('prod gets its node_modules from an install without dev dependencies; dev has them', () => {
      expectDependencySplit(c);
    });
  }
});
