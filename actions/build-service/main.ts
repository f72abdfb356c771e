import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { findBuildxPlugin } from '../../shared/buildx/plugin.js';
import { mergeService } from '../../shared/build/merge.js';
import { buildService } from '../../shared/build/service.js';
import { nodeFetch } from '../../shared/registry/http.js';
import { actionDeps } from '../../shared/runtime/deps.js';
import { renderSummary } from '../../shared/build/summary.js';
import { buildResultText } from '../../shared/contracts/build-result.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { getInputs } from './inputs.js';

async function main(): Promise<void> {
  const inputs = await getInputs();
  const deps = { ...actionDeps(nodeFetch), buildx: findBuildxPlugin() };
  const result =
    inputs.mode === 'merge'
      ? await mergeService(inputs.request, deps)
      : await buildService(inputs.request, deps);

  mkdirSync(dirname(inputs.resultFile), { recursive: true });
  writeFileSync(inputs.resultFile, buildResultText(result));
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

void run(main);
