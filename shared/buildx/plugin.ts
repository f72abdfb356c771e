/**
 * Where the buildx CLI plugin is, found as the docker CLI finds it, so that builds can run it
 * directly: `docker buildx build` starts the docker CLI, which runs the plugin once to read its
 * metadata and then again for the command, ≈0.1 s (on a 2-core runner) before buildx does anything.
 * The plugin runs standalone with the same behaviour (docker/actions-toolkit's `Buildx` runs it so
 * where the docker CLI is missing): it reads DOCKER_HOST, DOCKER_CONFIG, DOCKER_CONTEXT and the
 * contexts itself.
 */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { dockerConfigDir, readOptionalFile } from '../registry/docker-config.js';

export interface PluginLookup {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** True for an executable file (tests pass a fake). */
  isExecutable?: (path: string) => boolean;
  readFile?: (path: string) => string | undefined;
}

// github.com/docker/cli cli-plugins/manager: defaultSystemPluginDirs per OS.
const UNIX_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins',
];
const SYSTEM_DIRS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: UNIX_DIRS,
  darwin: [...UNIX_DIRS, '/Applications/Docker.app/Contents/Resources/cli-plugins'],
};

/**
 * The `docker-buildx` the docker CLI would run: `cliPluginsExtraDirs` of the CLI's config.json, then
 * `$DOCKER_CONFIG/cli-plugins` (default `~/.docker/cli-plugins`), then the system folders. Undefined
 * where there is none (Windows, a docker CLI with buildx built in): callers then run `docker buildx`.
 */
export function findBuildxPlugin(lookup: PluginLookup = {}): string | undefined {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const system = SYSTEM_DIRS[platform];
  if (!system) return undefined;
  const isExecutable = lookup.isExecutable ?? executable;
  const read = lookup.readFile ?? readOptionalFile;
  const configDir = dockerConfigDir(env, lookup.home);
  let extra: string[] = [];
  try {
    const cfg = JSON.parse(read(join(configDir, 'config.json')) ?? '{}') as { cliPluginsExtraDirs?: unknown };
    if (Array.isArray(cfg.cliPluginsExtraDirs))
      extra = cfg.cliPluginsExtraDirs.filter((d): d is string => typeof d === 'string');
  } catch {
    // An unreadable config: the docker CLI would refuse it too; `docker buildx` reports it.
    return undefined;
  }
  for (const dir of [...extra, join(configDir, 'cli-plugins'), ...system]) {
    const candidate = join(dir, 'docker-buildx');
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
