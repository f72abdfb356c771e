/**
 * Compose variable interpolation and `.env` parsing, as Compose v2 (compose-go) does them. Pure
 * functions: the caller supplies the variables through a lookup and gets an `InputError` that names
 * the file and line it passed in.
 */
import { InputError, type SourceLocation } from '../runtime/errors.js';

/** Returns a variable's value, or undefined when it is unset (an empty string is "set"). */
export type Lookup = (name: string) => string | undefined;

export interface InterpolateOptions {
  /** Where the text sits, for error messages. */
  location?: SourceLocation;
  /** Dotted path of the value in the Compose model (`services.web.build.args.X`), for error messages. */
  path?: string;
  /** Called for `$VAR` / `${VAR}` with VAR unset: Compose warns and uses an empty string. */
  onUnset?: (name: string) => void;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Operators after a braced name, longest first so `:-` wins over `-`. */
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'] as const;
type Operator = (typeof OPERATORS)[number];

/**
 * Substitutes `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`,
 * `${VAR:+alt}` and `${VAR+alt}` in `template`; `$$` is a literal `$`. A `$` not followed by a name
 * or `{` stays as it is. Defaults, alternatives and error texts are themselves interpolated, eagerly,
 * as compose-go does (so `${A:-${B:?x}}` fails when B is unset even if A is set).
 *
 * @throws InputError for a required variable that is missing or a malformed `${...}`.
 */
export function interpolate(template: string, lookup: Lookup, opts: InterpolateOptions = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const close = closingBrace(template, dollar);
      if (close < 0) throw invalidTemplate(template, opts);
      out += substituteBraced(template.slice(dollar + 2, close), template, lookup, opts);
      i = close + 1;
    } else {
      const name = NAME.exec(template.slice(dollar + 1))?.[0];
      if (name) {
        out += plainValue(name, lookup, opts);
        i = dollar + 1 + name.length;
      } else {
        out += '$';
        i = dollar + 1;
      }
    }
  }
  return out;
}

/** Index of the `}` that closes the `${` at `start`; only `${` opens a level (compose-go counts the same way). */
function closingBrace(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function substituteBraced(body: string, template: string, lookup: Lookup, opts: InterpolateOptions): string {
  const name = NAME.exec(body)?.[0];
  if (!name) throw invalidTemplate(template, opts);
  if (name.length === body.length) return plainValue(name, lookup, opts);
  const rest = body.slice(name.length);
  const op = OPERATORS.find((o) => rest.startsWith(o));
  if (!op) throw invalidTemplate(template, opts);
  const arg = interpolate(rest.slice(op.length), lookup, opts);
  return applyOperator(op, name, lookup(name), arg, opts);
}

function applyOperator(
  op: Operator,
  name: string,
  value: string | undefined,
  arg: string,
  opts: InterpolateOptions,
): string {
  const empty = value === undefined || value === '';
  switch (op) {
    case ':-':
      return empty ? arg : value;
    case '-':
      return value === undefined ? arg : value;
    case ':+':
      return empty ? '' : arg;
    case '+':
      return value === undefined ? '' : arg;
    case ':?':
    case '?':
      if (op === ':?' ? empty : value === undefined) throw missingRequired(name, arg, opts);
      return value ?? '';
  }
}

function plainValue(name: string, lookup: Lookup, opts: InterpolateOptions): string {
  const value = lookup(name);
  if (value === undefined) opts.onUnset?.(name);
  return value ?? '';
}

function missingRequired(name: string, text: string, opts: InterpolateOptions): InputError {
  const where = opts.path ? ` (in ${opts.path})` : '';
  return new InputError(`required variable ${name} is missing a value${text ? `: ${text}` : ''}${where}`, {
    location: opts.location,
    fix: `set ${name} in the environment or in the project's .env file.`,
  });
}

function invalidTemplate(template: string, opts: InterpolateOptions): InputError {
  const where = opts.path ? ` in ${opts.path}` : '';
  return new InputError(`invalid interpolation format${where}: ${JSON.stringify(template)}`, {
    location: opts.location,
    fix: 'write `$$` for a literal `$`, and `${NAME}` with NAME made of letters, digits and `_`.',
  });
}

/**
 * The variables Compose interpolates a project with: the process environment wins over the project's
 * `.env` file (Compose spec, "Interpolation"). Unset process variables (undefined) do not hide `.env`.
 */
export function projectEnvironment(
  processEnv: Record<string, string | undefined>,
  dotenv: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = { ...dotenv };
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined) env[k] = v;
  return env;
}

/* ------------------------------------------------------------------------------------------------ */
/* .env files                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

/** Go's unicode.IsSpace less the line break: what compose-go's dotenv parser skips inside a line. */
const INLINE_SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\u0085', '\u00a0']);
const isInlineSpace = (c: string | undefined): boolean => c !== undefined && INLINE_SPACE.has(c);
const isAnySpace = (c: string | undefined): boolean => c === '\n' || isInlineSpace(c);
const KEY_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u;

/** Escapes honoured inside double quotes; others keep their backslash (compose-go's dotenv). */
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  '"': '"',
  $: '$$', // stays a literal `$` through the interpolation that follows
};

/**
 * Parses a `.env` file as Compose does: `KEY=VAL`, `export KEY=VAL`, `KEY: VAL`, `#` comments (inline
 * after a space on unquoted values), single quotes (literal, `\'` allowed), double quotes (escapes,
 * multi-line) and interpolation of unquoted and double-quoted values. A bare `KEY` takes its value
 * from `lookup` when set. `lookup` wins over the file for each key and for interpolation, then the
 * file's earlier keys are used.
 *
 * @param file repository-relative path, for error messages.
 * @throws InputError with the file and line of a malformed statement.
 */
export function parseEnvFile(text: string, lookup: Lookup, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const p = new EnvParser(text);
  const resolve: Lookup = (k) => lookup(k) ?? (Object.hasOwn(out, k) ? out[k] : undefined);
  for (;;) {
    p.skipToStatement();
    if (p.eof()) break;
    const line = p.line();
    const fail = (message: string): InputError => new InputError(message, { location: { file, line } });
    const { key, inherited } = p.readKey(fail);
    if (key.includes(' ')) throw fail('key cannot contain a space');
    if (inherited) {
      const v = lookup(key);
      if (v !== undefined) out[key] = v;
      continue;
    }
    const { raw, quote } = p.readValue(fail);
    const location = { file, line };
    let value: string;
    if (quote === "'") value = raw.replaceAll("\\'", "'");
    else if (quote === '"') value = interpolate(unescapeDouble(raw), resolve, { location, path: key });
    else value = interpolate(raw, resolve, { location, path: key });
    out[key] = lookup(key) ?? value;
  }
  return out;
}

function unescapeDouble(raw: string): string {
  return raw.replace(/\\(.)/gs, (m, c: string) => DOUBLE_QUOTE_ESCAPES[c] ?? m);
}

class EnvParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  eof(): boolean {
    return this.pos >= this.text.length;
  }

  private counted = { pos: 0, line: 1 };

  /** 1-based line of the current position (positions only move forward, so count incrementally). */
  line(): number {
    for (let i = this.counted.pos; i < this.pos; i++) if (this.text[i] === '\n') this.counted.line++;
    this.counted.pos = this.pos;
    return this.counted.line;
  }

  /** Skips blank space, line breaks and comment lines. */
  skipToStatement(): void {
    for (;;) {
      while (!this.eof() && isAnySpace(this.text[this.pos])) this.pos++;
      if (this.text[this.pos] !== '#') return;
      const nl = this.text.indexOf('\n', this.pos);
      this.pos = nl < 0 ? this.text.length : nl;
    }
  }

  readKey(fail: (m: string) => InputError): { key: string; inherited: boolean } {
    const t = this.text;
    if (t.startsWith('export', this.pos) && isInlineSpace(t[this.pos + 6])) this.pos += 6;
    while (isInlineSpace(t[this.pos])) this.pos++;
    const start = this.pos;
    for (let i = start; i <= t.length; i++) {
      const c = t[i];
      if (c === undefined || c === '\n' || c === '=' || c === ':') {
        const key = t.slice(start, i).trimEnd();
        this.pos = c === undefined ? i : i + 1;
        const inherited = c === undefined || c === '\n';
        if (!inherited) while (isInlineSpace(t[this.pos])) this.pos++;
        return { key, inherited };
      }
      if (isInlineSpace(c) || KEY_CHAR.test(c)) continue;
      const rest = t.slice(start, t.indexOf('\n', start) < 0 ? undefined : t.indexOf('\n', start));
      throw fail(`unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(rest)}`);
    }
    /* c8 ignore next */
    throw fail('unexpected end of file');
  }

  readValue(fail: (m: string) => InputError): { raw: string; quote?: string } {
    const t = this.text;
    const quote = t[this.pos];
    if (quote === '"' || quote === "'") {
      for (let i = this.pos + 1; i < t.length; i++) {
        if (t[i] === '\\') {
          i++;
          continue;
        }
        if (t[i] === quote) {
          const raw = t.slice(this.pos + 1, i);
          this.pos = i + 1; // what follows the closing quote is read as a new statement, as Compose does
          return { raw, quote };
        }
      }
      const nl = t.indexOf('\n', this.pos);
      throw fail(`unterminated quoted value ${t.slice(this.pos, nl < 0 ? undefined : nl)}`);
    }
    const nl = t.indexOf('\n', this.pos);
    const end = nl < 0 ? t.length : nl;
    let raw = t.slice(this.pos, end);
    this.pos = end;
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    return { raw: raw.replace(/[\s\u0085\u00a0]+$/u, '') };
  }
}
