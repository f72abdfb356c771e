/**
 * Plain (unquoted) YAML scalars typed as Go's yaml.v3 types them when Compose decodes a file into an
 * interface, and printed as Compose then prints them: what `docker compose config` shows for `1e6`,
 * `0x1F`, `yes` or a timestamp.
 */

/**
 * The value of an unquoted YAML scalar as Go's yaml.v3 decodes it into an interface and Compose then
 * prints it: null, booleans (true/false only, in three casings), integers (decimal, 0x, 0o, 0b and
 * a leading 0 for octal; `_` ignored), floats printed as Go's %v prints them (`1e+06`), and
 * timestamps as Go prints a time. Everything else stays a string.
 */
export function resolvePlainScalar(s: string): string | number | boolean | null {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  // Every other typed form (numbers, .inf, .nan, timestamps) starts with one of these: most
  // Compose scalars (names, paths, images) are strings, decided without a regular expression.
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? '-Inf' : '+Inf';
  if (/^\.(nan|NaN|NAN)$/.test(s)) return 'NaN';
  const time = goTimestamp(s);
  if (time !== undefined) return time;
  const plain = s.replaceAll('_', '');
  const int = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (int) {
    const digits = int[2]!;
    const magnitude = BigInt(
      /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.replace(/^0[oO]/, '0o'),
    );
    const v = int[1] === '-' ? -magnitude : magnitude;
    if (v >= -(2n ** 63n) && v < 2n ** 64n) {
      return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : String(v);
    }
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) return goFloat(Number(plain));
  return s;
}

/** yaml.v3's timestamp forms: `2006-1-2`, `2006-1-2T15:4:5[.frac](Z|±07:00)`, `2006-1-2 15:4:5[.frac]`. */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[-+]\d{2}:\d{2})| +(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?)?$/;

/**
 * A YAML timestamp as Go's time.String() prints it (`2024-01-02 03:04:05 +0000 UTC`), assuming UTC
 * is the local zone as on CI runners; undefined when `s` is not a valid timestamp.
 */
function goTimestamp(s: string): string | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, sec] = [Number(m[4] ?? m[9] ?? 0), Number(m[5] ?? m[10] ?? 0), Number(m[6] ?? m[11] ?? 0)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59)
    return undefined;
  const two = (n: number): string => String(n).padStart(2, '0');
  const frac = (m[7] ?? m[12] ?? '').replace(/0+$/, '');
  const offset = m[8] ?? 'Z';
  const zone =
    offset === 'Z' || /^[-+]00:00$/.test(offset)
      ? '+0000 UTC'
      : `${offset.replace(':', '')} ${offset.replace(':', '')}`;
  return `${m[1]}-${two(mo)}-${two(d)} ${two(h)}:${two(mi)}:${two(sec)}${frac === '.' ? '' : frac} ${zone}`;
}

/** A float64 as Go's `%v` prints it: shortest digits, exponent form below 1e-4 and from 1e+06 (as "1e+06"). */
function goFloat(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa, e] = x.toExponential().split('e') as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 6) {
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}
