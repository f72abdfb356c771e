/**
 * Registry credentials as the docker CLI finds them after `docker login` (or docker/login-action):
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), a per-registry `credHelpers`
 * entry, else the `credsStore`, else the `auths` entry. Helpers are the docker-credential-* programs,
 * asked with `get` and the server on stdin (github.com/docker/docker-credential-helpers protocol).
 */
import { join } from 'node:path';
import { dockerConfigDir, readOptionalFile } from './docker-config.js';
import { execTool, type ExecOptions, type ExecResult } from '../runtime/exec.js';

export interface DockerCredential {
  username?: string;
  password?: string;
  /** An OAuth refresh token (`identitytoken`): docker trades it for access tokens itself. */
  identityToken?: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface AuthDeps {
  env?: Record<string, string | undefined>;
  exec?: (cmd: string, args: string[], opts: ExecOptions) => Promise<ExecResult>;
  /** The config file's text; undefined when it does not exist. */
  readConfig?: (path: string) => string | undefined;
}

/** Docker Hub's historical key in `auths` and the server name its helpers store. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';

/** The host part of an `auths` key, as the docker CLI compares them (scheme and path dropped). */
export function authHost(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

/**
 * The credential docker would use for `host` (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), or
 * undefined when there is none. A helper that fails or has no entry counts as none.
 */
export async function dockerCredential(
  host: string,
  deps: AuthDeps = {},
): Promise<DockerCredential | undefined> {
  const env = deps.env ?? process.env;
  const text = (deps.readConfig ?? readOptionalFile)(join(dockerConfigDir(env), 'config.json'));
  if (!text) return undefined;
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch {
    return undefined; // docker itself would refuse the file; the caller falls back to buildx
  }
  const wanted = authHost(host);
  const helper =
    Object.entries(config.credHelpers ?? {}).find(([k]) => authHost(k) === wanted)?.[1] ?? config.credsStore;
  if (helper) {
    const fromHelper = await askHelper(helper, wanted === 'docker.io' ? DOCKER_HUB_SERVER : wanted, deps);
    if (fromHelper) return fromHelper;
  }
  const entry = Object.entries(config.auths ?? {}).find(([k]) => authHost(k) === wanted)?.[1];
  if (!entry) return undefined;
  if (entry.identitytoken) return { identityToken: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username || entry.password) return { username: entry.username, password: entry.password };
  return undefined;
}

async function askHelper(
  helper: string,
  server: string,
  deps: AuthDeps,
): Promise<DockerCredential | undefined> {
  if (!/^[\w.-]+$/.test(helper)) return undefined;
  const exec = deps.exec ?? execTool;
  let r: ExecResult;
  try {
    r = await exec(`docker-credential-${helper}`, ['get'], { input: server, allowFailure: true });
  } catch {
    return undefined; // the helper is not installed
  }
  if (r.code !== 0) return undefined;
  try {
    const out = JSON.parse(r.stdout) as { Username?: string; Secret?: string };
    if (!out.Secret) return undefined;
    // Helpers store an identity token with the user name `<token>`.
    if (out.Username === '<token>') return { identityToken: out.Secret };
    return { username: out.Username, password: out.Secret };
  } catch {
    return undefined;
  }
}
