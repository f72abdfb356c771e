import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { BuildResult, BuildStep } from '../../shared/contracts/build-result.js';
import {
  compare,
  makeSnapshot,
  parseSnapshot,
  thresholds,
  type Snapshot,
} from '../../shared/report/baseline.js';
import { buildTimeChart, chartRows } from '../../shared/report/chart.js';
import { collectResults, resultKind } from '../../shared/report/collect.js';
import { recommend } from '../../shared/report/recommendations.js';
import { age, COMMENT_LIMIT, renderReport, type ReportModel } from '../../shared/report/render.js';
import { pushReport } from '../../shared/report/run.js';
import { serviceReports, type ServiceReport } from '../../shared/report/services.js';

const FIXTURE = readFileSync('test/fixtures/contracts/build-result.json', 'utf8');
const base = JSON.parse(FIXTURE) as BuildResult;
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

function build(service: string, n: number, over: Partial<BuildResult> = {}): BuildResult {
  const d = digest(n);
  return {
    ...base,
    service,
    digest: d,
    ref: `127.0.0.1:5000/acme/${service}@${d}`,
    image: `127.0.0.1:5000/acme/${service}`,
    ...over,
  };
}

const counts = (critical: number, high: number) => ({
  UNKNOWN: 0,
  LOW: 1,
  MEDIUM: 2,
  HIGH: high,
  CRITICAL: critical,
});

function files(docs: Record<string, unknown>): { list: string[]; read: (p: string) => string } {
  return {
    list: Object.keys(docs),
    read: (p) => (typeof docs[p] === 'string' ? (docs[p] as string) : JSON.stringify(docs[p])),
  };
}

const step = (name: string, over: Partial<BuildStep> = {}): BuildStep => {
  const m = /^\[(?:(\S+) )?\d+\/\d+\] (\w+)/.exec(name);
  return {
    name,
    kind: 'instruction',
    instruction: m?.[2],
    stage: m?.[1],
    durationMs: 1000,
    cached: false,
    ...over,
  };
};

describe('collecting result files', () => {
  it('sorts build, scan and sign results by kind and leaves other JSON out', () => {
    const scan = {
      version: 1,
      scanner: { name: 'trivy', version: '0.74.0' },
      failOn: ['HIGH'],
      passed: true,
      counts: counts(0, 0),
      policy: { mode: 'off', passed: true },
      images: [],
    };
    const sign = {
      version: 1,
      mode: 'sign',
      method: 'key',
      cosign: { version: '2.5.0', major: 2, path: '/x' },
      images: [],
      durationMs: 1,
    };
    const f = files({
      'b.json': FIXTURE,
      's.json': scan,
      'g.json': sign,
      'package.json': { name: 'x' },
      'notes.json': 'not json',
    });
    const out = collectResults(f.list, f.read);
    expect(out.builds.map((b) => b.file)).toEqual(['b.json']);
    expect(out.scans.map((b) => b.file)).toEqual(['s.json']);
    expect(out.signs.map((b) => b.file)).toEqual(['g.json']);
    expect(out.other).toEqual(['notes.json', 'package.json']);
    expect(resultKind({ version: 1, mode: 'build', service: 'a' })).toBeUndefined();
  });

  it('refuses a build result that breaks its schema, naming the file and the field', () => {
    const f = files({ 'bad.json': { ...JSON.parse(FIXTURE), durationMs: 'slow' } });
    expect(() => collectResults(f.list, f.read)).toThrow(/bad\.json.*durationMs/);
  });

  it('refuses a result of a version it does not read', () => {
    const f = files({ 's.json': { version: 2, scanner: {}, images: [] } });
    expect(() => collectResults(f.list, f.read)).toThrow(/s\.json.*version 2/);
  });
});

describe('one row per service', () => {
  it('joins scan and sign results by digest, and the plan reasons by service', () => {
    const f = files({
      'api.json': build('api', 1),
      'web.json': build('web', 2),
      'scan.json': {
        version: 1,
        scanner: { name: 'trivy', version: '0.74.0' },
        failOn: ['HIGH'],
        passed: false,
        counts: counts(1, 2),
        policy: { mode: 'off', passed: true },
        images: [{ input: 'x', ref: 'x', digest: digest(1), counts: counts(1, 2), platforms: [] }],
      },
      'sign.json': {
        version: 1,
        mode: 'sign',
        method: 'key',
        cosign: { version: '2.5.0', major: 2, path: '/x' },
        images: [
          {
            input: 'y',
            image: 'y',
            digest: digest(2),
            ref: 'y',
            index: false,
            platforms: [],
            status: 'signed',
          },
        ],
        durationMs: 1,
      },
    });
    const rows = serviceReports(collectResults(f.list, f.read), {
      api: [{ rule: 'context', message: 'src/a.ts changed' }],
    });
    expect(rows.map((r) => r.key)).toEqual(['api', 'web']);
    expect(rows[0]).toMatchObject({
      vulnerabilities: counts(1, 2),
      scanPassed: false,
      reasons: [{ rule: 'context' }],
    });
    expect(rows[0]!.signature).toBeUndefined();
    expect(rows[1]).toMatchObject({ signature: { status: 'signed' }, reasons: [] });
    expect(rows[1]!.vulnerabilities).toBeUndefined();
  });

  it("takes a merge for its service, with its platform builds' time and steps", () => {
    const amd = build('api', 1, {
      durationMs: 1000,
      steps: [step('[linux/amd64 a 1/2] RUN x', { cached: true })],
    });
    const arm = build('api', 2, { durationMs: 3000, steps: [step('[linux/arm64 a 1/2] RUN x')] });
    const merge = build('api', 3, {
      mode: 'merge',
      durationMs: 500,
      steps: [],
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const f = files({ 'a.json': amd, 'b.json': arm, 'm.json': merge });
    const [row, ...rest] = serviceReports(collectResults(f.list, f.read));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      key: 'api',
      ref: merge.ref,
      durationMs: 4500,
      cachedSteps: 1,
      cacheableSteps: 2,
      cacheHitRatio: 0.5,
    });
  });

  it('names the variants of a service that has several', () => {
    const f = files({
      'a.json': build('api', 1, { variant: 'dev' }),
      'b.json': build('api', 2, { variant: 'prod' }),
      'c.json': build('web', 3, { variant: 'prod' }),
    });
    expect(serviceReports(collectResults(f.list, f.read)).map((r) => r.key)).toEqual([
      'api (dev)',
      'api (prod)',
      'web',
    ]);
  });
});

const row = (key: string, over: Partial<ServiceReport> = {}): ServiceReport => ({
  key,
  service: key,
  image: `r/${key}`,
  ref: `r/${key}@${digest(1)}`,
  platforms: ['linux/amd64'],
  durationMs: 60_000,
  cacheHitRatio: 0.9,
  cachedSteps: 9,
  cacheableSteps: 10,
  imageSize: 100_000_000,
  layers: 5,
  steps: [],
  cacheMisses: [],
  cache: [],
  reasons: [],
  ...over,
});

const snapshotOf = (rows: ServiceReport[], createdAt = '2026-12-05T09:00:00Z'): Snapshot =>
  makeSnapshot(rows, {
    createdAt,
    repository: 'acme/shop',
    ref: 'refs/heads/main',
    sha: 'f'.repeat(40),
    runUrl: 'https://github.com/acme/shop/actions/runs/9/attempts/1',
  });

describe('the baseline', () => {
  const before = snapshotOf([row('api', { vulnerabilities: counts(0, 1) })]);

  it('flags slower, bigger, fewer cache hits and new HIGH/CRITICAL findings, each past its threshold', () => {
    const [d] = compare(
      [
        row('api', {
          durationMs: 80_000,
          imageSize: 120_000_000,
          cacheHitRatio: 0.5,
          vulnerabilities: counts(1, 1),
        }),
      ],
      before,
    );
    expect(d).toMatchObject({
      durationDeltaMs: 20_000,
      sizeDelta: 20_000_000,
      cacheHitRatioDelta: -0.4,
      newHighVulnerabilities: 1,
    });
    expect(d!.regressions).toEqual(['slower', 'bigger', 'fewer-cache-hits', 'new-vulnerabilities']);
  });

  it('keeps noise out: a small build slower by seconds, a size within 5%', () => {
    const small = snapshotOf([row('api', { durationMs: 2000 })]);
    expect(
      compare([row('api', { durationMs: 4000, imageSize: 104_000_000 })], small)[0]!.regressions,
    ).toEqual([]);
  });

  it('marks a service without baseline figures as new', () => {
    expect(compare([row('web')], before)[0]).toEqual({
      key: 'web',
      new: true,
      durationMs: 60_000,
      regressions: [],
    });
    expect(compare([row('web')], undefined)[0]!.new).toBe(true);
  });

  it('reads back the snapshot it writes, and takes anything else as none', () => {
    expect(parseSnapshot(JSON.stringify(before))).toEqual(before);
    expect(parseSnapshot('{"version":2}')).toBeUndefined();
    expect(parseSnapshot('not json')).toBeUndefined();
    expect(
      parseSnapshot(JSON.stringify({ ...before, services: { api: { durationMs: 'x' } } })),
    ).toBeUndefined();
  });

  it('reads thresholds from inputs and names a bad one', () => {
    expect(thresholds({ durationFactor: '1.5', minDurationMs: '10' })).toMatchObject({
      durationFactor: 1.5,
      minDurationMs: 10_000,
    });
    expect(() => thresholds({ durationFactor: '0.5' })).toThrow(/regression-factor/);
    expect(() => thresholds({ sizeGrowth: 'ten' })).toThrow(/size-growth/);
  });
});

describe('recommendations from the build steps', () => {
  it('points at an install that ran after the whole context was copied', () => {
    const recs = recommend(
      row('api', {
        steps: [
          step('[deps 1/3] COPY . .'),
          step('[deps 2/3] RUN npm ci', { durationMs: 40_000 }),
          step('[deps 3/3] RUN npm run build', { durationMs: 9000 }),
        ],
      }),
    );
    expect(recs.map((r) => r.kind)).toEqual(['sources-before-deps']);
    expect(recs[0]!.text).toMatch(/COPY \. \.`.*RUN npm ci/);
  });

  it('points at an uncached install with no cache mount, and at the slowest other step', () => {
    const recs = recommend(
      row('api', {
        steps: [
          step('[b 1/3] COPY package.json ./'),
          step('[b 2/3] RUN pip install -r requirements.txt', { durationMs: 20_000 }),
          step('[b 3/3] RUN make all', { durationMs: 30_000 }),
        ],
      }),
    );
    expect(recs.map((r) => r.kind)).toEqual(['slowest-step', 'uncached-install']);
    expect(recs[1]!.text).toMatch(/cache mount/);
  });

  it('says nothing of cached or quick steps', () => {
    expect(
      recommend(
        row('api', {
          steps: [
            step('[b 1/2] RUN npm ci', { cached: true, durationMs: 90_000 }),
            step('[b 2/2] RUN npm ci', { durationMs: 1000 }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('reports a cache that failed to import, and one that was never hit', () => {
    const failed = recommend(
      row('api', {
        cacheMisses: [{ ref: 'r/api-cache:main', error: 'not found' }],
        cache: ['import registry r/api-cache:main'],
      }),
    );
    expect(failed.map((r) => r.kind)).toEqual(['cache-import-failed']);
    const never = recommend(
      row('api', { cachedSteps: 0, cacheableSteps: 4, cache: ['import registry r/api-cache:main'] }),
    );
    expect(never.map((r) => r.kind)).toEqual(['cache-never-hit']);
  });

  it('names every cache that failed to import, once each', () => {
    const failed = recommend(
      row('api', {
        cacheMisses: [
          { ref: 'r/api-cache:main', error: 'not found' },
          { ref: 'r/api-cache:pr-12', error: 'not found' },
          { ref: 'r/api-cache:main', error: 'not found' },
        ],
      }),
    );
    expect(failed.map((r) => r.text.match(/`([^`]+)`/)![1])).toEqual([
      'r/api-cache:main',
      'r/api-cache:pr-12',
    ]);
  });
});

describe('the report', () => {
  const model = (n: number, baseline?: Snapshot): ReportModel => {
    const services = Array.from({ length: n }, (_, i) =>
      row(`service-${String(i).padStart(3, '0')}`, {
        durationMs: 10_000 + i * 1000,
        vulnerabilities: counts(0, i % 3),
      }),
    );
    if (n > 3) services[3] = { ...services[3]!, durationMs: 500_000 };
    const deltas = compare(services, baseline);
    return {
      services,
      deltas,
      baseline,
      recommendations: services.flatMap((s) =>
        recommend({ ...s, cachedSteps: 0, cache: ['import registry x'] }),
      ),
      runUrl: 'https://github.com/acme/shop/actions/runs/10/attempts/1',
      now: new Date('2026-12-05T12:00:00Z'),
    };
  };

  it('puts regressions first, with the baseline source and age', () => {
    const baseline = snapshotOf(
      model(6).services.map((s) => ({ ...s, durationMs: Math.min(s.durationMs, 20_000) })),
    );
    const md = renderReport(model(6, baseline), { marker: '<!-- m -->' });
    expect(md.startsWith('<!-- m -->\n## Build report: 6 services')).toBe(true);
    expect(md).toContain('Compared with `main` at `fffffff`, 3 h old');
    const tableRows = md.split('\n').filter((l) => l.startsWith('| service-'));
    expect(tableRows[0]).toMatch(/^\| service-003 \| ⚠️ slower/);
    expect(md).toContain('```mermaid\nxychart-beta');
  });

  it('keeps a comment of 500 services under 65,536 characters, pointing at the job summary for the rest', () => {
    const big = model(500, snapshotOf([]));
    const full = renderReport(big);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const md = renderReport(big, { marker: '<!-- m -->', limit: COMMENT_LIMIT });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.split('\n').filter((l) => l.startsWith('| service-'))).toHaveLength(500);
    expect(md).toMatch(
      /- …\d+ more: see the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/10\/attempts\/1\)/,
    );
  });

  it('cuts the table last, keeping the regressions at its top', () => {
    const huge = model(2000, snapshotOf([]));
    const md = renderReport(huge, { limit: COMMENT_LIMIT });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = md.split('\n').filter((l) => l.startsWith('| service-'));
    expect(shown.length).toBeGreaterThan(300);
    expect(md).toContain(`…and ${2000 - shown.length} more services: see the [job summary]`);
    expect(md.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(5);
  });

  it('draws at most 20 bars, regressions and slowest first, with the baseline as a line', () => {
    const services = Array.from({ length: 30 }, (_, i) => row(`s${i}`, { durationMs: 1000 * (i + 1) }));
    const deltas = compare(
      services,
      snapshotOf(services.map((s) => ({ ...s, durationMs: s.durationMs / 2 }))),
    );
    const rows = chartRows(deltas);
    expect(rows).toHaveLength(20);
    const chart = buildTimeChart(rows, 30);
    expect(chart).toContain('title "Build time (s): 20 of 30 services, bars this run, line baseline"');
    expect(chart).toMatch(/\n {2}line \[/);
    expect(chart.split('\n').find((l) => l.startsWith('  bar'))).toBe(
      `  bar [${rows.map((r) => String(r.durationMs / 1000)).join(', ')}]`,
    );
  });

  it('puts a fast service that regressed above slower ones that did not', () => {
    const m = model(6);
    const baseline = snapshotOf(
      m.services.map((s) => (s.key === 'service-001' ? { ...s, durationMs: 1_000 } : s)),
    );
    const md = renderReport(model(6, baseline));
    const order = md
      .split('\n')
      .filter((l) => l.startsWith('| service-'))
      .map((l) => l.split(' | ')[0]!.slice(2));
    expect(order).toEqual([
      'service-001',
      'service-003',
      'service-005',
      'service-004',
      'service-002',
      'service-000',
    ]);
  });

  it('keeps the regressions at the top of a cut table', () => {
    const regressed = ['service-010', 'service-011', 'service-012'];
    const all = model(2000);
    const baseline = snapshotOf(
      all.services.map((s) => (regressed.includes(s.key) ? { ...s, durationMs: 1_000 } : s)),
    );
    const md = renderReport(model(2000, baseline), { limit: COMMENT_LIMIT });
    expect(md).toMatch(/…and \d+ more services: see the \[job summary\]/);
    const shown = md.split('\n').filter((l) => l.startsWith('| service-'));
    expect(shown.slice(0, 3).map((l) => l.split(' | ')[0]!.slice(2))).toEqual([
      'service-012',
      'service-011',
      'service-010',
    ]);
    expect(shown[3]).not.toContain('⚠️');
  });

  it('charts regressions before slower services, then the slowest', () => {
    const services = Array.from({ length: 30 }, (_, i) => row(`s${i}`, { durationMs: 10_000 + 1000 * i }));
    const baseline = snapshotOf(
      services.map((s) => (s.key === 's0' || s.key === 's1' ? { ...s, durationMs: 1_000 } : s)),
    );
    const keys = chartRows(compare(services, baseline)).map((r) => r.key);
    expect(keys).toEqual(['s1', 's0', ...Array.from({ length: 18 }, (_, i) => `s${29 - i}`)]);
  });

  it('says when there is no baseline, and draws no line', () => {
    const md = renderReport({ ...model(2), baselineNote: 'none in the Actions cache yet' });
    expect(md).toContain('No baseline to compare with: none in the Actions cache yet.');
    expect(md).not.toMatch(/\n {2}line \[/);
  });

  it('writes ages in minutes, hours and days', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect([
      age(now, new Date('2026-12-05T11:45:00Z')),
      age(now, new Date('2026-12-05T02:00:00Z')),
      age(now, new Date('2026-11-30T12:00:00Z')),
    ]).toEqual(['15 min', '10 h', '5 d']);
  });
});

describe('why a service was built', () => {
  it("shows the plan's first reason, and how many more", () => {
    const services = [
      row('api', {
        reasons: [
          { rule: '1', message: 'services/api/src/index.ts changed' },
          { rule: '6', message: 'base changed' },
        ],
      }),
      row('web'),
    ];
    const md = renderReport({
      services,
      deltas: compare(services, undefined),
      recommendations: [],
      now: new Date(),
    });
    expect(md).toContain('| Service | Why built | Result |');
    expect(md).toContain('| api | services/api/src/index.ts changed (+1) | ✅ |');
    expect(md).toContain('| web | – | ✅ |');
    const none = renderReport({ services: [row('web')], deltas: [], recommendations: [], now: new Date() });
    expect(none).not.toContain('Why built');
  });
});

describe('result files an input names', () => {
  it('takes a plain relative path as the file, a glob under the workspace, and leaves out what does not exist', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { findFiles } = await import('../../shared/report/files.js');
    const ws = mkdtempSync(join(tmpdir(), 'bka-files-'));
    mkdirSync(join(ws, 'out/a'), { recursive: true });
    writeFileSync(join(ws, 'out/build.json'), '{}');
    writeFileSync(join(ws, 'out/a/scan.json'), '{}');
    expect(await findFiles(['out/build.json', 'out/**/scan.json', 'missing.json'], ws)).toEqual([
      join(ws, 'out/a/scan.json'),
      join(ws, 'out/build.json'),
    ]);
    expect(await findFiles([join(ws, 'out/*.json')], '/nowhere')).toEqual([join(ws, 'out/build.json')]);
  });
});

describe('the push line and its advice', () => {
  it('says how many groups were pushed, how long it took and how many failed', () => {
    expect(pushReport({ groups: 9, failed: 1 }, 1234)).toEqual({
      note: 'Metrics: 9 group(s) pushed to the Pushgateway in 1.2 s, 1 failed.',
    });
  });

  it('points a slow gateway with many groups at the consistency-check flag', () => {
    const { advice } = pushReport({ groups: 500, failed: 0 }, 44_560);
    expect(advice).toContain('Pushing 500 groups took 44.6 s (89 ms each)');
    expect(advice).toContain('--push.disable-consistency-check');
  });

  it('gives no advice for a quick push, nor for a few groups however slow', () => {
    expect(pushReport({ groups: 500, failed: 0 }, 900).advice).toBeUndefined();
    expect(pushReport({ groups: 10, failed: 0 }, 30_000).advice).toBeUndefined();
  });
});
