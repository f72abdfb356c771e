/** Distribution's pagination of catalog and tag lists: the next page is named in a `Link` header. */

/** The `rel="next"` target of a `Link` header, as distribution paginates. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}
