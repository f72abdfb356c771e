// The shared typed input readers: integers in decimal digits only, directories that exist.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDirectory, getInt } from '../../shared/runtime/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('getInt', () => {
  it.each([
    ['12', 12],
    ['+12', 12],
    ['007', 7],
    [' 3 ', 3],
    ['', 5],
  ])('reads %p as %p', (raw, n) => {
    process.env['INPUT_COUNT'] = raw;
    expect(getInt('count', 5, 0, 100)).toBe(n);
  });

  it.each(['0x10', '1e2', '1.0', '12abc', '0b11', '0o7', 'Infinity', '1_000', '--1', '١٢'])(
    'refuses %p, naming the input',
    (raw) => {
      process.env['INPUT_COUNT'] = raw;
      expect(() => getInt('count', 5, 0, 100)).toThrow(
        /^input 'count': '.*' is not a decimal integer\. Fix: use a whole number from 0 to 100, in decimal digits\.$/,
      );
    },
  );

  it('refuses a decimal integer out of range', () => {
    process.env['INPUT_COUNT'] = '-1';
    expect(() => getInt('count', 5, 0, 100)).toThrow(/input 'count': '-1' is out of range/);
  });
});

describe('getDirectory', () => {
  const base = mkdtempSync(join(tmpdir(), 'bka-inputs-'));
  writeFileSync(join(base, 'file'), '');

  it('resolves against the base; empty is the base itself', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '';
    expect(getDirectory('working-directory', base)).toBe(base);
    process.env['INPUT_WORKING-DIRECTORY'] = '.';
    expect(getDirectory('working-directory', join(base, '.'))).toBe(base);
  });

  it.each([
    ['missing', /'missing' does not exist/],
    ['file', /'file' is not a directory/],
    ['file/below', /'file\/below' does not exist/],
  ])('refuses %p, naming the input', (raw, message) => {
    process.env['INPUT_WORKING-DIRECTORY'] = raw;
    expect(() => getDirectory('working-directory', base)).toThrow(/^input 'working-directory': /);
    expect(() => getDirectory('working-directory', base)).toThrow(message);
  });
});
