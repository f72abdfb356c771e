/**
 * Sizes, in one convention for inputs and summaries: units are binary, as Docker and BuildKit read
 * them (go-units RAMInBytes: `10GB` and `10GiB` are both 10 × 1024³ bytes), and the summaries write
 * the binary labels (`1.5 GiB`) so that no reader takes them for decimal units.
 */
import { InputError } from '../runtime/errors.js';

const UNITS: Record<string, number> = {
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
export function parseBytes(text: string, input: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(?:([kmgtp])i?b?|b)?$/i.exec(text.trim());
  if (!m) {
    throw new InputError(`'${text}' is not a size.`, {
      input,
      fix: 'use a number with an optional unit B, KB, MB, GB or TB (binary: 1GB = 1024 MB), e.g. 10GB.',
    });
  }
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
}

/** A size for people: one decimal, binary labels (`512 B`, `1.5 GiB`). */
export function formatBytes(bytes: number): string {
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
export function configBytes(bytes: number): string {
  for (const [unit, n] of [
    ['TB', UNITS['t']!],
    ['GB', UNITS['g']!],
    ['MB', UNITS['m']!],
    ['KB', UNITS['k']!],
  ] as const) {
    if (bytes >= n && bytes % n === 0) return `${bytes / n}${unit}`;
  }
  return `${bytes}B`;
}
