import * as core from '@actions/core';
import {
  parseDuration,
  parseInsecureRegistries,
  parseMirrors,
  renderBuildkitdToml,
  type BuildkitdSettings,
} from '../../shared/builder/buildkitd-config.js';
import {
  DRIVERS,
  generateName,
  validateDriverOpts,
  validateEndpoint,
  validateName,
  type Driver,
} from '../../shared/builder/validate.js';
import { parseBytes } from '../../shared/format/bytes.js';
import { InputError } from '../../shared/runtime/errors.js';
import { getBool, getEnum, getInt, getList, getString } from '../../shared/runtime/inputs.js';
import { PLATFORM_FIX, platformProblem } from '../../shared/oci/platforms.js';
import { isLoopbackHost } from '../../shared/registry/hosts.js';
import { parseCachePrefix } from '../../shared/registry/retention/prefix.js';
import type { RetentionInputs } from '../../shared/registry/retention/run.js';

export interface Inputs {
  driver: Driver;
  endpoint: string;
  /** Empty for the docker driver (its builder is the docker context). */
  name: string;
  platforms: string[];
  use: boolean;
  driverOpts: string[];
  buildkitdFlags: string;
  settings: BuildkitdSettings;
  /** The buildkitd.toml text, rendered (and so validated) before any side effect. */
  buildkitdToml: string;
  cleanup: boolean;
  retention?: RetentionInputs;
}

/** Reads and validates every input before the first side effect. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  // Secrets first: nothing below may log them unmasked.
  // Untrimmed: leading and trailing whitespace is part of a secret.
  const password = core.getInput('registry-password', { trimWhitespace: false });
  if (password) core.setSecret(password);

  const driver = getEnum('driver', DRIVERS, 'docker');
  const endpoint = validateEndpoint(driver, getString('endpoint'));
  const name = validateName(driver, getString('name')) || (driver === 'docker' ? '' : generateName(env));

  const platforms = getList('platforms').flatMap((l) =>
    l
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
  for (const p of platforms) {
    const problem = platformProblem(p);
    if (problem) throw new InputError(`${problem}.`, { input: 'platforms', fix: PLATFORM_FIX });
  }

  const driverOpts = validateDriverOpts(getList('driver-opts'));
  if (driverOpts.length > 0 && driver === 'docker') {
    throw new InputError('the docker driver takes no driver options.', {
      input: 'driver-opts',
      fix: 'remove driver-opts, or use driver docker-container, remote or kubernetes.',
    });
  }
  const buildkitdFlags = getString('buildkitd-flags');
  if (buildkitdFlags && (driver === 'docker' || driver === 'remote')) {
    throw new InputError(`the ${driver} driver does not start buildkitd, so it takes no daemon flags.`, {
      input: 'buildkitd-flags',
      fix:
        driver === 'docker'
          ? "configure dockerd's BuildKit in daemon.json, or use driver docker-container."
          : 'set the flags where that buildkitd is started, or remove buildkitd-flags.',
    });
  }

  const { mirrors, http } = parseMirrors(getList('registry-mirrors'));
  const insecureRegistries = [
    ...new Set([...parseInsecureRegistries(getList('insecure-registries')), ...http]),
  ];
  const settings: BuildkitdSettings = {
    maxParallelism: getInt('max-parallelism', 0, 0, 1024),
    gcKeepStorage: parseBytes(getString('gc-keep-storage') || '10GB', 'gc-keep-storage'),
    gcKeepDuration: parseDuration(getString('gc-keep-duration') || '720h', 'gc-keep-duration'),
    mirrors,
    insecureRegistries,
    inline: core.getInput('buildkitd-config-inline'),
  };
  const buildkitdToml = renderBuildkitdToml(settings);

  const prefixText = getString('cache-prefix');
  const maxAgeDays = getInt('cache-retention-days', 30, 0, 36500);
  const maxBytes = parseBytes(getString('cache-max-size') || '10GB', 'cache-max-size');
  const dryRun = getBool('retention-dry-run', false);
  const username = getString('registry-username');
  if (password && !username) {
    throw new InputError('is set but registry-username is empty.', {
      input: 'registry-password',
      fix: 'set registry-username too.',
    });
  }
  let retention: Inputs['retention'];
  if (prefixText) {
    const prefix = parseCachePrefix(prefixText);
    retention = {
      prefix,
      maxAgeDays,
      maxBytes,
      dryRun,
      username,
      password,
      insecure: isLoopbackHost(prefix.host) || insecureRegistries.includes(prefix.host),
      insecureHosts: insecureRegistries,
    };
  }

  return {
    driver,
    endpoint,
    name,
    platforms,
    use: getBool('use', true),
    driverOpts,
    buildkitdFlags,
    settings,
    buildkitdToml,
    cleanup: getBool('cleanup', true),
    retention,
  };
}
