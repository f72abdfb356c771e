import { describe, expect, it } from '@jest/globals';
import { mapLimit } from '../../shared/runtime/concurrency.js';

describe('mapLimit', () => {
  it('keeps at most `limit` calls pending, and the results in order', async () => {
    let pending = 0;
    let most = 0;
    const out = await mapLimit([50, 10, 30, 0, 20, 5, 40], 3, async (ms, i) => {
      most = Math.max(most, ++pending);
      await new Promise((r) => setTimeout(r, ms));
      pending--;
      return `${i}:${ms}`;
    });
    expect(most).toBe(3);
    expect(out).toEqual(['0:50', '1:10', '2:30', '3:0', '4:20', '5:5', '6:40']);
  });

  it('handles no items and a limit above their count', async () => {
    expect(await mapLimit([], 8, async () => 1)).toEqual([]);
    expect(await mapLimit([1, 2], 8, async (x) => x * 2)).toEqual([2, 4]);
  });

  it('rejects when a call throws', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (x) => {
        if (x === 2) throw new Error('no 2');
        return x;
      }),
    ).rejects.toThrow('no 2');
  });

  it('starts no call after one threw', async () => {
    const started: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4, 5, 6], 2, async (x) => {
        started.push(x);
        if (x === 1) throw new Error('no 1');
        await new Promise((r) => setTimeout(r, 20));
        return x;
      }),
    ).rejects.toThrow('no 1');
    await new Promise((r) => setTimeout(r, 60));
    expect(started).toEqual([1, 2]);
  });
});
