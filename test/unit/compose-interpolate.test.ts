import { describe, expect, it } from '@jest/globals';
import {
  interpolate,
  parseEnvFile,
  projectEnvironment,
  type Lookup,
} from '../../shared/compose/interpolate.js';
import { InputError } from '../../shared/runtime/errors.js';

const vars: Record<string, string> = { SET: 'value', EMPTY: '', OTHER: 'other', lower_case: 'lc' };
const lookup: Lookup = (k) => (Object.hasOwn(vars, k) ? vars[k] : undefined);
const sub = (t: string): string => interpolate(t, lookup);

describe('interpolate', () => {
  it('substitutes $VAR and ${VAR}, case-sensitive names with underscores', () => {
    expect(sub('a-$SET-b')).toBe('a-value-b');
    expect(sub('${SET}x')).toBe('valuex');
    expect(sub('$lower_case/${lower_case}')).toBe('lc/lc');
    expect(sub('$SETx')).toBe(''); // the name is SETx
  });

  it('applies the default operators: :- on unset or empty, - on unset only', () => {
    expect(sub('${UNSET:-d}|${EMPTY:-d}|${SET:-d}')).toBe('d|d|value');
    expect(sub('${UNSET-d}|${EMPTY-d}|${SET-d}')).toBe('d||value');
    expect(sub('${UNSET:-}')).toBe('');
  });

  it('applies the alternative operators: :+ on non-empty, + on set', () => {
    expect(sub('${UNSET:+a}|${EMPTY:+a}|${SET:+a}')).toBe('||a');
    expect(sub('${UNSET+a}|${EMPTY+a}|${SET+a}')).toBe('|a|a');
  });

  it('nests defaults and keeps text after the closing brace', () => {
    expect(sub('${UNSET:-${OTHER}}')).toBe('other');
    expect(sub('${UNSET:-${ALSO_UNSET:-deep}}/end')).toBe('deep/end');
    expect(sub('${UNSET:-$SET}')).toBe('value');
    expect(sub('${UNSET:-a}b}c')).toBe('ab}c');
    expect(sub('${UNSET:-{a}}')).toBe('{a}');
    expect(sub('${UNSET:-${SET}-${OTHER}}')).toBe('value-other');
  });

  it('keeps $$ as a literal $ and leaves a $ that starts no variable', () => {
    expect(sub('$$SET and $${SET}')).toBe('$SET and ${SET}');
    expect(sub('$$$SET')).toBe('$value');
    expect(sub('cost $5, $ alone, $-x, end $')).toBe('cost $5, $ alone, $-x, end $');
  });

  it('reports unset plain variables (Compose warns and uses an empty string)', () => {
    const unset: string[] = [];
    expect(interpolate('$NOPE ${NADA} ${DEFAULTED:-x}', lookup, { onUnset: (n) => unset.push(n) })).toBe(
      '  x',
    );
    expect(unset).toEqual(['NOPE', 'NADA']);
  });

  it('fails on a missing required variable with the file, line, variable and error text', () => {
    const opts = {
      location: { file: 'compose.yaml', line: 7, column: 9 },
      path: 'services.api.build.args.TOKEN',
    };
    expect(() => interpolate('${TOKEN:?set the token}', lookup, opts)).toThrow(
      'compose.yaml:7:9: required variable TOKEN is missing a value: set the token (in services.api.build.args.TOKEN)',
    );
    expect(() => interpolate('${EMPTY:?}', lookup, opts)).toThrow(
      /required variable EMPTY is missing a value \(in/,
    );
    expect(() => interpolate('${UNSET?}', lookup, opts)).toThrow(InputError);
    expect(interpolate('${EMPTY?}', lookup, opts)).toBe('');
    expect(interpolate('${SET:?x}', lookup, opts)).toBe('value');
  });

  it('interpolates error texts, and defaults eagerly as compose-go does', () => {
    expect(() => sub('${UNSET:?need ${SET}}')).toThrow(/missing a value: need value/);
    expect(() => sub('${SET:-${UNSET:?inner}}')).toThrow(/required variable UNSET/);
    expect(() => sub('${SET:+${UNSET:?inner}}')).toThrow(/required variable UNSET/);
  });

  it('rejects malformed braces', () => {
    for (const bad of ['${}', '${SET', '${1X}', '${A.B}', '${SET:-${OTHER}', '${SET*}']) {
      expect(() => interpolate(bad, lookup, { location: { file: 'c.yaml', line: 2 } })).toThrow(
        /c\.yaml:2: invalid interpolation format/,
      );
    }
  });
});

describe('parseEnvFile', () => {
  const none: Lookup = () => undefined;

  it('reads KEY=VAL, export, YAML-style keys, comments and blank lines', () => {
    const text = '# comment\n\nA=1\nexport B=2\nC: 3\n  D = spaced  \nE=\n';
    expect(parseEnvFile(text, none, '.env')).toEqual({ A: '1', B: '2', C: '3', D: 'spaced', E: '' });
  });

  it('treats " #" as an inline comment on unquoted values only', () => {
    const text = 'A=x # c\nB=x#y\nC=x\t#y\nD="q # not a comment" # but this is\nE=#start\n';
    expect(parseEnvFile(text, none, '.env')).toEqual({
      A: 'x',
      B: 'x#y',
      C: 'x\t#y',
      D: 'q # not a comment',
      E: '#start',
    });
  });

  it('keeps single-quoted values literal and unescapes double-quoted ones', () => {
    const text = "S='$A \\n lit'\nT='it\\'s'\nD=\"a\\nb\\t\\\"q\\\" \\\\ \\x \\$A\"\n";
    const env = parseEnvFile(text, (k) => (k === 'A' ? 'a' : undefined), '.env');
    expect(env).toEqual({ S: '$A \\n lit', T: "it's", D: 'a\nb\t"q" \\ \\x $A' });
  });

  it('reads multi-line quoted values and CRLF line ends', () => {
    expect(parseEnvFile('M="one\ntwo"\r\nN=x\r\n', none, '.env')).toEqual({ M: 'one\ntwo', N: 'x' });
  });

  it('interpolates with the environment first, then earlier keys of the file', () => {
    const text = 'A=file\nB=${A}-${C:-dflt}\nC="${B}"\nD=$$literal\n';
    expect(parseEnvFile(text, none, '.env')).toEqual({
      A: 'file',
      B: 'file-dflt',
      C: 'file-dflt',
      D: '$literal',
    });
    // The environment wins for a key and in interpolation.
    const env: Lookup = (k) => (k === 'A' ? 'env' : undefined);
    expect(parseEnvFile(text, env, '.env')).toMatchObject({ A: 'env', B: 'env-dflt' });
  });

  it('takes a bare KEY from the environment, or leaves it unset', () => {
    const env: Lookup = (k) => (k === 'FROM_ENV' ? 'e' : undefined);
    expect(parseEnvFile('FROM_ENV\nNOT_SET\nX=1', env, '.env')).toEqual({ FROM_ENV: 'e', X: '1' });
  });

  it('names the file and line of a malformed statement', () => {
    expect(() => parseEnvFile('A=1\n\nB/C=2\n', none, 'app/.env')).toThrow(
      /^app\/\.env:3: unexpected character "\/"/,
    );
    expect(() => parseEnvFile('A=1\nB="open\n', none, '.env')).toThrow(/^\.env:2: unterminated quoted value/);
    expect(() => parseEnvFile('A B=1\n', none, '.env')).toThrow(/^\.env:1: key cannot contain a space/);
    expect(() => parseEnvFile('A=1\nB=${REQ:?needed}\n', none, '.env')).toThrow(
      /^\.env:2: required variable REQ/,
    );
  });
});

describe('projectEnvironment', () => {
  it('lets the process environment win over .env, ignoring unset process variables', () => {
    expect(
      projectEnvironment({ A: 'proc', B: undefined, C: '' }, { A: 'file', B: 'file', D: 'file' }),
    ).toEqual({
      A: 'proc',
      B: 'file',
      C: '',
      D: 'file',
    });
  });
});
