import * as core from '@actions/core';
import { actionDeps } from '../../shared/runtime/deps.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { plan } from '../../shared/plan/plan.js';
import { renderSummary } from '../../shared/plan/summary.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { getInputs } from './inputs.js';

async function main(): Promise<void> {
  const inputs = getInputs();
  const result = await plan(inputs, actionDeps(fetch));

  for (const notice of result.catalog.notices) core.notice(notice);
  for (const w of [...result.catalog.skipped.map((s) => s.annotation), ...result.catalog.warnings])
    core.warning(w.message, { file: w.file, startLine: w.line, startColumn: w.column });
  core.info(result.source.description);
  core.info(
    `${result.count} of ${result.catalog.services} service(s) planned: ${result.services.join(', ') || '(none)'}`,
  );
  if (result.matrix.include.length > inputs.maxJobs) {
    core.warning(
      `The plan has ${result.matrix.include.length} entries, more than max-jobs (${inputs.maxJobs}): use the \`waves\` output, whose matrices are batched to at most ${inputs.maxJobs} entries.`,
    );
  }
  new Outputs()
    .set('matrix', result.matrix)
    .set('services', result.services)
    .set('waves', result.waves)
    .set('reasons', result.reasons)
    .set('count', String(result.count))
    .set('any-changed', String(result.anyChanged))
    .set(
      'skipped-files',
      result.catalog.skipped.map(({ file, line, message }) => ({ file, line, message })),
    )
    .flush();
  await writeSummary(renderSummary(result));
}

void run(main);
