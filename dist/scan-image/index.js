import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__undici_lazy_cjs_d0e2f39e__ from "./undici-lazy.cjs";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   J4: () => (/* binding */ platformProblem),
/* harmony export */   _l: () => (/* binding */ PLATFORM_FIX)
/* harmony export */ });
const OS = new Set([
    'linux',
    'windows',
    'darwin',
    'freebsd',
    'netbsd',
    'openbsd',
    'solaris',
    'illumos',
    'aix',
    'plan9',
]);
const ARCH = new Set([
    'amd64',
    'arm64',
    'arm',
    '386',
    'ppc64le',
    'ppc64',
    's390x',
    'riscv64',
    'mips64le',
    'mips64',
    'mipsle',
    'mips',
    'loong64',
    'wasm',
]);
const VARIANTS = {
    arm: new Set(['v5', 'v6', 'v7', 'v8']),
    arm64: new Set(['v8', 'v8.0', 'v8.1', 'v8.2', 'v9']),
    amd64: new Set(['v1', 'v2', 'v3', 'v4']),
};
/** Returns why a platform string is invalid, or undefined when it is valid. */
function platformProblem(platform) {
    const parts = platform.split('/');
    if (parts.length < 2 || parts.length > 3)
        return `'${platform}' is not of the form os/arch[/variant]`;
    const [os, arch, variant] = parts;
    if (!OS.has(os))
        return `'${os}' in '${platform}' is not a known OS`;
    if (!ARCH.has(arch))
        return `'${arch}' in '${platform}' is not a known architecture`;
    if (variant !== undefined && !VARIANTS[arch]?.has(variant))
        return `'${variant}' is not a variant of ${arch}`;
    return undefined;
}
const PLATFORM_FIX = 'use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.';
/** A descriptor's platform as `os/arch[/variant]`. */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}


/***/ }),

/***/ 8930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   v: () => (/* binding */ ToolError)
/* harmony export */ });
/**
 * Errors the core throws. Only `run()` (shared/runtime/run.ts) turns them into a failed step, so a module
 * never calls `setFailed` itself and tests can assert on the thrown value.
 */
/**
 * Bad input from the user: an action input, a Compose file, a Dockerfile, the manifest. The message
 * names the input (or file and line), what is wrong and how to fix it.
 */
class InputError extends Error {
    details;
    name = 'InputError';
    constructor(message, details = {}) {
        super(InputError.format(message, details));
        this.details = details;
    }
    static format(message, d) {
        const where = d.location
            ? `${d.location.file}${d.location.line ? `:${d.location.line}` : ''}${d.location.line && d.location.column ? `:${d.location.column}` : ''}: `
            : '';
        const input = d.input ? `input '${d.input}': ` : '';
        const fix = d.fix ? ` Fix: ${d.fix}` : '';
        return `${input}${where}${message}${fix}`;
    }
}
/** An external tool failed; keeps the tail of its stderr for the message. */
class ToolError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ToolError';
    constructor(command, exitCode, stderr) {
        const tail = stderr.trim().split('\n').slice(-8).join('\n');
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pointerToPath)
/* harmony export */ });
/** JSON Pointers (RFC 6901), as JSON Schema validators report where a value failed. */
/** `/services/web/ports/0` → `['services', 'web', 'ports', 0]` (`~1` is `/`, `~0` is `~`). */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}


/***/ }),

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ load),
/* harmony export */   OU: () => (/* binding */ CORE_SCHEMA),
/* harmony export */   ZU: () => (/* binding */ Type),
/* harmony export */   gh: () => (/* binding */ loadAll),
/* harmony export */   tB: () => (/* binding */ YAMLException),
/* harmony export */   uH: () => (/* binding */ FAILSAFE_SCHEMA)
/* harmony export */ });
/* unused harmony exports DEFAULT_SCHEMA, JSON_SCHEMA, Schema, default, dump, safeDump, safeLoad, safeLoadAll, types */
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_namespaceObject = {};
__nccwpck_require__.r(tool_cache_namespaceObject);
__nccwpck_require__.d(tool_cache_namespaceObject, {
  HTTPError: () => (HTTPError),
  cacheDir: () => (cacheDir),
  cacheFile: () => (cacheFile),
  downloadTool: () => (downloadTool),
  evaluateVersions: () => (evaluateVersions),
  extract7z: () => (extract7z),
  extractTar: () => (extractTar),
  extractXar: () => (extractXar),
  extractZip: () => (extractZip),
  find: () => (find),
  findAllVersions: () => (findAllVersions),
  findFromManifest: () => (findFromManifest),
  getManifestFromRepo: () => (getManifestFromRepo),
  isExplicitVersion: () => (isExplicitVersion)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./.build/shared/registry/http.js
/**
 * The part of `fetch` the registry client uses, over node:http and node:https. Node's global fetch
 * loads and compiles undici on first use (≈65 ms) and its idle keep-alive socket then holds the
 * process open for a few hundred milliseconds after the action is done: together as slow as the
 * `buildx imagetools inspect` the direct manifest read replaces. Idle sockets of a node:http agent
 * do not keep the process alive.
 */


const agents = { http: new external_node_http_namespaceObject.Agent({ keepAlive: true }), https: new external_node_https_namespaceObject.Agent({ keepAlive: true }) };
const MAX_REDIRECTS = 5;
/** What the client reads from a response: a subset of the Fetch API's Response. */
class NodeResponse {
    status;
    body;
    ok;
    /** Header lookup by name, any case (the global Headers class would load undici). */
    headers;
    constructor(status, raw, body) {
        this.status = status;
        this.body = body;
        this.ok = status >= 200 && status < 300;
        this.headers = {
            get: (name) => {
                const v = raw[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
            },
        };
    }
    async arrayBuffer() {
        return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength);
    }
    async text() {
        return this.body.toString('utf8');
    }
    async json() {
        return JSON.parse(this.body.toString('utf8'));
    }
}
/** No answer within this long (connect included) fails the request, which the client may retry. */
const TIMEOUT_MS = 30_000;
function once(url, method, headers, timeoutMs) {
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:')
        return Promise.reject(new TypeError(`unsupported URL ${url.href}`));
    const send = secure ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const req = send(url, { method, headers, agent: secure ? agents.https : agents.http }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve(new NodeResponse(res.statusCode ?? 0, res.headers, Buffer.concat(chunks))));
            res.on('error', reject);
        });
        req.on('error', reject);
        // A firewall that drops packets would otherwise leave the connect hanging for minutes.
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)));
        req.end();
    });
}
/**
 * `fetch(url, { method, headers, redirect })` for GET, HEAD and DELETE without a body. Redirects
 * are followed (registries send blob downloads to storage) as browsers follow them: the
 * Authorization header is dropped at the first hop to another origin (scheme, host or port), so
 * credentials never reach another host, nor the same host over plain HTTP after https.
 */
const nodeFetch = createNodeFetch(TIMEOUT_MS);
/** nodeFetch with its own time limit per request. */
function createNodeFetch(timeoutMs) {
    return (async (input, init = {}) => followRedirects(input, init, (url, method, headers) => once(url, method, headers, timeoutMs)));
}
/**
 * Sends `input` through `hop`, following up to five redirects (unless `init.redirect` is
 * `manual`). Credentials go no further than the origin they were given for: at a hop to another
 * origin the Authorization header is removed and stays removed (the Fetch standard's "HTTP-redirect
 * fetch" step for cross-origin redirects, which browsers and undici follow): a redirect from https
 * to http, even on the same host, is such a hop.
 */
async function followRedirects(input, init, hop) {
    let url = new URL(String(input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = { ...(init.headers ?? {}) };
    for (let n = 0;; n++) {
        const res = await hop(url, method, { ...headers });
        const location = res.headers.get('location');
        if (init.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(res.status) || !location)
            return res;
        if (n >= MAX_REDIRECTS)
            throw new TypeError(`too many redirects from ${withoutQuery(new URL(String(input)))}`);
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
            for (const k of Object.keys(headers))
                if (k.toLowerCase() === 'authorization')
                    delete headers[k];
        }
        url = next;
    }
}
/** A URL as it may be shown: origin and path, without the query (it may hold a signature). */
function withoutQuery(url) {
    return `${url.origin}${url.pathname}`;
}
/** True when HTTP(S)_PROXY applies to `host` (NO_PROXY aside): node:http does not use proxies. */
function proxiedHost(host, env = process.env) {
    const proxy = env['HTTPS_PROXY'] ?? env['https_proxy'] ?? env['HTTP_PROXY'] ?? env['http_proxy'];
    if (!proxy)
        return false;
    const name = host.replace(/:\d+$/, '').toLowerCase();
    const noProxy = (env['NO_PROXY'] ?? env['no_proxy'] ?? '').split(',').map((x) => x.trim().toLowerCase());
    return !noProxy.some((n) => n === '*' || (n && (name === n.replace(/^\./, '') || name.endsWith(n.startsWith('.') ? n : `.${n}`))));
}

;// CONCATENATED MODULE: ./.build/shared/oci/reference.js
/**
 * Image references as the distribution spec spells them (`[host[:port]/]path[:tag][@digest]`), after
 * github.com/distribution/reference's grammar. Pure: validation only, no normalisation to docker.io,
 * because every name here is passed on to buildx, which normalises it itself.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?)`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const NAME_RE = new RegExp(`^${NAME}$`);
/** A tag: up to 128 word characters, dots and dashes, not starting with a dot or dash. */
const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** A sha256 digest, the only algorithm registries and BuildKit use in practice. */
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** Splits a reference into name, tag and digest; `undefined` when it is not a valid reference. */
function reference_parseReference(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RE.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag))
            return undefined;
    }
    if (!isRepository(rest))
        return undefined;
    return { name: rest, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/**
 * True for a repository name without tag or digest (`ghcr.io/acme/api`, `127.0.0.1:5000/x`). As
 * docker reads names, the first component is a registry host only when it has a `.` or `:` or is
 * `localhost`; everything else must be lower-case path components.
 */
function isRepository(name) {
    if (!name || name.length > 255 || !NAME_RE.test(name))
        return false;
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    return PATH_RE.test(isRegistryHost(first) ? name.slice(slash + 1) : name);
}
/** True when a name's first component is a registry host: it has a `.` or `:`, or is `localhost`. */
function isRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** Registry host and repository path of an image name, as docker resolves them (Docker Hub's
 * official images under `library/`). */
function splitName(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    if (isRegistryHost(first))
        return { host: first, repository: name.slice(slash + 1) };
    return { host: 'docker.io', repository: slash < 0 ? `library/${name}` : name };
}
/** `name@digest`, the immutable form every output and named context uses. */
function pinned(name, digest) {
    return `${name}@${digest}`;
}
/**
 * A string made safe for a tag (and for a cache scope or a file name): characters outside
 * `[A-Za-z0-9_.-]` become `-`, leading dots and dashes go, and it is cut to `max` characters.
 */
function slug(value, max = 128) {
    const s = value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
    return s.slice(0, max).replace(/[.-]+$/, '');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.build/shared/oci/digest.js
/** Content digests: what a registry names a manifest or blob by (image-spec descriptor.md "Digests"). */

/** `sha256:<hex>` of the bytes (a string counts as its UTF-8 bytes). */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./.build/shared/oci/media-types.js
/**
 * The media types the suite tells apart: manifests and indexes (OCI image-spec, Docker's
 * distribution schema 2), layer blobs, image configs and BuildKit's cache config.
 */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** Every manifest and index type: what a registry is asked for, and what an index entry may be. */
const MANIFEST_TYPES = Object.values(MEDIA_TYPES);
/** The index (manifest list) types. */
const INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];
/**
 * The config media type of BuildKit's cache (moby/buildkit cache/remotecache/v1/spec.go
 * `CacheConfigMediaTypeV0`): the one thing that tells a registry cache from an image.
 */
const CACHE_CONFIG_TYPE = 'application/vnd.buildkit.cacheconfig.v0';
/** Layer blobs, OCI and Docker (gzip, zstd, uncompressed), as BuildKit's cache index lists them. */
const LAYER_RE = /^application\/vnd\.(oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.(foreign\.)?diff\.tar)/;
function isLayerType(mediaType) {
    return LAYER_RE.test(mediaType);
}
/** An image config, OCI (`…image.config.v1+json`) or Docker (`…container.image.v1+json`). */
function isImageConfigType(mediaType) {
    return /image\.config|container\.image\.v1/.test(mediaType);
}

;// CONCATENATED MODULE: ./.build/shared/registry/challenge.js
/**
 * `WWW-Authenticate` challenges as a registry sends them: Basic, or Bearer with the token service
 * (`realm`), `service` and `scope` to ask it for (distribution's token authentication).
 */
/** The challenge's scheme and, for Bearer, its parameters (names lower-cased); undefined for others. */
function parseChallenge(header) {
    if (/^basic\b/i.test(header))
        return { scheme: 'basic' };
    if (!/^bearer\b/i.test(header))
        return undefined;
    const params = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
    return { scheme: 'bearer', params };
}
/** The challenge without its `scope`, so that the token asked for is for another scope. */
function withoutScope(header) {
    return header.replace(/,?\s*scope="[^"]*"/i, '');
}

;// CONCATENATED MODULE: ./.build/shared/registry/hosts.js
/** Which hosts are this machine's own: a registry or endpoint there is reached over plain HTTP. */
/**
 * True for loopback hosts (`localhost`, `127.x.x.x`, `[::1]`, with or without a port), which Docker
 * also reaches over plain HTTP.
 */
function isLoopbackHost(host) {
    const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/**
 * True when `host` (`host[:port]`) is one of `hosts`, where an entry without a port stands for
 * every port of that host, as in docker's `insecure-registries`.
 */
function isNamedHost(host, hosts) {
    const bare = host.replace(/:\d+$/, '');
    return hosts.some((h) => h === host || (!h.includes(':') && h === bare));
}

;// CONCATENATED MODULE: ./.build/shared/registry/credentials.js
/**
 * Where registry credentials may go: only where they cannot be read on the way, over https, or over
 * plain HTTP to a loopback host or a registry the user named insecure.
 */

/**
 * Why credentials must not be sent to `url`, or undefined when they may: https always may; plain
 * HTTP only to a loopback host or to a host in `insecureHosts` (`host:port`, or a bare host for any
 * port). Anything else could be read or changed on the way.
 */
function credentialsRefusal(url, insecureHosts = []) {
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol !== 'http:')
        return `${url.protocol} is not https`;
    if (isLoopbackHost(url.host))
        return undefined;
    const named = insecureHosts.some((h) => h === url.host || (!/:\d+$/.test(h) && h === url.hostname));
    if (named)
        return undefined;
    return `it is plain HTTP, and ${url.host} is neither a loopback host nor a registry named insecure`;
}

;// CONCATENATED MODULE: ./.build/shared/registry/errors.js
/** What the registry client throws, and how a registry's error body is read. */
/** A registry answered with an error status; `code` is the first OCI error code when it gave one. */
class RegistryError extends Error {
    method;
    url;
    status;
    code;
    name = 'RegistryError';
    constructor(method, url, status, code, detail) {
        super(`${method} ${url}: ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.code = code;
    }
}
/**
 * Registry credentials were not sent where they could be read on the way. The message says where
 * and why, never the credentials.
 */
class CredentialsRefusedError extends Error {
    name = 'CredentialsRefusedError';
}
/**
 * The first error of an OCI error body (`{"errors":[{"code","message"}]}`, distribution-spec
 * "Error Codes"); a body that is not one gives its first 200 characters as the message.
 */
function parseOciError(text) {
    try {
        const e = JSON.parse(text).errors?.[0];
        return { code: e?.code, message: e?.message };
    }
    catch {
        return { message: text.trim().slice(0, 200) };
    }
}

;// CONCATENATED MODULE: ./.build/shared/registry/pagination.js
/** Distribution's pagination of catalog and tag lists: the next page is named in a `Link` header. */
/** The `rel="next"` target of a `Link` header, as distribution paginates. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/shared/runtime/retry.js
/**
 * One backoff for every retry (buildx runs, registry calls): exponential, capped, with "equal
 * jitter" so that parallel jobs that failed together do not retry together.
 */
/**
 * The pause before retry number `attempt` (0-based): `base * 2^attempt`, capped at `max`, then
 * scaled by a random factor in [0.5, 1).
 */
function backoffMs(attempt, backoff, random) {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
    return Math.round(ceiling * (0.5 + random() / 2));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./.build/shared/registry/client.js
/**
 * A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec):
 * catalog and tag listing with `Link` pagination, manifests by tag or digest, blobs, deletion.
 * Authenticates with Basic credentials or the token flow a `WWW-Authenticate: Bearer` challenge
 * asks for (Docker Hub, GHCR, Harbor...). Credentials go only where they cannot be read on the way
 * (credentials.ts), and never to another origin than the registry's (a pagination link, a
 * redirect). Transient failures (5xx, 429, connection resets) of every request, the token service's
 * included, are retried with exponential backoff, each retry reported to `log`.
 * `fetch` and `sleep` are injectable so tests observe both.
 */








/** A registry answers in milliseconds: the first retry comes quickly. */
const REGISTRY_BACKOFF = { baseMs: 250, maxMs: 8000 };
const ACCEPT = MANIFEST_TYPES.join(', ');
class RegistryClient {
    opts;
    base;
    fetchFn;
    sleep;
    tokens = new Map();
    /** Number of requests sent, retries included (for tests and the summary). */
    requests = 0;
    origin;
    insecureHosts;
    constructor(opts) {
        this.opts = opts;
        const host = opts.host === 'docker.io' ? 'registry-1.docker.io' : opts.host;
        this.base = `${opts.insecure ? 'http' : 'https'}://${host}`;
        this.origin = new URL(this.base).origin;
        this.insecureHosts = [...(opts.insecure ? [host] : []), ...(opts.insecureHosts ?? [])];
        this.fetchFn = opts.fetch ?? nodeFetch;
        this.sleep = opts.sleep ?? sleep;
    }
    /** Every repository name (`GET /v2/_catalog`, all pages). */
    async catalog(pageSize = 100) {
        const out = [];
        for await (const page of this.pages(`/v2/_catalog?n=${pageSize}`, 'registry:catalog:*'))
            out.push(...(page.repositories ?? []));
        return out;
    }
    /** Every tag of `repo` (`GET /v2/<name>/tags/list`, all pages). */
    async tags(repo, pageSize = 100) {
        const out = [];
        for await (const page of this.pages(`/v2/${repo}/tags/list?n=${pageSize}`, pullScope(repo))) {
            out.push(...(page.tags ?? []));
        }
        return out;
    }
    /**
     * A manifest by tag or digest, with the digest of the bytes served: what is signed, scanned or
     * read by that digest afterwards is these bytes. A registry whose digest header disagrees with
     * its bytes is not trusted.
     */
    async manifest(repo, reference) {
        const path = `/v2/${repo}/manifests/${reference}`;
        const res = await this.request('GET', path, pullScope(repo), { Accept: ACCEPT });
        const body = Buffer.from(await res.arrayBuffer());
        const manifest = JSON.parse(body.toString('utf8'));
        const digest = sha256Digest(body);
        // A digest asked for is its caller's to compare (each action says what it expected).
        const header = res.headers.get('docker-content-digest');
        if (header && header !== digest) {
            const why = `served bytes whose digest is ${digest}, not the ${header} its header names`;
            throw new RegistryError('GET', `${this.base}${path}`, res.status, undefined, why);
        }
        const mediaType = manifest.mediaType ?? res.headers.get('content-type')?.split(';')[0] ?? '';
        return { digest, mediaType, size: body.length, manifest, raw: body.toString('utf8') };
    }
    /** The digest a tag points to (`HEAD`), or undefined when the tag does not exist. */
    async digest(repo, reference) {
        try {
            const res = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, pullScope(repo), {
                Accept: ACCEPT,
            });
            return res.headers.get('docker-content-digest') ?? undefined;
        }
        catch (err) {
            if (err instanceof RegistryError && err.status === 404)
                return undefined;
            throw err;
        }
    }
    /**
     * Answers the registry's challenge for pulling `repo` ahead of the first real request (`GET /v2/`
     * opens the connection; a Basic or Bearer challenge is answered for the pull scope), so that
     * request needs no round trip to a token service. Throws what the token service refused.
     */
    async authorize(repo) {
        const scope = pullScope(repo);
        if (this.tokens.has(scope) || this.tokens.has('*'))
            return;
        const res = await this.send('GET', `${this.base}/v2/`, () => ({}));
        await res.arrayBuffer().catch(() => undefined);
        const challenge = res.status === 401 ? res.headers.get('www-authenticate') : null;
        // The base endpoint's challenge names no repository (or another one): ask for this one's pull.
        if (challenge)
            await this.authenticate(withoutScope(challenge), scope);
    }
    /** A JSON blob (an image config). */
    async blobJson(repo, digest) {
        const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, pullScope(repo));
        return JSON.parse(await res.text());
    }
    /** Deletes a manifest by digest; every tag pointing at it goes with it. */
    async deleteManifest(repo, digest) {
        try {
            await this.request('DELETE', `/v2/${repo}/manifests/${digest}`, `repository:${repo}:delete`);
        }
        catch (err) {
            if (err instanceof RegistryError && (err.status === 405 || err.code === 'UNSUPPORTED')) {
                throw new RegistryError(err.method, err.url, err.status, err.code, 'the registry does not allow deletes (distribution: set storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true)');
            }
            throw err;
        }
    }
    async *pages(first, scope) {
        let next = first;
        while (next) {
            const res = await this.request('GET', next, scope);
            yield (await res.json());
            next = nextLink(res.headers.get('link'));
        }
    }
    /** One request with auth and retries; throws RegistryError on a final non-2xx status. */
    async request(method, path, scope, headers = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        // A token or Basic credentials are for the registry's origin only: a pagination link to another
        // host (or to plain HTTP) is followed without them.
        const sameOrigin = new URL(url).origin === this.origin;
        const withAuth = () => {
            const auth = sameOrigin ? (this.tokens.get(scope) ?? this.tokens.get('*')) : undefined;
            return { ...headers, ...(auth ? { Authorization: auth } : {}) };
        };
        let res = await this.send(method, url, withAuth);
        if (res.status === 401 && sameOrigin) {
            const challenge = res.headers.get('www-authenticate');
            await res.arrayBuffer().catch(() => undefined);
            if (challenge && (await this.authenticate(challenge, scope)))
                res = await this.send(method, url, withAuth);
        }
        if (!res.ok) {
            const text = method === 'HEAD' ? '' : await res.text().catch(() => '');
            const { code, message } = parseOciError(text);
            throw new RegistryError(method, url, res.status, code, [
                message ||
                    (res.status === 401 ? 'unauthorized: check registry-username and registry-password' : ''),
                client_transient(res.status) ? this.gaveUp() : '',
            ]
                .filter(Boolean)
                .join(' '));
        }
        return res;
    }
    /**
     * Sends one request, again after a transient failure (a network error, 5xx, 429) until the
     * retries are spent; returns the last answer, whatever its status. Every call to the registry and
     * its token service goes through here, so each is retried the same way.
     */
    async send(method, url, headers) {
        const retries = this.opts.retries ?? 4;
        const shown = typeof url === 'string' ? url : withoutQuery(url);
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                this.requests++;
                res = await this.fetchFn(url, { method, headers: headers(), redirect: 'follow' });
            }
            catch (err) {
                if (attempt < retries) {
                    await this.backoff(attempt, `${method} ${shown}: ${describe(err)}`);
                    continue;
                }
                throw new Error(`${method} ${shown}: ${describe(err)} ${this.gaveUp()}`, { cause: err });
            }
            if (client_transient(res.status) && attempt < retries) {
                await res.arrayBuffer().catch(() => undefined);
                await this.backoff(attempt, `${method} ${shown}: ${res.status}`, retryAfter(res.headers.get('retry-after')));
                continue;
            }
            return res;
        }
    }
    /** What a failure after every retry says: how often it was tried, and what to do. */
    gaveUp() {
        return `(after ${(this.opts.retries ?? 4) + 1} attempts); the registry kept failing: check that ${this.opts.host} is up and reachable, then run the job again`;
    }
    async backoff(attempt, why, after) {
        const ms = after ?? backoffMs(attempt, this.opts.backoff ?? REGISTRY_BACKOFF, this.opts.random ?? Math.random);
        this.opts.log?.(`${why}; retrying in ${ms} ms (attempt ${attempt + 2} of ${(this.opts.retries ?? 4) + 1})`);
        await this.sleep(ms);
    }
    /**
     * Answers a challenge: Basic sends the credentials, Bearer fetches a token for the scope.
     *
     * @throws CredentialsRefusedError when the credentials would go where they could be read on the
     *   way (a token service over plain HTTP that is neither loopback nor named insecure).
     */
    async authenticate(challenge, scope) {
        const { username, password } = this.opts;
        const basic = username || password
            ? `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64')}`
            : undefined;
        const parsed = parseChallenge(challenge);
        if (parsed?.scheme === 'basic') {
            if (!basic)
                return false;
            this.refuseCredentials(new URL(this.base), 'the registry');
            this.tokens.set('*', basic);
            return true;
        }
        if (!parsed)
            return false;
        const { params } = parsed;
        if (!params['realm'])
            return false;
        let url;
        try {
            url = new URL(params['realm']);
        }
        catch {
            throw new RegistryError('GET', `${this.base}/v2/`, 401, undefined, 'the token service address (realm) is not a URL');
        }
        // Anonymous token requests carry nothing secret; credentials go only where nobody reads them.
        if (basic)
            this.refuseCredentials(url, 'the token service');
        if (params['service'])
            url.searchParams.set('service', params['service']);
        url.searchParams.set('scope', params['scope'] ?? scope);
        const res = await this.send('GET', url, () => basic ? { Authorization: basic } : {});
        if (!res.ok) {
            throw new RegistryError('GET', withoutQuery(url), res.status, undefined, client_transient(res.status)
                ? `token request failed ${this.gaveUp()}`
                : 'token request failed: check registry-username and registry-password');
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            return false;
        this.tokens.set(scope, `Bearer ${token}`);
        return true;
    }
    refuseCredentials(url, what) {
        const why = credentialsRefusal(url, this.insecureHosts);
        if (!why)
            return;
        throw new CredentialsRefusedError(`refused to send the credentials for ${this.opts.host} to ${what} at ${withoutQuery(url)}: ${why}. ` +
            `Serve it over https, or, if ${url.host} is trusted on this network, name it an insecure registry.`);
    }
}
function pullScope(repo) {
    return `repository:${repo}:pull`;
}
/** A failure worth another try: the registry or something before it is overloaded or restarting. */
function client_transient(status) {
    return status >= 500 || status === 429;
}
function retryAfter(header) {
    const s = Number(header);
    return header && Number.isFinite(s) && s >= 0 ? Math.min(s, 30) * 1000 : undefined;
}
function describe(err) {
    const cause = err.cause;
    return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./.build/shared/registry/docker-config.js
/** The docker CLI's configuration folder and files, as the CLI and its plugins find them. */



/** `$DOCKER_CONFIG`, else `~/.docker`. */
function dockerConfigDir(env, home = (0,external_node_os_namespaceObject.homedir)()) {
    return env['DOCKER_CONFIG'] || (0,external_node_path_namespaceObject.join)(home, '.docker');
}
/** A file's text, or undefined when it does not exist or cannot be read. */
function readOptionalFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./.build/shared/runtime/command-line.js
/** Commands shown to people (logs, errors, summaries): one quoting rule, POSIX shell style. */
/** An argument as a shell would need it: bare when it is safe, single-quoted otherwise. */
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The command as one line (secrets are never in an argument list: they go by file or variable). */
function displayCommand(cmd, args) {
    return [cmd, ...args].map(quoteArg).join(' ');
}
/**
 * The arguments of a line `displayCommand` wrote (bare words and single-quoted parts, `'\''` for a
 * quote): how a result file's `command` is read back. Pure.
 */
function splitCommand(line) {
    const args = [];
    let cur;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new Error(`unterminated quote in: ${line}`);
            cur = (cur ?? '') + line.slice(i + 1, end);
            i = end;
        }
        else if (c === '\\' && line[i + 1] === "'") {
            cur = (cur ?? '') + "'";
            i++;
        }
        else if (c === ' ') {
            if (cur !== undefined)
                args.push(cur);
            cur = undefined;
        }
        else {
            cur = (cur ?? '') + c;
        }
    }
    if (cur !== undefined)
        args.push(cur);
    return args;
}

// EXTERNAL MODULE: ./.build/shared/runtime/errors.js
var runtime_errors = __nccwpck_require__(8930);
;// CONCATENATED MODULE: ./.build/shared/runtime/exec.js
/**
 * A small child-process wrapper. Arguments go to the program as an array, never through a shell, so
 * paths with spaces or quotes need no escaping and cannot inject commands.
 */





/**
 * Runs `cmd` with `args` and collects its output as UTF-8.
 *
 * @throws ToolError when the program exits non-zero (unless `allowFailure`), is killed by a signal,
 *   or cannot be started (exit code 127, as a shell would report it).
 */
async function execTool(cmd, args, opts = {}) {
    const display = displayCommand(cmd, args);
    const env = { ...process.env };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    const result = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
        // Collect bytes and decode once so a multi-byte character split across chunks survives.
        const out = [];
        const err = [];
        const live = opts.onStderr && { emit: opts.onStderr, decoder: new external_node_string_decoder_namespaceObject.StringDecoder('utf8') };
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => {
            err.push(b);
            if (live)
                live.emit(live.decoder.write(b));
        });
        child.on('error', (e) => {
            reject(new runtime_errors/* ToolError */.v(display, e.code === 'ENOENT' ? 127 : 126, e.message));
        });
        child.on('close', (code, signal) => {
            const rest = live?.decoder.end();
            if (rest)
                live.emit(rest);
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
    if (result.code !== 0 && !opts.allowFailure)
        throw new runtime_errors/* ToolError */.v(display, result.code, result.stderr);
    return result;
}
function signalNumber(signal) {
    return (signal && external_node_os_namespaceObject.constants.signals[signal]) || 1;
}

;// CONCATENATED MODULE: ./.build/shared/registry/docker-auth.js
/**
 * Registry credentials as the docker CLI finds them after `docker login` (or docker/login-action):
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), a per-registry `credHelpers`
 * entry, else the `credsStore`, else the `auths` entry. Helpers are the docker-credential-* programs,
 * asked with `get` and the server on stdin (github.com/docker/docker-credential-helpers protocol).
 */



/** Docker Hub's historical key in `auths` and the server name its helpers store. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
/** The host part of an `auths` key, as the docker CLI compares them (scheme and path dropped). */
function authHost(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
/**
 * The credential docker would use for `host` (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), or
 * undefined when there is none. A helper that fails or has no entry counts as none.
 */
async function dockerCredential(host, deps = {}) {
    const env = deps.env ?? process.env;
    const text = (deps.readConfig ?? readOptionalFile)((0,external_node_path_namespaceObject.join)(dockerConfigDir(env), 'config.json'));
    if (!text)
        return undefined;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return undefined; // docker itself would refuse the file; the caller falls back to buildx
    }
    const wanted = authHost(host);
    const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => authHost(k) === wanted)?.[1] ?? config.credsStore;
    if (helper) {
        const fromHelper = await askHelper(helper, wanted === 'docker.io' ? DOCKER_HUB_SERVER : wanted, deps);
        if (fromHelper)
            return fromHelper;
    }
    const entry = Object.entries(config.auths ?? {}).find(([k]) => authHost(k) === wanted)?.[1];
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return undefined;
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username || entry.password)
        return { username: entry.username, password: entry.password };
    return undefined;
}
async function askHelper(helper, server, deps) {
    if (!/^[\w.-]+$/.test(helper))
        return undefined;
    const exec = deps.exec ?? execTool;
    let r;
    try {
        r = await exec(`docker-credential-${helper}`, ['get'], { input: server, allowFailure: true });
    }
    catch {
        return undefined; // the helper is not installed
    }
    if (r.code !== 0)
        return undefined;
    try {
        const out = JSON.parse(r.stdout);
        if (!out.Secret)
            return undefined;
        // Helpers store an identity token with the user name `<token>`.
        if (out.Username === '<token>')
            return { identityToken: out.Secret };
        return { username: out.Username, password: out.Secret };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/shared/registry/session.js
/**
 * Direct registry sessions: a RegistryClient for one repository with the credentials docker would
 * use, opened ahead so that reading a pushed manifest afterwards is one request.
 */





const DIRECT_TIMEOUT_MS = 10_000;
/** Registry reads in flight at once when a step reads many images (a registry is no place for hundreds). */
const REGISTRY_CONCURRENCY = 8;
/**
 * Opens a session for the repository `name` (no tag or digest): docker's credentials for its host
 * (a credential helper is a process to start), and the pull authorisation the registry asks for
 * (a Bearer token is a round trip to its token service) over a kept-alive connection. build-service
 * opens it while buildx builds, so that reading the pushed manifest afterwards is one request.
 * Throws where a direct read cannot work (an identity token, a proxied host).
 */
async function openDirectSession(name, opts = {}) {
    const { host, repository } = splitName(name);
    const insecure = opts.insecure || isLoopbackHost(host);
    if (!isLoopbackHost(host) && proxiedHost(host, opts.auth?.env))
        throw new Error(`${host} is reached through a proxy`);
    const cred = await dockerCredential(host, opts.auth);
    if (cred?.identityToken)
        throw new Error(`${host} uses an identity token`);
    const client = new RegistryClient({
        host,
        insecure,
        username: cred?.username,
        password: cred?.password,
        retries: opts.retries,
        // A short limit: buildx is the fallback when the registry does not answer.
        fetch: opts.fetch ?? createNodeFetch(DIRECT_TIMEOUT_MS),
        sleep: opts.sleep,
        log: opts.log,
    });
    return { client, repository };
}
/** One session per repository name, opened on first use and kept; `opts` may depend on the name. */
function sessionPool(opts) {
    const sessions = new Map();
    return (name) => {
        let s = sessions.get(name);
        if (!s) {
            s = openDirectSession(name, typeof opts === 'function' ? opts(name) : opts);
            s.catch(() => undefined); // reported by the read that uses it
            sessions.set(name, s);
        }
        return s;
    };
}
/**
 * Authorises the session's pulls ahead of its first read; settles (never rejects) once it is open
 * and authorised or has failed: a refusal is left to that read.
 */
function authorizeAhead(session) {
    return session.then((s) => s.client.authorize(s.repository).catch(() => undefined), () => undefined);
}

;// CONCATENATED MODULE: ./.build/shared/runtime/concurrency.js
/** Work on many items with a bounded number in flight: a gateway or an API gets a few requests at once, not hundreds. */
/**
 * Calls `fn` on every item with at most `limit` calls pending at once; the results in the items'
 * order. A call that throws rejects the whole at once (as Promise.all does); no call starts after it,
 * and those already pending run to their end unobserved.
 */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                out[i] = await fn(items[i], i);
            }
            catch (err) {
                failed = true;
                throw err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: external "./undici-lazy.cjs"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_undici_lazy_cjs_namespaceObject = x({ ["ProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE__undici_lazy_cjs_d0e2f39e__.ProxyAgent) });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new external_undici_lazy_cjs_namespaceObject.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield external_fs_namespaceObject.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield exists(dest)) ? yield stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? external_path_namespaceObject.join(dest, external_path_namespaceObject.basename(source))
            : dest;
        if (!(yield exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (external_path_namespaceObject.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        (0,external_assert_.ok)(fsPath, 'a path argument must be provided');
        yield mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield chmod(destDir, (yield stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield lstat(destFile);
                yield unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield chmod(destFile, '0666');
                    yield unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield readlink(srcFile);
            yield symlink(symlinkFull, destFile, IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield exists(destFile)) || force) {
            yield copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./.build/shared/runtime/deps.js
/**
 * The I/O seam: everything a module needs from the outside world comes in one `Deps` value, built
 * once in each action's main.ts (`actionDeps`) and passed down. Tests build their own with fakes;
 * production code has no other way in, so there is no branch that exists only for a test.
 */



/** The log of a step on a runner: annotations through @actions/core. */
const actionLog = {
    info: info,
    warning: warning,
    debug: core_debug,
    error: (message, where) => error(message, where ? { file: where.file, startLine: where.line, title: 'Dockerfile error' } : {}),
};
/** The real world, for an action's main.ts; `fetch` is the caller's (the registry's timeouts and proxy rules). */
function actionDeps(fetchImpl, log = actionLog) {
    return { exec: execTool, fetch: fetchImpl, sleep: sleep, now: Date.now, random: Math.random, log };
}

;// CONCATENATED MODULE: ./.build/shared/runtime/outputs.js
/**
 * Collects outputs and writes them together once the action has succeeded, so a failing step never
 * leaves a subset of its outputs for a downstream step to trust.
 */

class Outputs {
    values = new Map();
    set(name, value) {
        this.values.set(name, typeof value === 'string' ? value : JSON.stringify(value));
        return this;
    }
    /** Writes every collected output through the runner's GITHUB_OUTPUT file. */
    flush() {
        for (const [name, value] of this.values)
            setOutput(name, value);
    }
    toJSON() {
        return Object.fromEntries(this.values);
    }
}

;// CONCATENATED MODULE: ./.build/shared/runtime/run.js

/**
 * Runs an action's main (or post) function: a thrown error becomes `setFailed` with its message, so
 * the core never calls `setFailed` itself. Outputs are written by the action only after main succeeds
 * (see shared/runtime/outputs.ts), so a failure leaves no partial outputs behind.
 *
 * Then the process ends as soon as its log is flushed. Left to end by itself, Node first disposes of
 * the V8 heap and waits for background compiler and GC tasks: 40-50 ms of plan-matrix's run on
 * 1,000 services. Writes to a pipe are asynchronous on POSIX, so stdout and stderr are flushed
 * first; the outputs, state and summary files are already written.
 */
async function run(main, post) {
    const isPost = getState('isPost') === 'true';
    if (!isPost)
        saveState('isPost', 'true');
    try {
        await (isPost && post ? post() : isPost ? Promise.resolve() : main());
    }
    catch (err) {
        setFailed(err instanceof Error ? err.message : String(err));
        if (err instanceof Error && err.stack && !(err.name === 'InputError'))
            core_debug(err.stack);
    }
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit();
}
/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream) {
    // Writes complete in order: the callback of an empty write comes after all earlier ones.
    return new Promise((resolve) => stream.write('', () => resolve()));
}

;// CONCATENATED MODULE: ./.build/shared/runtime/summary.js
/** Job summary output: the runner's step summary file, or the log when run from a terminal. */

async function writeSummary(markdown) {
    if (process.env['GITHUB_STEP_SUMMARY']) {
        await summary.addRaw(markdown).write();
    }
    else {
        info(markdown);
    }
}

;// CONCATENATED MODULE: ./.build/shared/scan/command.js
/**
 * Trivy's command line for one platform of one image: read from the registry by digest (never from
 * a daemon), vulnerabilities only, JSON out. Filtering (severity, unfixed, ignore files) is done on
 * the report here rather than by Trivy, so the summary can say what was ignored and why.
 */


/** True when the image's registry is one the user named insecure (an entry without port: any port). */
function onInsecureRegistry(ref, insecure) {
    return isNamedHost(splitName(reference_parseReference(ref)?.name ?? ref).host, insecure);
}
/**
 * The arguments of `trivy` for one run. Pure.
 *
 * @throws Error when `ref` is not pinned by digest (a bug: callers resolve tags first)
 */
function trivyArgs(r) {
    if (!reference_parseReference(r.ref)?.digest)
        throw new Error(`${r.ref} is not pinned by digest`);
    return [
        'image',
        '--image-src',
        'remote',
        ...(r.platform ? ['--platform', r.platform] : []),
        '--scanners',
        'vuln',
        '--format',
        'json',
        '--output',
        r.output,
        '--cache-dir',
        r.cacheDir,
        '--skip-version-check',
        '--disable-telemetry',
        ...(onInsecureRegistry(r.ref, r.insecureRegistries) ? ['--insecure'] : []),
        ...(r.dbRepository ? ['--db-repository', r.dbRepository] : []),
        ...(r.skipDbUpdate ? ['--skip-db-update', '--skip-java-db-update'] : []),
        r.ref,
    ];
}
/** Trivy's version (`trivy version --format json`), or '' when it does not say. */
async function trivyVersion(trivy, exec) {
    const r = await exec(trivy, ['version', '--format', 'json'], { allowFailure: true });
    try {
        const v = JSON.parse(r.stdout).Version;
        return r.code === 0 && typeof v === 'string' ? v : '';
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var manifest_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_namespaceObject.existsSync(lsbReleaseFile)) {
            contents = external_fs_namespaceObject.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_namespaceObject.existsSync(osReleaseFile)) {
            contents = external_fs_namespaceObject.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return manifest_awaiter(this, void 0, void 0, function* () {
        const platFilter = external_os_namespaceObject.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            core_debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    core_debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    core_debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = external_os_namespaceObject.platform();
    let version = '';
    if (plat === 'darwin') {
        version = external_child_process_namespaceObject.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    info(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                info(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const tool_cache_IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || external_path_namespaceObject.join(_getTempDirectory(), external_crypto_namespaceObject.randomUUID());
        yield mkdirP(external_path_namespaceObject.dirname(dest));
        core_debug(`Downloading ${url}`);
        core_debug(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (external_fs_namespaceObject.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new lib_HttpClient(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            core_debug('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            core_debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = external_util_.promisify(external_stream_namespaceObject.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, external_fs_namespaceObject.createWriteStream(dest));
            core_debug('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                core_debug('download failed');
                try {
                    yield rmRF(dest);
                }
                catch (err) {
                    core_debug(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        (0,external_assert_.ok)(tool_cache_IS_WINDOWS, 'extract7z() not supported on current OS');
        (0,external_assert_.ok)(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec_exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = external_path_namespaceObject.join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield which('powershell', true);
                yield exec_exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        core_debug('Checking tar --version');
        let versionOutput = '';
        yield exec_exec('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        core_debug(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (isDebug() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (tool_cache_IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield exec_exec(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        (0,external_assert_.ok)(IS_MAC, 'extractXar() not supported on current OS');
        (0,external_assert_.ok)(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (isDebug()) {
            args.push('-v');
        }
        const xarPath = yield which('xar', true);
        yield exec_exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (tool_cache_IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield which('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            core_debug(`Using pwsh at path: ${pwshPath}`);
            yield exec_exec(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield which('powershell', true);
            core_debug(`Using powershell at path: ${powershellPath}`);
            yield exec_exec(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield which('unzip', true);
        const args = [file];
        if (!isDebug()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield exec_exec(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || external_os_namespaceObject.arch();
        core_debug(`Caching tool ${tool} ${version} ${arch}`);
        core_debug(`source dir: ${sourceDir}`);
        if (!external_fs_namespaceObject.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of external_fs_namespaceObject.readdirSync(sourceDir)) {
            const s = external_path_namespaceObject.join(sourceDir, itemName);
            yield cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || external_os_namespaceObject.arch();
        core_debug(`Caching tool ${tool} ${version} ${arch}`);
        core_debug(`source file: ${sourceFile}`);
        if (!external_fs_namespaceObject.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = external_path_namespaceObject.join(destFolder, targetFile);
        core_debug(`destination file ${destPath}`);
        yield cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_namespaceObject.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = semver.clean(versionSpec) || '';
        const cachePath = external_path_namespaceObject.join(_getCacheDirectory(), toolName, versionSpec, arch);
        core_debug(`checking cache: ${cachePath}`);
        if (external_fs_namespaceObject.existsSync(cachePath) && external_fs_namespaceObject.existsSync(`${cachePath}.complete`)) {
            core_debug(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            core_debug('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_namespaceObject.arch();
    const toolPath = external_path_namespaceObject.join(_getCacheDirectory(), toolName);
    if (external_fs_namespaceObject.existsSync(toolPath)) {
        const children = external_fs_namespaceObject.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_namespaceObject.join(toolPath, child, arch || '');
                if (external_fs_namespaceObject.existsSync(fullPath) && external_fs_namespaceObject.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new lib_HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core_debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core_debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = external_os_namespaceObject.arch()) {
        // wrap the internal impl
        const match = yield _findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_namespaceObject.join(_getTempDirectory(), external_crypto_namespaceObject.randomUUID());
        }
        yield mkdirP(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = external_path_namespaceObject.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
        core_debug(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield rmRF(folderPath);
        yield rmRF(markerPath);
        yield mkdirP(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = external_path_namespaceObject.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    external_fs_namespaceObject.writeFileSync(markerPath, '');
    core_debug('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = semver.clean(versionSpec) || '';
    core_debug(`isExplicit: ${c}`);
    const valid = semver.valid(c) != null;
    core_debug(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    core_debug(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        core_debug(`matched: ${version}`);
    }
    else {
        core_debug('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
;// CONCATENATED MODULE: ./.build/shared/tools/pinned.js
/**
 * Tools the actions download (Trivy, cosign), installed the way cosign-installer installs cosign: a
 * version pinned in the code, each platform's release file checked against the SHA-256 the code
 * holds before anything is unpacked or run (a mismatch refuses to install, and nothing is cached),
 * then kept in the runner's tool cache (@actions/tool-cache) for the next step of the job.
 */







const DOWNLOAD_ATTEMPTS = 3;
/**
 * The path of the pinned tool's executable: from the tool cache when an earlier step installed it,
 * else downloaded, checked and cached.
 *
 * @param platform `process.platform`-`process.arch` of the runner
 * @throws InputError on a platform the pin has no file for (naming the input to use instead), and
 *   ToolError when the download fails or its SHA-256 is not the pinned one
 */
async function installPinned(tool, platform, deps) {
    const asset = tool.assets[platform];
    if (!asset) {
        throw new runtime_errors/* InputError */.d(`${tool.name} ${tool.version} has no pinned release for ${platform}.`, {
            input: tool.pathInput,
            fix: `install ${tool.name} yourself and give its path in ${tool.pathInput} (pinned: ${Object.keys(tool.assets).join(', ')}).`,
        });
    }
    const cache = deps.toolCache ?? tool_cache_namespaceObject;
    const cached = cache.find(tool.name, tool.version, platform);
    if (cached) {
        deps.log.info(`${tool.name} ${tool.version} from the tool cache (${cached}).`);
        return (0,external_node_path_namespaceObject.join)(cached, tool.executable);
    }
    const bytes = await download(asset.url, deps);
    const sha256 = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== asset.sha256) {
        throw new runtime_errors/* ToolError */.v(`install ${tool.name} ${tool.version}`, 1, `refusing to install: ${asset.url} has SHA-256 ${sha256}, not the pinned ${asset.sha256}. The release file changed or the download was tampered with; nothing was unpacked or run.`);
    }
    const work = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `bka-${tool.name}-`));
    try {
        let dir;
        if (asset.format === 'tar.gz') {
            const archive = (0,external_node_path_namespaceObject.join)(work, 'release.tar.gz');
            (0,external_node_fs_namespaceObject.writeFileSync)(archive, bytes);
            dir = await cache.extractTar(archive, (0,external_node_path_namespaceObject.join)(work, 'x'));
        }
        else {
            dir = (0,external_node_path_namespaceObject.join)(work, 'bin');
            (0,external_node_fs_namespaceObject.mkdirSync)(dir);
            const file = (0,external_node_path_namespaceObject.join)(dir, tool.executable);
            (0,external_node_fs_namespaceObject.writeFileSync)(file, bytes);
            (0,external_node_fs_namespaceObject.chmodSync)(file, 0o755);
        }
        const home = await cache.cacheDir(dir, tool.name, tool.version, platform);
        deps.log.info(`${tool.name} ${tool.version} installed from ${asset.url} (SHA-256 ${sha256}, as pinned).`);
        return (0,external_node_path_namespaceObject.join)(home, tool.executable);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(work, { recursive: true, force: true });
    }
}
/**
 * The executable a step runs: the one its `*-path` input names (`given`), else the pinned release.
 *
 * @param platform `process.platform`-`process.arch` of the runner
 */
async function toolBinary(tool, given, platform, deps) {
    return given || installPinned(tool, platform, deps);
}
/** The file's bytes, with retries on network errors and 5xx. */
async function download(url, deps) {
    let last = '';
    for (let attempt = 0; attempt < DOWNLOAD_ATTEMPTS; attempt++) {
        if (attempt > 0)
            await deps.sleep(backoffMs(attempt - 1, { baseMs: 1000, maxMs: 8000 }, deps.random));
        try {
            const res = await deps.fetch(url, { redirect: 'follow' });
            if (res.ok)
                return Buffer.from(await res.arrayBuffer());
            last = `HTTP ${res.status}`;
            if (res.status < 500 && res.status !== 429)
                break;
        }
        catch (err) {
            last = err.message;
        }
    }
    throw new runtime_errors/* ToolError */.v(`download ${url}`, 1, `could not download ${url}: ${last}`);
}

;// CONCATENATED MODULE: ./.build/shared/tools/trivy.js
const RELEASE = 'https://github.com/aquasecurity/trivy/releases/download/v0.74.0';
const TRIVY = {
    name: 'trivy',
    version: '0.74.0',
    executable: 'trivy',
    pathInput: 'trivy-path',
    assets: {
        'linux-x64': {
            url: `${RELEASE}/trivy_0.74.0_Linux-64bit.tar.gz`,
            sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
            format: 'tar.gz',
        },
        'linux-arm64': {
            url: `${RELEASE}/trivy_0.74.0_Linux-ARM64.tar.gz`,
            sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
            format: 'tar.gz',
        },
    },
};

// EXTERNAL MODULE: ./.build/shared/yaml/json-pointer.js
var json_pointer = __nccwpck_require__(9244);
;// CONCATENATED MODULE: ./.build/shared/contracts/check.js
/**
 * Checks a document against one of the contracts: its version first (a newer major may be shaped in
 * ways the schema would only report confusingly), then its compiled schema. Pure: the caller turns
 * the problems into an error that names its input or file and the fix.
 */


/**
 * Why `doc` is not a version the reader knows, or undefined when it is.
 *
 * @param known the major version this reader reads
 * @param absent the version of a document without `version` (undefined: the field is required)
 */
function versionProblem(doc, known, absent) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return undefined; // the schema says so
    const version = doc['version'] ?? absent;
    if (version === undefined || !Number.isInteger(version))
        return undefined; // idem
    if (version === known)
        return undefined;
    return `it is version ${String(version)}, and this reader knows version ${known} only`;
}
/** Every schema problem of `doc`, each as `field 'a.b[0]' must be …`; empty when it is valid. */
function schemaProblems(doc, validate) {
    if (validate(doc))
        return [];
    const problems = (validate.errors ?? []).map(check_describe);
    return [...new Set(problems)].sort();
}
function check_describe(e) {
    const path = (0,json_pointer/* pointerToPath */.o)(e.instancePath);
    if (e.keyword === 'required')
        return `field '${fieldPath([...path, String(e.params['missingProperty'])])}' is missing`;
    const where = path.length ? `field '${fieldPath(path)}'` : 'the document';
    if (e.keyword === 'enum') {
        const allowed = e.params['allowedValues'].map((v) => JSON.stringify(v)).join(', ');
        return `${where} must be one of ${allowed}`;
    }
    return `${where} ${e.message ?? `fails ${e.keyword}`}`;
}
/** `['perPlatform', 0, 'digest']` → `perPlatform[0].digest`, the path as a reader writes it. */
function fieldPath(segments) {
    return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}
/**
 * Parses a result file's text and checks it against its contract: JSON, then checkContract. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function check_parseContract(text, file, spec) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new runtime_errors/* InputError */.d(`the ${spec.what} ${file} is not JSON: ${err.message}.`, {
            fix: `pass the file ${spec.action}'s \`result-file\` output names.`,
        });
    }
    return checkContract(value, file, spec);
}
/**
 * Checks a result file's parsed JSON against its contract: its version, then its schema. Pure.
 *
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function checkContract(value, file, spec) {
    const version = versionProblem(value, spec.version);
    if (version) {
        throw new runtime_errors/* InputError */.d(`the ${spec.what} ${file} cannot be read: ${version}.`, {
            fix: `use this action from the same release as ${spec.action} (the same @vN).`,
        });
    }
    const problems = schemaProblems(value, spec.validate);
    if (problems.length) {
        throw new runtime_errors/* InputError */.d(`the ${spec.what} ${file} does not match its schema: ${problems.join('; ')}.`, {
            fix: `pass the file ${spec.action}'s \`result-file\` output names (${spec.schema}).`,
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./.build/shared/contracts/scan-result.validate.js
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/contract-schemas.ts from shared/contracts/scan-result.schema.ts.
// Do not edit: run `npm run build`.
const validate = (/* unused pure expression or super */ null && (validate20));
/* harmony default export */ const scan_result_validate = (validate20);
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/buildkit-actions/buildkit-actions/docs/schemas/scan-result.schema.json", "title": "buildkit-actions scan result", "description": "The file named by scan-image's `result-file` output. See docs/contracts.md.", "type": "object", "required": ["version", "scanner", "failOn", "passed", "counts", "policy", "images"], "properties": { "version": { "type": "integer", "minimum": 1, "description": "Major version of this contract. A reader refuses a major it does not know." }, "scanner": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "trivy" }, "version": { "type": "string", "description": "Trivy's version; empty when it did not say." } } }, "failOn": { "type": "array", "items": { "enum": ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] }, "description": "The severities the vulnerability gate fails on (`fail-on`); empty: it never fails." }, "passed": { "type": "boolean", "description": "The vulnerability gate passed (no finding of `failOn`)." }, "counts": { "type": "object", "required": ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"], "properties": { "UNKNOWN": { "type": "integer", "minimum": 0 }, "LOW": { "type": "integer", "minimum": 0 }, "MEDIUM": { "type": "integer", "minimum": 0 }, "HIGH": { "type": "integer", "minimum": 0 }, "CRITICAL": { "type": "integer", "minimum": 0 } }, "description": "Distinct findings over every image, by severity." }, "policy": { "type": "object", "required": ["mode", "passed"], "description": "The image policy over every image (docs/policy.md).", "properties": { "mode": { "enum": ["enforce", "report", "off"] }, "passed": { "type": "boolean", "description": "No error-level violation, or mode `report` or `off`." } } }, "images": { "type": "array", "items": { "type": "object", "required": ["input", "ref", "digest", "counts", "platforms"], "properties": { "input": { "type": "string", "description": "The reference as given, or the build result’s ref." }, "ref": { "type": "string", "description": "`name@digest`: what was scanned." }, "digest": { "type": "string", "pattern": "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" }, "counts": { "type": "object", "required": ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"], "properties": { "UNKNOWN": { "type": "integer", "minimum": 0 }, "LOW": { "type": "integer", "minimum": 0 }, "MEDIUM": { "type": "integer", "minimum": 0 }, "HIGH": { "type": "integer", "minimum": 0 }, "CRITICAL": { "type": "integer", "minimum": 0 } } }, "platforms": { "type": "array", "items": { "type": "object", "required": ["platform", "report", "reported", "kept", "ignored"], "properties": { "platform": { "type": "string", "description": "`os/arch[/variant]`; empty for a single manifest." }, "report": { "type": "string", "description": "Path of Trivy's raw JSON report." }, "reported": { "type": "integer", "minimum": 0, "description": "Vulnerabilities Trivy reported." }, "kept": { "type": "integer", "minimum": 0, "description": "Those left after the threshold and the ignores." }, "ignored": { "type": "integer", "minimum": 0, "description": "Those the ignore file ignored." } } } }, "policy": { "type": "object", "description": "The image's policy verdicts; absent when the policy is off.", "required": ["passed", "errors", "warnings", "rules", "violations"], "properties": { "passed": { "type": "boolean" }, "errors": { "type": "integer", "minimum": 0, "description": "Failed verdicts at level error." }, "warnings": { "type": "integer", "minimum": 0, "description": "Failed verdicts at level warning." }, "service": { "type": "string", "description": "The plan key whose manifest settings applied." }, "base": { "type": "string", "description": "The base image the build result gave." }, "rules": { "type": "array", "items": { "type": "object", "required": ["rule", "platform", "level", "status"], "properties": { "rule": { "enum": ["non-root", "max-layers", "max-size", "base-allowlist", "required-labels", "healthcheck", "no-secrets"] }, "platform": { "type": "string" }, "level": { "enum": ["error", "warning", "off"] }, "status": { "enum": ["pass", "fail", "off"] } } } }, "violations": { "type": "array", "items": { "type": "object", "required": ["platform", "rule", "level", "message", "fix"], "properties": { "platform": { "type": "string" }, "rule": { "enum": ["non-root", "max-layers", "max-size", "base-allowlist", "required-labels", "healthcheck", "no-secrets"] }, "level": { "enum": ["error", "warning"] }, "message": { "type": "string", "description": "What is wrong (Markdown); never a secret’s value." }, "fix": { "type": "string", "description": "How to fix it (Markdown)." } } } } } } } } } } };
const pattern4 = new RegExp("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/buildkit-actions/buildkit-actions/docs/schemas/scan-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.scanner === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scanner" }, message: "must have required property '" + "scanner" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.failOn === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failOn" }, message: "must have required property '" + "failOn" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.passed === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.counts === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property '" + "counts" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.policy === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.images === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "images" }, message: "must have required property '" + "images" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        if (data.scanner !== undefined) {
            let data1 = data.scanner;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.name === undefined) {
                    const err9 = { instancePath: instancePath + "/scanner", schemaPath: "#/properties/scanner/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (data1.version === undefined) {
                    const err10 = { instancePath: instancePath + "/scanner", schemaPath: "#/properties/scanner/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (data1.name !== undefined) {
                    if ("trivy" !== data1.name) {
                        const err11 = { instancePath: instancePath + "/scanner/name", schemaPath: "#/properties/scanner/properties/name/const", keyword: "const", params: { allowedValue: "trivy" }, message: "must be equal to constant" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data1.version !== undefined) {
                    if (typeof data1.version !== "string") {
                        const err12 = { instancePath: instancePath + "/scanner/version", schemaPath: "#/properties/scanner/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/scanner", schemaPath: "#/properties/scanner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.failOn !== undefined) {
            let data4 = data.failOn;
            if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data5 = data4[i0];
                    if (!(((((data5 === "UNKNOWN") || (data5 === "LOW")) || (data5 === "MEDIUM")) || (data5 === "HIGH")) || (data5 === "CRITICAL"))) {
                        const err14 = { instancePath: instancePath + "/failOn/" + i0, schemaPath: "#/properties/failOn/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.failOn.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.passed !== undefined) {
            if (typeof data.passed !== "boolean") {
                const err16 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.counts !== undefined) {
            let data7 = data.counts;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.UNKNOWN === undefined) {
                    const err17 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "UNKNOWN" }, message: "must have required property '" + "UNKNOWN" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (data7.LOW === undefined) {
                    const err18 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "LOW" }, message: "must have required property '" + "LOW" + "'" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                if (data7.MEDIUM === undefined) {
                    const err19 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "MEDIUM" }, message: "must have required property '" + "MEDIUM" + "'" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data7.HIGH === undefined) {
                    const err20 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "HIGH" }, message: "must have required property '" + "HIGH" + "'" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (data7.CRITICAL === undefined) {
                    const err21 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "CRITICAL" }, message: "must have required property '" + "CRITICAL" + "'" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                if (data7.UNKNOWN !== undefined) {
                    let data8 = data7.UNKNOWN;
                    if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                        const err22 = { instancePath: instancePath + "/counts/UNKNOWN", schemaPath: "#/properties/counts/properties/UNKNOWN/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    if ((typeof data8 == "number") && (isFinite(data8))) {
                        if (data8 < 0 || isNaN(data8)) {
                            const err23 = { instancePath: instancePath + "/counts/UNKNOWN", schemaPath: "#/properties/counts/properties/UNKNOWN/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.LOW !== undefined) {
                    let data9 = data7.LOW;
                    if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                        const err24 = { instancePath: instancePath + "/counts/LOW", schemaPath: "#/properties/counts/properties/LOW/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    if ((typeof data9 == "number") && (isFinite(data9))) {
                        if (data9 < 0 || isNaN(data9)) {
                            const err25 = { instancePath: instancePath + "/counts/LOW", schemaPath: "#/properties/counts/properties/LOW/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.MEDIUM !== undefined) {
                    let data10 = data7.MEDIUM;
                    if (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) {
                        const err26 = { instancePath: instancePath + "/counts/MEDIUM", schemaPath: "#/properties/counts/properties/MEDIUM/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                    if ((typeof data10 == "number") && (isFinite(data10))) {
                        if (data10 < 0 || isNaN(data10)) {
                            const err27 = { instancePath: instancePath + "/counts/MEDIUM", schemaPath: "#/properties/counts/properties/MEDIUM/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.HIGH !== undefined) {
                    let data11 = data7.HIGH;
                    if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                        const err28 = { instancePath: instancePath + "/counts/HIGH", schemaPath: "#/properties/counts/properties/HIGH/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if ((typeof data11 == "number") && (isFinite(data11))) {
                        if (data11 < 0 || isNaN(data11)) {
                            const err29 = { instancePath: instancePath + "/counts/HIGH", schemaPath: "#/properties/counts/properties/HIGH/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.CRITICAL !== undefined) {
                    let data12 = data7.CRITICAL;
                    if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                        const err30 = { instancePath: instancePath + "/counts/CRITICAL", schemaPath: "#/properties/counts/properties/CRITICAL/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    if ((typeof data12 == "number") && (isFinite(data12))) {
                        if (data12 < 0 || isNaN(data12)) {
                            const err31 = { instancePath: instancePath + "/counts/CRITICAL", schemaPath: "#/properties/counts/properties/CRITICAL/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.policy !== undefined) {
            let data13 = data.policy;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.mode === undefined) {
                    const err33 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'" };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (data13.passed === undefined) {
                    const err34 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                if (data13.mode !== undefined) {
                    let data14 = data13.mode;
                    if (!(((data14 === "enforce") || (data14 === "report")) || (data14 === "off"))) {
                        const err35 = { instancePath: instancePath + "/policy/mode", schemaPath: "#/properties/policy/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.policy.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data13.passed !== undefined) {
                    if (typeof data13.passed !== "boolean") {
                        const err36 = { instancePath: instancePath + "/policy/passed", schemaPath: "#/properties/policy/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.images !== undefined) {
            let data16 = data.images;
            if (Array.isArray(data16)) {
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data17 = data16[i1];
                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                        if (data17.input === undefined) {
                            const err38 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property '" + "input" + "'" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (data17.ref === undefined) {
                            const err39 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if (data17.digest === undefined) {
                            const err40 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'" };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        if (data17.counts === undefined) {
                            const err41 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property '" + "counts" + "'" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        if (data17.platforms === undefined) {
                            const err42 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "platforms" }, message: "must have required property '" + "platforms" + "'" };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        if (data17.input !== undefined) {
                            if (typeof data17.input !== "string") {
                                const err43 = { instancePath: instancePath + "/images/" + i1 + "/input", schemaPath: "#/properties/images/items/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                        if (data17.ref !== undefined) {
                            if (typeof data17.ref !== "string") {
                                const err44 = { instancePath: instancePath + "/images/" + i1 + "/ref", schemaPath: "#/properties/images/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data17.digest !== undefined) {
                            let data20 = data17.digest;
                            if (typeof data20 === "string") {
                                if (!pattern4.test(data20)) {
                                    const err45 = { instancePath: instancePath + "/images/" + i1 + "/digest", schemaPath: "#/properties/images/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" }, message: "must match pattern \"" + "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err46 = { instancePath: instancePath + "/images/" + i1 + "/digest", schemaPath: "#/properties/images/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data17.counts !== undefined) {
                            let data21 = data17.counts;
                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                if (data21.UNKNOWN === undefined) {
                                    const err47 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/required", keyword: "required", params: { missingProperty: "UNKNOWN" }, message: "must have required property '" + "UNKNOWN" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                                if (data21.LOW === undefined) {
                                    const err48 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/required", keyword: "required", params: { missingProperty: "LOW" }, message: "must have required property '" + "LOW" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                                if (data21.MEDIUM === undefined) {
                                    const err49 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/required", keyword: "required", params: { missingProperty: "MEDIUM" }, message: "must have required property '" + "MEDIUM" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                                if (data21.HIGH === undefined) {
                                    const err50 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/required", keyword: "required", params: { missingProperty: "HIGH" }, message: "must have required property '" + "HIGH" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                                if (data21.CRITICAL === undefined) {
                                    const err51 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/required", keyword: "required", params: { missingProperty: "CRITICAL" }, message: "must have required property '" + "CRITICAL" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                                if (data21.UNKNOWN !== undefined) {
                                    let data22 = data21.UNKNOWN;
                                    if (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) {
                                        const err52 = { instancePath: instancePath + "/images/" + i1 + "/counts/UNKNOWN", schemaPath: "#/properties/images/items/properties/counts/properties/UNKNOWN/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err52];
                                        }
                                        else {
                                            vErrors.push(err52);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data22 == "number") && (isFinite(data22))) {
                                        if (data22 < 0 || isNaN(data22)) {
                                            const err53 = { instancePath: instancePath + "/images/" + i1 + "/counts/UNKNOWN", schemaPath: "#/properties/images/items/properties/counts/properties/UNKNOWN/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data21.LOW !== undefined) {
                                    let data23 = data21.LOW;
                                    if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                        const err54 = { instancePath: instancePath + "/images/" + i1 + "/counts/LOW", schemaPath: "#/properties/images/items/properties/counts/properties/LOW/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data23 == "number") && (isFinite(data23))) {
                                        if (data23 < 0 || isNaN(data23)) {
                                            const err55 = { instancePath: instancePath + "/images/" + i1 + "/counts/LOW", schemaPath: "#/properties/images/items/properties/counts/properties/LOW/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data21.MEDIUM !== undefined) {
                                    let data24 = data21.MEDIUM;
                                    if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                                        const err56 = { instancePath: instancePath + "/images/" + i1 + "/counts/MEDIUM", schemaPath: "#/properties/images/items/properties/counts/properties/MEDIUM/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err56];
                                        }
                                        else {
                                            vErrors.push(err56);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data24 == "number") && (isFinite(data24))) {
                                        if (data24 < 0 || isNaN(data24)) {
                                            const err57 = { instancePath: instancePath + "/images/" + i1 + "/counts/MEDIUM", schemaPath: "#/properties/images/items/properties/counts/properties/MEDIUM/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data21.HIGH !== undefined) {
                                    let data25 = data21.HIGH;
                                    if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                        const err58 = { instancePath: instancePath + "/images/" + i1 + "/counts/HIGH", schemaPath: "#/properties/images/items/properties/counts/properties/HIGH/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data25 == "number") && (isFinite(data25))) {
                                        if (data25 < 0 || isNaN(data25)) {
                                            const err59 = { instancePath: instancePath + "/images/" + i1 + "/counts/HIGH", schemaPath: "#/properties/images/items/properties/counts/properties/HIGH/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err59];
                                            }
                                            else {
                                                vErrors.push(err59);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data21.CRITICAL !== undefined) {
                                    let data26 = data21.CRITICAL;
                                    if (!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) {
                                        const err60 = { instancePath: instancePath + "/images/" + i1 + "/counts/CRITICAL", schemaPath: "#/properties/images/items/properties/counts/properties/CRITICAL/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err60];
                                        }
                                        else {
                                            vErrors.push(err60);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data26 == "number") && (isFinite(data26))) {
                                        if (data26 < 0 || isNaN(data26)) {
                                            const err61 = { instancePath: instancePath + "/images/" + i1 + "/counts/CRITICAL", schemaPath: "#/properties/images/items/properties/counts/properties/CRITICAL/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err61];
                                            }
                                            else {
                                                vErrors.push(err61);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err62 = { instancePath: instancePath + "/images/" + i1 + "/counts", schemaPath: "#/properties/images/items/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data17.platforms !== undefined) {
                            let data27 = data17.platforms;
                            if (Array.isArray(data27)) {
                                const len2 = data27.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data28 = data27[i2];
                                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                        if (data28.platform === undefined) {
                                            const err63 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property '" + "platform" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err63];
                                            }
                                            else {
                                                vErrors.push(err63);
                                            }
                                            errors++;
                                        }
                                        if (data28.report === undefined) {
                                            const err64 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property '" + "report" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err64];
                                            }
                                            else {
                                                vErrors.push(err64);
                                            }
                                            errors++;
                                        }
                                        if (data28.reported === undefined) {
                                            const err65 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/required", keyword: "required", params: { missingProperty: "reported" }, message: "must have required property '" + "reported" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err65];
                                            }
                                            else {
                                                vErrors.push(err65);
                                            }
                                            errors++;
                                        }
                                        if (data28.kept === undefined) {
                                            const err66 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/required", keyword: "required", params: { missingProperty: "kept" }, message: "must have required property '" + "kept" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err66];
                                            }
                                            else {
                                                vErrors.push(err66);
                                            }
                                            errors++;
                                        }
                                        if (data28.ignored === undefined) {
                                            const err67 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/required", keyword: "required", params: { missingProperty: "ignored" }, message: "must have required property '" + "ignored" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err67];
                                            }
                                            else {
                                                vErrors.push(err67);
                                            }
                                            errors++;
                                        }
                                        if (data28.platform !== undefined) {
                                            if (typeof data28.platform !== "string") {
                                                const err68 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/platform", schemaPath: "#/properties/images/items/properties/platforms/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err68];
                                                }
                                                else {
                                                    vErrors.push(err68);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data28.report !== undefined) {
                                            if (typeof data28.report !== "string") {
                                                const err69 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/report", schemaPath: "#/properties/images/items/properties/platforms/items/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err69];
                                                }
                                                else {
                                                    vErrors.push(err69);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data28.reported !== undefined) {
                                            let data31 = data28.reported;
                                            if (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) {
                                                const err70 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/reported", schemaPath: "#/properties/images/items/properties/platforms/items/properties/reported/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                    vErrors = [err70];
                                                }
                                                else {
                                                    vErrors.push(err70);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data31 == "number") && (isFinite(data31))) {
                                                if (data31 < 0 || isNaN(data31)) {
                                                    const err71 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/reported", schemaPath: "#/properties/images/items/properties/platforms/items/properties/reported/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err71];
                                                    }
                                                    else {
                                                        vErrors.push(err71);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data28.kept !== undefined) {
                                            let data32 = data28.kept;
                                            if (!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) {
                                                const err72 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/kept", schemaPath: "#/properties/images/items/properties/platforms/items/properties/kept/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                    vErrors = [err72];
                                                }
                                                else {
                                                    vErrors.push(err72);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data32 == "number") && (isFinite(data32))) {
                                                if (data32 < 0 || isNaN(data32)) {
                                                    const err73 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/kept", schemaPath: "#/properties/images/items/properties/platforms/items/properties/kept/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err73];
                                                    }
                                                    else {
                                                        vErrors.push(err73);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data28.ignored !== undefined) {
                                            let data33 = data28.ignored;
                                            if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                                                const err74 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/ignored", schemaPath: "#/properties/images/items/properties/platforms/items/properties/ignored/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                    vErrors = [err74];
                                                }
                                                else {
                                                    vErrors.push(err74);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data33 == "number") && (isFinite(data33))) {
                                                if (data33 < 0 || isNaN(data33)) {
                                                    const err75 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2 + "/ignored", schemaPath: "#/properties/images/items/properties/platforms/items/properties/ignored/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err75];
                                                    }
                                                    else {
                                                        vErrors.push(err75);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err76 = { instancePath: instancePath + "/images/" + i1 + "/platforms/" + i2, schemaPath: "#/properties/images/items/properties/platforms/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err76];
                                        }
                                        else {
                                            vErrors.push(err76);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/images/" + i1 + "/platforms", schemaPath: "#/properties/images/items/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                        if (data17.policy !== undefined) {
                            let data34 = data17.policy;
                            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                if (data34.passed === undefined) {
                                    const err78 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                                if (data34.errors === undefined) {
                                    const err79 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property '" + "errors" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err79];
                                    }
                                    else {
                                        vErrors.push(err79);
                                    }
                                    errors++;
                                }
                                if (data34.warnings === undefined) {
                                    const err80 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property '" + "warnings" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                                if (data34.rules === undefined) {
                                    const err81 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property '" + "rules" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                                if (data34.violations === undefined) {
                                    const err82 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/required", keyword: "required", params: { missingProperty: "violations" }, message: "must have required property '" + "violations" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err82];
                                    }
                                    else {
                                        vErrors.push(err82);
                                    }
                                    errors++;
                                }
                                if (data34.passed !== undefined) {
                                    if (typeof data34.passed !== "boolean") {
                                        const err83 = { instancePath: instancePath + "/images/" + i1 + "/policy/passed", schemaPath: "#/properties/images/items/properties/policy/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                            vErrors = [err83];
                                        }
                                        else {
                                            vErrors.push(err83);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.errors !== undefined) {
                                    let data36 = data34.errors;
                                    if (!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) {
                                        const err84 = { instancePath: instancePath + "/images/" + i1 + "/policy/errors", schemaPath: "#/properties/images/items/properties/policy/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err84];
                                        }
                                        else {
                                            vErrors.push(err84);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data36 == "number") && (isFinite(data36))) {
                                        if (data36 < 0 || isNaN(data36)) {
                                            const err85 = { instancePath: instancePath + "/images/" + i1 + "/policy/errors", schemaPath: "#/properties/images/items/properties/policy/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err85];
                                            }
                                            else {
                                                vErrors.push(err85);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data34.warnings !== undefined) {
                                    let data37 = data34.warnings;
                                    if (!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) {
                                        const err86 = { instancePath: instancePath + "/images/" + i1 + "/policy/warnings", schemaPath: "#/properties/images/items/properties/policy/properties/warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err86];
                                        }
                                        else {
                                            vErrors.push(err86);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data37 == "number") && (isFinite(data37))) {
                                        if (data37 < 0 || isNaN(data37)) {
                                            const err87 = { instancePath: instancePath + "/images/" + i1 + "/policy/warnings", schemaPath: "#/properties/images/items/properties/policy/properties/warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err87];
                                            }
                                            else {
                                                vErrors.push(err87);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data34.service !== undefined) {
                                    if (typeof data34.service !== "string") {
                                        const err88 = { instancePath: instancePath + "/images/" + i1 + "/policy/service", schemaPath: "#/properties/images/items/properties/policy/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err88];
                                        }
                                        else {
                                            vErrors.push(err88);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.base !== undefined) {
                                    if (typeof data34.base !== "string") {
                                        const err89 = { instancePath: instancePath + "/images/" + i1 + "/policy/base", schemaPath: "#/properties/images/items/properties/policy/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.rules !== undefined) {
                                    let data40 = data34.rules;
                                    if (Array.isArray(data40)) {
                                        const len3 = data40.length;
                                        for (let i3 = 0; i3 < len3; i3++) {
                                            let data41 = data40[i3];
                                            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                if (data41.rule === undefined) {
                                                    const err90 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3, schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err90];
                                                    }
                                                    else {
                                                        vErrors.push(err90);
                                                    }
                                                    errors++;
                                                }
                                                if (data41.platform === undefined) {
                                                    const err91 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3, schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property '" + "platform" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err91];
                                                    }
                                                    else {
                                                        vErrors.push(err91);
                                                    }
                                                    errors++;
                                                }
                                                if (data41.level === undefined) {
                                                    const err92 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3, schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err92];
                                                    }
                                                    else {
                                                        vErrors.push(err92);
                                                    }
                                                    errors++;
                                                }
                                                if (data41.status === undefined) {
                                                    const err93 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3, schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err93];
                                                    }
                                                    else {
                                                        vErrors.push(err93);
                                                    }
                                                    errors++;
                                                }
                                                if (data41.rule !== undefined) {
                                                    let data42 = data41.rule;
                                                    if (!(((((((data42 === "non-root") || (data42 === "max-layers")) || (data42 === "max-size")) || (data42 === "base-allowlist")) || (data42 === "required-labels")) || (data42 === "healthcheck")) || (data42 === "no-secrets"))) {
                                                        const err94 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3 + "/rule", schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema31.properties.images.items.properties.policy.properties.rules.items.properties.rule.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err94];
                                                        }
                                                        else {
                                                            vErrors.push(err94);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data41.platform !== undefined) {
                                                    if (typeof data41.platform !== "string") {
                                                        const err95 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3 + "/platform", schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err95];
                                                        }
                                                        else {
                                                            vErrors.push(err95);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data41.level !== undefined) {
                                                    let data44 = data41.level;
                                                    if (!(((data44 === "error") || (data44 === "warning")) || (data44 === "off"))) {
                                                        const err96 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3 + "/level", schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema31.properties.images.items.properties.policy.properties.rules.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err96];
                                                        }
                                                        else {
                                                            vErrors.push(err96);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data41.status !== undefined) {
                                                    let data45 = data41.status;
                                                    if (!(((data45 === "pass") || (data45 === "fail")) || (data45 === "off"))) {
                                                        const err97 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3 + "/status", schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.images.items.properties.policy.properties.rules.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err97];
                                                        }
                                                        else {
                                                            vErrors.push(err97);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err98 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules/" + i3, schemaPath: "#/properties/images/items/properties/policy/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err98];
                                                }
                                                else {
                                                    vErrors.push(err98);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err99 = { instancePath: instancePath + "/images/" + i1 + "/policy/rules", schemaPath: "#/properties/images/items/properties/policy/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err99];
                                        }
                                        else {
                                            vErrors.push(err99);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.violations !== undefined) {
                                    let data46 = data34.violations;
                                    if (Array.isArray(data46)) {
                                        const len4 = data46.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                            let data47 = data46[i4];
                                            if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                                if (data47.platform === undefined) {
                                                    const err100 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property '" + "platform" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err100];
                                                    }
                                                    else {
                                                        vErrors.push(err100);
                                                    }
                                                    errors++;
                                                }
                                                if (data47.rule === undefined) {
                                                    const err101 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err101];
                                                    }
                                                    else {
                                                        vErrors.push(err101);
                                                    }
                                                    errors++;
                                                }
                                                if (data47.level === undefined) {
                                                    const err102 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property '" + "level" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                                if (data47.message === undefined) {
                                                    const err103 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err103];
                                                    }
                                                    else {
                                                        vErrors.push(err103);
                                                    }
                                                    errors++;
                                                }
                                                if (data47.fix === undefined) {
                                                    const err104 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/required", keyword: "required", params: { missingProperty: "fix" }, message: "must have required property '" + "fix" + "'" };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                                if (data47.platform !== undefined) {
                                                    if (typeof data47.platform !== "string") {
                                                        const err105 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4 + "/platform", schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err105];
                                                        }
                                                        else {
                                                            vErrors.push(err105);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data47.rule !== undefined) {
                                                    let data49 = data47.rule;
                                                    if (!(((((((data49 === "non-root") || (data49 === "max-layers")) || (data49 === "max-size")) || (data49 === "base-allowlist")) || (data49 === "required-labels")) || (data49 === "healthcheck")) || (data49 === "no-secrets"))) {
                                                        const err106 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4 + "/rule", schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema31.properties.images.items.properties.policy.properties.violations.items.properties.rule.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err106];
                                                        }
                                                        else {
                                                            vErrors.push(err106);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data47.level !== undefined) {
                                                    let data50 = data47.level;
                                                    if (!((data50 === "error") || (data50 === "warning"))) {
                                                        const err107 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4 + "/level", schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema31.properties.images.items.properties.policy.properties.violations.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                                        if (vErrors === null) {
                                                            vErrors = [err107];
                                                        }
                                                        else {
                                                            vErrors.push(err107);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data47.message !== undefined) {
                                                    if (typeof data47.message !== "string") {
                                                        const err108 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4 + "/message", schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err108];
                                                        }
                                                        else {
                                                            vErrors.push(err108);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data47.fix !== undefined) {
                                                    if (typeof data47.fix !== "string") {
                                                        const err109 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4 + "/fix", schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err109];
                                                        }
                                                        else {
                                                            vErrors.push(err109);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err110 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations/" + i4, schemaPath: "#/properties/images/items/properties/policy/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                    vErrors = [err110];
                                                }
                                                else {
                                                    vErrors.push(err110);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err111 = { instancePath: instancePath + "/images/" + i1 + "/policy/violations", schemaPath: "#/properties/images/items/properties/policy/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err112 = { instancePath: instancePath + "/images/" + i1 + "/policy", schemaPath: "#/properties/images/items/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err113 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err114 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err114];
                }
                else {
                    vErrors.push(err114);
                }
                errors++;
            }
        }
    }
    else {
        const err115 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err115];
        }
        else {
            vErrors.push(err115);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "scanner": true, "failOn": true, "passed": true, "counts": true, "policy": true, "images": true }, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./.build/shared/contracts/scan-result.js


/** The major version scan-image writes; a reader refuses any other. */
const SCAN_RESULT_VERSION = 1;
/** The scan result's contract (for checkContract on JSON already parsed). */
const SCAN_RESULT = {
    what: 'scan result',
    version: SCAN_RESULT_VERSION,
    validate: scan_result_validate,
    action: 'scan-image',
    schema: 'docs/schemas/scan-result.schema.json',
};
/**
 * Parses and validates a scan result's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function parseScanResult(text, file) {
    return parseContract(text, file, SCAN_RESULT);
}

;// CONCATENATED MODULE: ./.build/shared/scan/report.js
/**
 * Trivy's JSON report (`trivy image --format json`, SchemaVersion 2) and a tolerant reader. The
 * types follow Trivy's own, github.com/aquasecurity/trivy pkg/types/report.go (Report, Result) and
 * pkg/types/vulnerability.go (DetectedVulnerability, which embeds trivy-db's Vulnerability): every
 * field there is `omitempty`, so every field here is optional, and a report without `Results` or
 * without `Vulnerabilities` is a clean image.
 */

const str = (v) => (typeof v === 'string' ? v : '');
/**
 * Parses Trivy's JSON output. Pure.
 *
 * @param source where the text comes from, for the error
 * @throws InputError when the text is not a JSON object or names a schema version other than 2
 */
function parseTrivyReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new runtime_errors/* InputError */.d(`Trivy's report ${source} is not JSON: ${err.message}.`, {
            fix: 'run Trivy with --format json (trivy-path must name Trivy itself, not a wrapper that prints more).',
        });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new runtime_errors/* InputError */.d(`Trivy's report ${source} is not a JSON object.`, {
            fix: 'use Trivy 0.20 or later (SchemaVersion 2 reports).',
        });
    }
    const report = value;
    if (report.SchemaVersion !== undefined && report.SchemaVersion !== 2) {
        throw new runtime_errors/* InputError */.d(`Trivy's report ${source} has SchemaVersion ${String(report.SchemaVersion)}.`, {
            fix: 'use a Trivy release that writes SchemaVersion 2 (0.20 to 0.74 do).',
        });
    }
    return report;
}
/** Every vulnerability of a report as a Finding; missing fields become ''. Pure. */
function findings(report) {
    const out = [];
    for (const r of Array.isArray(report.Results) ? report.Results : []) {
        if (!r || typeof r !== 'object')
            continue;
        for (const v of Array.isArray(r.Vulnerabilities) ? r.Vulnerabilities : []) {
            if (!v || typeof v !== 'object')
                continue;
            out.push({
                id: str(v.VulnerabilityID),
                pkg: str(v.PkgName),
                installed: str(v.InstalledVersion),
                fixed: str(v.FixedVersion),
                severity: normalSeverity(str(v.Severity)),
                status: str(v.Status),
                url: str(v.PrimaryURL),
                title: str(v.Title),
                target: str(r.Target),
                path: str(v.PkgPath),
                purl: str(v.PkgIdentifier?.PURL),
            });
        }
    }
    return out;
}
/** The five levels Trivy rates, lowest first. */
const report_SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
function normalSeverity(s) {
    const up = s.toUpperCase();
    return report_SEVERITIES.includes(up) ? up : 'UNKNOWN';
}

;// CONCATENATED MODULE: ./.build/shared/scan/severity.js

/** 0 for UNKNOWN up to 4 for CRITICAL. */
function rank(severity) {
    return Math.max(0, report_SEVERITIES.indexOf(severity));
}
/** True for a severity name Trivy uses (upper case). */
function isSeverity(s) {
    return SEVERITIES.includes(s);
}
/** Findings at or above the threshold. */
function atOrAbove(list, threshold) {
    return list.filter((f) => rank(f.severity) >= rank(threshold));
}
/** Findings whose severity `fail-on` names. */
function failing(list, failOn) {
    return list.filter((f) => failOn.includes(f.severity));
}
/** How many findings there are of each severity. */
function countBySeverity(list) {
    const counts = Object.fromEntries(report_SEVERITIES.map((s) => [s, 0]));
    for (const f of list)
        counts[f.severity]++;
    return counts;
}
/**
 * The `n` worst findings: highest severity first, then those with a fix before those without (the
 * ones a rebuild can remove), then by id; one entry per id and package.
 */
function worst(list, n) {
    const seen = new Set();
    return [...list]
        .sort((a, b) => rank(b.severity) - rank(a.severity) ||
        Number(!!b.fixed) - Number(!!a.fixed) ||
        a.id.localeCompare(b.id) ||
        a.pkg.localeCompare(b.pkg))
        .filter((f) => {
        const key = `${f.id}\0${f.pkg}\0${f.installed}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .slice(0, n);
}

;// CONCATENATED MODULE: ./.build/shared/scan/result-file.js
/**
 * scan-image's result file, for report-metrics: per image its digest, platforms, raw reports and
 * counts, its policy verdicts, and the gate's verdict. Version 1; its JSON Schema is
 * shared/contracts/scan-result.schema.ts (docs/schemas/scan-result.schema.json).
 */


/** The result file's document. Pure. */
function scanResult(outcome, failOn, trivyVersion, policy) {
    const byRef = new Map(policy?.images.map((p) => [p.ref, p]));
    return {
        version: SCAN_RESULT_VERSION,
        scanner: { name: 'trivy', version: trivyVersion },
        failOn: [...failOn],
        passed: outcome.passed,
        counts: outcome.counts,
        policy: { mode: policy?.mode ?? 'off', passed: policy?.passed ?? true },
        images: outcome.images.map((i) => ({
            input: i.input,
            ref: i.ref,
            digest: i.digest,
            counts: i.counts,
            platforms: i.scans.map((s) => ({
                platform: s.platform,
                report: s.report,
                reported: s.reported,
                kept: s.findings.length,
                ignored: s.ignored.length,
            })),
            ...(byRef.has(i.ref) && { policy: imagePolicy(byRef.get(i.ref), policy) }),
        })),
    };
}
function imagePolicy(p, outcome) {
    return {
        passed: p.report.passed,
        errors: p.report.errors,
        warnings: p.report.warnings,
        ...(p.service && { service: p.service }),
        ...(p.base && { base: p.base }),
        rules: p.report.verdicts.map((v) => ({
            rule: v.rule,
            platform: v.platform,
            level: v.level,
            status: v.status,
        })),
        violations: outcome.violations.filter((v) => v.image === p.ref).map(({ image: _, ...v }) => v),
    };
}
/** The `worst` output: the worst findings over every image, with where they were found. */
function worstOutput(outcome, n = 10) {
    const all = outcome.images.flatMap((i) => i.scans.flatMap((s) => s.findings.map((f) => ({ f, ref: i.ref }))));
    const picked = worst(all.map((x) => x.f), n);
    return picked.map((f) => ({
        id: f.id,
        package: f.pkg,
        installed: f.installed,
        fixed: f.fixed,
        severity: f.severity,
        url: f.url,
        image: all.find((x) => x.f === f)?.ref ?? '',
    }));
}

;// CONCATENATED MODULE: ./.build/shared/scan/sarif.js
/**
 * SARIF 2.1.0 (OASIS, docs.oasis-open.org/sarif/sarif/v2.1.0) for GitHub code scanning: one run of
 * Trivy, one rule per vulnerability id, one result per finding per image. GitHub reads a rule's
 * `security-severity` (a CVSS-like score) to rank alerts; the values below sit inside GitHub's band
 * for each level (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9), since the report's
 * own CVSS scores vary by source.
 */


const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
const SECURITY_SEVERITY = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0' };
/** SARIF's level for a Trivy severity. */
function sarifLevel(severity) {
    return LEVEL[severity] ?? 'note';
}
/** The SARIF log of a scan. Pure. */
function toSarif(images, trivyVersion = '') {
    const rules = new Map();
    for (const img of images) {
        for (const { finding } of img.findings) {
            const seen = rules.get(finding.id);
            if (!seen || rank(finding.severity) > rank(seen.severity))
                rules.set(finding.id, { finding, severity: finding.severity });
        }
    }
    const ids = [...rules.keys()].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    const results = images.flatMap((img) => {
        const name = reference_parseReference(img.ref)?.name ?? img.ref;
        const uri = splitName(name).repository;
        return img.findings.map(({ platform, finding: f }) => ({
            ruleId: f.id,
            ruleIndex: index.get(f.id),
            level: sarifLevel(f.severity),
            message: {
                text: [
                    `${f.id} (${f.severity}) in ${f.pkg} ${f.installed}`,
                    f.fixed ? `fixed in ${f.fixed}` : 'no fixed version',
                    `image ${img.ref}${platform ? ` (${platform})` : ''}`,
                    f.target && `target ${f.target}`,
                ]
                    .filter(Boolean)
                    .join('; '),
            },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
                    message: { text: `${img.ref}${platform ? ` ${platform}` : ''}: ${f.pkg}@${f.installed}` },
                },
            ],
            partialFingerprints: { 'trivy/package': `${uri}:${platform}:${f.pkg}:${f.installed}:${f.id}` },
        }));
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Trivy',
                        informationUri: 'https://github.com/aquasecurity/trivy',
                        ...(trivyVersion && { version: trivyVersion }),
                        rules: ids.map((id) => {
                            const { finding: f, severity } = rules.get(id);
                            const text = f.title || `${id} in ${f.pkg}`;
                            return {
                                id,
                                name: 'OsPackageVulnerability',
                                shortDescription: { text },
                                fullDescription: { text },
                                ...(f.url && { helpUri: f.url }),
                                help: { text: `${id}: ${text}${f.url ? ` (${f.url})` : ''}` },
                                defaultConfiguration: { level: sarifLevel(severity) },
                                properties: {
                                    tags: ['vulnerability', 'security', severity],
                                    precision: 'very-high',
                                    ...(SECURITY_SEVERITY[severity] && { 'security-severity': SECURITY_SEVERITY[severity] }),
                                },
                            };
                        }),
                    },
                },
                results,
            },
        ],
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(4006);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
;// CONCATENATED MODULE: ./.build/shared/scan/ignore-file.js
/**
 * Trivy's ignore files, read as Trivy reads them (docs/configuration/filtering.md, "By Finding
 * IDs"): `.trivyignore`, one id a line with `#` comments and an optional `exp:yyyy-mm-dd`, and the
 * YAML form (`.yml`/`.yaml`), whose `vulnerabilities` entries take `id` (required), `paths` (globs of
 * the package's file), `purls` (the package), `expired_at` (yyyy-mm-dd) and `statement`. An entry
 * stops applying once its expiry date has begun (UTC), as Trivy's does.
 */



const DATE = /^\d{4}-\d{2}-\d{2}$/;
function problem(file, message, fix) {
    return new runtime_errors/* InputError */.d(`${file}: ${message}`, { input: 'ignore-file', fix });
}
/** Reads either form; the YAML one when the name ends in `.yml` or `.yaml`, as Trivy decides. Pure. */
function parseIgnoreFile(text, file) {
    return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file) : parseTrivyIgnore(text, file);
}
/** `.trivyignore`: `ID [exp:yyyy-mm-dd]` per line, blank lines and `#` comments skipped. */
function parseTrivyIgnore(text, file) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const [id, ...rest] = line.split(/\s+/);
        const rule = { id, source: `${file}:${i + 1}` };
        for (const field of rest) {
            if (field.startsWith('#'))
                break; // a comment after the id
            const exp = /^exp:(.*)$/.exec(field);
            if (!exp || !DATE.test(exp[1]) || Number.isNaN(Date.parse(`${exp[1]}T00:00:00Z`))) {
                throw problem(`${file}:${i + 1}`, `'${field}' is not an expiry date.`, 'write `ID exp:yyyy-mm-dd`, or the id alone.');
            }
            rule.expiredAt = exp[1];
        }
        rules.push(rule);
    });
    return rules;
}
/** The YAML form's `vulnerabilities` list (misconfigurations, secrets and licenses are not scanned). */
function parseIgnoreYaml(text, file) {
    let doc;
    try {
        doc = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch (err) {
        if (!(err instanceof js_yaml/* YAMLException */.tB))
            throw err;
        throw problem(file, `not YAML: ${err.reason} at line ${err.mark.line + 1}.`, 'fix the YAML syntax.');
    }
    if (doc === null || doc === undefined)
        return [];
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw problem(file, 'the document is not a mapping.', 'write `vulnerabilities:` with a list of `- id: ...`.');
    const list = doc['vulnerabilities'];
    if (list === undefined || list === null)
        return [];
    if (!Array.isArray(list))
        throw problem(file, '`vulnerabilities` is not a list.', 'write each entry as `- id: CVE-...`.');
    return list.map((entry, i) => {
        const where = `${file}#vulnerabilities[${i}]`;
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw problem(where, 'the entry is not a mapping.', 'write `- id: CVE-...`.');
        const e = entry;
        if (typeof e['id'] !== 'string' || !e['id'])
            throw problem(where, '`id` is required and must be a string.', 'give the vulnerability id.');
        const rule = { id: e['id'], source: where };
        for (const key of ['paths', 'purls']) {
            const v = e[key];
            if (v === undefined || v === null)
                continue;
            if (!Array.isArray(v) || v.some((p) => typeof p !== 'string'))
                throw problem(where, `\`${key}\` must be a list of strings.`, `write \`${key}: ["..."]\`.`);
            rule[key] = v;
        }
        // YAML 1.2 reads an unquoted 2024-08-20 as a string; a Date would come from a YAML 1.1 reader.
        const exp = e['expired_at'] instanceof Date ? e['expired_at'].toISOString().slice(0, 10) : e['expired_at'];
        if (exp !== undefined && exp !== null) {
            if (typeof exp !== 'string' || !DATE.test(exp) || Number.isNaN(Date.parse(`${exp}T00:00:00Z`)))
                throw problem(where, `\`expired_at\` '${String(exp)}' is not a date.`, 'write yyyy-mm-dd.');
            rule.expiredAt = exp;
        }
        if (typeof e['statement'] === 'string')
            rule.statement = e['statement'];
        return rule;
    });
}
/** True once the rule's expiry date has begun (UTC midnight). */
function isExpired(rule, now) {
    return !!rule.expiredAt && now >= Date.parse(`${rule.expiredAt}T00:00:00Z`);
}
/** `pkg:type/namespace/name@version?qualifiers#subpath` (github.com/package-url/purl-spec). */
function parsePurl(s) {
    const m = /^pkg:([^/]+)\/(.+?)(?:@([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/.exec(s.trim());
    if (!m)
        return undefined;
    const path = m[2].split('/').map(decodeURIComponent);
    const qualifiers = new Map();
    for (const kv of (m[4] ?? '').split('&').filter(Boolean)) {
        const eq = kv.indexOf('=');
        if (eq > 0)
            qualifiers.set(kv.slice(0, eq).toLowerCase(), decodeURIComponent(kv.slice(eq + 1)));
    }
    return {
        type: m[1].toLowerCase(),
        namespace: path.slice(0, -1).join('/'),
        name: path[path.length - 1],
        version: m[3] ? decodeURIComponent(m[3]) : '',
        qualifiers,
    };
}
/**
 * The rule's purl names the finding's package: same type, namespace and name; the same version when
 * the rule gives one; each qualifier the rule gives, with the same value.
 */
function purlMatches(rulePurl, pkgPurl) {
    const r = parsePurl(rulePurl);
    const p = parsePurl(pkgPurl);
    if (!r || !p)
        return false;
    if (r.type !== p.type || r.namespace !== p.namespace || r.name !== p.name)
        return false;
    if (r.version && r.version !== p.version)
        return false;
    return [...r.qualifiers].every(([k, v]) => p.qualifiers.get(k) === v);
}
/** The rule that ignores the finding, if one does and has not expired. */
function ignoredBy(f, rules, now) {
    return rules.find((r) => r.id === f.id &&
        !isExpired(r, now) &&
        (!r.paths?.length || (!!f.path && r.paths.some((g) => node_modules_picomatch.isMatch(f.path, g, { dot: true })))) &&
        (!r.purls?.length || (!!f.purl && r.purls.some((p) => purlMatches(p, f.purl)))));
}
/** Splits findings into those kept and those a rule ignores. Pure. */
function applyIgnores(list, rules, now) {
    const out = { kept: [], ignored: [] };
    for (const finding of list) {
        const rule = ignoredBy(finding, rules, now);
        if (rule)
            out.ignored.push({ finding, rule });
        else
            out.kept.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/shared/scan/unfixed.js
const UNFIXED_STATUSES = new Set(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life']);
/** True when no fix is released for the finding. Pure. */
function isUnfixed(f) {
    return f.status ? UNFIXED_STATUSES.has(f.status) : !f.fixed;
}
/** The findings that have a fix. Pure. */
function withoutUnfixed(list) {
    return list.filter((f) => !isUnfixed(f));
}

;// CONCATENATED MODULE: ./.build/shared/scan/scan.js
/**
 * One scan: every platform of every target through Trivy, each report read and filtered (severity
 * threshold, unfixed, ignore files), and the gate (`fail-on`) applied to what is left.
 */








/** Filters one report's findings as the settings say. Pure. */
function filterFindings(all, s, now) {
    const above = atOrAbove(all, s.threshold);
    const fixed = s.ignoreUnfixed ? withoutUnfixed(above) : above;
    const { kept, ignored } = applyIgnores(fixed, s.ignoreRules, now);
    return {
        reported: all.length,
        findings: kept,
        belowThreshold: all.length - above.length,
        unfixed: above.length - fixed.length,
        ignored,
    };
}
/** One finding per id, package and installed version (a CVE in both platforms counts once). */
function distinct(list) {
    const seen = new Map();
    for (const f of list) {
        const key = `${f.id}\0${f.pkg}\0${f.installed}\0${f.path}`;
        if (!seen.has(key))
            seen.set(key, f);
    }
    return [...seen.values()];
}
/** Scans every platform of every target, one Trivy run each, in order. */
async function scanImages(targets, s, deps) {
    (0,external_node_fs_namespaceObject.mkdirSync)(s.reportDir, { recursive: true });
    const images = [];
    for (const t of targets) {
        const scans = [];
        for (const platform of t.platforms) {
            const report = (0,external_node_path_namespaceObject.join)(s.reportDir, `${slug(`${t.name}-${t.digest.slice(7, 19)}-${platform || 'image'}`)}.json`);
            const args = trivyArgs({ ...s, ref: t.ref, platform, output: report });
            deps.log.info(`Scanning ${t.ref}${platform ? ` (${platform})` : ''}`);
            await deps.exec(s.trivy, args);
            const parsed = parseTrivyReport((0,external_node_fs_namespaceObject.readFileSync)(report, 'utf8'), report);
            scans.push({ platform, report, ...filterFindings(findings(parsed), s, deps.now()) });
        }
        const all = distinct(scans.flatMap((p) => p.findings));
        images.push({
            ...t,
            scans,
            counts: countBySeverity(all),
            failing: failing(all, s.failOn).length,
        });
    }
    const counts = countBySeverity(images.flatMap((i) => distinct(i.scans.flatMap((p) => p.findings))));
    const failingCount = images.reduce((n, i) => n + i.failing, 0);
    return { images, counts, failing: failingCount, passed: failingCount === 0 };
}

;// CONCATENATED MODULE: ./.build/shared/format/markdown.js
/** Markdown for job summaries and PR comments: one escaping rule for every table the actions write. */
/** Text safe inside a table cell: a `|` would end the cell, a newline the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code; a backtick inside would close it early, so it is shown as a quote. */
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/**
 * A Markdown table. Cells are taken as they are (already Markdown: escape text with `cell`), so a
 * caller can put code spans and links in them.
 */
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ];
}

;// CONCATENATED MODULE: ./.build/shared/format/bytes.js
/**
 * Sizes, in one convention for inputs and summaries: units are binary, as Docker and BuildKit read
 * them (go-units RAMInBytes: `10GB` and `10GiB` are both 10 × 1024³ bytes), and the summaries write
 * the binary labels (`1.5 GiB`) so that no reader takes them for decimal units.
 */

const UNITS = {
    b: 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5,
};
/**
 * Parses a size such as `10GB`, `512MiB`, `1.5g` or `1073741824` into bytes.
 *
 * @throws InputError naming `input` when the text is not a size.
 */
function parseBytes(text, input) {
    const m = /^(\d+(?:\.\d+)?)\s*(?:([kmgtp])i?b?|b)?$/i.exec(text.trim());
    if (!m) {
        throw new runtime_errors/* InputError */.d(`'${text}' is not a size.`, {
            input,
            fix: 'use a number with an optional unit B, KB, MB, GB or TB (binary: 1GB = 1024 MB), e.g. 10GB.',
        });
    }
    return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}
/** A size for people: one decimal, binary labels (`512 B`, `1.5 GiB`). */
function formatBytes(bytes) {
    const labels = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let n = bytes;
    let i = 0;
    while (n >= 1024 && i < labels.length - 1) {
        n /= 1024;
        i++;
    }
    return i === 0 ? `${bytes} B` : `${n.toFixed(1)} ${labels[i]}`;
}
/**
 * A size exactly, for a configuration file BuildKit reads: the largest unit that keeps it whole
 * (`10GB`, `1536MB`, `1000B`), in go-units' syntax.
 */
function configBytes(bytes) {
    for (const [unit, n] of [
        ['TB', UNITS['t']],
        ['GB', UNITS['g']],
        ['MB', UNITS['m']],
        ['KB', UNITS['k']],
    ]) {
        if (bytes >= n && bytes % n === 0)
            return `${bytes / n}${unit}`;
    }
    return `${bytes}B`;
}

;// CONCATENATED MODULE: ./.build/shared/policy/config.js
/**
 * The policy's settings resolved: every rule with its level and parameters, the manifest's
 * `policy:` (shared/manifest/settings.ts) over the defaults below.
 */

/** The rules, in the order reports list them. */
const RULE_NAMES = [
    'non-root',
    'max-layers',
    'max-size',
    'base-allowlist',
    'required-labels',
    'healthcheck',
    'no-secrets',
];
/** The OCI labels every image should carry (image-spec annotations.md, as labels). */
const OCI_LABELS = [
    'org.opencontainers.image.source',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.created',
];
/**
 * The defaults. `base-allowlist` is off until an allowlist is given (it has nothing to check
 * against); the others are errors but `max-size`, `required-labels` and `healthcheck`, which warn.
 */
const DEFAULT_POLICY = {
    'non-root': { level: 'error' },
    'max-layers': { level: 'error', max: 20 },
    'max-size': { level: 'warning', max: 1024 ** 3 },
    'base-allowlist': { level: 'off', allow: [] },
    'required-labels': { level: 'warning', labels: OCI_LABELS },
    healthcheck: { level: 'warning' },
    'no-secrets': { level: 'error', ignore: [] },
};
/**
 * The manifest's settings over the defaults. Naming an allowlist turns `base-allowlist` on (at
 * `error`) unless its level is given.
 *
 * @throws InputError when a `max-size` is not a size (the manifest schema has checked it already).
 */
function resolvePolicy(settings = {}) {
    const out = structuredClone(DEFAULT_POLICY);
    for (const name of RULE_NAMES) {
        const s = settings[name];
        if (s === undefined)
            continue;
        if (typeof s === 'string') {
            out[name].level = s;
            continue;
        }
        if (name === 'base-allowlist' && 'allow' in s && s.level === undefined)
            out[name].level = 'error';
        Object.assign(out[name], s);
        if (name === 'max-size' && typeof out[name].max === 'string')
            out[name].max = parseBytes(out[name].max, 'policy.max-size.max');
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/shared/policy/markdown.js
/** A policy report in Markdown, for the job summary and PR comments. */


const STATUS = {
    'fail:error': '❌ error',
    'fail:warning': '⚠️ warning',
    pass: '✅ pass',
    off: '➖ off',
};
/**
 * One row per rule (its platforms merged when their verdicts agree), then `extra` rules, then each
 * violation with its fix. Messages come from the rules, which never carry a value read from the image.
 */
function renderPolicyMarkdown(report, extra = []) {
    const failedExtra = (level) => extra.filter((e) => e.status === 'fail' && e.level === level).length;
    const errors = report.errors + failedExtra('error');
    const warnings = report.warnings + failedExtra('warning');
    const verdict = !errors
        ? warnings
            ? `passed with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
            : 'passed'
        : `failed: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
    const multi = report.platforms.length > 1;
    const rows = [];
    for (const rule of RULE_NAMES) {
        const vs = report.verdicts.filter((v) => v.rule === rule);
        for (const group of groupBy(vs)) {
            const first = group[0];
            const platforms = multi
                ? group.length === vs.length
                    ? 'all'
                    : group.map((v) => v.platform).join(', ')
                : '';
            rows.push([
                code(rule),
                ...(multi ? [cell(platforms)] : []),
                statusOf(first),
                cell(first.findings.map((f) => f.message).join('; ')),
            ]);
        }
    }
    for (const e of extra) {
        const status = e.status === 'fail' ? STATUS[`fail:${e.level}`] : STATUS[e.status];
        rows.push([code(e.rule), ...(multi ? ['all'] : []), status, cell(e.finding)]);
    }
    const lines = [
        `### Image policy: ${verdict}`,
        '',
        code(report.image),
        '',
        ...table(['rule', ...(multi ? ['platforms'] : []), 'verdict', 'finding'], rows),
    ];
    const fixes = [
        ...report.verdicts
            .filter((v) => v.status === 'fail')
            .flatMap((v) => v.findings.map((f) => `- ${code(v.rule)}: ${f.message}. ${f.fix}`)),
        ...extra.filter((e) => e.status === 'fail').map((e) => `- ${code(e.rule)}: ${e.finding}. ${e.fix}`),
    ];
    if (fixes.length)
        lines.push('', '**How to fix**', '', ...new Set(fixes));
    return lines.join('\n') + '\n';
}
function statusOf(v) {
    return v.status === 'fail' ? STATUS[`fail:${v.level}`] : STATUS[v.status];
}
/** Verdicts of one rule grouped by what they say, in platform order. */
function groupBy(vs) {
    const groups = new Map();
    for (const v of vs) {
        const key = `${v.status}|${v.findings.map((f) => f.message).join('|')}`;
        groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./.build/shared/scan/summary.js
/** The job summary of a scan: the verdict, counts per image and platform, the worst findings. Pure. */




const ORDER = [...report_SEVERITIES].reverse();
function summary_link(f) {
    return f.url ? `[${cell(f.id)}](${f.url.replace(/[()\s]/g, encodeURIComponent)})` : cell(f.id);
}
/** Markdown for the step summary. `top` caps the findings listed. */
function renderScanSummary(outcome, failOn, top = 20) {
    const verdict = !failOn.length
        ? 'none (`fail-on: none`)'
        : outcome.passed
            ? `passed: no finding of ${failOn.join(', ')}`
            : `**failed**: ${outcome.failing} finding(s) of ${failOn.join(', ')}`;
    const lines = [`## Vulnerability scan`, '', `Gate: ${verdict}.`, ''];
    const rows = outcome.images.flatMap((img) => img.scans.map((s) => {
        const counts = Object.fromEntries(ORDER.map((sev) => [sev, 0]));
        for (const f of s.findings)
            counts[f.severity]++;
        return [
            code(img.ref),
            s.platform ? code(s.platform) : '',
            ...ORDER.map((sev) => String(counts[sev])),
            String(s.ignored.length),
            String(s.unfixed),
        ];
    }));
    lines.push(...table(['image', 'platform', ...ORDER, 'ignored', 'unfixed (skipped)'], rows), '');
    const all = outcome.images.flatMap((i) => i.scans.flatMap((s) => s.findings));
    if (all.length) {
        const shown = worst(all, top);
        lines.push(`### Worst findings (${shown.length} of ${all.length})`, '');
        lines.push(...table(['id', 'severity', 'package', 'installed', 'fixed'], shown.map((f) => [
            summary_link(f),
            f.severity,
            code(f.pkg),
            code(f.installed),
            f.fixed ? code(f.fixed) : 'no fix',
        ])), '');
    }
    else {
        lines.push('No vulnerability at or above the threshold.', '');
    }
    const ignored = outcome.images.flatMap((i) => i.scans.flatMap((s) => s.ignored));
    if (ignored.length) {
        const byRule = new Map();
        for (const { rule } of ignored) {
            const e = byRule.get(rule.source) ?? { rule, n: 0 };
            e.n++;
            byRule.set(rule.source, e);
        }
        lines.push('### Ignored', '');
        lines.push(...table(['id', 'findings', 'until', 'statement', 'rule'], [...byRule.values()].map(({ rule, n }) => [
            cell(rule.id),
            String(n),
            rule.expiredAt ?? '',
            cell(rule.statement ?? ''),
            code(rule.source),
        ])), '');
    }
    return lines.join('\n');
}
/**
 * The vulnerability gate as the policy's rule "scanned with zero high-severity findings": an error
 * when the image has findings `fail-on` names, whatever the policy mode (the gate always fails).
 */
function vulnerabilityRule(image, failOn) {
    const fix = 'update the packages the scan lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.';
    if (!failOn.length)
        return { rule: 'vulnerabilities', level: 'off', status: 'off', finding: '', fix };
    return {
        rule: 'vulnerabilities',
        level: 'error',
        status: image.failing ? 'fail' : 'pass',
        finding: image.failing ? `${image.failing} finding(s) of ${failOn.join(', ')}` : '',
        fix,
    };
}
/** The policy section of the summary: the mode, then each image's table with the gate as a rule. Pure. */
function renderPolicySection(outcome, failOn, policy, unread) {
    if (unread)
        return ['## Image policy', '', `Not checked: the images could not be read (${unread.message}).`, ''].join('\n');
    if (!policy)
        return ['## Image policy', '', 'Not checked (`policy: off`).', ''].join('\n');
    const mode = policy.mode === 'enforce'
        ? 'enforced: a rule at level `error` fails the step'
        : 'reported only (`policy: report`): no rule fails the step; the vulnerability gate still does';
    const lines = ['## Image policy', '', `Policy ${mode}.`, ''];
    for (const p of policy.images) {
        const scan = outcome.images.find((i) => i.ref === p.ref);
        const from = policy.manifestFile ? code(policy.manifestFile) : 'no manifest: the built-in defaults';
        const which = p.service ? `service ${code(p.service)}` : 'defaults';
        lines.push(`Settings: ${which} (${from}).`, '');
        lines.push(renderPolicyMarkdown(p.report, scan ? [vulnerabilityRule(scan, failOn)] : []));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/shared/oci/descriptor.js
/**
 * OCI content descriptors (image-spec descriptor.md), with the fields the suite reads, and what an
 * index entry is to BuildKit.
 */
/** True for the attestation manifests BuildKit adds to an index (platform `unknown/unknown`). */
function isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown'));
}

// EXTERNAL MODULE: ./.build/shared/oci/platforms.js
var oci_platforms = __nccwpck_require__(6596);
;// CONCATENATED MODULE: ./.build/shared/registry/resolve-image.js
/**
 * An image reference pinned to the digest the registry holds, for every action that works by digest
 * (scan-image, sign-image): a tag is resolved through the registry (docker's credentials), a digest
 * is checked to exist, and an index's platform manifests are listed (attestations left out).
 */






/** True when the host (`host[:port]`) is loopback or one of `insecureHosts` (an entry without port: every port). */
function isInsecureHost(host, insecureHosts) {
    return isLoopbackHost(host) || isNamedHost(host, insecureHosts);
}
/** The registry served other bytes than the digest asked for. */
class DigestMismatch extends Error {
    served;
    constructor(input, served) {
        super(`${input}: the registry answered with ${served}`);
        this.served = served;
        this.name = 'DigestMismatch';
    }
}
/**
 * Pins `input` to a digest through `read`.
 *
 * @throws Error saying why the reference cannot be resolved (not a reference, no tag or digest is
 *   taken as `latest` as docker does, unknown to the registry, unreachable)
 */
async function resolveImage(input, read, insecureHosts = []) {
    const parsed = reference_parseReference(input);
    if (!parsed)
        throw new Error(`'${input}' is not an image reference`);
    const reference = parsed.digest ?? parsed.tag ?? 'latest';
    let m;
    try {
        m = await read(parsed.name, reference);
    }
    catch (err) {
        throw new Error(`${input} cannot be resolved to a digest: ${err.message}`, { cause: err });
    }
    if (parsed.digest && m.digest !== parsed.digest)
        throw new DigestMismatch(input, m.digest);
    const index = INDEX_TYPES.includes(m.mediaType);
    return {
        input,
        name: parsed.name,
        digest: m.digest,
        ref: pinned(parsed.name, m.digest),
        ...(!parsed.digest && { tag: parsed.tag ?? 'latest' }),
        mediaType: m.mediaType,
        index,
        platforms: index ? platformManifests(parsed.name, m.manifest) : [],
        insecure: isInsecureHost(splitName(parsed.name).host, insecureHosts),
    };
}
/** The platform manifests of an index, without BuildKit's attestation manifests (`unknown/unknown`). */
function platformManifests(name, index) {
    return (index.manifests ?? [])
        .filter((d) => d.platform && !isAttestation(d))
        .map((d) => ({ platform: (0,oci_platforms/* formatPlatform */.Bq)(d.platform), ref: pinned(name, d.digest) }));
}
/**
 * One direct session per repository, opened on first use and kept, with docker's credentials and
 * plain HTTP for loopback and `insecureHosts`: the tag resolution and every later read of the same
 * repository (scan-image's policy reads) share its token and connection.
 */
function registrySessions(insecureHosts, opts = {}) {
    return sessionPool((name) => ({ ...opts, insecure: isInsecureHost(splitName(name).host, insecureHosts) }));
}
/** The registry reader: manifests read through `sessions` (registrySessions), one per repository. */
function registryReader(sessions) {
    return async (name, reference) => {
        const { client, repository } = await sessions(name);
        return client.manifest(repository, reference);
    };
}

;// CONCATENATED MODULE: ./.build/shared/scan/targets.js
/**
 * The images to scan, each pinned by digest through the one resolver every action that works by
 * digest uses (shared/registry/resolve-image.ts): a tag is resolved through the registry (never by
 * trusting a local image), and an index is scanned per platform (attestation manifests left out).
 * This file only says what the resolver's refusals mean for scan-image's `images` input.
 */



/**
 * Resolves one reference: the digest the registry serves for its tag (or the digest it names) and
 * the platforms of what that digest is.
 *
 * @throws InputError naming `images` when the reference is not valid or cannot be read
 */
async function resolveTarget(input, read) {
    if (!reference_parseReference(input)) {
        throw new runtime_errors/* InputError */.d(`'${input}' is not an image reference.`, {
            input: 'images',
            fix: 'write name[:tag][@sha256:...], one a line, e.g. ghcr.io/acme/api:1.2.',
        });
    }
    let r;
    try {
        r = await resolveImage(input, read);
    }
    catch (err) {
        if (err instanceof DigestMismatch) {
            throw new runtime_errors/* InputError */.d(`${input}: the registry served ${err.served}.`, {
                input: 'images',
                fix: 'check the digest; a registry that serves other bytes for a digest cannot be trusted.',
            });
        }
        // Otherwise the resolver gives the read's failure as the cause.
        const cause = err.cause ?? err;
        throw new runtime_errors/* InputError */.d(`${input} could not be read from its registry: ${cause.message}.`, {
            input: 'images',
            fix: 'push the image first, log in to its registry (docker login), or name a plain-HTTP registry in `insecure-registries`.',
        });
    }
    return {
        input,
        name: r.name,
        digest: r.digest,
        ref: r.ref,
        platforms: r.index ? r.platforms.map((p) => p.platform) : [''],
    };
}

;// CONCATENATED MODULE: ./.build/shared/manifest/settings.js
const EMPTY_MANIFEST = { defaults: {}, global: [], services: {}, lines: {} };
/** Settings for one service: its own entry over the defaults (a policy rule by rule, a rule's fields one by one). */
function settingsFor(manifest, key) {
    const own = manifest.services[key] ?? {};
    const policy = mergePolicy(manifest.defaults.policy, own.policy);
    return {
        ...manifest.defaults,
        ...own,
        targets: { ...manifest.defaults.targets, ...own.targets },
        ...(policy && { policy }),
    };
}
/**
 * `over` on `base`, rule by rule: a rule set to a level alone keeps the parameters `base` gives it
 * (`max-layers: warning` over `max-layers: { max: 10 }` warns above 10 layers).
 */
function mergePolicy(base, over) {
    if (!base && !over)
        return undefined;
    const out = { ...base };
    for (const [rule, setting] of Object.entries(over ?? {})) {
        const prev = out[rule];
        out[rule] = prev === undefined ? setting : { ...asObject(prev), ...asObject(setting) };
    }
    return out;
}
function asObject(s) {
    return typeof s === 'string' ? { level: s } : s;
}

;// CONCATENATED MODULE: ./.build/shared/oci/base-annotations.js
/**
 * The OCI annotations that name the image an image was built from (image-spec annotations.md:
 * `org.opencontainers.image.base.name` and `.base.digest`), as build-service writes them and the
 * image policy's `base-allowlist` reads them.
 */

const BASE_NAME_ANNOTATION = 'org.opencontainers.image.base.name';
const BASE_DIGEST_ANNOTATION = 'org.opencontainers.image.base.digest';
/**
 * buildx `--annotation` values for the base `ref` (`name[:tag][@digest]`): the name (with its tag),
 * and the digest when the reference pins one, on the image manifest and, when the build makes an
 * index (several platforms, or attestations beside the image), on the index too. BuildKit refuses
 * `index:` annotations on a single-platform export without one ("index annotations not supported
 * for single platform export"). Pure.
 */
function baseAnnotations(ref, index) {
    const r = parseReference(ref);
    if (!r)
        return [];
    const values = [
        [BASE_NAME_ANNOTATION, r.tag ? `${r.name}:${r.tag}` : r.name],
        ...(r.digest ? [[BASE_DIGEST_ANNOTATION, r.digest]] : []),
    ];
    return (index ? ['manifest', 'index'] : ['manifest']).flatMap((level) => values.map(([k, v]) => `${level}:${k}=${v}`));
}

;// CONCATENATED MODULE: ./.build/shared/policy/image.js
/**
 * What the policy reads of an image, per platform: the manifest's layers and annotations and the
 * image config (image-spec config.md, with Docker's `Healthcheck` field). No I/O: ./read.ts fills it.
 */

/**
 * The base image of a platform: `explicit` (the build result's resolved FROM) when given, else its
 * base annotations (`name@digest` when both are set); undefined when neither says.
 */
function baseOf(p, explicit) {
    if (explicit)
        return explicit;
    const name = p.annotations[BASE_NAME_ANNOTATION];
    if (!name)
        return undefined;
    const digest = p.annotations[BASE_DIGEST_ANNOTATION];
    return digest && !name.includes('@') ? `${name}@${digest}` : name;
}

;// CONCATENATED MODULE: ./.build/shared/policy/secrets.js
/** Key names that hold secrets (`API_TOKEN`, `DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, `PRIVATE_KEY`...). */
const SECRET_KEY = /(^|[_.-])(PASSWD|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|CREDENTIALS?)($|[_.-])|PASSWORD|SECRET|TOKEN$/i;
/** Keys that name where a secret is, not the secret (`PASSWORD_FILE=/run/secrets/db`). */
const POINTER_KEY = /[_.-](FILE|PATH|DIR)$/i;
/** Values that are secrets whatever their key. */
const SECRET_VALUE = [
    /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/,
    /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{40,}\b/,
    /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key ids
    /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, // Slack tokens
];
/** True when `key=value` looks like a secret (a secret key with a value, or a secret value). */
function looksSecret(key, value, ignore = []) {
    if (ignore.some((k) => k.toLowerCase() === key.toLowerCase()))
        return undefined;
    if (SECRET_VALUE.some((re) => re.test(value)))
        return 'value';
    if (value.trim() && SECRET_KEY.test(key) && !POINTER_KEY.test(key))
        return 'key';
    return undefined;
}
/**
 * `KEY=value` assignments in a history step (`ENV A=1 B=2`, `ARG TOKEN=x`, the `|2 A=1 B=2` prefix
 * BuildKit writes before a RUN that sees build args). Values may be quoted.
 */
function assignments(createdBy) {
    const out = [];
    const re = /(?:^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
    for (const m of createdBy.matchAll(re))
        out.push([m[1], m[2].replace(/^["']|["']$/g, '')]);
    return out;
}
/** Every secret-looking entry of a config's ENV, labels and history, by key. */
function findSecrets(config, ignore = []) {
    const hits = [];
    for (const entry of config.config?.Env ?? []) {
        const eq = entry.indexOf('=');
        const key = eq < 0 ? entry : entry.slice(0, eq);
        const why = looksSecret(key, eq < 0 ? '' : entry.slice(eq + 1), ignore);
        if (why)
            hits.push({ where: 'ENV', key, why });
    }
    for (const [key, value] of Object.entries(config.config?.Labels ?? {})) {
        const why = looksSecret(key, value, ignore);
        if (why)
            hits.push({ where: 'label', key, why });
    }
    const env = new Set(hits.filter((h) => h.where === 'ENV').map((h) => h.key));
    (config.history ?? []).forEach((h, i) => {
        const text = h.created_by ?? '';
        const seen = new Set();
        for (const [key, value] of assignments(text)) {
            // An ENV already reported is not reported again for the step that set it.
            if (seen.has(key) || (env.has(key) && /^\s*ENV\s/.test(text)))
                continue;
            const why = looksSecret(key, value, ignore);
            if (why) {
                seen.add(key);
                hits.push({ where: `history step ${i + 1}`, key, why });
            }
        }
        if (!seen.size && SECRET_VALUE.some((re) => re.test(text)))
            hits.push({ where: `history step ${i + 1}`, key: '(command)', why: 'value' });
    });
    return hits;
}

;// CONCATENATED MODULE: ./.build/shared/policy/rules.js
/**
 * The policy's rules: pure functions over one platform's image. Each returns its findings (none when
 * the image passes), each finding saying what is wrong and how to fix it. No finding ever carries a
 * value read from ENV, labels or history: a secret is named by its key.
 */





const nonRoot = (image) => {
    const user = image.config.config?.User?.trim() ?? '';
    const name = user.split(':')[0];
    if (name && name !== '0' && name !== 'root')
        return [];
    return [
        {
            message: user ? `runs as root (${code(`USER ${user}`)})` : 'runs as root (no USER is set)',
            fix: 'add `USER <uid>` (e.g. `USER 10001`, or a user the image creates) after the last step that needs root.',
        },
    ];
};
const maxLayers = (image, { params }) => image.layers.length <= params.max
    ? []
    : [
        {
            message: `${image.layers.length} layers, more than ${params.max}`,
            fix: 'join consecutive `RUN` steps with `&&`, or build in a stage and `COPY --from` its result in one layer.',
        },
    ];
const maxSize = (image, { params }) => {
    const size = image.layers.reduce((a, b) => a + b, 0);
    return size <= params.max
        ? []
        : [
            {
                message: `${formatBytes(size)} compressed, over the budget of ${formatBytes(params.max)}`,
                fix: 'use a smaller base (slim, distroless), build in a stage and copy only what runs, and remove caches in the step that makes them.',
            },
        ];
};
/** `busybox` and `docker.io/busybox` are `docker.io/library/busybox`, as docker reads them. */
function normalizeName(name) {
    const { host, repository } = splitName(name);
    return `${host}/${host === 'docker.io' && !repository.includes('/') ? 'library/' : ''}${repository}`;
}
/** A glob to a regular expression: `*` within a path component, `**` across them. */
function globRe(pattern) {
    const body = pattern
        .split('**')
        .map((part) => part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'))
        .join('.*');
    return new RegExp(`^${body}$`);
}
/**
 * True when `base` matches an allowlist entry. An entry is a repository (`busybox`,
 * `ghcr.io/acme/base`), with `*`/`**` globs, and optionally a tag or digest the base must have.
 */
function allowed(base, allow) {
    const ref = reference_parseReference(base);
    const name = normalizeName(ref?.name ?? base.split('@')[0].replace(/:[^/:]*$/, ''));
    return allow.some((e) => {
        const at = e.indexOf('@');
        const colon = e.lastIndexOf(':');
        const hasTag = at < 0 && colon > e.lastIndexOf('/');
        const entryName = at >= 0 ? e.slice(0, at) : hasTag ? e.slice(0, colon) : e;
        if (!globRe(normalizeName(entryName)).test(name))
            return false;
        if (at >= 0)
            return ref?.digest === e.slice(at + 1);
        if (hasTag)
            return globRe(e.slice(colon + 1)).test(ref?.tag ?? '');
        return true;
    });
}
const baseAllowlist = (image, { params, base }) => {
    const b = baseOf(image, base);
    const list = params.allow.map(code).join(', ') || '(empty)';
    if (!b)
        return [
            {
                message: 'the base image is unknown',
                fix: "pass the build result's resolved FROM, or build with `--annotation 'manifest:org.opencontainers.image.base.name=<base>'`.",
            },
        ];
    if (allowed(b, params.allow))
        return [];
    return [
        {
            message: `base ${code(b)} is not in the allowlist (${list})`,
            fix: 'build `FROM` an allowed base, or add this one to `policy.base-allowlist.allow` in the manifest.',
        },
    ];
};
const requiredLabels = (image, { params }) => {
    const labels = image.config.config?.Labels ?? {};
    const missing = params.labels.filter((l) => !labels[l]);
    if (!missing.length)
        return [];
    return [
        {
            message: `missing ${missing.length === 1 ? 'label' : 'labels'} ${missing.map(code).join(', ')}`,
            fix: 'build with build-service (it sets the OCI labels), or add them with `LABEL` or `--label`.',
        },
    ];
};
const healthcheck = (image) => {
    const test = image.config.config?.Healthcheck?.Test ?? [];
    if (test.length && test[0] !== 'NONE')
        return [];
    return [
        {
            message: test[0] === 'NONE' ? 'the HEALTHCHECK is turned off (`HEALTHCHECK NONE`)' : 'no HEALTHCHECK',
            fix: 'add `HEALTHCHECK CMD <command>` that exits 0 when the service is healthy (e.g. `wget -q --spider http://localhost:8080/health`).',
        },
    ];
};
const noSecrets = (image, { params }) => findSecrets(image.config, params.ignore).map((hit) => ({
    message: hit.why === 'key'
        ? `${hit.where} ${code(hit.key)} looks like a secret (its value is not shown)`
        : `${hit.where} ${code(hit.key)} holds a secret-looking value (a private key or token; not shown)`,
    fix: 'pass it at run time, or to the build as a secret (`RUN --mount=type=secret`), never by `ENV`, `ARG` or `LABEL`; rotate it: the pushed image keeps it in its config and history.' +
        (hit.why === 'key'
            ? ` If it is not a secret, add ${code(hit.key)} to \`policy.no-secrets.ignore\`.`
            : ''),
}));
/** Every rule by name. */
const RULES = {
    'non-root': nonRoot,
    'max-layers': maxLayers,
    'max-size': maxSize,
    'base-allowlist': baseAllowlist,
    'required-labels': requiredLabels,
    healthcheck,
    'no-secrets': noSecrets,
};

;// CONCATENATED MODULE: ./.build/shared/policy/evaluate.js
/** The policy applied to an image: every rule on every platform, and the report. Pure. */


/**
 * Applies every rule to every platform of `image`.
 *
 * @param base the base image the build resolved (the build result's FROM); else each platform's
 *   base annotations are read.
 */
function evaluatePolicy(image, policy, base) {
    const verdicts = [];
    for (const rule of RULE_NAMES) {
        const params = policy[rule];
        for (const p of image.platforms) {
            if (params.level === 'off') {
                verdicts.push({ rule, level: 'off', platform: p.platform, status: 'off', findings: [] });
                continue;
            }
            const check = RULES[rule];
            const findings = check(p, { params, base });
            verdicts.push({
                rule,
                level: params.level,
                platform: p.platform,
                status: findings.length ? 'fail' : 'pass',
                findings,
            });
        }
    }
    const failed = (level) => verdicts.filter((v) => v.status === 'fail' && v.level === level).length;
    const errors = failed('error');
    return {
        image: image.ref,
        platforms: image.platforms.map((p) => p.platform),
        verdicts,
        errors,
        warnings: failed('warning'),
        passed: errors === 0,
    };
}

;// CONCATENATED MODULE: ./.build/shared/policy/read.js
/**
 * Reads what the policy checks from the registry (OCI distribution API): the manifest or index of an
 * image pinned by digest, every platform's manifest (attestations left out) and its config blob.
 */





/**
 * The image `name@sha256:...` as the policy sees it: one entry per platform of an index, or the one
 * of a single manifest. The served bytes must hash to the digest asked for.
 *
 * @param client a client for the image's registry (e.g. from shared/registry/session.ts)
 * @param repository the image's repository path on that registry (no host)
 */
async function readPolicyImage(ref, client, repository) {
    const parsed = reference_parseReference(ref);
    if (!parsed?.digest)
        throw new Error(`${ref} is not pinned by digest (name@sha256:...)`);
    const top = await verified(client, repository, parsed.digest, ref);
    const isIndex = INDEX_TYPES.includes(top.mediaType ?? '') || Array.isArray(top.manifests);
    const platforms = isIndex
        ? await Promise.all((top.manifests ?? [])
            .filter((d) => !isAttestation(d))
            .map(async (d) => platformImage(client, repository, await verified(client, repository, d.digest, pinned(parsed.name, d.digest)), d.digest, d.platform ? (0,oci_platforms/* formatPlatform */.Bq)(d.platform) : undefined, top.annotations)))
        : [await platformImage(client, repository, top, parsed.digest)];
    return { ref: pinned(parsed.name, parsed.digest), platforms };
}
async function verified(client, repository, digest, ref) {
    const m = await client.manifest(repository, digest);
    const got = sha256Digest(m.raw);
    if (got !== digest)
        throw new Error(`${ref}: the registry served bytes whose digest is ${got}`);
    return m.manifest;
}
async function platformImage(client, repository, m, digest, platform, indexAnnotations = {}) {
    if (!m.config)
        throw new Error(`${repository}@${digest} has no config: it is not an image manifest`);
    const config = (await client.blobJson(repository, m.config.digest));
    const fromConfig = config.os && config.architecture
        ? (0,oci_platforms/* formatPlatform */.Bq)({ os: config.os, architecture: config.architecture, variant: config.variant })
        : '';
    return {
        platform: platform ?? fromConfig,
        digest,
        layers: (m.layers ?? []).map((l) => l.size ?? 0),
        annotations: { ...indexAnnotations, ...m.annotations },
        config,
    };
}

;// CONCATENATED MODULE: ./.build/shared/policy/check.js
/** The image policy, end to end: read the image from its registry, apply the rules, report. */





/**
 * Checks the image `name@sha256:...` (every platform of an index) against the policy.
 *
 * @throws InputError for a `max-size` that is not a size; Error or RegistryError when the image
 *   cannot be read.
 */
async function checkImagePolicy(ref, opts = {}) {
    const policy = resolvePolicy(opts.policy);
    const parsed = reference_parseReference(ref);
    if (!parsed?.digest)
        throw new Error(`${ref} is not pinned by digest (name@sha256:...)`);
    const { client, repository } = await (opts.session ?? openDirectSession(parsed.name, opts.registry));
    const image = await readPolicyImage(ref, client, repository);
    return evaluatePolicy(image, policy, opts.base);
}

;// CONCATENATED MODULE: ./.build/shared/scan/policy.js





/** `enforce`: error-level violations fail the step; `report`: they are only reported; `off`: not checked. */
const POLICY_MODES = ['enforce', 'report', 'off'];
/**
 * The policy settings of an image: its service's (the manifest's defaults under the service's own
 * entry) when the build result named one, else the defaults. Pure.
 */
function policySettings(manifest, service) {
    return service ? settingsFor(manifest, service).policy : manifest.defaults.policy;
}
/** An annotation's text for a violation. Pure. */
function violationText(v) {
    return `${v.image}${v.platform ? ` (${v.platform})` : ''}: policy rule ${v.rule}: ${v.message}. Fix: ${v.fix}`;
}
/** Every failed verdict, in report order. Pure. */
function violationsOf(reports) {
    return reports.flatMap((r) => r.verdicts
        .filter((v) => v.status === 'fail' && v.level !== 'off')
        .flatMap((v) => v.findings.map((f) => ({
        image: r.image,
        platform: v.platform,
        rule: v.rule,
        level: v.level,
        message: f.message,
        fix: f.fix,
    }))));
}
/**
 * Checks every target, a few at a time (each is a few reads on its repository's session).
 *
 * @param sessions the session of a repository, shared with the tag resolution
 */
async function checkPolicies(targets, opts) {
    const images = await mapLimit(targets, REGISTRY_CONCURRENCY, async (t) => ({
        ref: t.ref,
        ...(t.service && { service: t.service }),
        ...(t.base && { base: t.base }),
        report: await checkImagePolicy(t.ref, {
            policy: policySettings(opts.manifest, t.service),
            base: t.base,
            session: opts.sessions(t.name),
        }),
    }));
    const reports = images.map((i) => i.report);
    return {
        mode: opts.mode,
        ...(opts.manifest.file && { manifestFile: opts.manifest.file }),
        images,
        violations: violationsOf(reports),
        passed: opts.mode === 'report' || reports.every((r) => r.passed),
    };
}
/** The step's error when the policy failed: how many error-level verdicts, of which rules, and the fix. */
function policyFailure(policy) {
    const errors = policy.images.reduce((n, i) => n + i.report.errors, 0);
    const rules = [...new Set(policy.violations.filter((v) => v.level === 'error').map((v) => v.rule))];
    return new runtime_errors/* InputError */.d(`${errors} image policy violation(s) at level error (${rules.join(', ')}).`, {
        input: 'policy',
        fix: "fix what the summary lists (each violation says how), lower the rule's level in the manifest's `policy`, or set `policy: report` to report without failing.",
    });
}

;// CONCATENATED MODULE: ./.build/shared/contracts/build-result.validate.js
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/contract-schemas.ts from shared/contracts/build-result.schema.ts.
// Do not edit: run `npm run build`.
const build_result_validate_validate = (/* unused pure expression or super */ null && (build_result_validate_validate20));
/* harmony default export */ const build_result_validate = (build_result_validate_validate20);
const build_result_validate_schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/buildkit-actions/buildkit-actions/docs/schemas/build-result.schema.json", "title": "buildkit-actions build result", "description": "The file named by build-service's `result-file` output. See docs/contracts.md.", "type": "object", "required": ["version", "mode", "service", "image", "digest", "ref", "tags", "platforms", "metadata", "durationMs", "cachedSteps", "cacheableSteps", "perPlatform", "steps", "cacheMisses", "cache", "warnings", "command", "attempts", "retried"], "properties": { "version": { "type": "integer", "minimum": 1, "description": "Major version of this contract. A reader refuses a major it does not know." }, "mode": { "enum": ["build", "merge"], "description": "A build, or a merge of per-platform digests." }, "service": { "type": "string", "description": "The plan key built." }, "variant": { "enum": ["dev", "prod"], "description": "The variant built, when one was asked for." }, "target": { "type": "string", "description": "The Dockerfile stage built." }, "base": { "type": "string", "description": "The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`), followed through the stages it is built FROM; absent for `FROM scratch` or a base the Dockerfile leaves to a build arg without a value." }, "image": { "type": "string", "description": "Image repository, without tag; empty when there is none." }, "digest": { "type": "string", "pattern": "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$", "description": "Digest of the pushed image or index; empty when nothing was pushed." }, "ref": { "type": "string", "description": "`image@digest`; empty when nothing was pushed." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Full tag references pushed." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms built." }, "metadata": { "type": "object", "description": "buildx's metadata file (`--metadata-file`), as written." }, "durationMs": { "type": "number", "minimum": 0, "description": "Wall time of the build or merge, in milliseconds." }, "cacheHitRatio": { "type": "number", "minimum": 0, "maximum": 1, "description": "Cached instruction steps over all of them; absent when there is none." }, "cachedSteps": { "type": "integer", "minimum": 0 }, "cacheableSteps": { "type": "integer", "minimum": 0, "description": "Dockerfile instruction steps: the ratio’s denominator." }, "imageSize": { "type": "integer", "minimum": 0, "description": "Compressed size in bytes of the largest platform’s image." }, "layers": { "type": "integer", "minimum": 0, "description": "Layer count of the largest platform’s image." }, "perPlatform": { "type": "array", "items": { "type": "object", "required": ["platform", "digest", "size", "layers"], "properties": { "platform": { "type": "string" }, "digest": { "type": "string", "pattern": "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, "size": { "type": "integer", "minimum": 0 }, "layers": { "type": "integer", "minimum": 0 }, "largestLayer": { "type": "object", "description": "The largest layer, and the Dockerfile line that made it when the config says.", "required": ["size"], "properties": { "size": { "type": "integer", "minimum": 0 }, "createdBy": { "type": "string" } } } } } }, "steps": { "type": "array", "description": "The build’s steps (BuildKit vertices), in order.", "items": { "type": "object", "required": ["name", "kind", "durationMs", "cached"], "properties": { "name": { "type": "string" }, "kind": { "enum": ["instruction", "from", "internal", "cache-import", "export", "other"] }, "instruction": { "type": "string", "description": "RUN, COPY, … for instruction and from steps." }, "stage": { "type": "string" }, "platform": { "type": "string" }, "durationMs": { "type": "number", "minimum": 0 }, "cached": { "type": "boolean" }, "error": { "type": "string" } } } }, "cacheMisses": { "type": "array", "description": "Cache sources BuildKit could not import (missing, unreachable, corrupt).", "items": { "type": "object", "required": ["ref", "error"], "properties": { "ref": { "type": "string" }, "error": { "type": "string" } } } }, "cache": { "type": "array", "items": { "type": "string" }, "description": "The cache plan, one line per import or export." }, "warnings": { "type": "array", "items": { "type": "string" } }, "command": { "type": "string", "description": "The buildx command line run (secrets are never in it)." }, "buildx": { "type": "string", "description": "The buildx plugin binary run in place of `docker buildx`." }, "attempts": { "type": "integer", "minimum": 1, "description": "Attempts the build took." }, "retried": { "type": "array", "items": { "type": "string" }, "description": "Why each retried attempt was retried." }, "builder": { "type": "object", "description": "The builder’s CPU and memory use during the build, where the driver lets it be read (docker-container).", "properties": { "cpuSeconds": { "type": "number", "minimum": 0, "description": "CPU time (user + system), seconds." }, "memoryPeakBytes": { "type": "integer", "minimum": 0, "description": "Peak memory of the builder’s container, bytes." } } } } };
const build_result_validate_pattern4 = new RegExp("^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$", "u");
function build_result_validate_validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://github.com/buildkit-actions/buildkit-actions/docs/schemas/build-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = build_result_validate_validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.mode === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.service === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property '" + "service" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.image === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property '" + "image" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.digest === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.ref === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.tags === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property '" + "tags" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.platforms === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platforms" }, message: "must have required property '" + "platforms" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.metadata === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.durationMs === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property '" + "durationMs" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.cachedSteps === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cachedSteps" }, message: "must have required property '" + "cachedSteps" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.cacheableSteps === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cacheableSteps" }, message: "must have required property '" + "cacheableSteps" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.perPlatform === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "perPlatform" }, message: "must have required property '" + "perPlatform" + "'" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.steps === undefined) {
            const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (data.cacheMisses === undefined) {
            const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cacheMisses" }, message: "must have required property '" + "cacheMisses" + "'" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data.cache === undefined) {
            const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cache" }, message: "must have required property '" + "cache" + "'" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (data.warnings === undefined) {
            const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property '" + "warnings" + "'" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (data.command === undefined) {
            const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if (data.retried === undefined) {
            const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "retried" }, message: "must have required property '" + "retried" + "'" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err20 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err21 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        if (data.mode !== undefined) {
            let data1 = data.mode;
            if (!((data1 === "build") || (data1 === "merge"))) {
                const err22 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: build_result_validate_schema31.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.service !== undefined) {
            if (typeof data.service !== "string") {
                const err23 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.variant !== undefined) {
            let data3 = data.variant;
            if (!((data3 === "dev") || (data3 === "prod"))) {
                const err24 = { instancePath: instancePath + "/variant", schemaPath: "#/properties/variant/enum", keyword: "enum", params: { allowedValues: build_result_validate_schema31.properties.variant.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.target !== undefined) {
            if (typeof data.target !== "string") {
                const err25 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.base !== undefined) {
            if (typeof data.base !== "string") {
                const err26 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.image !== undefined) {
            if (typeof data.image !== "string") {
                const err27 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.digest !== undefined) {
            let data7 = data.digest;
            if (typeof data7 === "string") {
                if (!build_result_validate_pattern4.test(data7)) {
                    const err28 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: "must match pattern \"" + "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.ref !== undefined) {
            if (typeof data.ref !== "string") {
                const err30 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.tags !== undefined) {
            let data9 = data.tags;
            if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data9[i0] !== "string") {
                        const err31 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.platforms !== undefined) {
            let data11 = data.platforms;
            if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data11[i1] !== "string") {
                        const err33 = { instancePath: instancePath + "/platforms/" + i1, schemaPath: "#/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.metadata !== undefined) {
            let data13 = data.metadata;
            if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                const err35 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.durationMs !== undefined) {
            let data14 = data.durationMs;
            if ((typeof data14 == "number") && (isFinite(data14))) {
                if (data14 < 0 || isNaN(data14)) {
                    const err36 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.cacheHitRatio !== undefined) {
            let data15 = data.cacheHitRatio;
            if ((typeof data15 == "number") && (isFinite(data15))) {
                if (data15 > 1 || isNaN(data15)) {
                    const err38 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                    const err39 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            else {
                const err40 = { instancePath: instancePath + "/cacheHitRatio", schemaPath: "#/properties/cacheHitRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        if (data.cachedSteps !== undefined) {
            let data16 = data.cachedSteps;
            if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                const err41 = { instancePath: instancePath + "/cachedSteps", schemaPath: "#/properties/cachedSteps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if ((typeof data16 == "number") && (isFinite(data16))) {
                if (data16 < 0 || isNaN(data16)) {
                    const err42 = { instancePath: instancePath + "/cachedSteps", schemaPath: "#/properties/cachedSteps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        if (data.cacheableSteps !== undefined) {
            let data17 = data.cacheableSteps;
            if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                const err43 = { instancePath: instancePath + "/cacheableSteps", schemaPath: "#/properties/cacheableSteps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if ((typeof data17 == "number") && (isFinite(data17))) {
                if (data17 < 0 || isNaN(data17)) {
                    const err44 = { instancePath: instancePath + "/cacheableSteps", schemaPath: "#/properties/cacheableSteps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        if (data.imageSize !== undefined) {
            let data18 = data.imageSize;
            if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                const err45 = { instancePath: instancePath + "/imageSize", schemaPath: "#/properties/imageSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            if ((typeof data18 == "number") && (isFinite(data18))) {
                if (data18 < 0 || isNaN(data18)) {
                    const err46 = { instancePath: instancePath + "/imageSize", schemaPath: "#/properties/imageSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
        }
        if (data.layers !== undefined) {
            let data19 = data.layers;
            if (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) {
                const err47 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
            if ((typeof data19 == "number") && (isFinite(data19))) {
                if (data19 < 0 || isNaN(data19)) {
                    const err48 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
        }
        if (data.perPlatform !== undefined) {
            let data20 = data.perPlatform;
            if (Array.isArray(data20)) {
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data21 = data20[i2];
                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.platform === undefined) {
                            const err49 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property '" + "platform" + "'" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (data21.digest === undefined) {
                            const err50 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        if (data21.size === undefined) {
                            const err51 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        if (data21.layers === undefined) {
                            const err52 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property '" + "layers" + "'" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                        if (data21.platform !== undefined) {
                            if (typeof data21.platform !== "string") {
                                const err53 = { instancePath: instancePath + "/perPlatform/" + i2 + "/platform", schemaPath: "#/properties/perPlatform/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (data21.digest !== undefined) {
                            let data23 = data21.digest;
                            if (typeof data23 === "string") {
                                if (!build_result_validate_pattern4.test(data23)) {
                                    const err54 = { instancePath: instancePath + "/perPlatform/" + i2 + "/digest", schemaPath: "#/properties/perPlatform/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" }, message: "must match pattern \"" + "^(|[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+)$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err55 = { instancePath: instancePath + "/perPlatform/" + i2 + "/digest", schemaPath: "#/properties/perPlatform/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data21.size !== undefined) {
                            let data24 = data21.size;
                            if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                                const err56 = { instancePath: instancePath + "/perPlatform/" + i2 + "/size", schemaPath: "#/properties/perPlatform/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                            if ((typeof data24 == "number") && (isFinite(data24))) {
                                if (data24 < 0 || isNaN(data24)) {
                                    const err57 = { instancePath: instancePath + "/perPlatform/" + i2 + "/size", schemaPath: "#/properties/perPlatform/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err57];
                                    }
                                    else {
                                        vErrors.push(err57);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data21.layers !== undefined) {
                            let data25 = data21.layers;
                            if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                const err58 = { instancePath: instancePath + "/perPlatform/" + i2 + "/layers", schemaPath: "#/properties/perPlatform/items/properties/layers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                            if ((typeof data25 == "number") && (isFinite(data25))) {
                                if (data25 < 0 || isNaN(data25)) {
                                    const err59 = { instancePath: instancePath + "/perPlatform/" + i2 + "/layers", schemaPath: "#/properties/perPlatform/items/properties/layers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data21.largestLayer !== undefined) {
                            let data26 = data21.largestLayer;
                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                if (data26.size === undefined) {
                                    const err60 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (data26.size !== undefined) {
                                    let data27 = data26.size;
                                    if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                                        const err61 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/size", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data27 == "number") && (isFinite(data27))) {
                                        if (data27 < 0 || isNaN(data27)) {
                                            const err62 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/size", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err62];
                                            }
                                            else {
                                                vErrors.push(err62);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data26.createdBy !== undefined) {
                                    if (typeof data26.createdBy !== "string") {
                                        const err63 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer/createdBy", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/properties/createdBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err64 = { instancePath: instancePath + "/perPlatform/" + i2 + "/largestLayer", schemaPath: "#/properties/perPlatform/items/properties/largestLayer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err65 = { instancePath: instancePath + "/perPlatform/" + i2, schemaPath: "#/properties/perPlatform/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err66 = { instancePath: instancePath + "/perPlatform", schemaPath: "#/properties/perPlatform/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err66];
                }
                else {
                    vErrors.push(err66);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data29 = data.steps;
            if (Array.isArray(data29)) {
                const len3 = data29.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data30 = data29[i3];
                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        if (data30.name === undefined) {
                            const err67 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                        if (data30.kind === undefined) {
                            const err68 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        if (data30.durationMs === undefined) {
                            const err69 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property '" + "durationMs" + "'" };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        if (data30.cached === undefined) {
                            const err70 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/required", keyword: "required", params: { missingProperty: "cached" }, message: "must have required property '" + "cached" + "'" };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                        if (data30.name !== undefined) {
                            if (typeof data30.name !== "string") {
                                const err71 = { instancePath: instancePath + "/steps/" + i3 + "/name", schemaPath: "#/properties/steps/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data30.kind !== undefined) {
                            let data32 = data30.kind;
                            if (!((((((data32 === "instruction") || (data32 === "from")) || (data32 === "internal")) || (data32 === "cache-import")) || (data32 === "export")) || (data32 === "other"))) {
                                const err72 = { instancePath: instancePath + "/steps/" + i3 + "/kind", schemaPath: "#/properties/steps/items/properties/kind/enum", keyword: "enum", params: { allowedValues: build_result_validate_schema31.properties.steps.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data30.instruction !== undefined) {
                            if (typeof data30.instruction !== "string") {
                                const err73 = { instancePath: instancePath + "/steps/" + i3 + "/instruction", schemaPath: "#/properties/steps/items/properties/instruction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                        if (data30.stage !== undefined) {
                            if (typeof data30.stage !== "string") {
                                const err74 = { instancePath: instancePath + "/steps/" + i3 + "/stage", schemaPath: "#/properties/steps/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        if (data30.platform !== undefined) {
                            if (typeof data30.platform !== "string") {
                                const err75 = { instancePath: instancePath + "/steps/" + i3 + "/platform", schemaPath: "#/properties/steps/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                        if (data30.durationMs !== undefined) {
                            let data36 = data30.durationMs;
                            if ((typeof data36 == "number") && (isFinite(data36))) {
                                if (data36 < 0 || isNaN(data36)) {
                                    const err76 = { instancePath: instancePath + "/steps/" + i3 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/steps/" + i3 + "/durationMs", schemaPath: "#/properties/steps/items/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                        if (data30.cached !== undefined) {
                            if (typeof data30.cached !== "boolean") {
                                const err78 = { instancePath: instancePath + "/steps/" + i3 + "/cached", schemaPath: "#/properties/steps/items/properties/cached/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                            }
                        }
                        if (data30.error !== undefined) {
                            if (typeof data30.error !== "string") {
                                const err79 = { instancePath: instancePath + "/steps/" + i3 + "/error", schemaPath: "#/properties/steps/items/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err80 = { instancePath: instancePath + "/steps/" + i3, schemaPath: "#/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err81 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
        }
        if (data.cacheMisses !== undefined) {
            let data39 = data.cacheMisses;
            if (Array.isArray(data39)) {
                const len4 = data39.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data40 = data39[i4];
                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                        if (data40.ref === undefined) {
                            const err82 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                        if (data40.error === undefined) {
                            const err83 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                        if (data40.ref !== undefined) {
                            if (typeof data40.ref !== "string") {
                                const err84 = { instancePath: instancePath + "/cacheMisses/" + i4 + "/ref", schemaPath: "#/properties/cacheMisses/items/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                        if (data40.error !== undefined) {
                            if (typeof data40.error !== "string") {
                                const err85 = { instancePath: instancePath + "/cacheMisses/" + i4 + "/error", schemaPath: "#/properties/cacheMisses/items/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err86 = { instancePath: instancePath + "/cacheMisses/" + i4, schemaPath: "#/properties/cacheMisses/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err87 = { instancePath: instancePath + "/cacheMisses", schemaPath: "#/properties/cacheMisses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err87];
                }
                else {
                    vErrors.push(err87);
                }
                errors++;
            }
        }
        if (data.cache !== undefined) {
            let data43 = data.cache;
            if (Array.isArray(data43)) {
                const len5 = data43.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    if (typeof data43[i5] !== "string") {
                        const err88 = { instancePath: instancePath + "/cache/" + i5, schemaPath: "#/properties/cache/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err89 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
        }
        if (data.warnings !== undefined) {
            let data45 = data.warnings;
            if (Array.isArray(data45)) {
                const len6 = data45.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    if (typeof data45[i6] !== "string") {
                        const err90 = { instancePath: instancePath + "/warnings/" + i6, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err91 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
        }
        if (data.command !== undefined) {
            if (typeof data.command !== "string") {
                const err92 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err92];
                }
                else {
                    vErrors.push(err92);
                }
                errors++;
            }
        }
        if (data.buildx !== undefined) {
            if (typeof data.buildx !== "string") {
                const err93 = { instancePath: instancePath + "/buildx", schemaPath: "#/properties/buildx/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err93];
                }
                else {
                    vErrors.push(err93);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data49 = data.attempts;
            if (!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) {
                const err94 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
            if ((typeof data49 == "number") && (isFinite(data49))) {
                if (data49 < 1 || isNaN(data49)) {
                    const err95 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
        }
        if (data.retried !== undefined) {
            let data50 = data.retried;
            if (Array.isArray(data50)) {
                const len7 = data50.length;
                for (let i7 = 0; i7 < len7; i7++) {
                    if (typeof data50[i7] !== "string") {
                        const err96 = { instancePath: instancePath + "/retried/" + i7, schemaPath: "#/properties/retried/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err97 = { instancePath: instancePath + "/retried", schemaPath: "#/properties/retried/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err97];
                }
                else {
                    vErrors.push(err97);
                }
                errors++;
            }
        }
        if (data.builder !== undefined) {
            let data52 = data.builder;
            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.cpuSeconds !== undefined) {
                    let data53 = data52.cpuSeconds;
                    if ((typeof data53 == "number") && (isFinite(data53))) {
                        if (data53 < 0 || isNaN(data53)) {
                            const err98 = { instancePath: instancePath + "/builder/cpuSeconds", schemaPath: "#/properties/builder/properties/cpuSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err99 = { instancePath: instancePath + "/builder/cpuSeconds", schemaPath: "#/properties/builder/properties/cpuSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                }
                if (data52.memoryPeakBytes !== undefined) {
                    let data54 = data52.memoryPeakBytes;
                    if (!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) {
                        const err100 = { instancePath: instancePath + "/builder/memoryPeakBytes", schemaPath: "#/properties/builder/properties/memoryPeakBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                    if ((typeof data54 == "number") && (isFinite(data54))) {
                        if (data54 < 0 || isNaN(data54)) {
                            const err101 = { instancePath: instancePath + "/builder/memoryPeakBytes", schemaPath: "#/properties/builder/properties/memoryPeakBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err102 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err102];
                }
                else {
                    vErrors.push(err102);
                }
                errors++;
            }
        }
    }
    else {
        const err103 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err103];
        }
        else {
            vErrors.push(err103);
        }
        errors++;
    }
    build_result_validate_validate20.errors = vErrors;
    return errors === 0;
}
build_result_validate_validate20.evaluated = { "props": { "version": true, "mode": true, "service": true, "variant": true, "target": true, "base": true, "image": true, "digest": true, "ref": true, "tags": true, "platforms": true, "metadata": true, "durationMs": true, "cacheHitRatio": true, "cachedSteps": true, "cacheableSteps": true, "imageSize": true, "layers": true, "perPlatform": true, "steps": true, "cacheMisses": true, "cache": true, "warnings": true, "command": true, "buildx": true, "attempts": true, "retried": true, "builder": true }, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./.build/shared/contracts/build-result.js
/**
 * The build result: the file build-service writes (its `result-file` output) for the actions that
 * come after a build (scan-image, sign-image, report-metrics). Schema: ./build-result.schema.ts,
 * published as docs/schemas/build-result.schema.json; fields and version policy: docs/contracts.md.
 */




/** The major version build-service writes; a reader refuses any other. */
const BUILD_RESULT_VERSION = 1;
/** The result file's document for an outcome. Pure. */
function buildResult(outcome) {
    return { version: BUILD_RESULT_VERSION, ...outcome };
}
/** The result file's text: the document as indented JSON. */
function buildResultText(outcome) {
    return JSON.stringify(buildResult(outcome), null, 2) + '\n';
}
/**
 * Parses and validates a result file's text. Pure.
 *
 * @param file where the text comes from, for the errors
 * @throws InputError naming the file and, for a schema problem, the field's path
 */
function parseBuildResult(text, file) {
    return check_parseContract(text, file, BUILD_RESULT);
}
/** The build result's contract (for checkContract on JSON already parsed). */
const BUILD_RESULT = {
    what: 'build result',
    version: BUILD_RESULT_VERSION,
    validate: build_result_validate,
    action: 'build-service',
    schema: 'docs/schemas/build-result.schema.json',
};
/**
 * Reads and validates the result file build-service wrote.
 *
 * @param readText reads a file's text; the file system's unless given (tests pass their own)
 * @throws InputError naming the file when it cannot be read, is not JSON, is of an unknown version or
 *   does not match the schema
 */
function readBuildResult(path, readText = (p) => (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8')) {
    let text;
    try {
        text = readText(path);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? err.message})`;
        throw new runtime_errors/* InputError */.d(`the build result ${path} ${why}.`, {
            fix: "pass the file build-service's `result-file` output names, in the same job as build-service.",
        });
    }
    return parseBuildResult(text, path);
}

;// CONCATENATED MODULE: ./.build/shared/compose/repo-files.js
/**
 * Paths and file checks shared by discovery and loading: repository-relative POSIX paths, and
 * whether a path is a file or a directory.
 */


/** Repository-relative POSIX path of `abs` ('.' for the root), or undefined when it is outside `root`. */
function toRepoPath(root, abs) {
    const rel = relative(root, abs);
    if (rel === '')
        return '.';
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
        return undefined;
    return rel.split(sep).join('/');
}
// Synchronous I/O: discovery and the loader stat thousands of small files one after another, and a
// promise round trip through the thread pool costs more than each call.
async function isFile(p) {
    return (0,external_node_fs_namespaceObject.statSync)(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
async function repo_files_isDirectory(p) {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
/** Orders strings by code unit, as `<` does: the same order on every machine, whatever the locale. */
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

;// CONCATENATED MODULE: ./.build/shared/compose/glob-files.js
/**
 * Files of a repository that the `compose-files` globs match: a walk of the directories the globs
 * can reach, outside `.git` (and `node_modules`, unless a glob names it).
 */




/** True for a repository-relative path that one of the `!` patterns (given without the `!`) matches. */
function matcher(excludes) {
    const exclude = excludes.map((g) => picomatch(g.replace(/^\.\//, ''), { dot: true }));
    return (path) => exclude.some((m) => m(path));
}
/** Repository-relative files matching any of `globs` and not `excluded`, sorted. */
async function globFiles(root, globs, excluded) {
    if (globs.length === 0)
        return [];
    const opts = { dot: true };
    const include = globs.map((g) => node_modules_picomatch(g.replace(/^\.\//, ''), opts));
    const wantsNodeModules = globs.some((g) => g.includes('node_modules'));
    const bases = [...new Set(globs.map((g) => node_modules_picomatch.scan(g.replace(/^\.\//, '')).base))];
    const found = new Set();
    for (const base of bases) {
        for (const f of await walk(root, base, wantsNodeModules)) {
            if (include.some((m) => m(f)) && !excluded(f))
                found.add(f);
        }
    }
    return [...found].sort(compare);
}
/** Every file under `base` (repository-relative), not following directory symlinks. */
async function walk(root, base, wantsNodeModules) {
    const out = [];
    const visit = async (rel) => {
        let entries = [];
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.resolve)(root, rel), { withFileTypes: true });
        }
        catch {
            // an unreadable directory holds no Compose files we can load
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name === '.git' || (e.name === 'node_modules' && !wantsNodeModules))
                    continue;
                await visit(child);
            }
            else if (e.isFile() || (e.isSymbolicLink() && (await isFile((0,external_node_path_namespaceObject.resolve)(root, child))))) {
                out.push(child);
            }
        }
    };
    await visit(base === '.' ? '' : base);
    return out;
}
/**
 * The files each pattern of an input names (the actions' `result-files`): a path without glob
 * characters is the file itself, whether it exists or not (a walk would take it for a directory);
 * a glob is matched under `root` when relative, under `/` when absolute. Each pattern's files sorted.
 */
async function matchFiles(patterns, root) {
    const out = [];
    for (const pattern of patterns) {
        const abs = (0,external_node_path_namespaceObject.isAbsolute)(pattern);
        const base = abs ? '/' : root;
        const rel = abs ? pattern.replace(/^\/+/, '') : pattern;
        const files = node_modules_picomatch.scan(rel).isGlob
            ? (await globFiles(base, [rel], () => false)).map((f) => (0,external_node_path_namespaceObject.resolve)(base, f))
            : [(0,external_node_path_namespaceObject.resolve)(base, rel)];
        out.push({ pattern, files });
    }
    return out;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./.build/shared/fs/paths.js
/** POSIX path helpers for repository-relative paths, as BuildKit and git spell them. */

/**
 * Cleans a path the way BuildKit cleans a COPY/ADD source or a mount source: it is resolved against
 * the context root, so `../x`, `/x` and `./x` all name `x` inside the context. Returns '.' for the
 * root itself.
 */
function cleanContextPath(p) {
    const cleaned = posix
        .normalize('/' + p.replace(/\\/g, '/'))
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/** Normalises a repository-relative path: `./x/` and `x` are equal; the root is '.'. */
function normalizeRepoPath(p) {
    const n = external_node_path_namespaceObject.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '' || n === './' ? '.' : n.replace(/^\.\//, '');
}
/** True when `path` is `dir` itself or below it ('.' contains everything). */
function isInside(path, dir) {
    return dir === '.' || path === dir || path.startsWith(dir + '/');
}
/** `path` relative to `dir` (which must contain it); '.' for the directory itself. */
function relativeTo(path, dir) {
    if (dir === '.')
        return path;
    return path === dir ? '.' : path.slice(dir.length + 1);
}
/** True when a repository-relative path escapes the repository (`..` at its start). */
function escapesRepo(p) {
    const n = posix.normalize(p);
    return n === '..' || n.startsWith('../') || posix.isAbsolute(n);
}

;// CONCATENATED MODULE: ./.build/shared/fs/repo-path.js
/**
 * Paths the user names (a build context, a Dockerfile, a named context, a secret file, the
 * manifest, an ignore file) must stay inside the repository, symbolic links included: a checkout
 * can hold a link to `/etc` or to `$HOME/.docker/config.json`, and a check on the path as text would
 * let a read through it leave the repository. One helper does the check for every reader.
 */



/**
 * Resolves `path` inside the repository at `repoRoot`, following symbolic links, and returns its
 * real path.
 *
 * Contract (the Compose loader relies on it too):
 * - `path` is relative to `repoRoot`, or absolute. It is first normalised as text (`a/../b` is `b`,
 *   as Go's `filepath.Clean` does before buildx opens a path), and must then lie inside `repoRoot`.
 * - The normalised path is then resolved with `realpath` (every link on the way, the last component
 *   included), and the result must lie inside the real path of `repoRoot` (which may itself be a
 *   link, as a runner's workspace can be). Links that stay inside the repository are followed.
 * - Returns the real absolute path; read through it, not through `path`, so that what was checked
 *   is what is read. Returns `undefined` when nothing exists at `path` (a dangling link included):
 *   the caller decides whether a missing file is an error.
 * - Throws InputError naming `subject` (the input, or the file and line), the path as given and,
 *   for a link, the link (repository-relative) and its target as written and as resolved. No other
 *   exception escapes but I/O errors other than a missing file (EACCES, ELOOP ...).
 * - Pure but for `lstat`, `readlink` and `realpath`; the repository root's real path is computed
 *   once per root and process, and what a `cache` holds is not looked at again.
 *
 * @param repoRoot absolute path of the repository root
 * @param path the path as the user wrote it
 * @param subject the input name (`'context'`), or `{ input?, location? }` for a file and line
 * @returns the real path, or `undefined` when it does not exist
 * @throws InputError when the path, as text or through a link, leaves the repository
 */
function resolveInsideRepo(repoRoot, path, subject, cache) {
    const root = (0,external_node_path_namespaceObject.resolve)(repoRoot);
    const abs = (0,external_node_path_namespaceObject.resolve)(root, path);
    if (!contains(root, abs)) {
        throw new runtime_errors/* InputError */.d(`'${path}' is outside the repository (${root}).`, {
            ...details(subject),
            fix: 'give a path inside the repository (relative to working-directory).',
        });
    }
    const realRoot = realRootOf(root);
    const memo = cache ?? new RepoPathCache();
    let real = memo.paths.get(abs);
    if (real === undefined && !memo.paths.has(abs)) {
        real = realPathOf(root, realRoot, abs, memo.dirs);
        memo.paths.set(abs, real);
    }
    if (real === undefined)
        return undefined;
    if (contains(realRoot, real))
        return real;
    const link = firstEscapingLink(root, realRoot, abs);
    const shown = link ? (0,external_node_path_namespaceObject.relative)(root, link.path).split(external_node_path_namespaceObject.sep).join('/') : path;
    const how = link
        ? `the symbolic link '${shown}' points to '${link.target}'${link.real !== link.target ? ` (${link.real})` : ''}`
        : `it resolves to '${real}'`;
    throw new runtime_errors/* InputError */.d(`'${path}' leaves the repository: ${how}, outside ${realRoot}.`, {
        ...details(subject),
        fix: 'point the link at a file inside the repository (links inside it are followed), or copy what it names into the repository.',
    });
}
const realRoots = new Map();
/**
 * What resolveInsideRepo found, for a reader that checks many paths while the files stay as they
 * are (one plan's catalogue): a plan checks thousands of files in the same few hundred folders, and
 * the loader and the catalogue check the same contexts and Dockerfiles. Resolving each whole path
 * again (a readlink per component) was a tenth of a large plan.
 */
class RepoPathCache {
    /** Folder → its real path. */
    dirs = new Map();
    /** Path → its real path, or undefined when nothing is there. */
    paths = new Map();
}
/**
 * The real path of `abs` (inside `root` as text), or undefined when nothing is there (a dangling
 * link included): one lstat for a plain entry, whose real path is its folder's plus its name.
 */
function realPathOf(root, realRoot, abs, realDirs) {
    if (abs === root)
        return realRoot;
    const st = (0,external_node_fs_namespaceObject.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.isSymbolicLink()) {
        try {
            return external_node_fs_namespaceObject.realpathSync.native(abs);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw err;
        }
    }
    const dir = (0,external_node_path_namespaceObject.dirname)(abs);
    let realDir = dir === root ? realRoot : realDirs.get(dir);
    if (realDir === undefined) {
        realDir = realPathOf(root, realRoot, dir, realDirs);
        if (realDir === undefined)
            return undefined;
        realDirs.set(dir, realDir);
    }
    return (0,external_node_path_namespaceObject.join)(realDir, (0,external_node_path_namespaceObject.basename)(abs));
}
function realRootOf(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        real = external_node_fs_namespaceObject.realpathSync.native(root);
        realRoots.set(root, real);
    }
    return real;
}
/** True when `p` is `dir` or below it (both absolute and normalised). */
function contains(dir, p) {
    if (p === dir)
        return true;
    return p.startsWith(dir.endsWith(external_node_path_namespaceObject.sep) ? dir : dir + external_node_path_namespaceObject.sep);
}
/**
 * Walks `abs` from `root` one component at a time; the first prefix whose real path leaves the
 * repository ends in the link to blame (the prefix before it was inside, and a plain entry of a
 * directory inside the repository is inside too).
 */
function firstEscapingLink(root, realRoot, abs) {
    const parts = (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).filter(Boolean);
    let prefix = root;
    for (const part of parts) {
        prefix = (0,external_node_path_namespaceObject.join)(prefix, part);
        if (!(0,external_node_fs_namespaceObject.lstatSync)(prefix).isSymbolicLink())
            continue;
        const real = external_node_fs_namespaceObject.realpathSync.native(prefix);
        if (!contains(realRoot, real))
            return { path: prefix, target: (0,external_node_fs_namespaceObject.readlinkSync)(prefix), real };
    }
    return undefined;
}
function details(subject) {
    return typeof subject === 'string' ? { input: subject } : subject;
}

;// CONCATENATED MODULE: ./.build/shared/manifest/file.js
/**
 * The plan manifest file of a repository, as every action that reads it finds it (plan-matrix,
 * scan-image): the `manifest` input's repository-relative path, else the default path when a file
 * is there. The reader (Ajv, the YAML document parser) is loaded only when there is a file.
 */





/** Where the manifest is when the `manifest` input is empty. */
const DEFAULT_MANIFEST = '.github/buildkit-actions.yml';
/**
 * Loads the manifest at `path` (repository-relative) or, when `path` is undefined, at
 * DEFAULT_MANIFEST if it exists; EMPTY_MANIFEST when there is none.
 *
 * @throws InputError naming the `manifest` input for a missing file it names, a path that leaves the
 *   repository, or a manifest that does not match its schema (with the file and line)
 */
async function loadManifest(repoRoot, path) {
    const file = path ? normalizeRepoPath(path) : DEFAULT_MANIFEST;
    // Inside the repository, symbolic links included (a link out is an error naming it and its target).
    const abs = resolveInsideRepo(repoRoot, file, 'manifest');
    if (!abs) {
        if (!path)
            return EMPTY_MANIFEST;
        throw new runtime_errors/* InputError */.d(`manifest file '${file}' does not exist.`, {
            input: 'manifest',
            fix: 'give the repository-relative path of an existing manifest, or leave the input empty.',
        });
    }
    // Loaded on demand (a chunk of the bundle): most repositories have no manifest.
    const { parseManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(210), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7486));
    return parseManifest(await (0,promises_namespaceObject.readFile)(abs, 'utf8'), file);
}

;// CONCATENATED MODULE: ./.build/shared/runtime/inputs.js
/**
 * Typed input readers. They read `INPUT_<NAME>` as the runner sets it, so one action can be driven
 * by the runner, by a test's child process or from a terminal. Every failure is an InputError that
 * names the input, the value and the accepted form.
 */




/** A trimmed string input; '' when unset. */
function getString(name, opts = {}) {
    const value = getInput(name).trim();
    if (opts.required && !value) {
        throw new runtime_errors/* InputError */.d('is required and was not supplied.', { input: name, fix: `set \`${name}\`.` });
    }
    return value;
}
/** A newline-separated list; blank lines and `#` comments are dropped. */
function getList(name) {
    return getInput(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** A YAML 1.2 core-schema boolean, as `core.getBooleanInput` accepts, with a default when unset. */
function getBool(name, fallback) {
    const raw = getInput(name).trim();
    if (!raw)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new runtime_errors/* InputError */.d(`'${raw}' is not a boolean.`, { input: name, fix: 'use true or false.' });
}
// Decimal digits with an optional sign: `Number()` alone would also take `0x10`, `1e2`, `1.0`,
// `0b1` and `Infinity`, none of which a user writing a count means.
const DECIMAL_INT = /^[+-]?[0-9]+$/;
/** A decimal integer within [min, max], with a default when unset. */
function getInt(name, fallback, min, max) {
    const raw = core.getInput(name).trim();
    if (!raw)
        return fallback;
    const fix = `use a whole number from ${min} to ${max}, in decimal digits.`;
    if (!DECIMAL_INT.test(raw))
        throw new InputError(`'${raw}' is not a decimal integer.`, { input: name, fix });
    const n = Number(raw);
    if (n < min || n > max)
        throw new InputError(`'${raw}' is out of range.`, { input: name, fix });
    return n;
}
/**
 * A directory input (`working-directory`), resolved against `base` (the workspace); '.' when unset.
 * It must exist and be a directory: a typo would otherwise plan nothing, or fail later in git with
 * `spawn git ENOENT`.
 */
function getDirectory(name, base) {
    const raw = getString(name) || '.';
    const dir = resolve(base, raw);
    let stat;
    try {
        stat = statSync(dir);
    }
    catch {
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
function getEnum(name, allowed, fallback) {
    const raw = getInput(name).trim();
    if (!raw)
        return fallback;
    if (!allowed.includes(raw)) {
        throw new runtime_errors/* InputError */.d(`'${raw}' is not accepted.`, {
            input: name,
            fix: `use one of: ${allowed.join(', ')}.`,
        });
    }
    return raw;
}

;// CONCATENATED MODULE: ./.build/actions/scan-image/inputs.js
/** scan-image's inputs, each checked before the first registry call or Trivy run. */













/**
 * `fail-on`: severities, comma- or space-separated; `none` never fails. Unset is the action.yml
 * default (the runner passes it; a terminal run does not), HIGH,CRITICAL.
 */
function failOnList() {
    const raw = getString('fail-on') || 'HIGH,CRITICAL';
    if (raw.toLowerCase() === 'none')
        return [];
    const list = raw
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((s) => s.toUpperCase());
    const bad = list.filter((s) => !report_SEVERITIES.includes(s));
    if (bad.length)
        throw new runtime_errors/* InputError */.d(`'${bad.join(', ')}' is not a severity.`, {
            input: 'fail-on',
            fix: `use ${report_SEVERITIES.join(', ')}, comma-separated, or none.`,
        });
    return list;
}
async function resultFileImages(workspace) {
    const globs = getList('result-files');
    const files = new Set((await matchFiles(globs, workspace)).flatMap((m) => m.files));
    if (globs.length && !files.size)
        throw new runtime_errors/* InputError */.d(`no file matches ${globs.join(', ')}.`, {
            input: 'result-files',
            fix: "give build-service's `result-file` output, or a glob of the files it wrote (relative to the workspace).",
        });
    return [...files].sort().map((f) => {
        const r = readBuildResult(f);
        if (!r.ref)
            throw new runtime_errors/* InputError */.d(`${f}: the build pushed no image (its ref is empty).`, {
                input: 'result-files',
                fix: 'scan only builds that push (push: true).',
            });
        return { ref: r.ref, service: r.service, ...(r.base && { base: r.base }) };
    });
}
async function getInputs(env = process.env) {
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const temp = env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)();
    const images = [...getList('images').map((ref) => ({ ref })), ...(await resultFileImages(workspace))];
    if (!images.length)
        throw new runtime_errors/* InputError */.d('names no image.', { input: 'images', fix: 'set `images` or `result-files`.' });
    // Empty: the pinned Trivy (shared/tools/trivy.ts), installed in main.
    const trivy = getString('trivy-path');
    if (trivy && !((0,external_node_fs_namespaceObject.existsSync)(trivy) && (0,external_node_fs_namespaceObject.statSync)(trivy).isFile()))
        throw new runtime_errors/* InputError */.d(`'${trivy}' is not a file.`, {
            input: 'trivy-path',
            fix: 'give the path of the trivy binary, or leave it empty for the pinned release.',
        });
    const threshold = getEnum('severity', report_SEVERITIES, 'UNKNOWN');
    const failOn = failOnList();
    const under = failOn.filter((s) => rank(s) < rank(threshold));
    if (under.length)
        throw new runtime_errors/* InputError */.d(`${under.join(', ')} is below the \`severity\` threshold ${threshold} and could never fail.`, {
            input: 'fail-on',
            fix: 'lower `severity` or remove those levels from `fail-on`.',
        });
    const ignoreFile = getString('ignore-file');
    let ignoreRules = [];
    if (ignoreFile) {
        const path = (0,external_node_path_namespaceObject.resolve)(workspace, ignoreFile);
        let text;
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
        }
        catch {
            throw new runtime_errors/* InputError */.d(`'${ignoreFile}' cannot be read (${path}).`, {
                input: 'ignore-file',
                fix: 'give a .trivyignore or .trivyignore.yaml of the checkout, relative to the workspace.',
            });
        }
        ignoreRules = parseIgnoreFile(text, ignoreFile);
    }
    const dbRepository = getString('db-repository');
    const skipDbUpdate = getBool('skip-db-update', false);
    if (dbRepository && skipDbUpdate)
        throw new runtime_errors/* InputError */.d('is set together with `db-repository`.', {
            input: 'skip-db-update',
            fix: 'either update the DB from the mirror, or skip the update and use the cached DB.',
        });
    const policy = getEnum('policy', POLICY_MODES, 'enforce');
    // Read only when the policy is checked; a missing default file is no manifest.
    const manifest = policy === 'off' ? EMPTY_MANIFEST : await loadManifest(workspace, getString('manifest') || undefined);
    const toolCache = env['RUNNER_TOOL_CACHE'] || (0,external_node_path_namespaceObject.join)(temp, 'tool-cache');
    return {
        images,
        policy,
        manifest,
        trivy,
        threshold,
        failOn,
        ignoreUnfixed: getBool('ignore-unfixed', false),
        ignoreRules,
        insecureRegistries: getList('insecure-registries')
            .flatMap((l) => l.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
        dbRepository,
        skipDbUpdate,
        sarifFile: (0,external_node_path_namespaceObject.resolve)(workspace, getString('sarif-file') || (0,external_node_path_namespaceObject.join)(temp, 'scan-image.sarif')),
        resultFile: (0,external_node_path_namespaceObject.resolve)(workspace, getString('result-file') || (0,external_node_path_namespaceObject.join)(temp, 'scan-image-result.json')),
        reportDir: (0,external_node_path_namespaceObject.join)(temp, 'scan-image-reports'),
        cacheDir: (0,external_node_path_namespaceObject.join)(toolCache, 'trivy-cache'),
    };
}

;// CONCATENATED MODULE: ./.build/actions/scan-image/main.js





















function write(path, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
}
async function main() {
    const inputs = await getInputs();
    const deps = actionDeps(nodeFetch);
    // One session per repository: the tag resolution and the policy's reads share it.
    const sessions = registrySessions(inputs.insecureRegistries, { fetch: deps.fetch, log: deps.log.warning });
    const read = registryReader(sessions);
    const images = [...new Map(inputs.images.map((i) => [i.ref, i])).values()];
    const targets = await mapLimit(images, REGISTRY_CONCURRENCY, (i) => resolveTarget(i.ref, read));
    for (const t of targets)
        deps.log.info(`${t.input} → ${t.ref}${t.platforms[0] ? ` (${t.platforms.join(', ')})` : ''}`);
    // The policy reads the registry while Trivy runs.
    const policyRun = inputs.policy === 'off'
        ? undefined
        : checkPolicies(targets.map((t, n) => ({ ...images[n], ref: t.ref, name: t.name })), { mode: inputs.policy, manifest: inputs.manifest, sessions });
    // A policy that cannot read the registry must not cost the finished scan its files and outputs:
    // its error is reported with them, below.
    let policyError;
    const policySettled = policyRun?.catch((err) => {
        policyError = err instanceof Error ? err : new Error(String(err));
        return undefined;
    });
    const trivy = await toolBinary(TRIVY, inputs.trivy, `${process.platform}-${process.arch}`, deps);
    const version = await trivyVersion(trivy, deps.exec);
    deps.log.info(`Trivy ${version || '(version unknown)'} at ${trivy}`);
    const outcome = await scanImages(targets, { ...inputs, trivy }, deps);
    const policy = await policySettled;
    const sarifImages = outcome.images.map((i) => ({
        ref: i.ref,
        findings: i.scans.flatMap((s) => s.findings.map((finding) => ({ platform: s.platform, finding }))),
    }));
    write(inputs.sarifFile, JSON.stringify(toSarif(sarifImages, version), null, 2) + '\n');
    write(inputs.resultFile, JSON.stringify(scanResult(outcome, inputs.failOn, version, policy), null, 2) + '\n');
    // The scan is complete: its outputs and summary are written even when the gate fails, so a later
    // `if: always()` step can upload the SARIF and report the counts.
    new Outputs()
        .set('counts', outcome.counts)
        .set('worst', worstOutput(outcome))
        .set('passed', String(outcome.passed))
        .set('sarif-file', inputs.sarifFile)
        .set('reports', outcome.images.flatMap((i) => i.scans.map((s) => s.report)).join('\n'))
        .set('digests', outcome.images.map((i) => i.ref).join('\n'))
        .set('result-file', inputs.resultFile)
        .set('policy-passed', String(policyError ? false : (policy?.passed ?? true)))
        .set('policy-violations', policy?.violations ?? [])
        .flush();
    await writeSummary(renderScanSummary(outcome, inputs.failOn) +
        '\n' +
        renderPolicySection(outcome, inputs.failOn, policy, policyError));
    // A setting the policy cannot use (an InputError) fails the step as it is; a registry that could not
    // be read fails an enforced policy, and is a warning when the policy only reports.
    const unread = policyError && !(policyError instanceof runtime_errors/* InputError */.d)
        ? `The image policy could not be checked: ${policyError.message}`
        : undefined;
    if (unread && inputs.policy === 'report')
        deps.log.warning(unread);
    for (const v of policy?.violations ?? []) {
        if (v.level === 'error' && policy?.mode === 'enforce')
            deps.log.error(violationText(v));
        else
            deps.log.warning(violationText(v));
    }
    const failures = [
        ...(outcome.passed ? [] : [vulnerabilityFailure(outcome.failing, inputs.failOn)]),
        ...(policy?.passed === false ? [policyFailure(policy)] : []),
        ...(policyError instanceof runtime_errors/* InputError */.d ? [policyError] : []),
        ...(unread && inputs.policy === 'enforce' ? [new Error(unread)] : []),
    ];
    if (failures.length === 1)
        throw failures[0];
    if (failures.length)
        throw new Error(failures.map((f) => f.message).join('\n'));
}
function vulnerabilityFailure(failing, failOn) {
    return new runtime_errors/* InputError */.d(`${failing} vulnerability finding(s) of ${failOn.join(', ')}.`, {
        input: 'fail-on',
        fix: 'update the packages the summary lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.',
    });
}
void run(main);

