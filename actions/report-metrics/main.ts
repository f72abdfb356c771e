import * as cache from '@actions/cache';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readGitHubContext } from '../../shared/github/context.js';
import { upsertStickyComment } from '../../shared/github/sticky-comment.js';
import { deletePullRequestGroups, pushGroup } from '../../shared/metrics/pushgateway.js';
import { reportMetrics } from '../../shared/report/run.js';
import { actionDeps } from '../../shared/runtime/deps.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { getInputs } from './inputs.js';

async function main(): Promise<void> {
  const inputs = await getInputs();
  const ctx = readGitHubContext();
  const deps = actionDeps(fetch);
  const gateway = inputs.request.pushgateway;
  const gatewayOpts = { url: gateway?.url ?? '', failOnError: inputs.request.failOnError };
  const outcome = await reportMetrics(inputs.request, ctx, inputs.workflow, {
    readText: (p) => readFileSync(p, 'utf8'),
    cache,
    upsertComment: upsertStickyComment,
    push: (group, method) => pushGroup(group, { ...gatewayOpts, method }, deps),
    deletePullRequestGroups: async (repository, pr) =>
      (await deletePullRequestGroups(repository, pr, gatewayOpts, deps)).outcomes,
    log: deps.log,
    now: deps.now,
  });

  mkdirSync(dirname(inputs.reportFile), { recursive: true });
  writeFileSync(
    inputs.reportFile,
    JSON.stringify(
      {
        version: 1,
        services: outcome.services.map(({ steps: _steps, ...s }) => s),
        deltas: outcome.deltas,
        recommendations: outcome.recommendations,
        baseline: outcome.baseline ?? null,
      },
      null,
      2,
    ) + '\n',
  );
  await writeSummary(outcome.summary);
  new Outputs()
    .set('report-file', inputs.reportFile)
    .set('services', String(outcome.services.length))
    .set('regressions', outcome.regressions)
    .set('comment-url', outcome.comment?.url ?? '')
    .set('baseline-found', String(outcome.baseline !== undefined))
    .set('baseline-saved', outcome.savedBaseline ?? '')
    .set('pushed-groups', String(outcome.pushed.groups))
    .flush();
  if (outcome.errors.length) throw new Error(`${outcome.errors.join('\n')}\n(fail-on-error is true)`);
  if (inputs.request.failOnRegression && outcome.regressions.length) {
    throw new Error(
      `${outcome.regressions.length} service(s) regressed: ${outcome.regressions.map((r) => `${r.service} (${r.regressions.join(', ')})`).join(', ')}. fail-on-regression is true.`,
    );
  }
}

void run(main);
