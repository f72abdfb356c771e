/**
 * The push on the engine's real Pushgateway (BKA_PUSHGATEWAY, 127.0.0.1:9091): groups keyed by
 * label values with `/` and empty ones, read back from /metrics exactly as pushed; `promtool check
 * metrics` on every body; PUT replacing a group whole where POST keeps what it does not name;
 * deleting one pull request's groups and only those; an unreachable gateway as a typed outcome.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { exposition } from '../../shared/metrics/exposition.js';
import { metricGroups, type MetricGroup, type RunLabels } from '../../shared/metrics/families.js';
import { fromBuildResult } from '../../shared/metrics/results.js';
import { deleteGroup, deletePullRequestGroups, pushGroup } from '../../shared/metrics/pushgateway.js';
import { sleep } from '../../shared/runtime/retry.js';
import { execTool } from '../../shared/runtime/exec.js';
import { liveGatewayDeps } from '../support/deps.js';
import { freePort } from '../support/prometheus-daemon.js';
import { buildResult } from '../support/metrics-fixtures.js';
import { gatewaySamples, type ParsedSample } from '../support/prom-text.js';

const GATEWAY = process.env['BKA_PUSHGATEWAY'] ?? 'http://127.0.0.1:9091';
const SUFFIX = Math.random().toString(36).slice(2, 8);
// a repository per run: the gateway is shared with other tests and keeps groups until deleted
const REPOSITORY = `itg-${SUFFIX}/app`;
const deps = liveGatewayDeps;
const pushed: MetricGroup[] = [];

const repoSamples = (): Promise<ParsedSample[]> => gatewaySamples(GATEWAY, REPOSITORY);

async function push(group: MetricGroup, method?: 'PUT' | 'POST'): Promise<void> {
  const outcome = await pushGroup(group, { url: GATEWAY, ...(method && { method }) }, deps);
  expect(outcome).toMatchObject({ ok: true, attempts: 1 });
  pushed.push(group);
}

afterAll(async () => {
  for (const g of pushed) await deleteGroup(g.grouping, { url: GATEWAY }, deps);
});

describe('push to the real Pushgateway', () => {
  const main: RunLabels = { repository: REPOSITORY, workflow: 'CI / build', branch: 'main' };
  const pr: RunLabels = {
    repository: REPOSITORY,
    workflow: 'CI / build',
    branch: 'feature/metrics',
    pr: '17',
  };

  it('keeps label values with / and empty ones, and every escaped character, as pushed', async () => {
    const [group] = metricGroups(main, [
      { ...fromBuildResult(buildResult()), vulnerabilities: { HIGH: 2, CRITICAL: 0 }, signed: true },
    ]);
    await push(group!);
    const samples = await repoSamples();
    const duration = samples.find((s) => s.name === 'bka_build_duration_seconds');
    expect(duration).toEqual({
      name: 'bka_build_duration_seconds',
      labels: {
        job: 'buildkit-actions',
        instance: '',
        repository: REPOSITORY,
        workflow: 'CI / build',
        branch: 'main',
        service: 'api',
        variant: '',
        pr: '',
        platform: 'linux/amd64,linux/arm64',
      },
      value: 42.5,
    });
    const steps = samples
      .filter((s) => s.name === 'bka_build_step_duration_seconds')
      .map((s) => [s.labels['step'], s.value]);
    expect(steps).toEqual(
      expect.arrayContaining([
        ['[linux/amd64 build 2/3] RUN npm ci --omit="dev"', 0],
        ['[linux/amd64 build 3/3] RUN echo "a\\b"', 7.25],
      ]),
    );
    expect(
      samples
        .filter((s) => s.name === 'bka_image_vulnerabilities')
        .map((s) => [s.labels['severity'], s.value]),
    ).toEqual(
      expect.arrayContaining([
        ['HIGH', 2],
        ['CRITICAL', 0],
      ]),
    );
    // the gateway stored exactly what was pushed: one sample per pushed line, no more
    const lines = exposition(group!.families)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(samples.filter((s) => s.name.startsWith('bka_'))).toHaveLength(lines.length);
  });

  it('sends values a URL would mangle (.., spaces, %, #, ?, non-ASCII) to their own group', async () => {
    const odd: RunLabels = { repository: REPOSITORY, workflow: '..', branch: 'rel 1.0%/#?ü' };
    const [group] = metricGroups(odd, [
      { service: 'odd', platforms: ['linux/amd64'], build: { durationSeconds: 1, steps: [] } },
    ]);
    await push(group!);
    const got = (await repoSamples()).filter(
      (s) => s.labels['service'] === 'odd' && s.name.startsWith('bka_'),
    );
    expect(got.map((s) => [s.labels['workflow'], s.labels['branch'], s.value])).toEqual([
      ['..', 'rel 1.0%/#?ü', 1],
    ]);
  });

  it('writes bodies promtool check metrics accepts', async () => {
    const groups = metricGroups(pr, [
      {
        ...fromBuildResult(buildResult({ service: 'web', variant: 'prod' })),
        vulnerabilities: { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 },
        policyViolations: { error: 1, warning: 2 },
        signed: true,
        verified: true,
        build: {
          ...fromBuildResult(buildResult()).build!,
          builder: { cpuSeconds: 12.5, memoryPeakBytes: 536_870_912 },
        },
      },
    ]);
    const body = exposition(groups[0]!.families);
    expect(body).toContain('bka_builder_memory_peak_bytes');
    const checked = await execTool('promtool', ['check', 'metrics'], { input: body, allowFailure: true });
    expect({ code: checked.code, out: checked.stdout + checked.stderr }).toEqual({ code: 0, out: '' });
    // and promtool does speak up on a body that breaks the conventions
    const bad = await execTool('promtool', ['check', 'metrics'], {
      input: '# HELP bka_builds total\n# TYPE bka_builds counter\nbka_builds 1\n',
      allowFailure: true,
    });
    expect(bad.code).not.toBe(0);
    await push(groups[0]!);
  });

  it('PUT replaces the whole group; POST replaces only the families it names', async () => {
    const run: RunLabels = { ...main, workflow: 'replace' };
    const [full] = metricGroups(run, [{ ...fromBuildResult(buildResult()), vulnerabilities: { HIGH: 1 } }]);
    await push(full!);
    const names = async () =>
      new Set((await repoSamples()).filter((s) => s.labels['workflow'] === 'replace').map((s) => s.name));
    expect(await names()).toContain('bka_image_vulnerabilities');
    const [durationOnly] = metricGroups(run, [
      { service: 'api', platforms: ['linux/amd64'], build: { durationSeconds: 5, steps: [] } },
    ]);
    await push(durationOnly!, 'POST');
    expect(await names()).toContain('bka_image_vulnerabilities');
    await push(durationOnly!, 'PUT');
    expect([...(await names())].filter((n) => n.startsWith('bka_'))).toEqual(['bka_build_duration_seconds']);
  });

  it("deletes one pull request's groups and leaves the branch's and other pull requests' alone", async () => {
    const other: RunLabels = { ...pr, pr: '18' };
    for (const run of [pr, other, main]) {
      for (const g of metricGroups(run, [fromBuildResult(buildResult({ service: 'db' }))])) await push(g);
    }
    const { deleted, outcomes } = await deletePullRequestGroups(REPOSITORY, '17', { url: GATEWAY }, deps);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    // web (prod) from the promtool test and db: both of pull request 17
    expect(deleted.map((g) => g['service']).sort()).toEqual(['db', 'web']);
    // The gateway answers a DELETE with 202 and applies it from its write queue: wait for it.
    let prs: string[] = [];
    for (let i = 0; i < 30; i++) {
      prs = [...new Set((await repoSamples()).map((s) => s.labels['pr'] ?? ''))].sort();
      if (!prs.includes('17')) break;
      await sleep(100);
    }
    expect(prs).toEqual(['', '18']);
  });

  it('reports a gateway nobody listens on as unreachable after its retries, a warning unless fail-on-error', async () => {
    const port = await freePort();
    const [group] = metricGroups(main, [fromBuildResult(buildResult())]);
    const url = `http://127.0.0.1:${port}`;
    const backoff = { baseMs: 10, maxMs: 20 };
    const warned = await pushGroup(group!, { url, retries: 2, backoff }, deps);
    expect(warned).toMatchObject({ ok: false, reason: 'unreachable', level: 'warning', attempts: 3 });
    expect(!warned.ok && warned.message).toMatch(/ECONNREFUSED \(after 3 attempts\)/);
    const failed = await pushGroup(group!, { url, retries: 0, backoff, failOnError: true }, deps);
    expect(failed).toMatchObject({ ok: false, level: 'error' });
  });
});
