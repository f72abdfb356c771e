/**
 * TOML for buildkitd.toml, through smol-toml (a TOML 1.0 parser and serializer that passes the
 * toml-test suite). buildkitd reads its config with BurntSushi/toml and refuses to start on any error
 * (a duplicate table, a key defined twice), which would surface only as a builder that fails to
 * boot: so `buildkitd-config-inline` is parsed here, before the first side effect, and a fault is
 * reported with its line.
 */
import { parse, stringify, TomlError as SyntaxError, type TomlTable, type TomlValue } from 'smol-toml';

export type { TomlTable, TomlValue };

/** A syntax or semantic error, with its 1-based line in the parsed text. */
export class TomlError extends Error {
  override name = 'TomlError';
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** True for a plain table (not an array or a date); smol-toml's tables have no prototype. */
export function isTable(v: unknown): v is TomlTable {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}

/**
 * Parses a TOML document.
 *
 * @throws TomlError with the line of the first problem.
 */
export function parseToml(text: string): TomlTable {
  try {
    return parse(text);
  } catch (err) {
    if (err instanceof SyntaxError)
      throw new TomlError(
        err.message
          .split('\n')[0]!
          .replace(/^Invalid TOML document: /, '')
          .trim(),
        err.line,
      );
    throw err;
  }
}

/** Writes a table as TOML, ending with a newline. */
export function stringifyToml(table: TomlTable): string {
  const text = stringify(table);
  return text.endsWith('\n') ? text : text + '\n';
}
