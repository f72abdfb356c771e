import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dockerdEquivalent, hasCustomSettings } from '../../shared/builder/buildkitd-config.js';
import { configPlacement, unappliedSettingsWarning, writeConfig } from '../../shared/builder/config-file.js';
import { removeBuilder, setupBuilder } from '../../shared/builder/lifecycle.js';
import { renderBuilderSummary } from '../../shared/builder/summary.js';
import { describeSteps, emulatedPlatforms, ensureEmulation } from '../../shared/qemu/emulation.js';
import { nodeFetch } from '../../shared/registry/http.js';
import { actionDeps } from '../../shared/runtime/deps.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { deletedRefs } from '../../shared/registry/retention/apply.js';
import { runRetention } from '../../shared/registry/retention/run.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { getInputs } from './inputs.js';
import { loadState, saveState } from './state.js';

const deps = actionDeps(nodeFetch);

async function main(): Promise<void> {
  const inputs = getInputs();

  // QEMU first: a builder detects its emulators when it boots.
  const steps = await ensureEmulation(inputs.platforms, inputs.driver, inputs.endpoint, deps.exec);
  const emulated = emulatedPlatforms(steps);
  if (emulated.length) core.info(`QEMU emulation for ${emulated.join(', ')}`);

  const place = configPlacement(inputs.driver, inputs.name, process.env['RUNNER_TEMP'] || tmpdir());
  const configFile = place.file;
  const state = { builder: '', driver: inputs.driver, configDir: place.dir ?? '', cleanup: inputs.cleanup };
  saveState(state); // before any file or builder exists, so the post step cleans up after a failure
  writeConfig(place, inputs.buildkitdToml);
  if (!configFile && hasCustomSettings(inputs.settings))
    core.warning(unappliedSettingsWarning(inputs.driver));

  const builder = await setupBuilder({ ...inputs, configFile }, deps.exec);
  if (builder.created) saveState({ ...state, builder: builder.name });
  core.info(
    `Builder ${builder.name} (${builder.driver}) at ${builder.endpoint}: BuildKit ${builder.buildkitVersion}, platforms ${builder.platforms.join(', ')}`,
  );
  const unsupported = inputs.platforms.filter((p) => !builder.platforms.includes(p));
  if (unsupported.length && builder.platforms.length) {
    core.warning(
      `The builder does not list ${unsupported.join(', ')} among its platforms (${builder.platforms.join(', ')}): RUN steps for them may fail.`,
    );
  }

  const retention = inputs.retention
    ? await runRetention(inputs.retention, { log: deps.log.debug, fetch: deps.fetch })
    : undefined;
  for (const w of retention?.warnings ?? []) core.warning(w);
  if (retention?.result) core.info(retention.headline);

  new Outputs()
    .set('name', builder.name)
    .set('driver', builder.driver)
    .set('endpoint', builder.endpoint)
    .set('platforms', builder.platforms.join(','))
    .set('buildkit-version', builder.buildkitVersion)
    .set('buildkitd-config', configFile ?? '')
    .set('emulated-platforms', emulatedPlatforms(steps).join(','))
    .set('cache-removed', retention?.result ? deletedRefs(retention.result) : [])
    .flush();

  const config = {
    toml: inputs.buildkitdToml,
    file: configFile,
    dockerd: dockerdEquivalent(inputs.settings),
    maxParallelism: inputs.settings.maxParallelism,
  };
  await writeSummary(
    renderBuilderSummary(builder, config, describeSteps(steps)) + (retention?.summary ?? ''),
  );
}

async function post(): Promise<void> {
  const state = loadState();
  if (state.cleanup && state.builder) {
    const error = await removeBuilder(state.builder, state.driver, deps.exec);
    if (error) core.warning(`Could not remove builder ${state.builder}: ${error}`);
    else core.info(`Removed builder ${state.builder}`);
  }
  if (state.configDir) rmSync(state.configDir, { recursive: true, force: true });
}

void run(main, post);
