/**
 * A small child-process wrapper. Arguments go to the program as an array, never through a shell, so
 * paths with spaces or quotes need no escaping and cannot inject commands.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { displayCommand } from './command-line.js';
import { ToolError } from './errors.js';

export interface ExecOptions {
  cwd?: string;
  /** Variables merged over `process.env` (a variable set to `undefined` is removed). */
  env?: NodeJS.ProcessEnv;
  /** Written to the program's standard input, which is then closed. */
  input?: string;
  /** Return non-zero exits instead of throwing. */
  allowFailure?: boolean;
  /** Standard error as it arrives, decoded (a character split across chunks is held back). */
  onStderr?: (text: string) => void;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cmd` with `args` and collects its output as UTF-8.
 *
 * @throws ToolError when the program exits non-zero (unless `allowFailure`), is killed by a signal,
 *   or cannot be started (exit code 127, as a shell would report it).
 */
export async function execTool(cmd: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const display = displayCommand(cmd, args);
  const env = { ...process.env };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const result = await new Promise<ExecResult>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    // Collect bytes and decode once so a multi-byte character split across chunks survives.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const live = opts.onStderr && { emit: opts.onStderr, decoder: new StringDecoder('utf8') };
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      if (live) live.emit(live.decoder.write(b));
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new ToolError(display, e.code === 'ENOENT' ? 127 : 126, e.message));
    });
    child.on('close', (code, signal) => {
      const rest = live?.decoder.end();
      if (rest) live!.emit(rest);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        code: code ?? 128 + signalNumber(signal),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: signal ? `${stderr}\nkilled by ${signal}` : stderr,
      });
    });
    // A program that exits without reading its input makes the write fail with EPIPE; the exit
    // code already tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });

  if (result.code !== 0 && !opts.allowFailure) throw new ToolError(display, result.code, result.stderr);
  return result;
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return (signal && constants.signals[signal]) || 1;
}
