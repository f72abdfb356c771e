/**
 * `Deps` for tests: the outside world as fakes (no process, no network, no pause), each overridable.
 * Fakes of `exec` go through `likeExecTool`, so they deliver standard error as execTool does.
 */
import type { Deps, Exec, Log } from '../../shared/runtime/deps.js';
import { sleep } from '../../shared/runtime/retry.js';

/** A log that keeps nothing. */
export const quietLog: Log = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} };

/** What the Pushgateway client needs, for real: the network and pauses, with a quiet log. */
export const liveGatewayDeps = { fetch, sleep, random: Math.random, log: quietLog };

export function testDeps<T extends Partial<Deps>>(over: T = {} as T): Deps & T {
  return {
    exec: async (cmd: string) => {
      throw new Error(`this test runs no program (${cmd})`);
    },
    fetch: async () => {
      throw new TypeError('fetch failed');
    },
    sleep: async () => undefined,
    now: Date.now,
    random: () => 0.5,
    log: quietLog,
    ...over,
  } as Deps & T;
}

/**
 * A fake program runner that answers with whole results, made to speak like execTool: its standard
 * error goes to `onStderr` before the result is returned, as a real program's would while it runs.
 */
export function likeExecTool(fake: Exec): Exec {
  return async (cmd, args, opts) => {
    const result = await fake(cmd, args, opts);
    if (result.stderr) opts?.onStderr?.(result.stderr);
    return result;
  };
}
