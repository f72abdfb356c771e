/** The `docker buildx create|inspect|use|rm` command lines, per driver and buildx version. Pure. */
import type { Driver } from './validate.js';

export interface BuilderRequest {
  /** Builder name; for the `docker` driver the docker context's name (empty: the current one). */
  name: string;
  driver: Driver;
  /** docker context or Docker host (docker-container), kube context (kubernetes), BuildKit address (remote). */
  endpoint: string;
  /** Fixed platforms for the node (`--platform`). */
  platforms: string[];
  driverOpts: string[];
  buildkitdFlags: string;
  use: boolean;
  /** buildkitd.toml for the drivers that read one. */
  configFile?: string;
}

/**
 * `docker buildx create` arguments for a non-docker driver. buildx 0.13 renamed `--config` to
 * `--buildkitd-config`; older versions get the old name (as docker/setup-buildx-action does).
 */
export function createArgs(req: BuilderRequest, buildxVersion = '0.13.0'): string[] {
  if (req.driver === 'docker') throw new Error('the docker driver has no create command line');
  const args = ['buildx', 'create', '--name', req.name, '--driver', req.driver];
  for (const opt of req.driverOpts) args.push('--driver-opt', opt);
  if (req.driver !== 'remote' && req.buildkitdFlags) args.push('--buildkitd-flags', req.buildkitdFlags);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  if (req.configFile && req.driver !== 'remote')
    args.push(versionAtLeast(buildxVersion, 0, 13) ? '--buildkitd-config' : '--config', req.configFile);
  if (req.use) args.push('--use');
  if (req.endpoint) args.push(req.endpoint);
  return args;
}

/** `docker buildx inspect --bootstrap NAME`: starts the builder's nodes and prints their state. */
export function inspectArgs(name: string): string[] {
  return ['buildx', 'inspect', '--bootstrap', name];
}

export function useArgs(name: string): string[] {
  return ['buildx', 'use', name];
}

export function rmArgs(name: string): string[] {
  return ['buildx', 'rm', name];
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return true; // a commit build: assume current
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > major || (a === major && b >= minor);
}

/**
 * The version in `docker buildx version` output (`github.com/docker/buildx v0.13.1 788433953`):
 * `0.13.1`, or the commit of a development build.
 */
export function parseBuildxVersion(stdout: string): string {
  const m = /\sv?([0-9a-f]{7}|[0-9.]+)/.exec(stdout);
  if (!m) throw new Error(`cannot read the buildx version in ${JSON.stringify(stdout.trim())}`);
  return m[1]!;
}
