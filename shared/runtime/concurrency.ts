/** Work on many items with a bounded number in flight: a gateway or an API gets a few requests at once, not hundreds. */

/**
 * Calls `fn` on every item with at most `limit` calls pending at once; the results in the items'
 * order. A call that throws rejects the whole at once (as Promise.all does); no call starts after it,
 * and those already pending run to their end unobserved.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
