/** JSON Pointers (RFC 6901), as JSON Schema validators report where a value failed. */

/** `/services/web/ports/0` → `['services', 'web', 'ports', 0]` (`~1` is `/`, `~0` is `~`). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
