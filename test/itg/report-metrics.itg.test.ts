/**
 * report-metrics as the runner runs it (the bundle, INPUT_* variables, an event file) on a run's
 * result files: the default branch saves a baseline in the Actions cache (a fake of cache service
 * v2, through the real @actions/cache), a pull request compares with it in one sticky comment on the
 * GitHub fake (checked against GitHub's OpenAPI description), and every service's metrics land in
 * the engine's real Pushgateway. Optional sinks that fail are warnings unless fail-on-error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildResult } from '../../shared/contracts/build-result.js';
import { deleteGroup } from '../../shared/metrics/pushgateway.js';
import { runAction, type ActionRun } from '../support/action.js';
import { FakeCacheService } from '../support/cache-service.js';
import { liveGatewayDeps } from '../support/deps.js';
import { FakeGitHubApi } from '../support/github-api.js';
import { buildResult, scanResult, severityCounts } from '../support/metrics-fixtures.js';
import { gatewaySamples } from '../support/prom-text.js';

const GATEWAY = process.env['BKA_PUSHGATEWAY'] ?? 'http://127.0.0.1:9091';
const TOKEN = 'ghs_reportMetricsToken0123456789abc';
const SUFFIX = Math.random().toString(36).slice(2, 8);
const OWNER = `itg-${SUFFIX}`;
const REPOSITORY = `${OWNER}/shop`;
const MARKER = '<!-- buildkit-actions/report-metrics: CI -->';

let api: FakeGitHubApi;
let cache: FakeCacheService;
let work: string;
let home: string;

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

function build(service: string, n: number, durationMs: number, over: Partial<BuildResult> = {}): BuildResult {
  const image = `127.0.0.1:5000/${OWNER}/${service}`;
  return buildResult({
    service,
    image,
    digest: digest(n),
    ref: `${image}@${digest(n)}`,
    durationMs,
    ...over,
  });
}

const scan = (n: number, high: number) => scanResult(digest(n), severityCounts({ MEDIUM: 1, HIGH: high }));

/** A run's result files in a folder, as download-artifact leaves them. */
function results(name: string, docs: Record<string, unknown>): string {
  const dir = join(work, name);
  for (const [file, doc] of Object.entries(docs)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(doc));
  }
  return name;
}

const pushEvent = {
  name: 'push',
  payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
};
const prEvent = (action = 'synchronize') => ({
  name: 'pull_request',
  payload: { action, number: 12, pull_request: { number: 12 }, repository: { default_branch: 'main' } },
});

async function report(
  dir: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction('report-metrics', {
    workspace: work,
    event,
    inputs: { 'results-dir': dir, 'github-token': TOKEN, 'pushgateway-url': GATEWAY, ...inputs },
    env: {
      HOME: home,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_WORKFLOW: 'CI',
      GITHUB_API_URL: api.url,
      GITHUB_RUN_ID: String(1000 + Math.floor(Math.random() * 1000)),
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: event.name === 'push' ? 'refs/heads/main' : 'refs/pull/12/merge',
      ...(event.name === 'pull_request' && { GITHUB_HEAD_REF: 'feature/faster' }),
      ...cache.env(),
      ...env,
    },
  });
}

const repoSamples = () => gatewaySamples(GATEWAY, REPOSITORY);

beforeAll(async () => {
  api = await FakeGitHubApi.start({ token: TOKEN });
  api.addPullRequest(OWNER, 'shop', { number: 12, files: [] });
  cache = await FakeCacheService.start();
  work = mkdtempSync(join(tmpdir(), 'bka-report-'));
  home = join(work, 'home');
  mkdirSync(home);
});

afterAll(async () => {
  await api.close();
  await cache.close();
  rmSync(work, { recursive: true, force: true });
  // Leave the shared gateway as it was.
  const deps = liveGatewayDeps;
  for (const s of new Set(
    (await repoSamples()).map((s) =>
      JSON.stringify({
        job: s.labels['job'],
        repository: s.labels['repository'],
        workflow: s.labels['workflow'],
        branch: s.labels['branch'],
        service: s.labels['service'],
        variant: s.labels['variant'] ?? '',
        pr: s.labels['pr'] ?? '',
      }),
    ),
  )) {
    await deleteGroup(JSON.parse(s) as Record<string, string>, { url: GATEWAY }, deps);
  }
});

describe('report-metrics', () => {
  it('on the default branch: reports every service, pushes its metrics and saves the baseline', async () => {
    const dir = results('main-run', {
      'build-api/result.json': build('api', 1, 40_000),
      'build-web/result.json': build('web', 2, 20_000, { imageSize: 50_000_000 }),
      'scan/result.json': scan(1, 1),
      'other/package.json': { name: 'not a result' },
    });
    const run = await report(dir, pushEvent);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs['services']).toBe('2');
    expect(run.outputs['baseline-found']).toBe('false');
    expect(run.outputs['baseline-saved']).toMatch(
      /^buildkit-actions-baseline-itg-\w+_shop-CI-[0-9a-f]{8}-\d+-1$/,
    );
    expect(run.outputs['pushed-groups']).toBe('2');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.summary).toContain('## Build report: 2 services');
    expect(run.summary).toContain('No baseline to compare with');
    expect(run.summary).toMatch(/\| api \| ✅ \| 40\.0 s \| new \|/);
    const written = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as {
      services: { key: string }[];
    };
    expect(written.services.map((s) => s.key)).toEqual(['api', 'web']);
    const samples = await repoSamples();
    const duration = samples.filter((s) => s.name === 'bka_build_duration_seconds');
    expect(
      duration.map((s) => [s.labels['service'], s.value, s.labels['branch'], s.labels['pr'] ?? '']),
    ).toEqual(
      expect.arrayContaining([
        ['api', 40, 'main', ''],
        ['web', 20, 'main', ''],
      ]),
    );
    expect(api.requests.filter((r) => r.url.includes('/comments'))).toEqual([]);
  });

  it('on a pull request: compares with the baseline in one comment, updated in place on a rerun', async () => {
    const dir = results('pr-run', {
      'api.json': build('api', 1, 90_000),
      'web.json': build('web', 2, 19_000, { imageSize: 50_000_000 }),
      'scan.json': scan(1, 3),
    });
    const first = await report(dir, prEvent());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs['baseline-found']).toBe('true');
    expect(first.outputs['baseline-saved']).toBe('');
    expect(JSON.parse(first.outputs['regressions']!)).toEqual([
      { service: 'api', regressions: ['slower', 'new-vulnerabilities'] },
    ]);
    const comments = api.issueComments(OWNER, 'shop', 12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]!.body).toMatch(
      /\| api \| ⚠️ slower, new HIGH\/CRITICAL vulnerabilities \| 1 m 30 s \| \+50\.0 s \|/,
    );
    expect(comments[0]!.body).toContain('Compared with `main` at `aaaaaaa`');
    expect(comments[0]!.body).toContain('```mermaid');
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comments[0]!.id}`);

    const again = await report(dir, prEvent());
    expect(again.code).toBe(0);
    expect(api.issueComments(OWNER, 'shop', 12).map((c) => c.id)).toEqual([comments[0]!.id]);
    expect(api.schemaViolations).toEqual([]);
    expect(cache.violations).toEqual([]);
    const prSamples = (await repoSamples()).filter((s) => s.labels['pr'] === '12');
    expect(new Set(prSamples.map((s) => s.labels['service']))).toEqual(new Set(['api', 'web']));
  });

  it('when the pull request closes, removes its groups and pushes nothing for it', async () => {
    const dir = results('pr-close', { 'api.json': build('api', 1, 30_000) });
    const open = await report(dir, prEvent(), { comment: 'false', 'save-baseline': 'never' });
    expect(open.outputs['pushed-groups']).toBe('1');
    expect((await repoSamples()).some((s) => s.labels['pr'] === '12')).toBe(true);
    const closed = await report(dir, prEvent('closed'), { comment: 'false', 'save-baseline': 'never' });
    expect(closed.code).toBe(0);
    expect(closed.outputs['pushed-groups']).toBe('0');
    expect(closed.summary).toContain("the closed pull request's groups were removed");
    expect((await repoSamples()).filter((s) => s.labels['pr'] === '12')).toEqual([]);
  });

  it("gives a fork's read-only token the job summary and a notice, not a failure", async () => {
    const ro = await FakeGitHubApi.start({ token: TOKEN, readOnly: true });
    ro.addPullRequest(OWNER, 'shop', { number: 12, files: [] });
    try {
      const run = await report(
        results('fork-run', { 'api.json': build('api', 1, 41_000) }),
        prEvent(),
        {},
        { GITHUB_API_URL: ro.url },
      );
      expect(run.code).toBe(0);
      expect(run.warnings).toEqual([]);
      expect(run.stdout).toMatch(/may not comment on pull request #12.*read-only GITHUB_TOKEN/);
      expect(run.summary).toContain('## Build report: 1 service');
      expect(ro.issueComments(OWNER, 'shop', 12)).toEqual([]);
    } finally {
      await ro.close();
    }
  });

  it('warns when the gateway is down, and fails with fail-on-error after writing the report', async () => {
    const dir = results('down-run', { 'api.json': build('api', 1, 41_000) });
    const down = 'http://127.0.0.1:9';
    const warned = await report(dir, pushEvent, { 'pushgateway-url': down, 'save-baseline': 'never' });
    expect(warned.code).toBe(0);
    expect(warned.warnings.join('\n')).toMatch(/Pushgateway/);
    expect(warned.outputs['pushed-groups']).toBe('0');
    const failed = await report(dir, pushEvent, {
      'pushgateway-url': down,
      'save-baseline': 'never',
      'fail-on-error': 'true',
    });
    expect(failed.code).toBe(1);
    expect(failed.errors.join('\n')).toMatch(/Pushgateway.*fail-on-error/s);
    expect(failed.summary).toContain('## Build report: 1 service');
  });

  it('reads a results-dir given as an absolute path outside the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'bka-report-outside-'));
    try {
      mkdirSync(join(outside, 'build-api'));
      writeFileSync(join(outside, 'build-api/result.json'), JSON.stringify(build('api', 1, 40_000)));
      const run = await report(outside, pushEvent, {
        'pushgateway-url': '',
        'save-baseline': 'never',
        comment: 'false',
      });
      expect(run.code).toBe(0);
      expect(run.outputs['services']).toBe('1');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names a result file that breaks its contract, and writes nothing', async () => {
    const dir = results('bad-run', { 'api.json': { ...build('api', 1, 1), steps: 'none' } });
    const run = await report(dir, pushEvent);
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(/bad-run\/api\.json.*steps/);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('masks the gateway password and the token', async () => {
    const run = await report(results('mask-run', { 'api.json': build('api', 1, 1000) }), pushEvent, {
      'pushgateway-url': 'http://ci:s3cret-gateway-pass@127.0.0.1:9',
      'save-baseline': 'never',
    });
    expect(run.stdout).toContain('::add-mask::s3cret-gateway-pass');
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  });
});
