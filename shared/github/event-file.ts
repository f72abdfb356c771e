/**
 * Reads the event payload the runner wrote to `GITHUB_EVENT_PATH`. Every action reads it here, so a
 * missing or unreadable file fails the same way everywhere instead of passing for an empty event.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../runtime/errors.js';

/**
 * The payload at `env.GITHUB_EVENT_PATH`, parsed.
 *
 * @returns `{}` when the variable is unset or empty (an action run from a terminal has no event)
 * @throws InputError naming GITHUB_EVENT_PATH when it is set but the file is missing, unreadable or
 *   not JSON: the runner always writes it, so anything else is a broken environment, and planning
 *   from an empty event would silently pick the wrong revisions
 */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): unknown {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (err as Error).message})`;
    throw new InputError(`GITHUB_EVENT_PATH names '${path}', which ${why}.`, {
      fix: 'run the action on a GitHub runner, which writes the event file, or unset GITHUB_EVENT_PATH (and GITHUB_EVENT_NAME) when running it from a terminal.',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new InputError(`GITHUB_EVENT_PATH names '${path}', which is not JSON: ${(err as Error).message}.`, {
      fix: 'point GITHUB_EVENT_PATH at the event payload as the runner writes it (a JSON object), or unset it.',
    });
  }
}
