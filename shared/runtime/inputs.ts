/**
 * Typed input readers. They read `INPUT_<NAME>` as the runner sets it, so one action can be driven
 * by the runner, by a test's child process or from a terminal. Every failure is an InputError that
 * names the input, the value and the accepted form.
 */
import * as core from '@actions/core';
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors.js';

/** A trimmed string input; '' when unset. */
export function getString(name: string, opts: { required?: boolean } = {}): string {
  const value = core.getInput(name).trim();
  if (opts.required && !value) {
    throw new InputError('is required and was not supplied.', { input: name, fix: `set \`${name}\`.` });
  }
  return value;
}

/** A newline-separated list; blank lines and `#` comments are dropped. */
export function getList(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts, with a default when unset. */
export function getBool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(`'${raw}' is not a boolean.`, { input: name, fix: 'use true or false.' });
}

// Decimal digits with an optional sign: `Number()` alone would also take `0x10`, `1e2`, `1.0`,
// `0b1` and `Infinity`, none of which a user writing a count means.
const DECIMAL_INT = /^[+-]?[0-9]+$/;

/** A decimal integer within [min, max], with a default when unset. */
export function getInt(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  const fix = `use a whole number from ${min} to ${max}, in decimal digits.`;
  if (!DECIMAL_INT.test(raw))
    throw new InputError(`'${raw}' is not a decimal integer.`, { input: name, fix });
  const n = Number(raw);
  if (n < min || n > max) throw new InputError(`'${raw}' is out of range.`, { input: name, fix });
  return n;
}

/**
 * A directory input (`working-directory`), resolved against `base` (the workspace); '.' when unset.
 * It must exist and be a directory: a typo would otherwise plan nothing, or fail later in git with
 * `spawn git ENOENT`.
 */
export function getDirectory(name: string, base: string): string {
  const raw = getString(name) || '.';
  const dir = resolve(base, raw);
  let stat: Stats | undefined;
  try {
    stat = statSync(dir);
  } catch {
    stat = undefined; // missing, or a path through a file (ENOTDIR)
  }
  if (!stat?.isDirectory()) {
    throw new InputError(`'${raw}' ${stat ? 'is not a directory' : 'does not exist'} (${dir}).`, {
      input: name,
      fix: 'give a directory of the checkout, relative to the workspace (GITHUB_WORKSPACE).',
    });
  }
  return dir;
}

/** One of a fixed set of values, with a default when unset. */
export function getEnum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new InputError(`'${raw}' is not accepted.`, {
      input: name,
      fix: `use one of: ${allowed.join(', ')}.`,
    });
  }
  return raw as T;
}
