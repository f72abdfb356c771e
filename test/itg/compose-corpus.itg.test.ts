/**
 * Parity of the Compose loader with real Compose on real repositories: ../shared/corpus/compose holds
 * 454 cases from 14 public repositories and what Compose 2.26.1 said of each (cases.json; read in
 * place, never copied). The rule:
 * - Compose accepts → the loader loads the case with the same services (those the active profiles
 *   show) and the same builds, and objects to nothing; or refuses it for a check Compose leaves to
 *   build time (a missing context or Dockerfile: `buildTime` errors).
 * - Compose rejects → the loader rejects it, or, for the cases test/fixtures/compose-corpus/
 *   expectations.json lists under `plansWithWarnings`, plans the builds and reports Compose's objection
 *   as a warning (it concerns parts no build reads). Messages are compared loosely: by the kind of
 *   problem Compose names (MESSAGE_KINDS), except where the expectations say why not.
 * The recorded verdicts are checked against the engine's own docker-compose as well.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadComposeProject } from '../../shared/compose/load.js';
import type { ComposeProject } from '../../shared/compose/types.js';
import { InputError } from '../../shared/runtime/errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'compose');
const EXPECTATIONS = join(ROOT, 'test', 'fixtures', 'compose-corpus', 'expectations.json');

interface Build {
  service: string;
  context: string;
  dockerfile: string | null;
  dockerfile_inline: string | null;
  target: string | null;
  args: Record<string, string>;
  additional_contexts: Record<string, string>;
}

interface Case {
  id: string;
  repo: string;
  files: string[];
  cwd: string;
  profiles: string[];
  ok: boolean;
  services?: string[];
  builds?: Build[];
  error?: string | null;
  error_varies?: boolean;
  output_format?: string;
}

interface Expectations {
  /** Cases Compose rejects that the loader plans, reporting the objection as a warning: id → why. */
  plansWithWarnings: Record<string, string>;
  /** Rejected cases whose message differs from Compose's for a stated reason: id → why. */
  otherMessage: Record<string, string>;
}

/** Kinds of problem Compose names, and how the loader's message (error or warnings) names each. */
const MESSAGE_KINDS: [RegExp, RegExp][] = [
  [/^yaml: |mapping key .* already defined/, /invalid YAML/],
  [
    /Additional property (\S+) is not allowed/,
    /additional property "\$1" is not allowed|top-level key "\$1"/,
  ],
  [/must be one of the following/, /must be one of/],
  [/must be a mapping/, /must be a mapping/],
  [/required variable (\w+) is missing a value/, /required variable \$1 is missing a value/],
  [/has neither an image nor a build context/, /has neither an image nor a build context/],
  [/refers to undefined (network|volume|secret|config) (\S+?):/, /refers to undefined \$1 \$2\b/],
  [/depends on undefined service "([^"]*)"/, /depends on undefined service "\$1"/],
  [/dependency cycle detected/, /dependency cycle detected/],
  [/env file .* not found/, /env file .* not found/],
  [/unsupported env_file format "(\w+)"/, /unsupported env_file format "\$1"/],
  [/invalid spec: .*empty section between colons/, /invalid volume .*empty section between colons/],
  [/No port specified/, /invalid port/],
  [/invalid size/, /invalid size/],
  [/include cycle detected/, /include cycle/],
  [/^open .*: no such file or directory/, /does not exist/],
  [/^empty compose file/, /is empty/],
  [/MUST include service\.platform "([^"]+)"/, /must include the service's platform "\$1"/],
  [/services\.(\S+) must be a mapping/, /services\.\$1 must be a mapping/],
];

/** The loader's expected wording for Compose's message, or undefined when its kind is unknown. */
function expectedWording(composeError: string): RegExp | undefined {
  for (const [compose, ours] of MESSAGE_KINDS) {
    const m = compose.exec(composeError);
    if (!m) continue;
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(ours.source.replace(/\\\$(\d)/g, (_, i: string) => escape(m[Number(i)] ?? '')));
  }
  return undefined;
}

function readCases(): Case[] {
  const file = join(CORPUS, 'cases.json');
  if (!existsSync(file))
    throw new Error(`the Compose corpus is missing: ${file} (../shared/corpus/compose beside the checkout)`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
}

const cases = readCases();
const expectations = JSON.parse(readFileSync(EXPECTATIONS, 'utf8')) as Expectations;

type Outcome = { ok: true; project: ComposeProject } | { ok: false; error: InputError };

async function load(c: Case): Promise<Outcome> {
  try {
    // As the corpus was made: `env -i PATH=… HOME=<empty dir>`; no variable of this process leaks in.
    const project = await loadComposeProject(c.files, { repoRoot: join(CORPUS, c.repo), env: {} });
    return { ok: true, project };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err };
    throw err;
  }
}

/** Services Compose prints: those without profiles, and those of an enabled profile. */
function shownServices(c: Case, p: ComposeProject): ComposeProject['services'] {
  const enabled = new Set([...c.profiles, ...(p.activeProfiles ?? [])]);
  return p.services.filter(
    (s) => enabled.has('*') || !s.profiles?.length || s.profiles.some((x) => enabled.has(x)),
  );
}

/** Compose prints a literal `$` as `$$` so that its output can be read back. */
const unescape = (s: string | null): string | null => (s === null ? null : s.replaceAll('$$', '$'));

const sortKeys = (o: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

function expectedBuilds(c: Case): unknown[] {
  return (c.builds ?? [])
    .map((b) => ({
      service: b.service,
      context: b.context,
      dockerfile: b.dockerfile,
      dockerfileInline: unescape(b.dockerfile_inline),
      target: unescape(b.target),
      args: sortKeys(Object.fromEntries(Object.entries(b.args).map(([k, v]) => [k, unescape(v)!]))),
    }))
    .sort((a, b) => (a.service < b.service ? -1 : 1));
}

function loadedBuilds(c: Case, p: ComposeProject): unknown[] {
  return shownServices(c, p)
    .filter((s) => s.build)
    .map((s) => ({
      service: s.name,
      context: s.build!.context,
      dockerfile: s.build!.remote ? null : (s.build!.dockerfile ?? null),
      dockerfileInline: s.build!.dockerfileInline ?? null,
      target: s.build!.target ?? null,
      args: sortKeys(s.build!.args),
    }))
    .sort((a, b) => (a.service < b.service ? -1 : 1));
}

const objections = (p: ComposeProject): string[] =>
  (p.warnings ?? []).filter((w) => w.refused).map((w) => w.message);

describe('the Compose corpus (../shared/corpus/compose)', () => {
  it('holds the cases the issue names, accepted and rejected', () => {
    expect(cases.length).toBe(454);
    expect(cases.filter((c) => c.ok).length).toBeGreaterThan(200);
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThan(150);
  });

  it('states only cases that exist, each with a reason', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const [id, why] of [
      ...Object.entries(expectations.plansWithWarnings),
      ...Object.entries(expectations.otherMessage),
    ]) {
      expect({ id, known: ids.has(id), why: why.length > 10 }).toEqual({ id, known: true, why: true });
    }
  });

  const accepted = cases.filter((c) => c.ok);
  it.each(accepted.map((c) => [c.id, c] as const))('accepts %s as Compose does', async (_id, c) => {
    const outcome = await load(c);
    if (!outcome.ok) {
      // The one allowed difference: what a build needs and Compose checks only when it builds.
      expect({ message: outcome.error.message, buildTime: outcome.error.details.buildTime }).toEqual({
        message: outcome.error.message,
        buildTime: true,
      });
      return;
    }
    const p = outcome.project;
    expect(
      shownServices(c, p)
        .map((s) => s.name)
        .sort(),
    ).toEqual([...c.services!].sort());
    expect(loadedBuilds(c, p)).toEqual(expectedBuilds(c));
    expect(objections(p)).toEqual([]);
  });

  const rejected = cases.filter((c) => !c.ok);
  it.each(rejected.map((c) => [c.id, c] as const))('rejects %s as Compose does', async (id, c) => {
    const outcome = await load(c);
    const warns = Object.hasOwn(expectations.plansWithWarnings, id);
    expect({ id, loaded: outcome.ok }).toEqual({ id, loaded: warns });
    const said = outcome.ok ? objections(outcome.project).join('\n') : outcome.error.message;
    if (outcome.ok) expect(said).not.toBe('');
    // A clear error says where: a file (and line), or the setting to blame.
    else
      expect({ id, where: outcome.error.details.location?.file ?? outcome.error.details.input }).not.toEqual({
        id,
        where: undefined,
      });
    if (Object.hasOwn(expectations.otherMessage, id) || c.error_varies) return;
    if (!outcome.ok && outcome.error.details.buildTime) return;
    const wording = expectedWording(c.error!);
    // Every kind of rejection in the corpus is known: a new one must be added to MESSAGE_KINDS.
    expect({ id, compose: c.error, known: wording !== undefined }).toEqual({
      id,
      compose: c.error,
      known: true,
    });
    expect(said).toMatch(wording!);
  });
});

/** Runs the engine's docker-compose as the corpus was made (no daemon, an empty HOME). */
function composeConfig(
  c: Case,
  home: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const args = [
    ...c.files.flatMap((f) => ['-f', join(CORPUS, c.repo, f)]),
    ...c.profiles.flatMap((p) => ['--profile', p]),
  ];
  args.push('config', '--format', c.output_format === 'yaml' ? 'yaml' : 'json');
  return new Promise((resolve, reject) => {
    const child = spawn('docker-compose', args, {
      cwd: join(CORPUS, c.repo, c.cwd),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the corpus verdicts, checked against the real docker-compose', () => {
  beforeAll(() => {
    const r = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
    if (r.error || r.status !== 0)
      throw new Error('docker-compose is not on PATH; run eval "$(bash scripts/engine.sh env)" first.');
  });

  it('gives every case the verdict and services cases.json records', async () => {
    const home = mkdtempSync(join(tmpdir(), 'bka-compose-home-'));
    const differences: string[] = [];
    const queue = [...cases];
    // A few at a time: each run is a short-lived process.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const r = await composeConfig(c, home);
          if ((r.status === 0) !== c.ok)
            differences.push(`${c.id}: exit ${r.status} ${r.stderr.slice(0, 200)}`);
          else if (c.ok && c.output_format !== 'yaml') {
            const printed = Object.keys(
              (JSON.parse(r.stdout) as { services?: object }).services ?? {},
            ).sort();
            if (JSON.stringify(printed) !== JSON.stringify([...c.services!].sort()))
              differences.push(`${c.id}: services ${printed.join(',')}`);
          }
        }
      }),
    );
    expect(differences).toEqual([]);
  }, 600_000);
});
