/**
 * Parity of the Compose loader with the real `docker compose config` (Compose v2, no daemon needed):
 * for every fixture project under test/fixtures/compose/ and every Compose project of
 * example/monorepo/ (when that folder exists), both must agree on which services are built and, for
 * each, on the context, Dockerfile, target, args, additional contexts and tags. Fixtures whose
 * case.json expects an error must be rejected by the loader, and by Compose when `compose` is true
 * (some checks, such as a missing Dockerfile, are the loader's own).
 *
 * Needs `docker compose` on PATH (`eval "$(bash scripts/engine.sh env)"`); without it these tests fail.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverComposeFiles } from '../../shared/compose/discover.js';
import { loadComposeProject } from '../../shared/compose/load.js';
import type { BuildSpec } from '../../shared/compose/types.js';
import { InputError } from '../../shared/runtime/errors.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/compose/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../example/monorepo/', import.meta.url));

interface CaseSpec {
  description?: string;
  /** Variables both Compose and the loader see (nothing else of the process environment). */
  env?: Record<string, string>;
  /** Projects to load; default: what discoverComposeFiles finds in the case folder. */
  projects?: string[][];
  /** The case must fail: `loader` is a regexp for the loader's message; `compose` says whether Compose fails too. */
  error?: { compose: boolean; loader: string };
}

/** What both sides must agree on for one built service. */
interface Normalized {
  context: string;
  dockerfile?: string;
  dockerfileInline?: string;
  target?: string;
  args: Record<string, string>;
  additionalContexts: Record<string, string>;
  tags: string[];
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function projectsOf(root: string, spec: CaseSpec): Promise<string[][]> {
  return spec.projects ?? (await discoverComposeFiles(undefined, root)).projects;
}

function readSpec(root: string): CaseSpec {
  const file = join(root, 'case.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CaseSpec) : {};
}

/** Runs `docker compose ... config --format json`, with argument arrays and a controlled environment. */
function composeConfig(root: string, files: string[], env: Record<string, string> = {}) {
  const args = [
    'compose',
    ...files.flatMap((f) => ['-f', f]),
    '--project-directory',
    dirname(resolve(root, files[0]!)),
    '--profile',
    '*',
    'config',
    '--format',
    'json',
  ];
  const base: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'DOCKER_CONFIG'])
    if (process.env[k] !== undefined) base[k] = process.env[k]!;
  const r = spawnSync('docker', args, { cwd: root, env: { ...base, ...env }, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const posixRel = (root: string, abs: string): string => relative(root, abs).split(sep).join('/') || '.';
const isLocalPath = (v: string): boolean => isAbsolute(v);

/** Compose prints a literal `$` as `$$` so that its output can be read back. */
const unescape = (s: string): string => s.replaceAll('$$', '$');

function fromCompose(json: string, root: string): Record<string, Normalized> {
  const model = JSON.parse(json) as { services?: Record<string, { build?: Record<string, unknown> }> };
  const out: Record<string, Normalized> = {};
  for (const [name, svc] of Object.entries(model.services ?? {})) {
    const b = svc.build;
    if (!b) continue;
    const context = String(b.context);
    const local = isLocalPath(context);
    const n: Normalized = {
      context: local ? posixRel(root, context) : context,
      args: Object.fromEntries(
        Object.entries((b.args ?? {}) as Record<string, string | null>).flatMap(([k, v]) =>
          v === null ? [] : [[k, unescape(v)]],
        ),
      ),
      additionalContexts: Object.fromEntries(
        Object.entries((b.additional_contexts ?? {}) as Record<string, string>).map(([k, v]) => [
          k,
          isLocalPath(v) ? posixRel(root, v) : v,
        ]),
      ),
      tags: ((b.tags ?? []) as string[]).map(unescape),
    };
    if (b.dockerfile_inline !== undefined) n.dockerfileInline = unescape(String(b.dockerfile_inline));
    else if (b.dockerfile !== undefined) {
      const df = String(b.dockerfile);
      n.dockerfile = !local ? df : posixRel(root, isAbsolute(df) ? df : join(context, df));
    }
    if (b.target !== undefined) n.target = unescape(String(b.target));
    out[name] = n;
  }
  return out;
}

function fromLoader(build: BuildSpec): Normalized {
  const additionalContexts: Record<string, string> = {};
  for (const [k, c] of Object.entries(build.additionalContexts)) {
    additionalContexts[k] =
      c.kind === 'local'
        ? c.path
        : c.kind === 'service'
          ? `service:${c.service}`
          : c.kind === 'image'
            ? `docker-image://${c.ref}`
            : c.ref;
  }
  const n: Normalized = { context: build.context, args: build.args, additionalContexts, tags: build.tags };
  if (build.dockerfileInline !== undefined) n.dockerfileInline = build.dockerfileInline;
  if (build.dockerfile !== undefined) n.dockerfile = build.dockerfile;
  if (build.target !== undefined) n.target = build.target;
  return n;
}

async function expectParity(root: string, files: string[], env: Record<string, string> = {}): Promise<void> {
  const compose = composeConfig(root, files, env);
  if (compose.status !== 0)
    throw new Error(`docker compose config failed for ${files.join(':')}:\n${compose.stderr}`);
  const expected = fromCompose(compose.stdout, root);
  const project = await loadComposeProject(files, { repoRoot: root, env });
  const actual: Record<string, Normalized> = {};
  for (const s of project.services) if (s.build) actual[s.name] = fromLoader(s.build);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const name of Object.keys(expected))
    expect({ service: name, ...actual[name] }).toEqual({ service: name, ...expected[name] });
  // The project name is part of the contract too.
  expect(project.name).toBe((JSON.parse(compose.stdout) as { name: string }).name);
}

beforeAll(() => {
  const r = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      `docker compose is not available (${r.error?.message ?? r.stderr.trim()}); run eval "$(bash scripts/engine.sh env)" first.`,
    );
  }
});

describe('compose parity with docker compose config', () => {
  it('has fixtures to compare', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    const root = join(FIXTURES, name);
    const spec = readSpec(root);
    const { error } = spec;
    describe(name, () => {
      if (error) {
        it(`is rejected by the loader${error.compose ? ' and by docker compose' : ''}`, async () => {
          for (const files of await projectsOf(root, spec)) {
            if (error.compose) {
              const r = composeConfig(root, files, spec.env);
              expect({ files, status: r.status }).not.toEqual({ files, status: 0 });
            } else {
              expect(composeConfig(root, files, spec.env).status).toBe(0);
            }
            const load = loadComposeProject(files, { repoRoot: root, env: spec.env ?? {} });
            await expect(load).rejects.toBeInstanceOf(InputError);
            await expect(load).rejects.toThrow(new RegExp(error.loader));
          }
        });
      } else {
        it('loads every project as docker compose does', async () => {
          const projects = await projectsOf(root, spec);
          expect(projects.length).toBeGreaterThan(0);
          for (const files of projects) await expectParity(root, files, spec.env);
        });
      }
    });
  }
});

const exampleProjects = existsSync(EXAMPLE) ? (await discoverComposeFiles(undefined, EXAMPLE)).projects : [];

describe('compose parity on example/monorepo', () => {
  it('finds the example monorepo projects when the folder exists', () => {
    if (existsSync(EXAMPLE)) expect(exampleProjects.length).toBeGreaterThan(0);
  });
  for (const files of exampleProjects) {
    it(`loads ${files.join(':')} as docker compose does`, async () => {
      await expectParity(EXAMPLE, files);
    });
  }
});
