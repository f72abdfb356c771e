/** Which hosts are this machine's own: a registry or endpoint there is reached over plain HTTP. */

/**
 * True for loopback hosts (`localhost`, `127.x.x.x`, `[::1]`, with or without a port), which Docker
 * also reaches over plain HTTP.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
