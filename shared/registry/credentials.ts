/**
 * Where registry credentials may go: only where they cannot be read on the way, over https, or over
 * plain HTTP to a loopback host or a registry the user named insecure.
 */
import { isLoopbackHost } from './hosts.js';

/**
 * Why credentials must not be sent to `url`, or undefined when they may: https always may; plain
 * HTTP only to a loopback host or to a host in `insecureHosts` (`host:port`, or a bare host for any
 * port). Anything else could be read or changed on the way.
 */
export function credentialsRefusal(url: URL, insecureHosts: readonly string[] = []): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `${url.protocol} is not https`;
  if (isLoopbackHost(url.host)) return undefined;
  const named = insecureHosts.some((h) => h === url.host || (!/:\d+$/.test(h) && h === url.hostname));
  if (named) return undefined;
  return `it is plain HTTP, and ${url.host} is neither a loopback host nor a registry named insecure`;
}
