/**
 * Direct registry sessions: a RegistryClient for one repository with the credentials docker would
 * use, opened ahead so that reading a pushed manifest afterwards is one request.
 */
import { splitName } from '../oci/reference.js';
import { RegistryClient } from './client.js';
import { dockerCredential, type AuthDeps } from './docker-auth.js';
import { isLoopbackHost } from './hosts.js';
import { createNodeFetch, proxiedHost } from './http.js';

const DIRECT_TIMEOUT_MS = 10_000;

/** Registry reads in flight at once when a step reads many images (a registry is no place for hundreds). */
export const REGISTRY_CONCURRENCY = 8;

export interface DirectReadOptions {
  /** Plain HTTP (loopback hosts always are). */
  insecure?: boolean;
  retries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  auth?: AuthDeps;
  /** Where a retry is reported (the failure and the pause), so a flaky registry shows in the log. */
  log?: (message: string) => void;
}

/** A registry client for one repository, with the credentials docker would use. */
export interface DirectSession {
  client: RegistryClient;
  repository: string;
}

/**
 * Opens a session for the repository `name` (no tag or digest): docker's credentials for its host
 * (a credential helper is a process to start), and the pull authorisation the registry asks for
 * (a Bearer token is a round trip to its token service) over a kept-alive connection. build-service
 * opens it while buildx builds, so that reading the pushed manifest afterwards is one request.
 * Throws where a direct read cannot work (an identity token, a proxied host).
 */
export async function openDirectSession(name: string, opts: DirectReadOptions = {}): Promise<DirectSession> {
  const { host, repository } = splitName(name);
  const insecure = opts.insecure || isLoopbackHost(host);
  if (!isLoopbackHost(host) && proxiedHost(host, opts.auth?.env))
    throw new Error(`${host} is reached through a proxy`);
  const cred = await dockerCredential(host, opts.auth);
  if (cred?.identityToken) throw new Error(`${host} uses an identity token`);
  const client = new RegistryClient({
    host,
    insecure,
    username: cred?.username,
    password: cred?.password,
    retries: opts.retries,
    // A short limit: buildx is the fallback when the registry does not answer.
    fetch: opts.fetch ?? createNodeFetch(DIRECT_TIMEOUT_MS),
    sleep: opts.sleep,
    log: opts.log,
  });
  return { client, repository };
}

/** One session per repository name, opened on first use and kept; `opts` may depend on the name. */
export function sessionPool(
  opts: DirectReadOptions | ((name: string) => DirectReadOptions),
): (name: string) => Promise<DirectSession> {
  const sessions = new Map<string, Promise<DirectSession>>();
  return (name) => {
    let s = sessions.get(name);
    if (!s) {
      s = openDirectSession(name, typeof opts === 'function' ? opts(name) : opts);
      s.catch(() => undefined); // reported by the read that uses it
      sessions.set(name, s);
    }
    return s;
  };
}

/**
 * Authorises the session's pulls ahead of its first read; settles (never rejects) once it is open
 * and authorised or has failed: a refusal is left to that read.
 */
export function authorizeAhead(session: Promise<DirectSession>): Promise<void> {
  return session.then(
    (s) => s.client.authorize(s.repository).catch(() => undefined),
    () => undefined,
  );
}
