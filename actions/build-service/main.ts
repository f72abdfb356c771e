import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { findBuildxPlugin } from '../../shared/buildx/plugin.js';
import { buildService, mergeService, type Logger, type ServiceResult } from '../../shared/build/service.js';
import { renderSummary } from '../../shared/build/summary.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { getInputs } from './inputs.js';

const log: Logger = {
  info: core.info,
  warning: core.warning,
  debug: core.debug,
  error: (message, where) =>
    core.error(message, where ? { file: where.file, startLine: where.line, title: 'Dockerfile error' } : {}),
};

async function main(): Promise<void> {
  const inputs = await getInputs();
  const retryBaseMs = Number(process.env['BKA_RETRY_BASE_MS']) || undefined;
  const deps = { log, buildx: findBuildxPlugin(), ...(retryBaseMs && { retryBaseMs }) };
  const result =
    inputs.mode === 'merge'
      ? await mergeService(inputs.request, deps)
      : await buildService(inputs.request, deps);

  mkdirSync(dirname(inputs.resultFile), { recursive: true });
  writeFileSync(inputs.resultFile, JSON.stringify(resultDocument(result), null, 2) + '\n');
  new Outputs()
    .set('digest', result.digest)
    .set('image', result.ref)
    .set('tags', result.tags.join('\n'))
    .set('metadata', result.metadata)
    .set('duration-ms', String(result.durationMs))
    .set('cache-hit-ratio', result.cacheHitRatio === undefined ? '' : String(result.cacheHitRatio))
    .set('image-size', result.imageSize === undefined ? '' : String(result.imageSize))
    .set('layers', result.layers === undefined ? '' : String(result.layers))
    .set('steps', result.steps)
    .set('result-file', inputs.resultFile)
    .flush();
  await writeSummary(renderSummary(result));
}

/** The result file: every output in one JSON document, for report-metrics. */
function resultDocument(r: ServiceResult): Record<string, unknown> {
  return { version: 1, ...r };
}

void run(main);
