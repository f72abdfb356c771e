/**
 * Dockerfile variable substitution as BuildKit's shell lexer does it for COPY/ADD sources, FROM and
 * flag values: `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, and `\$`
 * as a literal dollar. Quotes are removed. A variable whose value cannot be known statically makes
 * the whole word unresolvable, and the caller then assumes the worst (the whole context).
 */

/** Known values; `undefined` means "declared, value unknown until build time". */
export type VarScope = ReadonlyMap<string, string | undefined>;

export type Substituted = { ok: true; value: string } | { ok: false; variable: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Expands one word. Undeclared variables expand to '' (BuildKit does the same and warns). */
export function substitute(word: string, vars: VarScope): Substituted {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\' && quote !== "'" && i + 1 < word.length) {
      out += word[++i];
      continue;
    }
    if ((c === '"' || c === "'") && (quote === undefined || quote === c)) {
      quote = quote ? undefined : c;
      continue;
    }
    if (c !== '$' || quote === "'") {
      out += c;
      continue;
    }
    const rest = word.slice(i + 1);
    if (rest.startsWith('{')) {
      const end = matchingBrace(word, i + 1);
      if (end < 0) return { ok: false, variable: rest };
      const r = expandBraced(word.slice(i + 2, end), vars);
      if (!r.ok) return r;
      out += r.value;
      i = end;
      continue;
    }
    const m = NAME.exec(rest);
    if (!m) {
      out += c;
      continue;
    }
    const r = lookup(m[0], vars);
    if (!r.ok) return r;
    out += r.value;
    i += m[0].length;
  }
  return { ok: true, value: out };
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function lookup(name: string, vars: VarScope): Substituted {
  if (!vars.has(name)) return { ok: true, value: '' };
  const v = vars.get(name);
  return v === undefined ? { ok: false, variable: name } : { ok: true, value: v };
}

function expandBraced(expr: string, vars: VarScope): Substituted {
  const m = NAME.exec(expr);
  if (!m) return { ok: false, variable: expr };
  const name = m[0];
  const op = expr.slice(name.length);
  if (op === '') return lookup(name, vars);
  const mod = /^(:?[-+?])([\s\S]*)$/.exec(op);
  // Pattern operators (${a#x}, ${a%x}, ${a/x/y}) are rare in sources: treat as unresolvable.
  if (!mod) return { ok: false, variable: name };
  const [, kind, word] = mod as unknown as [string, string, string];
  const declared = vars.has(name);
  const value = vars.get(name);
  if (declared && value === undefined) return { ok: false, variable: name };
  const set = kind.startsWith(':') ? !!value : declared;
  switch (kind.replace(':', '')) {
    case '-':
      return set ? { ok: true, value: value ?? '' } : substitute(word, vars);
    case '+':
      return set ? substitute(word, vars) : { ok: true, value: '' };
    default:
      // `?`: an error at build time when unset; the value otherwise.
      return set ? { ok: true, value: value ?? '' } : { ok: false, variable: name };
  }
}
