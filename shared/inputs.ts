/**
 * Typed input readers. They read `INPUT_<NAME>` as the runner sets it, so one action can be driven
 * by the runner, by a test's child process or from a terminal. Every failure is an InputError that
 * names the input, the value and the accepted form.
 */
import * as core from '@actions/core';
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

/** An integer within [min, max], with a default when unset. */
export function getInt(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(`'${raw}' is out of range.`, {
      input: name,
      fix: `use a whole number from ${min} to ${max}.`,
    });
  }
  return n;
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
