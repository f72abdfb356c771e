/**
 * A realistic history of the example monorepo: one small change per commit, each planned by the
 * bundle against its parent, next to what a path-prefix filter would rebuild for the same commit.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundleOk, REPO_ROOT } from '../../lib/action.js';
import { commitAll, diffPaths, initRepo } from '../../lib/git.js';
import { pathPrefixRebuilds, type FilterService } from '../../lib/path-filter.js';

export const HISTORY_COMPOSE_FILES = 'compose.yaml\ninfrastructure/compose/*.yml';

interface Step {
  label: string;
  /** Lines appended to existing files. */
  append?: Record<string, string>;
  /** Exact text replacements in existing files. */
  replace?: Record<string, [string, string]>;
}

const STEPS: Step[] = [
  {
    label: 'users API source',
    append: { 'backend/api/users/src/users.js': '// Lower-case e-mail addresses before lookup.\n' },
  },
  {
    label: 'users README + tests',
    append: {
      'backend/api/users/README.md': '\nE-mail lookups are case-insensitive.\n',
      'backend/api/users/tests/users.test.js': '// TODO: cover upper-case e-mail lookups.\n',
    },
  },
  {
    label: 'shared-utils source',
    append: { 'packages/shared-utils/src/money.js': '// Amounts are integer cents.\n' },
  },
  {
    label: 'shared-utils README + tests',
    append: {
      'packages/shared-utils/README.md': '\nAmounts are integer cents.\n',
      'packages/shared-utils/tests/index.test.js': '// TODO: cover negative amounts.\n',
    },
  },
  {
    label: 'node-base healthcheck.mjs',
    append: { 'base/node-base/healthcheck.mjs': '// Probe timeout: 2 s.\n' },
  },
  {
    label: 'python-base install-requirements.sh',
    append: { 'base/python-base/install-requirements.sh': '# pip cache is a BuildKit cache mount\n' },
  },
  {
    label: 'orders Dockerfile.dockerignore',
    append: { 'backend/api/orders/Dockerfile.dockerignore': '**/*.test.js\n' },
  },
  { label: 'root .dockerignore', append: { '.dockerignore': '**/.pytest_cache\n' } },
  {
    label: 'notifications package-lock.json',
    append: { 'backend/api/notifications/package-lock.json': '\n' },
  },
  {
    label: 'transform pipelines/default',
    append: { 'data/transform/pipelines/default/steps.py': '# Default pipeline: no deduplication step.\n' },
  },
  {
    label: 'transform pipelines/nightly',
    append: { 'data/transform/pipelines/nightly/steps.py': '# Nightly pipeline: deduplicate first.\n' },
  },
  {
    label: 'contracts/openapi/users.yaml',
    append: { 'contracts/openapi/users.yaml': '# email is case-insensitive\n' },
  },
  {
    label: 'docs/ file',
    append: { 'docs/architecture.md': '\nThe data stack is a Compose project of its own.\n' },
  },
  { label: 'root README.md', append: { 'README.md': '\nSee docs/architecture.md.\n' } },
  {
    label: 'data.yml build arg PIPELINE_DIR',
    replace: {
      'infrastructure/compose/data.yml': [
        'PIPELINE_DIR: pipelines/nightly',
        'PIPELINE_DIR: pipelines/default',
      ],
    },
  },
  {
    label: 'web nginx.conf',
    append: { 'frontend/apps/web/nginx.conf': '# gzip is on for text/css and application/javascript\n' },
  },
  {
    label: 'py-common README',
    append: { 'packages/py-common/README.md': '\nSettings come from the environment only.\n' },
  },
];

export interface HistoryRow {
  label: string;
  changed: string[];
  planned: string[];
  filtered: string[];
  /** The filter count the bundle's own job summary states, as a cross-check of `filtered`. */
  summaryFilterCount?: number;
}

export interface HistoryResult {
  services: number;
  rows: HistoryRow[];
}

export async function runHistory(
  bundle: string,
  dir: string,
  log: (m: string) => void,
): Promise<HistoryResult> {
  cpSync(join(REPO_ROOT, 'example', 'monorepo'), dir, { recursive: true });
  initRepo(dir);
  let prev = commitAll(dir, 'example monorepo');

  // Every service's build context, from the plan of all services.
  const all = await runBundleOk(bundle, dir, { 'compose-files': HISTORY_COMPOSE_FILES, all: 'true' });
  const catalog: FilterService[] = (
    JSON.parse(all.outputs['matrix'] ?? '{"include":[]}') as {
      include: { service: string; context: string }[];
    }
  ).include.map((e) => ({ key: e.service, context: e.context }));

  const rows: HistoryRow[] = [];
  for (const step of STEPS) {
    for (const [path, text] of Object.entries(step.append ?? {})) appendFileSync(join(dir, path), text);
    for (const [path, [from, to]] of Object.entries(step.replace ?? {})) {
      const before = readFileSync(join(dir, path), 'utf8');
      if (!before.includes(from))
        throw new Error(`history step '${step.label}': '${from}' is not in ${path}`);
      writeFileSync(join(dir, path), before.replace(from, to));
    }
    const head = commitAll(dir, step.label);
    const changed = diffPaths(dir, prev, head);
    log(`history: ${step.label}`);
    const r = await runBundleOk(bundle, dir, { 'compose-files': HISTORY_COMPOSE_FILES, base: prev, head });
    const stated = /path-prefix filter would have rebuilt (\d+) service/.exec(r.summary);
    rows.push({
      label: step.label,
      changed,
      planned: JSON.parse(r.outputs['services'] ?? '[]') as string[],
      filtered: pathPrefixRebuilds(catalog, changed),
      summaryFilterCount: stated ? Number(stated[1]) : undefined,
    });
    prev = head;
  }
  return { services: catalog.length, rows };
}
