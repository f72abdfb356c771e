/**
 * A generated monorepo shaped like the large ones plan-matrix is meant for: Compose stacks of about
 * 100 services each, Dockerfiles of the usual kinds (service-folder contexts, repository-root
 * contexts that copy a shared package, named contexts, FROM a stack's base image), service folders
 * full of files no image contains (README, docs, tests), and a head commit that touches thousands of
 * paths. Everything comes from a seeded generator, so every run plans the same change.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fastImportCommits, initRepo } from '../../lib/git.js';
import { Random } from '../../lib/random.js';

export interface GenerateOptions {
  services: number;
  changes: number;
  stacks: number;
  packages: number;
  seed: number;
}

/** How a service's image is built; see the Dockerfile templates below. */
export type ServiceKind = 'folder' | 'root' | 'named';

export interface GenService {
  name: string;
  stack: string;
  /** Repository-relative service folder (holds the Dockerfile). */
  dir: string;
  /** Repository-relative build context. */
  context: string;
  kind: ServiceKind;
  lang: 'node' | 'python';
  isBase: boolean;
  /** Builds FROM its stack's base image. */
  fromBase: boolean;
  /** The shared package a root-context or named-context build copies. */
  pkg?: string;
  src: string[];
  docs: string[];
  tests: string[];
}

export type ChangeCategory =
  'service-src' | 'base-src' | 'service-docs-tests' | 'package-src' | 'package-docs-tests' | 'root-docs';

export interface GeneratedRepo {
  dir: string;
  base: string;
  head: string;
  services: GenService[];
  composeFiles: string[];
  /** Files in the base commit. */
  files: number;
  changes: {
    total: number;
    modified: number;
    added: number;
    deleted: number;
    byCategory: Record<ChangeCategory, number>;
  };
  /** Services whose sources the head changes on purpose (the rest only see docs and tests). */
  hotServices: number;
  hotPackages: string[];
}

// prettier-ignore
const THEMES = ['billing', 'catalog', 'identity', 'search', 'orders', 'media', 'analytics', 'messaging', 'logistics', 'support'];
// prettier-ignore
const NOUNS = [
  'account', 'invoice', 'ledger', 'session', 'profile', 'cart', 'price', 'stock', 'review', 'report', 'event', 'export',
  'import', 'index', 'image', 'video', 'mail', 'push', 'route', 'ticket', 'quota', 'audit', 'token', 'tenant', 'feature',
];
const ROLES = ['api', 'worker', 'consumer', 'gateway', 'scheduler', 'sync', 'projector', 'webhook'];
// prettier-ignore
const MODULES = ['routes', 'handlers', 'store', 'config', 'metrics', 'auth', 'queue', 'model', 'client', 'util', 'cache', 'errors', 'schema', 'jobs'];
const DOC_NAMES = ['architecture.md', 'runbook.md', 'api.md', 'oncall.md'];
const REGISTRY = 'registry.example.com';

export function generateMonorepo(dir: string, opts: GenerateOptions): GeneratedRepo {
  const rnd = new Random(opts.seed);
  const w = new Writer(dir);
  initRepo(dir);

  const packages = Array.from({ length: opts.packages }, (_, i) => `pkg-${i + 1}`);
  const pkgFiles = new Map<string, { src: string[]; tests: string[] }>();
  for (const pkg of packages) pkgFiles.set(pkg, writePackage(w, rnd, pkg));

  const perStack = Math.ceil(opts.services / opts.stacks);
  const services: GenService[] = [];
  const composeFiles: string[] = [];
  for (let s = 0; s < opts.stacks && services.length < opts.services; s++) {
    const stack = `stack-${s + 1}`;
    const theme =
      THEMES[s % THEMES.length]! + (s >= THEMES.length ? `${Math.floor(s / THEMES.length) + 1}` : '');
    const count = Math.min(perStack, opts.services - services.length);
    const stackServices = planStack(rnd, stack, theme, count, packages);
    for (const svc of stackServices) writeService(w, rnd, svc, theme);
    const file = `infrastructure/compose/${stack}.yml`;
    w.write(file, composeFile(stack, theme, stackServices));
    composeFiles.push(file);
    services.push(...stackServices);
  }
  writeRoot(w, rnd, opts.stacks);
  const files = w.count;
  const baseFiles = w.take();

  const changes = changeHead(w, rnd, opts.changes, services, packages, pkgFiles);
  const [base, head] = fastImportCommits(dir, [
    { message: 'base: generated monorepo', files: baseFiles },
    { message: `head: ${opts.changes} changed paths`, files: w.take() },
  ]) as [string, string];
  return { dir, base, head, services, composeFiles, files, ...changes };
}

/**
 * Writes the working tree and remembers what changed since the last take(), for the commit. Keeps
 * every file's text so that an append can hand git the whole new content.
 */
class Writer {
  count = 0;
  private readonly text = new Map<string, string>();
  private pending = new Map<string, string | null>();
  private readonly dirs = new Set<string>();
  constructor(readonly root: string) {}
  write(path: string, text: string): void {
    const abs = join(this.root, path);
    const dir = dirname(abs);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(abs, text);
    if (!this.text.has(path)) this.count++;
    this.text.set(path, text);
    this.pending.set(path, text);
  }
  append(path: string, more: string): void {
    const before = this.text.get(path);
    if (before === undefined) throw new Error(`append to unknown file ${path}`);
    this.write(path, before + more);
  }
  remove(path: string): void {
    rmSync(join(this.root, path));
    this.text.delete(path);
    this.pending.set(path, null);
  }
  /** The changes since the previous call. */
  take(): Map<string, string | null> {
    const out = this.pending;
    this.pending = new Map();
    return out;
  }
}

function planStack(
  rnd: Random,
  stack: string,
  theme: string,
  count: number,
  packages: string[],
): GenService[] {
  const combos = rnd.shuffle(NOUNS.flatMap((n) => ROLES.map((r) => `${n}-${r}`)));
  const out: GenService[] = [];
  const baseName = `${theme}-base`;
  out.push(newService(stack, baseName, 'folder', 'node', { isBase: true }));
  for (let i = 1; i < count; i++) {
    const name = `${theme}-${combos[(i - 1) % combos.length]}${i > combos.length ? `-${Math.ceil(i / combos.length)}` : ''}`;
    const r = rnd.next();
    // ~20% build from the repository root, ~10% take a shared package as a named context.
    const kind: ServiceKind = r < 0.2 ? 'root' : r < 0.3 ? 'named' : 'folder';
    const lang = kind === 'folder' && rnd.chance(0.3) ? 'python' : 'node';
    const fromBase = lang === 'node' && rnd.chance(0.3);
    const pkg = kind === 'folder' ? undefined : rnd.pickSkewed(packages);
    out.push(newService(stack, name, kind, lang, { fromBase, pkg }));
  }
  return out;
}

function newService(
  stack: string,
  name: string,
  kind: ServiceKind,
  lang: 'node' | 'python',
  extra: { isBase?: boolean; fromBase?: boolean; pkg?: string },
): GenService {
  const dir = `services/${stack}/${name}`;
  return {
    name,
    stack,
    dir,
    context: kind === 'root' ? '.' : dir,
    kind,
    lang,
    isBase: extra.isBase ?? false,
    fromBase: extra.fromBase ?? false,
    pkg: extra.pkg,
    src: [],
    docs: [],
    tests: [],
  };
}

function baseImage(stack: string, theme: string): string {
  return `${REGISTRY}/${stack}/${theme}-base`;
}

// ---------------------------------------------------------------------------------------------
// File contents

function writeService(w: Writer, rnd: Random, s: GenService, theme: string): void {
  const ext = s.lang === 'python' ? 'py' : 'js';
  w.write(`${s.dir}/Dockerfile`, dockerfile(s, theme));
  // Excluded from the context, so none of these can change an image built from the folder.
  w.write(`${s.dir}/.dockerignore`, 'tests\n*.md\ndocs\nnode_modules\n');
  w.write(`${s.dir}/README.md`, `# ${s.name}\n\nOwned by the ${theme} team. See docs/runbook.md.\n`);
  for (const doc of rnd.shuffle(DOC_NAMES).slice(0, rnd.between(1, 3))) {
    s.docs.push(`${s.dir}/docs/${doc}`);
    w.write(`${s.dir}/docs/${doc}`, `# ${s.name}: ${doc.replace('.md', '')}\n\n${prose(rnd, 6)}\n`);
  }
  if (s.isBase) {
    for (const f of ['entrypoint.sh', 'healthcheck.mjs', 'install-deps.sh']) {
      s.src.push(`${s.dir}/scripts/${f}`);
      w.write(`${s.dir}/scripts/${f}`, `# ${f} for ${s.name}\nset -eu\n`);
    }
  } else if (s.lang === 'python') {
    w.write(`${s.dir}/requirements.txt`, 'fastapi==0.115.0\nuvicorn==0.30.6\npydantic==2.9.2\n');
    w.write(`${s.dir}/pyproject.toml`, `[project]\nname = "${s.name}"\nversion = "1.0.0"\n`);
  } else {
    w.write(
      `${s.dir}/package.json`,
      JSON.stringify({ name: `@acme/${s.name}`, version: '1.0.0', main: 'src/index.js' }, null, 2) + '\n',
    );
    w.write(
      `${s.dir}/package-lock.json`,
      JSON.stringify({ name: `@acme/${s.name}`, lockfileVersion: 3, packages: {} }, null, 2) + '\n',
    );
  }
  if (!s.isBase) {
    const modules = ['index', ...rnd.shuffle(MODULES)];
    const n = rnd.between(6, 14);
    for (const [i, mod] of modules.slice(0, n).entries()) {
      // A few modules live one folder down, as real services group them.
      const path =
        i > 3 && rnd.chance(0.4)
          ? `src/${rnd.pick(['lib', 'api', 'domain'])}/${mod}.${ext}`
          : `src/${mod}.${ext}`;
      s.src.push(`${s.dir}/${path}`);
      w.write(`${s.dir}/${path}`, sourceFile(rnd, mod, ext));
    }
  }
  for (let i = 0; i < rnd.between(2, 5); i++) {
    const path = `${s.dir}/tests/${s.lang === 'python' ? `test_case_${i}.py` : `case-${i}.test.js`}`;
    s.tests.push(path);
    w.write(path, `// tests for ${s.name} (${i})\n${prose(rnd, 2)}\n`);
  }
}

function dockerfile(s: GenService, theme: string): string {
  if (s.isBase) {
    return [
      '# syntax=docker/dockerfile:1',
      '# The stack base image: runtime tools every service of the stack needs.',
      'ARG NODE_IMAGE=node:22-bookworm-slim',
      'FROM ${NODE_IMAGE}',
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\',
      '    apt-get update && apt-get install -y --no-install-recommends tini curl ca-certificates',
      'COPY scripts/ /usr/local/lib/base/',
      'ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/lib/base/entrypoint.sh"]',
      '',
    ].join('\n');
  }
  if (s.lang === 'python') {
    return [
      '# syntax=docker/dockerfile:1',
      'ARG PYTHON_IMAGE=python:3.12-slim',
      'FROM ${PYTHON_IMAGE} AS base',
      'WORKDIR /app',
      'ENV PYTHONDONTWRITEBYTECODE=1',
      '',
      'FROM base AS deps',
      'COPY requirements.txt ./',
      'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
      '',
      'FROM deps AS dev',
      'COPY src ./src',
      'CMD ["python", "-m", "src.index", "--reload"]',
      '',
      'FROM deps AS prod',
      'COPY src ./src',
      'USER 10001',
      'CMD ["python", "-m", "src.index"]',
      '',
    ].join('\n');
  }
  const root = s.kind === 'root';
  const own = (p: string) => (root ? `${s.dir}/${p}` : p);
  const from = s.fromBase
    ? `ARG BASE_IMAGE=${baseImage(s.stack, theme)}:latest`
    : 'ARG NODE_IMAGE=node:22-bookworm-slim';
  const lines = [
    '# syntax=docker/dockerfile:1',
    root
      ? `# Built from the repository root (compose: context ../.., dockerfile ${s.dir}/Dockerfile).`
      : `# ${s.name}`,
    from,
    '',
    `FROM \${${s.fromBase ? 'BASE_IMAGE' : 'NODE_IMAGE'}} AS base`,
    'WORKDIR /app',
    '',
    'FROM base AS deps',
    `COPY ${own('package.json')} ${own('package-lock.json')} ./`,
    'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund',
  ];
  if (s.kind === 'root') {
    lines.push(`COPY packages/${s.pkg}/package.json ./node_modules/@acme/${s.pkg}/package.json`);
    lines.push(`COPY packages/${s.pkg}/src ./node_modules/@acme/${s.pkg}/src`);
  } else if (s.kind === 'named') {
    lines.push(`COPY --from=shared package.json ./node_modules/@acme/${s.pkg}/package.json`);
    lines.push(`COPY --from=shared src ./node_modules/@acme/${s.pkg}/src`);
  }
  lines.push(
    '',
    'FROM deps AS build',
    `COPY ${own('src')} ./src`,
    'RUN npm run build --if-present',
    '',
    'FROM base AS dev',
    'COPY --from=deps /app/node_modules ./node_modules',
    `COPY ${own('package.json')} ./`,
    `COPY ${own('src')} ./src`,
    'CMD ["node", "--watch", "src/index.js"]',
    '',
    'FROM base AS prod',
    'ENV NODE_ENV=production',
    'COPY --from=deps /app/node_modules ./node_modules',
    `COPY ${own('package.json')} ./`,
    'COPY --from=build /app/src ./src',
    'USER node',
    'CMD ["node", "src/index.js"]',
    '',
  );
  return lines.join('\n');
}

function composeFile(stack: string, theme: string, services: GenService[]): string {
  const out = [
    `# The ${theme} stack: ${services.length} built services and their backing stores.`,
    `name: ${stack}`,
    '',
    'x-env: &env',
    '  LOG_LEVEL: ${LOG_LEVEL:-info}',
    `  OTEL_SERVICE_NAMESPACE: ${theme}`,
    '',
    'services:',
    `  ${theme}-db:`,
    '    image: postgres:16-alpine',
    '    environment:',
    `      POSTGRES_DB: ${theme}`,
    `  ${theme}-cache:`,
    '    image: redis:7-alpine',
  ];
  for (const s of services) {
    out.push(
      '',
      `  ${s.name}:`,
      `    image: ${s.isBase ? baseImage(stack, theme) : `${REGISTRY}/${stack}/${s.name}`}:\${TAG:-latest}`,
    );
    out.push('    build:');
    if (s.kind === 'root') out.push('      context: ../..', `      dockerfile: ${s.dir}/Dockerfile`);
    else out.push(`      context: ../../${s.dir}`);
    if (!s.isBase) out.push('      target: prod');
    if (s.kind === 'named') out.push('      additional_contexts:', `        shared: ../../packages/${s.pkg}`);
    if (s.isBase) continue;
    out.push('    environment:', '      <<: *env', `      PORT: "${s.lang === 'python' ? 8000 : 3000}"`);
    out.push('    depends_on:', `      - ${theme}-db`);
    if (s.name.endsWith('-worker') || s.name.endsWith('-consumer')) out.push(`      - ${theme}-cache`);
  }
  return out.join('\n') + '\n';
}

function writePackage(w: Writer, rnd: Random, pkg: string): { src: string[]; tests: string[] } {
  const dir = `packages/${pkg}`;
  w.write(
    `${dir}/package.json`,
    JSON.stringify({ name: `@acme/${pkg}`, version: '2.3.0', main: 'src/index.js' }, null, 2) + '\n',
  );
  w.write(`${dir}/README.md`, `# @acme/${pkg}\n\nShared code. ${prose(rnd, 2)}\n`);
  // A package used as a named context has its own ignore file there.
  w.write(`${dir}/.dockerignore`, 'tests\n*.md\n');
  const src: string[] = [];
  const tests: string[] = [];
  for (const mod of [
    'index',
    'errors',
    'logger',
    'http',
    'retry',
    'config',
    'ids',
    'time',
    'validate',
    'metrics',
  ]) {
    src.push(`${dir}/src/${mod}.js`);
    w.write(`${dir}/src/${mod}.js`, sourceFile(rnd, mod, 'js'));
  }
  for (let i = 0; i < 4; i++) {
    tests.push(`${dir}/tests/t${i}.test.js`);
    w.write(`${dir}/tests/t${i}.test.js`, `// ${pkg} test ${i}\n`);
  }
  return { src, tests };
}

function writeRoot(w: Writer, rnd: Random, stacks: number): void {
  w.write('README.md', `# acme platform\n\n${stacks} Compose stacks under infrastructure/compose.\n`);
  w.write('CONTRIBUTING.md', `# Contributing\n\n${prose(rnd, 4)}\n`);
  w.write('.gitignore', 'node_modules/\ndist/\n__pycache__/\n');
  // For the builds whose context is the repository root.
  w.write('.dockerignore', '.git\n.github\n**/node_modules\n**/tests\n**/docs\n**/*.md\ndocs\n');
  w.write('.github/workflows/ci.yml', 'name: ci\non: [push, pull_request]\njobs: {}\n');
  w.write('infrastructure/compose/README.md', '# Compose stacks\n');
  for (let i = 0; i < 30; i++)
    w.write(
      `docs/${rnd.pick(['guides', 'adr', 'platform'])}/doc-${i}.md`,
      `# Doc ${i}\n\n${prose(rnd, 5)}\n`,
    );
}

const WORDS = [
  'the',
  'service',
  'retries',
  'requests',
  'when',
  'queue',
  'is',
  'full',
  'and',
  'logs',
  'every',
  'failure',
  'with',
  'its',
  'tenant',
];

function prose(rnd: Random, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++)
    out.push(Array.from({ length: rnd.between(6, 14) }, () => rnd.pick(WORDS)).join(' ') + '.');
  return out.join(' ');
}

function sourceFile(rnd: Random, mod: string, ext: string): string {
  const fns = Array.from({ length: rnd.between(2, 6) }, (_, i) => `${mod}Step${i}`);
  if (ext === 'py') return fns.map((f) => `def ${f.toLowerCase()}(value):\n    return value\n`).join('\n');
  return fns.map((f) => `export function ${f}(value) {\n  return value;\n}\n`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The head commit

function commentFor(path: string): string {
  if (/\.(js|mjs|ts)$/.test(path)) return '//';
  if (/\.md$/.test(path)) return 'Edited:';
  return '#';
}

/**
 * Share of the changed paths per category. Sources change in a minority of services (a large
 * refactor or dependency bump); docs and tests are spread over most of them, which is what makes a
 * path-prefix filter rebuild far more than needed.
 */
const MIX: Record<Exclude<ChangeCategory, 'base-src'>, number> = {
  'service-src': 0.4,
  'service-docs-tests': 0.37,
  'package-src': 0.02,
  'package-docs-tests': 0.05,
  'root-docs': 0.16,
};

function changeHead(
  w: Writer,
  rnd: Random,
  total: number,
  services: GenService[],
  packages: string[],
  pkgFiles: Map<string, { src: string[]; tests: string[] }>,
): Pick<GeneratedRepo, 'changes' | 'hotServices' | 'hotPackages'> {
  const touched = new Set<string>();
  let modified = 0;
  let added = 0;
  let deleted = 0;
  let fresh = 0;
  const byCategory = Object.fromEntries(['base-src', ...Object.keys(MIX)].map((k) => [k, 0])) as Record<
    ChangeCategory,
    number
  >;
  const modify = (p: string) => (w.append(p, `\n${commentFor(p)} change ${fresh++}\n`), modified++);
  const add = (p: string, text: string) => (w.write(p, text), added++);
  const del = (p: string) => (w.remove(p), deleted++);

  const regular = services.filter((s) => !s.isBase);
  const hot = rnd.shuffle(regular).slice(0, Math.round(regular.length * 0.15));
  const docsPool = rnd.shuffle(services).slice(0, Math.round(services.length * 0.75));
  const hotPackages = rnd.shuffle(packages).slice(0, 3);
  const bases = services.filter((s) => s.isBase);

  /** Tries `make` until it names an untouched path (it applies the change itself and returns the path). */
  const quota = (category: ChangeCategory, n: number, make: () => string | undefined) => {
    let attempts = 0;
    while (byCategory[category] < n && touched.size < total) {
      if (++attempts > n * 50) throw new Error(`could not generate ${n} ${category} changes`);
      const p = make();
      if (p === undefined) continue;
      touched.add(p);
      byCategory[category]++;
    }
  };
  const untouched = (list: string[]) => {
    const p = rnd.pick(list);
    return touched.has(p) ? undefined : p;
  };

  // One stack's base image changes (one path); the rest is shared out by MIX.
  const counts = Object.fromEntries(
    Object.entries(MIX).map(([k, v]) => [k, Math.round(v * (total - 1))]),
  ) as Record<ChangeCategory, number>;
  counts['base-src'] = 1;
  counts['root-docs'] += total - Object.values(counts).reduce((a, b) => a + b, 0);

  quota('base-src', counts['base-src'], () => {
    // One stack's base image changes: every service built FROM it follows (rule 6).
    const p = untouched(bases[0]!.src);
    if (p) modify(p);
    return p;
  });
  quota('service-src', counts['service-src'], () => {
    const s = rnd.pick(hot);
    const r = rnd.next();
    if (r < 0.6) {
      const p = untouched(s.src);
      if (p) modify(p);
      return p;
    }
    if (r < 0.9) {
      const p = `${s.dir}/src/features/feature-${fresh++}.${s.lang === 'python' ? 'py' : 'js'}`;
      add(p, sourceFile(rnd, 'feature', s.lang === 'python' ? 'py' : 'js'));
      return p;
    }
    // Never the entry point: the service must still make sense.
    const p = untouched(s.src.slice(1));
    if (p) del(p);
    return p;
  });
  quota('service-docs-tests', counts['service-docs-tests'], () => {
    const s = rnd.pick(docsPool);
    const r = rnd.next();
    if (r < 0.2) {
      const p = untouched([`${s.dir}/README.md`]);
      if (p) modify(p);
      return p;
    }
    if (r < 0.4) {
      const p = untouched(s.docs);
      if (p) modify(p);
      return p;
    }
    if (r < 0.55) {
      const p = `${s.dir}/docs/notes-${fresh++}.md`;
      add(p, `# Notes\n\n${prose(rnd, 2)}\n`);
      return p;
    }
    if (r < 0.75) {
      const p = untouched(s.tests);
      if (p) modify(p);
      return p;
    }
    if (r < 0.95) {
      const p = `${s.dir}/tests/added-${fresh++}.test.js`;
      add(p, '// new test\n');
      return p;
    }
    const p = s.tests.length > 1 ? untouched(s.tests.slice(1)) : undefined;
    if (p) del(p);
    return p;
  });
  quota('package-src', counts['package-src'], () => {
    const pkg = rnd.pick(hotPackages);
    if (rnd.chance(0.3)) {
      const p = untouched(pkgFiles.get(pkg)!.src);
      if (p) modify(p);
      return p;
    }
    const p = `packages/${pkg}/src/extra/module-${fresh++}.js`;
    add(p, sourceFile(rnd, 'extra', 'js'));
    return p;
  });
  quota('package-docs-tests', counts['package-docs-tests'], () => {
    const pkg = rnd.pick(packages);
    const r = rnd.next();
    if (r < 0.1) {
      const p = untouched([`packages/${pkg}/README.md`]);
      if (p) modify(p);
      return p;
    }
    if (r < 0.3) {
      const p = untouched(pkgFiles.get(pkg)!.tests);
      if (p) modify(p);
      return p;
    }
    const p = `packages/${pkg}/tests/more-${fresh++}.test.js`;
    add(p, '// new test\n');
    return p;
  });
  quota('root-docs', counts['root-docs'], () => {
    const r = rnd.next();
    if (r < 0.01) {
      const p = untouched(['README.md', 'CONTRIBUTING.md']);
      if (p) modify(p);
      return p;
    }
    const p = `docs/${rnd.pick(['guides', 'adr', 'platform', 'howto'])}/page-${fresh++}.md`;
    add(p, `# Page\n\n${prose(rnd, 3)}\n`);
    return p;
  });

  return {
    changes: { total: touched.size, modified, added, deleted, byCategory },
    hotServices: hot.length,
    hotPackages: hotPackages.sort(),
  };
}
