/**
 * Where setup-builder writes buildkitd.toml: a folder of its own under the runner's temporary
 * directory, for the drivers that read one (the post step removes it); the others are told how to
 * apply the settings instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIVERS_WITH_CONFIG } from './buildkitd-config.js';
import type { Driver } from './validate.js';

export interface ConfigPlacement {
  /** The folder to remove afterwards; undefined when the driver reads no config. */
  dir?: string;
  file?: string;
}

/** The config's folder and file for `driver`, under `tempDir`. Pure. */
export function configPlacement(driver: Driver, name: string, tempDir: string): ConfigPlacement {
  if (!DRIVERS_WITH_CONFIG.includes(driver)) return {};
  const dir = join(tempDir, `setup-builder-${name || 'docker'}`);
  return { dir, file: join(dir, 'buildkitd.toml') };
}

export function writeConfig(place: ConfigPlacement, toml: string): void {
  if (!place.dir || !place.file) return;
  mkdirSync(place.dir, { recursive: true });
  writeFileSync(place.file, toml);
}

/** The warning for daemon settings a driver that reads no buildkitd.toml cannot take. */
export function unappliedSettingsWarning(driver: Driver): string {
  const where = driver === 'docker' ? " through dockerd's daemon.json" : ' where that buildkitd runs';
  return `The ${driver} driver reads no buildkitd.toml, so the BuildKit daemon settings were not applied here; the job summary shows how to apply them${where}.`;
}
