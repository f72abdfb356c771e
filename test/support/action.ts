/**
 * Runs an action's committed ncc bundle as the runner does: a child process with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE and an event file. The runtime is the one the
 * runner uses, Node 24 (`runs.using: node24`), when BKA_ACTION_NODE names it (scripts/test.sh
 * installs it with scripts/runner-node.sh); else this process's node.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ActionRun {
  code: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** `::error::` and `::warning::` lines the action logged. */
  errors: string[];
  warnings: string[];
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** `GITHUB_EVENT_NAME` and the payload written to `GITHUB_EVENT_PATH`. */
  event?: { name: string; payload: unknown };
  workspace?: string;
  env?: Record<string, string>;
  /** The node binary to run the bundle with; default: actionNode(). */
  node?: string;
}

/** The node the bundles run with: BKA_ACTION_NODE (the runner's Node 24), else this process's. */
export function actionNode(): string {
  return process.env['BKA_ACTION_NODE'] || process.execPath;
}

/** Parses the runner's file-command format (`name<<DELIM\nvalue\nDELIM`, or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export async function runAction(name: string, opts: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `bka-run-${name}-`));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state'),
    event: join(dir, 'event.json'),
  };
  for (const f of [files.output, files.summary, files.state]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(opts.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace ?? process.cwd(),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/monorepo',
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {}))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const bundle = resolve('dist', name, 'index.js');
  return new Promise((res, rej) => {
    const child = spawn(opts.node ?? actionNode(), [bundle], { env, cwd: env['GITHUB_WORKSPACE'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      const grab = (kind: string) =>
        stdout
          .split('\n')
          .filter((l) => l.startsWith(`::${kind}`))
          .map((l) => l.replace(/^::[a-z]+[^:]*::/, ''));
      res({
        code: code ?? -1,
        outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
        stdout,
        stderr,
        errors: grab('error'),
        warnings: grab('warning'),
      });
    });
  });
}

/**
 * Everything a step showed (log, summary, outputs) but the runner's own mask commands, which carry
 * the masked values by design: where a test looks for a secret that must not appear.
 */
export function shownBy(run: ActionRun): string {
  return [
    ...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
  ].join('\n');
}
