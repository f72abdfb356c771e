/**
 * Parsers for the list inputs of a build: `KEY=VALUE` lines, secrets, named contexts and the
 * digests a merge joins. Pure but for the masking callback and the checks of local paths (secret
 * files and context directories must resolve inside the repository); every error is an InputError,
 * and an error about a secret never repeats the secret's value.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { resolveInsideRepo } from '../fs/repo-path.js';
import type { BuildSecret } from '../buildx/build-args.js';
import { DIGEST_RE, parseReference, pinned } from '../oci/reference.js';

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

/** One entry of the `secrets` input: its text (`id=value`) and the line it starts on. */
export interface SecretEntry {
  text: string;
  line: number;
}

/**
 * Splits the `secrets` input (read untrimmed) into `id=value` entries, keeping every value exactly:
 * leading and trailing spaces are part of a secret.
 * - One entry per line; the value runs to the end of the line.
 * - An entry that starts with `"` runs to the next `"` not doubled, across lines: the form
 *   docker/build-push-action documents for multi-line values (`"KEY=line1⏎line2"`, `""` for a `"`).
 *   https://docs.docker.com/build/ci/github-actions/secrets/
 * - Blank lines and lines starting with `#` are skipped.
 *
 * @throws InputError naming the line, never its content, for an unclosed quote or text after one
 */
export function splitSecretEntries(text: string): SecretEntry[] {
  const out: SecretEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = i + 1;
    const lead = line.trimStart();
    if (!lead.trim() || lead.startsWith('#')) continue;
    if (!lead.startsWith('"')) {
      out.push({ text: line, line: start });
      continue;
    }
    // A quoted entry: scan for the closing quote, across lines.
    let body = '';
    let rest = lead.slice(1);
    let closed = false;
    for (;;) {
      const q = nextLoneQuote(rest);
      if (q >= 0) {
        body += rest.slice(0, q).replace(/""/g, '"');
        rest = rest.slice(q + 1);
        closed = true;
        break;
      }
      body += rest.replace(/""/g, '"');
      if (++i >= lines.length) break;
      body += '\n';
      rest = lines[i]!;
    }
    if (!closed) {
      throw new InputError(
        `line ${start}: a quoted entry has no closing quote (its content is not shown: it may be a secret).`,
        {
          input: 'secrets',
          fix: 'close the entry with `"`, and double every `"` inside it ("id=a ""quoted"" value").',
        },
      );
    }
    if (rest.trim()) {
      throw new InputError(
        `line ${start}: text follows a quoted entry's closing quote (it is not shown: it may be a secret).`,
        {
          input: 'secrets',
          fix: 'double every `"` inside a quoted entry ("id=a ""quoted"" value"), one entry per line.',
        },
      );
    }
    out.push({ text: body, line: start });
  }
  return out;
}

/** Index of the first `"` in `s` that is not part of a doubled `""`; -1 when there is none. */
function nextLoneQuote(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '"') continue;
    if (s[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}

/**
 * Masks a secret value for the job log: the value, its trimmed form, and for a multi-line value
 * each line of four characters or more (the runner masks the log line by line, so a multi-line
 * value as a whole never matches; shorter lines, such as a JSON file's braces, would mask too much).
 */
export function maskSecret(value: string, mask: (value: string) => void): void {
  const seen = new Set<string>();
  const add = (v: string) => {
    if (v && !seen.has(v)) {
      seen.add(v);
      mask(v);
    }
  };
  add(value);
  add(value.trim());
  if (/[\r\n]/.test(value))
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) add(line.trim());
}

/** The `secret-*` inputs of a build. */
export interface SecretInputs {
  /** The `secrets` input as given, untrimmed: `id=value` entries (see splitSecretEntries). */
  secrets: string;
  /** `id=ENV_NAME` lines (the `secret-envs` input): the value is that variable's. */
  secretEnvs: readonly string[];
  /** `id=path` lines (the `secret-files` input): a file inside the repository. */
  secretFiles?: readonly string[];
}

/**
 * Secrets for `--secret id=<id>,env=<VAR>` (values) and `--secret id=<id>,src=<file>` (files).
 * Every value is masked (maskSecret) before anything else can log it, and no error repeats a value,
 * a variable name (which may be a value given in its place) or an invalid id (which may be part of
 * one): errors name the input, the line and a valid id.
 *
 * @param inputs the three inputs
 * @param env the step's environment, for `secret-envs`
 * @param repoRoot the repository root: secret files must resolve inside it (symbolic links included)
 * @param mask `core.setSecret`
 */
export function parseSecrets(
  inputs: SecretInputs,
  env: NodeJS.ProcessEnv,
  repoRoot: string,
  mask: (value: string) => void,
): ParsedSecrets {
  const out: ParsedSecrets = { secrets: [], env: {} };
  const ids = new Set<string>();
  const add = (id: string, input: string, lineNo: number) => {
    if (!SECRET_ID.test(id)) {
      mask(id);
      throw new InputError(
        `line ${lineNo}: the secret id is not valid (it is not shown: it may be part of a secret).`,
        { input, fix: 'use letters, digits, `_`, `.` and `-` for the id (id=value).' },
      );
    }
    if (ids.has(id)) throw new InputError(`line ${lineNo}: the secret id '${id}' is given twice.`, { input });
    ids.add(id);
  };
  const entries = splitSecretEntries(inputs.secrets);
  // Every value is masked before any entry is checked: an error about one line must not be logged
  // while a later line's value is still unmasked.
  for (const { text } of entries) {
    const i = text.indexOf('=');
    maskSecret(i >= 0 ? text.slice(i + 1) : text, mask);
  }
  for (const { text, line } of entries) {
    const i = text.indexOf('=');
    const id = i > 0 ? text.slice(0, i).trim() : '';
    const value = i > 0 ? text.slice(i + 1) : '';
    if (!id) {
      throw new InputError(`line ${line} is not id=value (its content is not shown: it may be a secret).`, {
        input: 'secrets',
        fix: 'write one id=value per line; quote a multi-line value as "id=value".',
      });
    }
    add(id, 'secrets', line);
    if (!value) {
      throw new InputError(`the secret '${id}' has no value.`, {
        input: 'secrets',
        fix: 'check that the secret it comes from exists and is available to this workflow (forks get none).',
      });
    }
    const variable = `BKA_SECRET_${out.secrets.length}_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
    out.secrets.push({ id, env: variable });
    out.env[variable] = value;
  }
  for (const line of inputs.secretEnvs) {
    const value = env[line.slice(line.indexOf('=') + 1).trim()];
    if (line.includes('=') && value) maskSecret(value, mask);
  }
  inputs.secretEnvs.forEach((line, n) => {
    const i = line.indexOf('=');
    const id = i > 0 ? line.slice(0, i).trim() : '';
    const name = i > 0 ? line.slice(i + 1).trim() : '';
    if (!id || !name) {
      mask(line);
      throw new InputError(
        `line ${n + 1} is not id=ENV_NAME (its content is not shown: it may be a secret).`,
        {
          input: 'secret-envs',
          fix: "write one id=ENV_NAME per line, and set ENV_NAME in the step's env.",
        },
      );
    }
    add(id, 'secret-envs', n + 1);
    const value = env[name];
    if (!value) {
      // The name may be a secret pasted in place of a variable's name: masked, never repeated.
      mask(name);
      throw new InputError(
        `line ${n + 1}: the secret '${id}' reads a variable that is not set or is empty (its name is not shown: it may be a secret given in its place).`,
        {
          input: 'secret-envs',
          fix: "give the name of a variable set in the step's env (env: NAME: ${{ secrets.… }}), not the value.",
        },
      );
    }
    out.secrets.push({ id, env: name });
  });
  (inputs.secretFiles ?? []).forEach((line, n) => {
    const i = line.indexOf('=');
    const id = i > 0 ? line.slice(0, i).trim() : '';
    const path = i > 0 ? line.slice(i + 1).trim() : '';
    if (!id || !path) {
      throw new InputError(`line ${n + 1} is not id=path (its content is not shown).`, {
        input: 'secret-files',
        fix: 'write one id=path per line, the path relative to working-directory.',
      });
    }
    add(id, 'secret-files', n + 1);
    const real = resolveInsideRepo(repoRoot, path, 'secret-files');
    if (!real || !statSync(real).isFile()) {
      throw new InputError(
        `line ${n + 1}: the secret '${id}' names '${path}', which ${real ? 'is not a file' : 'does not exist'}.`,
        {
          input: 'secret-files',
          fix: 'give a file inside the repository, relative to working-directory.',
        },
      );
    }
    const content = readFileSync(real);
    if (!content.includes(0)) maskSecret(content.toString('utf8'), mask);
    out.secrets.push({ id, src: real });
  });
  return out;
}

/**
 * Named build contexts (`name=value`). An image must be pinned by digest, so that `FROM name` uses
 * exactly the image an earlier wave built: `name=docker-image://repo@sha256:...` or
 * `name=repo@sha256:...`. A local directory (`./dir`, `../dir`, `/dir`, relative to the repository
 * root) must resolve inside the repository, symbolic links included; its real path is passed on.
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
      // Inside the repository, symbolic links included; buildx gets the real path that was checked.
      const dir = resolveInsideRepo(root, value, 'contexts');
      if (!dir || !statSync(dir).isDirectory()) {
        throw new InputError(
          `the context '${name}' names '${value}', which ${dir ? 'is not a directory' : 'does not exist'}.`,
          {
            input: 'contexts',
            fix: 'give a directory inside the repository, relative to working-directory.',
          },
        );
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
