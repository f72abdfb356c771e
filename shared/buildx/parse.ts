/**
 * Parsers for the list inputs of a build: `KEY=VALUE` lines, secrets, named contexts and the
 * digests a merge joins. Pure but for the masking callback; every error is an InputError, and an
 * error about a secret never repeats the secret's value.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { BuildSecret } from './build-args.js';
import { DIGEST_RE, parseReference, pinned } from './reference.js';

/** `KEY=VALUE` lines (the value may contain `=` and be empty). */
export function parseKeyValues(lines: readonly string[], input: string): [string, string][] {
  return lines.map((line) => {
    const i = line.indexOf('=');
    const key = i > 0 ? line.slice(0, i).trim() : '';
    if (!key || /\s/.test(key)) {
      throw new InputError(`'${line}' is not KEY=VALUE.`, { input, fix: 'write one KEY=VALUE per line.' });
    }
    return [key, line.slice(i + 1)];
  });
}

const SECRET_ID = /^[A-Za-z0-9_.-]+$/;

export interface ParsedSecrets {
  secrets: BuildSecret[];
  /** Variables to add to the buildx process's environment. */
  env: Record<string, string>;
}

/**
 * Secrets for `--secret id=<id>,env=<VAR>`.
 *
 * @param lines `id=value` lines (the `secrets` input); each value is masked as soon as it is read
 * @param envLines `id=ENV_NAME` lines (the `secret-envs` input): the value is that variable's, for
 *   multi-line values such as keys; the variable is masked too
 * @param mask `core.setSecret`
 */
export function parseSecrets(
  lines: readonly string[],
  envLines: readonly string[],
  env: NodeJS.ProcessEnv,
  mask: (value: string) => void,
): ParsedSecrets {
  const out: ParsedSecrets = { secrets: [], env: {} };
  const ids = new Set<string>();
  const add = (id: string, input: string, lineNo: number) => {
    if (!SECRET_ID.test(id)) {
      throw new InputError(`line ${lineNo}: the secret id '${id}' is not valid.`, {
        input,
        fix: 'use letters, digits, `_`, `.` and `-` for the id (id=value).',
      });
    }
    if (ids.has(id)) throw new InputError(`line ${lineNo}: the secret id '${id}' is given twice.`, { input });
    ids.add(id);
  };
  lines.forEach((line, n) => {
    const i = line.indexOf('=');
    const id = i > 0 ? line.slice(0, i).trim() : '';
    const value = i > 0 ? line.slice(i + 1) : '';
    if (value) mask(value);
    if (!id) {
      throw new InputError(`line ${n + 1} is not id=value (its content is not shown: it may be a secret).`, {
        input: 'secrets',
        fix: 'write one id=value per line.',
      });
    }
    add(id, 'secrets', n + 1);
    if (!value) {
      throw new InputError(`the secret '${id}' has no value.`, {
        input: 'secrets',
        fix: 'check that the secret it comes from exists and is available to this workflow (forks get none).',
      });
    }
    const variable = `BKA_SECRET_${out.secrets.length}_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
    out.secrets.push({ id, env: variable });
    out.env[variable] = value;
  });
  envLines.forEach((line, n) => {
    const [id = '', name = ''] = line.split('=', 2).map((s) => s.trim());
    if (!id || !name) {
      throw new InputError(`line ${n + 1} '${line}' is not id=ENV_NAME.`, { input: 'secret-envs' });
    }
    add(id, 'secret-envs', n + 1);
    const value = env[name];
    if (!value) {
      throw new InputError(`the secret '${id}' reads the variable ${name}, which is not set or empty.`, {
        input: 'secret-envs',
        fix: `set ${name} in the step's env (env: ${name}: \${{ secrets.… }}).`,
      });
    }
    mask(value);
    out.secrets.push({ id, env: name });
  });
  return out;
}

/**
 * Named build contexts (`name=value`). An image must be pinned by digest, so that `FROM name` uses
 * exactly the image an earlier wave built: `name=docker-image://repo@sha256:...` or
 * `name=repo@sha256:...`. A local directory (`./dir`, `../dir`, `/dir`, relative to the repository
 * root) is taken as it is.
 */
export function parseContexts(lines: readonly string[], root: string): [string, string][] {
  return lines.map((line) => {
    const i = line.indexOf('=');
    const name = i > 0 ? line.slice(0, i).trim() : '';
    const value = i > 0 ? line.slice(i + 1).trim() : '';
    if (!name || !value || /\s/.test(name)) {
      throw new InputError(`'${line}' is not name=value.`, {
        input: 'contexts',
        fix: 'write one name=docker-image://repo@sha256:<digest> (or name=./dir) per line.',
      });
    }
    if (value.startsWith('./') || value.startsWith('../') || isAbsolute(value)) {
      const dir = resolve(root, value);
      if (!existsSync(dir)) {
        throw new InputError(`the context '${name}' names '${value}', which does not exist.`, {
          input: 'contexts',
          fix: 'give a directory relative to working-directory.',
        });
      }
      return [name, dir];
    }
    const ref = value.replace(/^docker-image:\/\//, '');
    const parsed = parseReference(ref);
    if (!parsed || !parsed.digest) {
      throw new InputError(`the context '${name}' names '${value}', which is not pinned by digest.`, {
        input: 'contexts',
        fix: `give the image built earlier as ${name}=docker-image://<repository>@sha256:<digest> (its \`image\` output).`,
      });
    }
    return [name, `docker-image://${ref}`];
  });
}

/**
 * The images a merge joins: `name@sha256:...`, or a bare `sha256:...` in `image`. Lines, commas and
 * spaces all separate entries (so a joined list of outputs works).
 */
export function parseMergeSources(lines: readonly string[], image: string): string[] {
  const items = lines.flatMap((l) => l.split(/[\s,]+/)).filter(Boolean);
  const out = items.map((item) => {
    if (DIGEST_RE.test(item)) return pinned(image, item);
    const ref = parseReference(item);
    if (!ref?.digest) {
      throw new InputError(`'${item}' is not a digest reference.`, {
        input: 'merge',
        fix: 'give each per-platform image as <repository>@sha256:<digest> or sha256:<digest> (the `image` or `digest` output of its build).',
      });
    }
    return ref.tag ? pinned(ref.name, ref.digest) : item;
  });
  return [...new Set(out)];
}
