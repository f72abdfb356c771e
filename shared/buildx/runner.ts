/**
 * Runs a docker command with retries: transient failures (registry 5xx, 429, connection resets,
 * timeouts, unexpected EOF) are tried again after an exponential backoff with jitter, up to
 * `retries` more times; anything else fails at once. Each attempt's rawjson progress is parsed.
 */
import { rmSync } from 'node:fs';
import { ToolError } from '../runtime/errors.js';
import type { Deps, Log } from '../runtime/deps.js';
import type { ExecOptions, ExecResult } from '../runtime/exec.js';
import { backoffMs, type Backoff } from '../runtime/retry.js';
import { displayCommand } from '../runtime/command-line.js';
import { classifyFailure, dockerfileLine, lastLines, type Failure } from './failure.js';
import { ProgressCollector } from './rawjson.js';
import { LiveStepLog } from './step-log.js';

export interface RetryOptions {
  /** More attempts after the first (0 = no retry). */
  retries: number;
  /** The pauses between attempts; a buildx run is slow, so they start at seconds. */
  backoff?: Backoff;
  /**
   * The buildx plugin binary (shared/buildx/plugin.ts): `buildx …` commands run it directly instead
   * of through `docker buildx`. Unset: `docker buildx`.
   */
  buildx?: string;
}

/** What a run needs from the outside world (a part of `Deps`). */
export type RunnerDeps = Pick<Deps, 'exec' | 'sleep' | 'random'> & { log?: Pick<Log, 'warning'> };

const BUILDX_BACKOFF: Backoff = { baseMs: 2000, maxMs: 30000 };

/** A build that failed for good. */
export class BuildFailedError extends ToolError {
  override name = 'BuildFailedError';
  constructor(
    command: string,
    exitCode: number,
    stderr: string,
    readonly failure: Failure,
    readonly attempts: number,
    /** 1-based Dockerfile line of the error, when BuildKit gave one. */
    readonly line?: number,
    /** The final attempt's progress (steps, their logs). */
    readonly progress?: ProgressCollector,
  ) {
    super(command, exitCode, stderr);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const why =
      failure.kind === 'transient'
        ? `transient failure (${failure.reason}), retries exhausted`
        : `${failure.reason}, not retried`;
    this.message = `docker buildx failed${tries} (${why}): ${failure.message}\n${stderr.trim()}`;
  }
}

export interface AttemptResult {
  result: ExecResult;
  progress: ProgressCollector;
}

export interface RunResult extends AttemptResult {
  attempts: number;
  /** Failures of the attempts before the last, for the summary. */
  retried: Failure[];
}

/**
 * Runs `docker <args>` (a `buildx …` command with the plugin itself when `buildx` is set) until it
 * succeeds or fails for good.
 *
 * @param before called before each attempt (e.g. to remove a stale metadata file)
 * @throws BuildFailedError with the failure's kind, the Dockerfile line when known, and the last
 *   plain stderr lines of the final attempt.
 */
export async function runWithRetries(
  args: string[],
  opts: RetryOptions & {
    execOptions?: ExecOptions;
    dockerfileText?: string;
    before?: () => void;
    /** Prints the step log while the build runs (see LiveStepLog). */
    live?: (text: string) => void;
  },
  deps: RunnerDeps,
): Promise<RunResult> {
  const retried: Failure[] = [];
  for (let attempt = 0; ; attempt++) {
    opts.before?.();
    // The progress stream is parsed as it arrives, so its steps are logged live and nothing is
    // left to parse once buildx exits.
    const progress = new ProgressCollector();
    const scanner = progress.scanner();
    const live = opts.live && new LiveStepLog(progress, opts.live);
    const [cmd, argv] = dockerCommand(args, opts.buildx);
    const result = await deps.exec(cmd, argv, {
      ...opts.execOptions,
      allowFailure: true,
      onStderr: (text) => {
        scanner.push(text);
        live?.update();
      },
    });
    scanner.end();
    live?.finish();
    if (result.code === 0) return { result, progress, attempts: attempt + 1, retried };

    // A cache that cannot be imported is only a warning (BuildKit builds on), never the failure.
    const failing = progress
      .list()
      .filter((v) => v.error && !v.name.startsWith('importing cache manifest from '));
    const failure = classifyFailure(
      progress.text,
      failing.map((v) => v.error!),
    );
    if (failure.kind === 'transient' && attempt < opts.retries) {
      const ms = backoffMs(attempt, opts.backoff ?? BUILDX_BACKOFF, deps.random);
      deps.log?.warning(
        `Attempt ${attempt + 1} of ${opts.retries + 1} failed (${failure.reason}): ${failure.message}. Retrying in ${(ms / 1000).toFixed(1)} s.`,
      );
      retried.push(failure);
      await deps.sleep(ms);
      continue;
    }
    const line =
      failure.kind === 'permanent'
        ? dockerfileLine(
            progress.text,
            failing.map((v) => v.name),
            opts.dockerfileText,
          )
        : undefined;
    throw new BuildFailedError(
      displayCommand('docker', args),
      result.code,
      lastLines(progress.text).join('\n'),
      failure,
      attempt + 1,
      line,
      progress,
    );
  }
}

/**
 * The program and arguments for `docker <args>`: a `buildx …` command runs the plugin binary
 * `buildx` itself when it is given (shared/buildx/plugin.ts), everything else runs docker.
 */
export function dockerCommand(args: string[], buildx?: string): [string, string[]] {
  return buildx && args[0] === 'buildx' ? [buildx, args.slice(1)] : ['docker', args];
}

/** Removes a file if it is there (a metadata file left by an earlier attempt). */
export function removeFile(path: string): void {
  rmSync(path, { force: true });
}
