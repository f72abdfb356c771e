/**
 * The shipped rules and dashboard on a real Prometheus (the engine's 2.53, a private instance on a
 * free port, 1 s scrapes and evaluations) scraping the engine's real Pushgateway with
 * `honor_labels: true`. A baseline is pushed for two services, then one regresses in every way
 * (slower, bigger, new HIGH findings; its cache hit ratio was low from the start) while a pull
 * request regresses too: every rule returns the series it should, each alert fires for the
 * regressed service only, every dashboard query and variable returns the services. promtool checks
 * the rules and runs their unit tests (monitoring/tests).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dump, load } from 'js-yaml';
import { metricGroups, type RunLabels, type ServiceMetrics } from '../../shared/metrics/families.js';
import { fromBuildResult } from '../../shared/metrics/results.js';
import { deleteGroup, pushGroup } from '../../shared/metrics/pushgateway.js';
import { execTool } from '../../shared/runtime/exec.js';
import { sleep } from '../../shared/runtime/retry.js';
import { liveGatewayDeps } from '../support/deps.js';
import { buildResult } from '../support/metrics-fixtures.js';
import { startDaemon, type OwnDaemon } from '../support/prometheus-daemon.js';

const GATEWAY = process.env['BKA_PUSHGATEWAY'] ?? 'http://127.0.0.1:9091';
const REPOSITORY = `itg-${Math.random().toString(36).slice(2, 8)}/prom`;
const MAIN: RunLabels = { repository: REPOSITORY, workflow: 'ci', branch: 'main' };
const PR: RunLabels = { repository: REPOSITORY, workflow: 'ci', branch: 'feature/slow', pr: '9' };
const deps = liveGatewayDeps;

interface Rule {
  record?: string;
  alert?: string;
  expr: string;
}
const rulesFile = load(readFileSync('monitoring/rules.yml', 'utf8')) as {
  groups: { name: string; interval?: string; rules: Rule[] }[];
};
const rules = rulesFile.groups.flatMap((g) => g.rules);
const dashboard = JSON.parse(readFileSync('monitoring/grafana-dashboard.json', 'utf8')) as {
  panels: { title: string; targets: { refId: string; expr: string }[] }[];
  templating: { list: { name: string; type: string; definition?: string }[] };
};

function service(
  name: string,
  o: { seconds: number; ratio: number; size: number; high: number },
): ServiceMetrics {
  const m = fromBuildResult(
    buildResult({ service: name, durationMs: o.seconds * 1000, cacheHitRatio: o.ratio }),
  );
  return {
    ...m,
    images: m.images!.map((i) => ({ ...i, sizeBytes: o.size })),
    vulnerabilities: { HIGH: o.high, CRITICAL: 0 },
  };
}
const BASE = { seconds: 10, ratio: 1, size: 100_000_000, high: 0 };

async function pushAll(run: RunLabels, services: ServiceMetrics[]): Promise<void> {
  for (const g of metricGroups(run, services)) {
    expect(await pushGroup(g, { url: GATEWAY }, deps)).toMatchObject({ ok: true });
  }
}

let work: string;
let prometheus: OwnDaemon | undefined;
let api: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bka-prom-itg-'));
  // the shipped rules, evaluated every second instead of every 5 minutes
  for (const g of rulesFile.groups) delete g.interval;
  writeFileSync(join(work, 'rules.yml'), dump(rulesFile));
  writeFileSync(
    join(work, 'prometheus.yml'),
    dump({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      rule_files: ['rules.yml'],
      scrape_configs: [
        {
          job_name: 'pushgateway',
          honor_labels: true,
          static_configs: [{ targets: [new URL(GATEWAY).host] }],
        },
      ],
    }),
  );
  prometheus = await startDaemon(
    'prometheus',
    [`--config.file=${join(work, 'prometheus.yml')}`, `--storage.tsdb.path=${join(work, 'data')}`],
    45_000,
  );
  api = prometheus.url;
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  for (const run of [MAIN, PR]) {
    for (const s of ['api', 'web']) {
      await deleteGroup(
        metricGroups(run, [{ service: s, platforms: [] }])[0]!.grouping,
        { url: GATEWAY },
        deps,
      );
    }
  }
  rmSync(work, { recursive: true, force: true });
});

interface Series {
  metric: Record<string, string>;
  value: [number, string];
}
async function query(expr: string, time?: number): Promise<Series[]> {
  const url = new URL(`${api}/api/v1/query`);
  url.searchParams.set('query', expr);
  if (time) url.searchParams.set('time', String(time));
  const res = await fetch(url);
  const body = (await res.json()) as { status: string; error?: string; data: { result: Series[] } };
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
  return body.data.result;
}
const ours = (rs: Series[]) => rs.filter((r) => r.metric['repository'] === REPOSITORY);
const describeSeries = (rs: Series[], ...labels: string[]) =>
  rs.map((r) => [...labels.map((l) => r.metric[l] ?? ''), Number(r.value[1])].join(' ')).sort();

describe('promtool on the shipped rules', () => {
  it('check rules accepts them', async () => {
    const r = await execTool('promtool', ['check', 'rules', 'monitoring/rules.yml'], { allowFailure: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SUCCESS: 10 rules found/);
  });

  it("test rules passes every alert's fire and silent cases", async () => {
    const r = await execTool('promtool', ['test', 'rules', 'rules.test.yml'], {
      cwd: resolve('monitoring/tests'),
      allowFailure: true,
    });
    expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({
      code: 0,
      out: expect.stringContaining('SUCCESS'),
    });
  });
});

describe('the rules and dashboard on a real Prometheus', () => {
  let at: number;

  beforeAll(async () => {
    await pushAll(MAIN, [service('api', { ...BASE, ratio: 0.5 }), service('web', BASE)]);
    await pushAll(PR, [service('api', { seconds: 100, ratio: 0.1, size: 300_000_000, high: 5 })]);
    // a baseline of at least 20 scrapes, so the 7-day median stays the baseline's for a while
    const deadline = Date.now() + 60_000;
    for (;;) {
      const n = await query(
        `count_over_time(bka_build_duration_seconds{repository="${REPOSITORY}",service="api",pr=""}[10m])`,
      );
      if (Number(n[0]?.value[1] ?? 0) >= 20) break;
      if (Date.now() > deadline)
        throw new Error('prometheus did not scrape the pushgateway 20 times in 60 s');
      await sleep(500);
    }
    await pushAll(MAIN, [
      service('api', { seconds: 30, ratio: 0.5, size: 150_000_000, high: 3 }),
      service('web', BASE),
    ]);
    // the instant at which every alert fires: every later check looks at that instant
    for (;;) {
      const firing = ours(await query('ALERTS{alertstate="firing"}'));
      if (new Set(firing.map((a) => a.metric['alertname'])).size === 4) break;
      if (Date.now() > deadline + 30_000) throw new Error(`not every alert fired: ${JSON.stringify(firing)}`);
      await sleep(250);
    }
    at = Date.now() / 1000;
  }, 120_000);

  it('fires every alert for the regressed service on the default branch only', async () => {
    const firing = ours(await query('ALERTS{alertstate="firing"}', at));
    expect(
      describeSeries(firing, 'alertname', 'service', 'branch', 'pr', 'platform', 'vulnerability_severity'),
    ).toEqual([
      'BkaBuildTimeRegression api main  linux/amd64,linux/arm64  1',
      'BkaCacheHitRatioLow api main  linux/amd64,linux/arm64  1',
      'BkaImageSizeGrowth api main  linux/amd64  1',
      'BkaImageSizeGrowth api main  linux/arm64  1',
      'BkaNewHighVulnerabilities api main  linux/amd64,linux/arm64 HIGH 1',
    ]);
  });

  it('every rule expression returns the series it should', async () => {
    const expected: Record<string, string[]> = {
      'bka:build_duration_regression:factor': ['1.5'],
      'bka:cache_hit_ratio:minimum': ['0.8'],
      'bka:image_size_growth:factor': ['1.1'],
      'service:bka_build_duration_seconds:median_7d': ['api  10', 'web  10'],
      'service:bka_image_size_bytes:median_7d': [
        'api linux/amd64 100000000',
        'api linux/arm64 100000000',
        'web linux/amd64 100000000',
        'web linux/arm64 100000000',
      ],
      'service:bka_image_vulnerabilities:min_1d': [
        'api CRITICAL 0',
        'api HIGH 0',
        'web CRITICAL 0',
        'web HIGH 0',
      ],
      BkaBuildTimeRegression: ['api  30'],
      BkaCacheHitRatioLow: ['api  0.5'],
      BkaImageSizeGrowth: ['api linux/amd64 150000000', 'api linux/arm64 150000000'],
      BkaNewHighVulnerabilities: ['api HIGH 3'],
    };
    expect(Object.keys(expected).sort()).toEqual(rules.map((r) => r.record ?? r.alert).sort());
    for (const rule of rules) {
      const name = (rule.record ?? rule.alert)!;
      const result = await query(rule.expr, at);
      let got: string[];
      if (name.startsWith('bka:')) got = result.map((r) => r.value[1]);
      else {
        const rs = ours(result);
        // no series of the pull request, ever
        expect(rs.filter((r) => r.metric['pr'])).toEqual([]);
        const second = /size/i.test(name) ? 'platform' : /vulnerab/i.test(name) ? 'severity' : 'none';
        got = describeSeries(rs, 'service', second);
      }
      expect({ name, got }).toEqual({ name, got: expected[name] });
    }
  });

  it('every dashboard query returns the services, and only the selected branch outside pull requests', async () => {
    const vars = (expr: string) =>
      expr
        .replace(/\$repository/g, REPOSITORY)
        .replace(/\$branch/g, 'main')
        .replace(/\$service/g, '.*');
    const targets = dashboard.panels.flatMap((p) => p.targets.map((t) => ({ panel: p.title, ...t })));
    expect(targets.length).toBeGreaterThanOrEqual(6);
    for (const t of targets) {
      const rs = await query(vars(t.expr), at);
      const services = [...new Set(rs.map((r) => r.metric['service']))].sort();
      expect({ panel: t.panel, ref: t.refId, services }).toEqual({
        panel: t.panel,
        ref: t.refId,
        services: ['api', 'web'],
      });
      expect(
        rs.filter((r) => r.metric['pr'] || (r.metric['branch'] && r.metric['branch'] !== 'main')),
      ).toEqual([]);
    }
    const build = await query(
      vars(targets.find((t) => /^bka_build_duration_seconds/.test(t.expr))!.expr),
      at,
    );
    expect(describeSeries(build, 'service')).toEqual(['api 30', 'web 10']);
  });

  it("every variable's label_values query lists what was pushed", async () => {
    const variables = dashboard.templating.list.filter((v) => v.type === 'query');
    expect(variables.map((v) => v.name)).toEqual(['repository', 'branch', 'service']);
    const values: Record<string, string[]> = {};
    for (const v of variables) {
      // Grafana's label_values(selector, label) is the series API's label values for that selector
      const m = /^label_values\((.+), (\w+)\)$/.exec(v.definition!)!;
      const selector = m[1]!.replace(/\$repository/g, REPOSITORY).replace(/\$branch/g, 'main');
      const url = new URL(`${api}/api/v1/label/${m[2]}/values`);
      url.searchParams.set('match[]', selector);
      const body = (await (await fetch(url)).json()) as { data: string[] };
      values[v.name] = body.data;
    }
    expect(values['repository']).toContain(REPOSITORY);
    expect(values['branch']).toEqual(['main']);
    expect(values['service']).toEqual(['api', 'web']);
  });
});
