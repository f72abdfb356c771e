/**
 * Runs an action's committed ncc bundle the way the runner does: a child `node` process whose
 * inputs are INPUT_* variables and whose outputs and job summary go to GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. bench/rss-hook.mjs is preloaded to report the child's peak RSS.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..');
const RSS_HOOK = join(BENCH_DIR, 'rss-hook.mjs');

/** A node binary to run bundles with. */
export interface NodeRuntime {
  path: string;
  /** `v24.22.3`. */
  version: string;
  /** What it stands for, for tables: "the runner's runtime" or "this machine's node". */
  role: string;
}

/** This process's node: the machine's. */
export function hostNode(): NodeRuntime {
  return { path: process.execPath, version: process.version, role: "this machine's node" };
}

/**
 * The Node 24 a runner starts our actions with (`runs.using: node24`), installed by
 * scripts/runner-node.sh (cached after the first download); an error with the reason when it cannot
 * be installed here.
 */
export function runnerNode(): NodeRuntime | { error: string } {
  try {
    const path = execFileSync('bash', [join(REPO_ROOT, 'scripts', 'runner-node.sh'), 'install'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    return { path, version, role: "the runner's runtime (runs.using: node24)" };
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { error: (e.stderr || e.message).trim().split('\n').at(-1)! };
  }
}

let chosen: NodeRuntime | undefined;
/** The runtime a bundle runs on when one is judged: the runner's Node 24, else this machine's node. */
export function actionRuntime(): NodeRuntime {
  if (!chosen) {
    const runner = runnerNode();
    chosen = 'error' in runner ? hostNode() : runner;
  }
  return chosen;
}

export interface BundleRun {
  code: number;
  /** Wall time from spawn to exit, as a workflow step would take. */
  ms: number;
  /** Peak resident set size of the action's process, KiB. */
  maxRssKiB: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

/** The path of an action's committed bundle; throws a readable error when it is missing. */
export function requireBundle(action: string): string {
  const path = join(REPO_ROOT, 'dist', action, 'index.js');
  if (!existsSync(path)) {
    throw new Error(
      `dist/${action}/index.js is missing. The bench runs the committed bundle: restore it with ` +
        `\`git checkout -- dist/${action}\` or rebuild it with \`npm run build\`.`,
    );
  }
  return path;
}

/** What else a run sees: extra variables (GITHUB_REPOSITORY, a fake API's URL) and the event. */
export interface RunExtras {
  env?: Record<string, string>;
  /** `GITHUB_EVENT_NAME` and the payload written to `GITHUB_EVENT_PATH`. */
  event?: { name: string; payload: unknown };
}

/**
 * Runs `bundle` with `inputs` (names as in action.yml: `compose-files`, not `COMPOSE_FILES`) in
 * `workspace`. The environment is built from scratch so that the user's shell cannot change a result;
 * `env` adds what a section's action needs (a tool cache, a stand-in's settings).
 */
export async function runBundle(
  bundle: string,
  workspace: string,
  inputs: Record<string, string>,
  node: NodeRuntime = hostNode(),
  extras: RunExtras = {},
): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bkab-run-'));
  try {
    const files = {
      output: join(dir, 'output'),
      summary: join(dir, 'summary'),
      state: join(dir, 'state'),
      rss: join(dir, 'rss'),
      event: join(dir, 'event.json'),
    };
    writeFileSync(files.event, JSON.stringify(extras.event?.payload ?? {}));
    for (const f of [files.output, files.summary, files.state]) writeFileSync(f, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      RUNNER_TEMP: dir,
      BENCH_MAXRSS_FILE: files.rss,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: extras.event?.name ?? 'push',
      ...extras.env,
    };
    // The runner upper-cases the name and keeps dashes (INPUT_COMPOSE-FILES), which no shell can set.
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

    const t0 = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (res, rej) => {
        const child = spawn(node.path, ['--import', RSS_HOOK, bundle], {
          cwd: workspace,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', rej);
        child.on('close', (c) =>
          res({
            code: c ?? -1,
            stdout: Buffer.concat(out).toString(),
            stderr: Buffer.concat(err).toString(),
          }),
        );
      },
    );
    const ms = performance.now() - t0;
    const rss = existsSync(files.rss) ? Number(readFileSync(files.rss, 'utf8')) : NaN;
    return {
      code,
      ms,
      maxRssKiB: rss,
      outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      stdout,
      stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Like runBundle, but throws with the action's error lines when it fails. */
export async function runBundleOk(
  bundle: string,
  workspace: string,
  inputs: Record<string, string>,
  node?: NodeRuntime,
  extras?: RunExtras,
): Promise<BundleRun> {
  const r = await runBundle(bundle, workspace, inputs, node, extras);
  if (r.code !== 0) {
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    throw new Error(`${bundle} exited with ${r.code}:\n${[...errors, r.stderr].join('\n').trim()}`);
  }
  return r;
}

/** Reads the runner's file-command format: `name<<DELIMITER`…`DELIMITER` blocks, or `name=value`. */
function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== block[2]) value.push(lines[i]!);
      out[block[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Measures bare `node` start-up with the same preload, to separate it from the action's own work. */
export async function nodeStartup(
  node: NodeRuntime = hostNode(),
): Promise<{ ms: number; maxRssKiB: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bkab-node-'));
  try {
    const rss = join(dir, 'rss');
    const t0 = performance.now();
    await new Promise<void>((res, rej) => {
      const child = spawn(node.path, ['--import', RSS_HOOK, '-e', ''], {
        env: { PATH: process.env['PATH'] ?? '', BENCH_MAXRSS_FILE: rss },
        stdio: 'ignore',
      });
      child.on('error', rej);
      child.on('close', () => res());
    });
    return { ms: performance.now() - t0, maxRssKiB: Number(readFileSync(rss, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
