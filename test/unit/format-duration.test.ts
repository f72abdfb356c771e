import { describe, expect, it } from '@jest/globals';
import { formatDuration } from '../../shared/format/duration.js';

describe('a duration as the summaries show it', () => {
  it('keeps tenths of a second under a minute', () => {
    expect(formatDuration(4_240)).toBe('4.2s');
    expect(formatDuration(59_940, ' ')).toBe('59.9 s');
  });

  it('gives whole minutes and seconds from a minute on', () => {
    expect(formatDuration(125_000)).toBe('2m 5s');
    expect(formatDuration(125_000, ' ')).toBe('2 m 5 s');
  });

  it('rounds once, so a duration just short of a minute boundary never reads 60 seconds', () => {
    expect(formatDuration(119_600)).toBe('2m 0s');
    expect(formatDuration(179_700, ' ')).toBe('3 m 0 s');
  });
});
