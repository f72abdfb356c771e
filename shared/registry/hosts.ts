/** Which hosts are this machine's own: a registry or endpoint there is reached over plain HTTP. */

/**
 * True for loopback hosts (`localhost`, `127.x.x.x`, `[::1]`, with or without a port), which Docker
 * also reaches over plain HTTP.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * True when `host` (`host[:port]`) is one of `hosts`, where an entry without a port stands for
 * every port of that host, as in docker's `insecure-registries`.
 */
export function isNamedHost(host: string, hosts: readonly string[]): boolean {
  const bare = host.replace(/:\d+$/, '');
  return hosts.some((h) => h === host || (!h.includes(':') && h === bare));
}
