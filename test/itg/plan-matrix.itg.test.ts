/**
 * plan-matrix as the runner runs it (the committed bundle, INPUT_* variables, GITHUB_OUTPUT, an
 * event file) on git histories made from the example monorepo. Each rule is shown on its own, and
 * each against what a per-service path-prefix filter would have done.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { runAction, type ActionRun } from '../support/action.js';
import { TempRepo, type Change } from '../support/git-repo.js';

const EXAMPLE = resolve('example/monorepo');
const COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';
const ALL = [
  'admin',
  'api-notifications',
  'api-orders',
  'api-payments',
  'api-users',
  'db-migrate',
  'docs',
  'embeddings',
  'inference',
  'ingest',
  'node-base',
  'python-base',
  'transform',
  'web',
  'worker@infrastructure-compose-ai',
  'worker@infrastructure-compose-data',
];

let repo: TempRepo;
let initial: string;

beforeAll(() => {
  repo = new TempRepo(EXAMPLE);
  initial = repo.head();
});
afterAll(() => repo.remove());

/** Commits `change` on a fresh branch from the initial commit and plans base..head. */
async function planChange(
  change: Change,
  inputs: Record<string, string> = {},
): Promise<ActionRun & { services: string[] }> {
  repo.git('checkout', '-q', '-B', `case-${Math.random().toString(36).slice(2)}`, initial);
  const head = repo.commit(change);
  const run = await runAction('plan-matrix', {
    workspace: repo.dir,
    inputs: { 'compose-files': COMPOSE_FILES, base: initial, head, ...inputs },
  });
  if (run.code !== 0) throw new Error(`plan-matrix failed: ${run.stdout}\n${run.stderr}`);
  return { ...run, services: JSON.parse(run.outputs['services']!) as string[] };
}

/** The distinct rules behind a key (a file copied by both the dev and prod stages is one rule). */
const rulesOf = (run: ActionRun, key: string) => [
  ...new Set(
    (JSON.parse(run.outputs['reasons']!) as Record<string, { rule: number }[]>)[key]!.map((r) => r.rule),
  ),
];

describe('rule 1: files the build reads', () => {
  it('a source file rebuilds its service only', async () => {
    const r = await planChange({ append: { 'backend/api/users/src/server.js': '\n// touch\n' } });
    expect(r.services).toEqual(['api-users']);
    expect(rulesOf(r, 'api-users')).toEqual([1]);
    expect(r.summary).toContain('backend/api/users/src/server.js');
  });

  it('a README or a dockerignored test in the service folder rebuilds nothing (a path filter would)', async () => {
    const r = await planChange({
      append: {
        'backend/api/users/README.md': '\nmore docs\n',
        'backend/api/users/tests/server.test.js': '\n',
      },
    });
    expect(r.services).toEqual([]);
    expect(r.outputs['any-changed']).toBe('false');
    expect(r.outputs['count']).toBe('0');
    // A path filter rebuilds api-users, and both root-context services for any change at all.
    expect(r.summary).toMatch(/path-prefix filter would have rebuilt 3 service/);
    expect(r.summary).toMatch(/3 of them need no rebuild.*`api-orders`, `api-users`, `db-migrate`/);
  });

  it('with the repository root as context, only the folders the Dockerfile copies count', async () => {
    const r = await planChange({ append: { 'backend/api/orders/src/server.js': '\n' } });
    expect(r.services).toEqual(['api-orders']);
    const other = await planChange({ append: { 'backend/api/users/package.json': ' ' } });
    expect(other.services).not.toContain('api-orders');
    expect(other.services).not.toContain('db-migrate');
  });

  it('a Compose build arg chooses which folder a COPY reads', async () => {
    // data/transform copies ${PIPELINE_DIR}; data.yml sets it to pipelines/nightly over the default.
    const nightly = await planChange({
      write: { 'data/transform/pipelines/nightly/extra.sql': 'select 1;\n' },
    });
    expect(nightly.services).toEqual(['transform']);
    const other = await planChange({
      write: { 'data/transform/pipelines/default/extra.sql': 'select 1;\n' },
    });
    expect(other.services).toEqual([]);
  });

  it('a RUN --mount=type=bind source counts', async () => {
    const r = await planChange({ append: { 'backend/api/notifications/package-lock.json': ' ' } });
    expect(r.services).toEqual(['api-notifications']);
  });

  it('a deleted and a renamed file count on both sides', async () => {
    const del = await planChange({ remove: ['frontend/apps/web/src/main.jsx'] });
    expect(del.services).toEqual(['web']);
  });
});

describe('shared packages', () => {
  it('a shared package source rebuilds exactly the services that copy it', async () => {
    const r = await planChange({ append: { 'packages/shared-utils/src/index.js': '\n// touch\n' } });
    expect(r.services).toEqual(['api-orders', 'api-payments', 'web', 'worker@infrastructure-compose-data']);
    expect(rulesOf(r, 'api-orders')).toEqual([1]); // root context: COPY packages/shared-utils
    expect(rulesOf(r, 'api-payments')).toEqual([4]); // additional context `shared`
    // a path filter on each service's folder misses the three that read the package through a context
    expect(r.summary).toMatch(
      /would have missed 3 that must be rebuilt: `api-payments`, `web`, `worker@infrastructure-compose-data`/,
    );
  });

  it('its tests and README rebuild nothing', async () => {
    const r = await planChange({
      append: { 'packages/shared-utils/README.md': '\n', 'packages/shared-utils/tests/index.test.js': '\n' },
    });
    expect(r.services).toEqual([]);
  });
});

describe('rule 2: Dockerfile and dockerignore', () => {
  it('a per-Dockerfile dockerignore rebuilds its service; the root .dockerignore only the builds it applies to', async () => {
    const own = await planChange({
      append: { 'backend/api/orders/Dockerfile.dockerignore': '\n**/*.log\n' },
    });
    expect(own.services).toEqual(['api-orders']);
    expect(rulesOf(own, 'api-orders')).toEqual([2]);
    const root = await planChange({ append: { '.dockerignore': '\n**/*.log\n' } });
    expect(root.services).toEqual(['db-migrate']);
  });

  it('a Dockerfile change rebuilds the service and its dependents', async () => {
    const r = await planChange({ append: { 'ai/embeddings/Dockerfile': '\n# comment\n' } });
    expect(r.services).toEqual(['embeddings', 'inference']);
    expect(rulesOf(r, 'embeddings')).toEqual([2]);
    expect(rulesOf(r, 'inference')).toEqual([6]);
  });
});

describe('rule 3: build definitions', () => {
  it('a changed build arg rebuilds that service only', async () => {
    const r = await planChange({
      write: {
        'infrastructure/compose/data.yml': readExample('infrastructure/compose/data.yml').replace(
          'PIPELINE_DIR: pipelines/nightly',
          'PIPELINE_DIR: pipelines/hourly',
        ),
      },
    });
    expect(r.services).toEqual(['transform']);
    expect(rulesOf(r, 'transform')).toEqual([3]);
    expect(r.summary).toContain('build.args');
  });

  it('a renamed Compose file with the same builds changes nothing', async () => {
    const r = await planChange({
      rename: [['infrastructure/compose/frontend.yml', 'infrastructure/compose/web-apps.yml']],
      write: {
        'compose.yaml': readExample('compose.yaml').replace(
          'infrastructure/compose/frontend.yml',
          'infrastructure/compose/web-apps.yml',
        ),
      },
    });
    expect(r.services).toEqual([]);
  });

  it('a new service is planned', async () => {
    const backend = readExample('infrastructure/compose/backend.yml');
    const r = await planChange({
      write: {
        'backend/api/search/Dockerfile': 'FROM scratch\nCOPY index.js /\n',
        'backend/api/search/index.js': 'export {};\n',
        'infrastructure/compose/backend.yml': backend.replace(
          /^services:\n/m,
          'services:\n  api-search:\n    build: ../../backend/api/search\n',
        ),
      },
    });
    expect(r.services).toEqual(['api-search']);
    expect(rulesOf(r, 'api-search')).toContain(3);
  });
});

describe('rule 5: watch and global globs', () => {
  it('a watched contract outside the context rebuilds its service', async () => {
    const r = await planChange({ append: { 'contracts/openapi/users.yaml': '\n' } });
    expect(r.services).toEqual(['api-users']);
    expect(rulesOf(r, 'api-users')).toEqual([5]);
  });

  it('a global glob rebuilds everything', async () => {
    const r = await planChange({ append: { '.github/buildkit-actions.yml': '\n# comment\n' } });
    expect(r.services).toEqual(ALL);
  });
});

describe('rule 6: dependencies', () => {
  it('the base image service rebuilds everything built FROM it, in waves', async () => {
    const r = await planChange({ write: { 'base/node-base/healthcheck.mjs': '// changed\n' } });
    expect(r.services).toEqual([
      'api-notifications',
      'api-orders',
      'api-payments',
      'api-users',
      'node-base',
      'worker@infrastructure-compose-data',
    ]);
    const waves = JSON.parse(r.outputs['waves']!) as { include: { service: string }[] }[];
    expect(waves[0]!.include.map((e) => e.service)).toEqual(['node-base']);
    expect(waves[1]!.include.map((e) => e.service)).toContain('api-users');
    const matrix = JSON.parse(r.outputs['matrix']!) as {
      include: { service: string; depends_on: string[]; wave: number }[];
    };
    expect(matrix.include.find((e) => e.service === 'api-users')).toMatchObject({
      depends_on: ['node-base'],
      wave: 1,
    });
  });
});

describe('inputs', () => {
  it('changed-files replaces base/head', async () => {
    const r = await runAction('plan-matrix', {
      workspace: repo.dir,
      inputs: {
        'compose-files': COMPOSE_FILES,
        'changed-files': 'packages/py-common/src/py_common/logs.py\nREADME.md',
      },
    });
    expect(r.code).toBe(0);
    // py-common reaches the AI services through the `pycommon` context; inference depends on embeddings.
    expect(JSON.parse(r.outputs['services']!)).toEqual([
      'embeddings',
      'inference',
      'transform',
      'worker@infrastructure-compose-ai',
    ]);
    expect(r.summary).toContain('changed-files');
  });

  it('all: true plans every service and says why; max-jobs batches each wave', async () => {
    const r = await runAction('plan-matrix', {
      workspace: repo.dir,
      inputs: { 'compose-files': COMPOSE_FILES, all: 'true', 'max-jobs': '3' },
    });
    expect(JSON.parse(r.outputs['services']!)).toEqual(ALL);
    const waves = JSON.parse(r.outputs['waves']!) as { include: { wave: number }[] }[];
    expect(waves.every((w) => w.include.length <= 3)).toBe(true);
    expect(waves.flatMap((w) => w.include).length).toBe(ALL.length);
    waves.forEach((w, i) => expect(w.include.every((e) => e.wave === i)).toBe(true));
    expect(r.summary).toContain('`all: true`');
  });
});

function readExample(path: string): string {
  return repo.git('show', `${initial}:${path}`) + '\n';
}
