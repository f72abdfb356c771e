import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PushMethod } from '../../shared/metrics/pushgateway.js';
import { thresholds } from '../../shared/report/baseline.js';
import { BASELINE_DIR } from '../../shared/report/baseline-store.js';
import { findFiles, jsonFilesUnder } from '../../shared/report/files.js';
import type { ReportRequest } from '../../shared/report/run.js';
import type { PlanReason } from '../../shared/report/services.js';
import { InputError } from '../../shared/runtime/errors.js';
import { getBool, getEnum, getList, getString } from '../../shared/runtime/inputs.js';

export interface Inputs {
  request: ReportRequest;
  reportFile: string;
  workflow: string;
}

/** plan-matrix's `reasons` output: service key → [{rule, message, ...}]. */
function planReasons(raw: string): Record<string, PlanReason[]> {
  if (!raw) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw new InputError('is not JSON.', {
      input: 'plan-reasons',
      fix: "pass plan-matrix's `reasons` output as it is.",
    });
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new InputError('is not a JSON object of service keys.', {
      input: 'plan-reasons',
      fix: "pass plan-matrix's `reasons` output as it is.",
    });
  const out: Record<string, PlanReason[]> = {};
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (!Array.isArray(v)) continue;
    out[k] = v
      .filter((r): r is { rule: string; message: string } => !!r && typeof r === 'object' && 'rule' in r)
      .map((r) => ({ rule: String(r.rule), message: String(r.message ?? '') }));
  }
  return out;
}

/** A Pushgateway URL: http(s), its credentials masked before anything is logged. */
function gatewayUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('is not a URL.', {
      input: 'pushgateway-url',
      fix: 'give the gateway’s base URL, e.g. https://pushgateway.example.com (a user:password@ part is sent as Basic auth).',
    });
  }
  if (url.password) core.setSecret(decodeURIComponent(url.password));
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(`takes http or https, not ${url.protocol.replace(/:$/, '')}.`, {
      input: 'pushgateway-url',
      fix: 'give the gateway’s http(s) base URL.',
    });
  return raw;
}

export async function getInputs(env: NodeJS.ProcessEnv = process.env): Promise<Inputs> {
  const token = getString('github-token');
  if (token) core.setSecret(token);
  const rawGateway = core.getInput('pushgateway-url').trim();
  const pushgatewayUrl = rawGateway ? gatewayUrl(rawGateway) : '';

  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const temp = env['RUNNER_TEMP'] || tmpdir();
  const workflow = env['GITHUB_WORKFLOW'] || 'workflow';
  const globs = getList('result-files');
  const dirs = getList('results-dir');
  const files = [
    ...(await findFiles(globs, workspace)),
    ...dirs.flatMap((d) => jsonFilesUnder(resolve(workspace, d))),
  ];

  const comment = getBool('comment', true);
  if (comment && !token)
    throw new InputError('is empty, and the pull request comment needs it.', {
      input: 'github-token',
      fix: 'leave it at its default (the job’s GITHUB_TOKEN, with `pull-requests: write`), or set `comment: false`.',
    });

  const request: ReportRequest = {
    files: [...new Set(files)].sort(),
    reasons: planReasons(getString('plan-reasons')),
    thresholds: thresholds({
      durationFactor: getString('regression-factor'),
      minDurationMs: getString('regression-min-seconds'),
      sizeGrowth: getString('size-growth'),
      cacheDrop: getString('cache-drop'),
    }),
    comment: {
      enabled: comment,
      key: getString('comment-key') || workflow,
      authors: getList('comment-authors')
        .flatMap((l) => l.split(/[\s,]+/))
        .filter(Boolean),
      token,
    },
    baseline: {
      restore: getBool('baseline', true),
      save: getEnum('save-baseline', ['auto', 'always', 'never'] as const, 'auto'),
      key: getString('baseline-key') || workflow,
      dir: BASELINE_DIR,
    },
    ...(pushgatewayUrl && {
      pushgateway: {
        url: pushgatewayUrl,
        method: getEnum('pushgateway-method', ['put', 'post'] as const, 'put').toUpperCase() as PushMethod,
        deletePullRequest: getBool('pushgateway-delete-on-close', true),
      },
    }),
    failOnError: getBool('fail-on-error', false),
    failOnRegression: getBool('fail-on-regression', false),
  };
  return {
    request,
    reportFile: getString('report-file') || join(temp, 'buildkit-actions', 'report-metrics.json'),
    workflow,
  };
}
