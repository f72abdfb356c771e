/** Work on many items with a bounded number in flight: a gateway or an API gets a few requests at once, not hundreds. */

/**
 * Calls `fn` on every item with at most `limit` calls pending at once; the results in the items'
 * order. A call that throws rejects the whole (as Promise.all does) once the pending ones settle.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
