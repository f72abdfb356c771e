/**
 * The baseline plan-matrix is compared with: a path-prefix filter as dorny/paths-filter applies it,
 * one filter per service whose only glob is `<context>/**` (`**` for a context at the repository
 * root), every changed path tested with picomatch against every filter. A service is rebuilt when
 * its filter matches at least one path.
 */
import picomatch from 'picomatch';

export interface FilterService {
  key: string;
  /** Repository-relative build context; '.' for the root. */
  context: string;
}

export function filterGlob(context: string): string {
  return context === '.' || context === '' ? '**' : `${context.replace(/\/+$/, '')}/**`;
}

/** Keys of the services the filter rebuilds, sorted. */
export function pathPrefixRebuilds(services: readonly FilterService[], changed: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of services) {
    // paths-filter matches with dot: true and collects every matching file for its outputs, so no
    // early exit on the first match.
    const isMatch = picomatch(filterGlob(s.context), { dot: true });
    const files = changed.filter((p) => isMatch(p));
    if (files.length > 0) out.push(s.key);
  }
  return out.sort();
}
