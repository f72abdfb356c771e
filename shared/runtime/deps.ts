/**
 * The I/O seam: everything a module needs from the outside world comes in one `Deps` value, built
 * once in each action's main.ts (`actionDeps`) and passed down. Tests build their own with fakes;
 * production code has no other way in, so there is no branch that exists only for a test.
 */
import * as core from '@actions/core';
import { execTool, type ExecOptions, type ExecResult } from './exec.js';
import { sleep } from './retry.js';

/** Runs a program with an argument array (never a shell); `execTool`'s signature. */
export type Exec = (cmd: string, args: string[], opts?: ExecOptions) => Promise<ExecResult>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** An error annotation, at a file and line when given. */
  error(message: string, where?: { file: string; line?: number }): void;
  /** Shown with step debug logging only. */
  debug(message: string): void;
}

export interface Deps {
  exec: Exec;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** In [0, 1): retry jitter, generated names. */
  random: () => number;
  log: Log;
}

/** The log of a step on a runner: annotations through @actions/core. */
export const actionLog: Log = {
  info: core.info,
  warning: core.warning,
  debug: core.debug,
  error: (message, where) =>
    core.error(message, where ? { file: where.file, startLine: where.line, title: 'Dockerfile error' } : {}),
};

/** The real world, for an action's main.ts; `fetch` is the caller's (the registry's timeouts and proxy rules). */
export function actionDeps(fetchImpl: typeof fetch, log: Log = actionLog): Deps {
  return { exec: execTool, fetch: fetchImpl, sleep, now: Date.now, random: Math.random, log };
}
