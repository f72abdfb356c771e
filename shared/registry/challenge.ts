/**
 * `WWW-Authenticate` challenges as a registry sends them: Basic, or Bearer with the token service
 * (`realm`), `service` and `scope` to ask it for (distribution's token authentication).
 */

export type Challenge = { scheme: 'basic' } | { scheme: 'bearer'; params: Record<string, string> };

/** The challenge's scheme and, for Bearer, its parameters (names lower-cased); undefined for others. */
export function parseChallenge(header: string): Challenge | undefined {
  if (/^basic\b/i.test(header)) return { scheme: 'basic' };
  if (!/^bearer\b/i.test(header)) return undefined;
  const params = Object.fromEntries(
    [...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
  return { scheme: 'bearer', params };
}

/** The challenge without its `scope`, so that the token asked for is for another scope. */
export function withoutScope(header: string): string {
  return header.replace(/,?\s*scope="[^"]*"/i, '');
}
