// The shipped monitoring files against each other and the code: the dashboard against Grafana's
// dashboard model (schema 0.0, transcribed from its CUE) and a sound layout; every metric a panel or
// rule names is one report-metrics pushes or a rule records. The rules' behaviour is tested by
// promtool (test/itg/metrics-prometheus.itg.test.ts).
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { FAMILIES } from '../../shared/metrics/families.js';

const dashboard = JSON.parse(readFileSync('monitoring/grafana-dashboard.json', 'utf8'));
const schema = JSON.parse(readFileSync('test/support/grafana-dashboard.schema.json', 'utf8'));
const rules = load(readFileSync('monitoring/rules.yml', 'utf8')) as {
  groups: { name: string; rules: { record?: string; alert?: string; expr: string }[] }[];
};

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { refId: string; expr: string; datasource: { uid: string } }[];
}
const panels = dashboard.panels as Panel[];
const exprs = [
  ...panels.flatMap((p) => p.targets.map((t) => t.expr)),
  ...rules.groups.flatMap((g) => g.rules.map((r) => r.expr)),
];
const pushed = new Set<string>(Object.values(FAMILIES).map((f) => f.name));
const recorded = new Set(rules.groups.flatMap((g) => g.rules.flatMap((r) => (r.record ? [r.record] : []))));

/** Metric names a PromQL expression selects: identifiers followed by `{`, or bka_… words. */
function metricNames(expr: string): string[] {
  const names = [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{/g)].map((m) => m[1]!);
  const bare = [...expr.matchAll(/(?<![\w:"])((?:bka|service):[\w:]+|bka_\w+)(?![\w:])/g)].map((m) => m[1]!);
  return [...new Set([...names, ...bare])].filter((n) => !['by', 'on', 'without', 'ignoring'].includes(n));
}

describe('grafana dashboard', () => {
  it("matches Grafana's dashboard model", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(dashboard) ? [] : validate.errors).toEqual([]);
  });

  it('accepts the shapes Grafana writes in its own exports (not stricter than Grafana)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const exported = {
      title: 'export',
      uid: 'exported-dashboard',
      editable: true,
      graphTooltip: 0,
      schemaVersion: 42,
      refresh: '',
      timezone: '',
      weekStart: '',
      timepicker: {},
      panels: [
        {
          id: 15,
          type: 'text',
          gridPos: { h: 2, w: 24, x: 0, y: 0 },
          options: { mode: 'markdown', content: 'x' },
        },
        {
          id: 2,
          type: 'timeseries',
          gridPos: { h: 6, w: 8, x: 0, y: 2 },
          repeat: 'server',
          repeatDirection: 'h',
          maxPerRow: 3,
          targets: [
            { refId: 'A', datasource: { type: 'grafana-testdata-datasource' }, scenarioId: 'random_walk' },
          ],
          fieldConfig: {
            defaults: {
              thresholds: { mode: 'absolute', steps: [{ color: 'green' }, { color: 'red', value: 80 }] },
            },
            overrides: [],
          },
          options: {},
        },
        { type: 'row', id: 3, collapsed: true, panels: [] },
      ],
      templating: {
        list: [
          {
            type: 'custom',
            name: 'server',
            query: 'A,B',
            current: { text: ['A'], value: ['A'] },
            hide: 0,
            multi: true,
          },
        ],
      },
    };
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
  });

  it('has the schema teeth the check relies on', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const broken = structuredClone(dashboard);
    broken.panels[0].gridPos.w = 25;
    broken.graphTooltip = 3;
    broken.templating.list[1].type = 'dropdown';
    broken.panels[1].fieldConfig.defaults.thresholds.mode = 'relative';
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/graphTooltip',
        '/templating/list/1/type',
        '/panels/0/gridPos/w',
        '/panels/1/fieldConfig/defaults/thresholds/mode',
      ]),
    );
  });

  it('lays panels out on the 24-column grid without overlap, ids and refIds unique', () => {
    const cells = new Set<string>();
    for (const p of panels) {
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++) {
        for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
          expect(cells.has(`${x},${y}`) ? `${p.title} overlaps at ${x},${y}` : '').toBe('');
          cells.add(`${x},${y}`);
        }
      }
      expect(new Set(p.targets.map((t) => t.refId)).size).toBe(p.targets.length);
    }
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
  });

  it('uses only variables it defines and queries through the datasource variable', () => {
    const defined = new Set((dashboard.templating.list as { name: string }[]).map((v) => v.name));
    const used = new Set([...JSON.stringify(dashboard).matchAll(/\$\{?(\w+)/g)].map((m) => m[1]!));
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
    for (const p of panels) for (const t of p.targets) expect(t.datasource.uid).toBe('${datasource}');
  });

  it('shows build time, cache hit ratio, size and vulnerabilities by service', () => {
    const all = panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const name of [
      'bka_build_duration_seconds',
      'bka_build_cache_hit_ratio',
      'bka_image_size_bytes',
      'bka_image_vulnerabilities',
    ]) {
      expect(all).toContain(name);
    }
  });
});

describe('names', () => {
  it('every metric a panel or rule reads is pushed or recorded', () => {
    const named = exprs.flatMap(metricNames);
    expect(named).toEqual(
      expect.arrayContaining([
        'bka_build_step_duration_seconds',
        'service:bka_build_duration_seconds:median_7d',
        'bka:build_duration_regression:factor',
        'service:bka_image_vulnerabilities:min_1d',
      ]),
    );
    const unknown = named.filter((n) => !pushed.has(n) && !recorded.has(n));
    expect(unknown).toEqual([]);
    // and the check would notice: a misspelt family is caught
    expect(metricNames('bka_build_duraton_seconds{pr=""}').filter((n) => !pushed.has(n))).toEqual([
      'bka_build_duraton_seconds',
    ]);
  });

  it('recording rules follow level:metric:operations', () => {
    for (const r of recorded) expect(r).toMatch(/^[a-z_]+:[a-z_]+:[a-z0-9_]+$/);
  });
});
