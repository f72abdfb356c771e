/**
 * What the main step tells the post step, through the runner's GITHUB_STATE file (read back as
 * `STATE_<name>` variables). Only a builder this run created is recorded for removal.
 */
import * as core from '@actions/core';
import { DRIVERS, type Driver } from '../../shared/builder/validate.js';

export interface PostState {
  /** The builder to remove; empty when this run created none. */
  builder: string;
  driver: Driver;
  /** The folder holding the generated buildkitd.toml; removed by the post step. */
  configDir: string;
  cleanup: boolean;
}

export function saveState(state: PostState): void {
  core.saveState('builder', state.builder);
  core.saveState('driver', state.driver);
  core.saveState('config-dir', state.configDir);
  core.saveState('cleanup', String(state.cleanup));
}

export function loadState(): PostState {
  const driver = core.getState('driver');
  return {
    builder: core.getState('builder'),
    driver: (DRIVERS as readonly string[]).includes(driver) ? (driver as Driver) : 'docker',
    configDir: core.getState('config-dir'),
    cleanup: core.getState('cleanup') !== 'false',
  };
}
