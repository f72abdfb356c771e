// SARIF 2.1.0 for code scanning, checked against the official schema (test/fixtures/scan/README.md).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { findings, parseTrivyReport } from '../../shared/scan/report.js';
import { sarifLevel, toSarif } from '../../shared/scan/sarif.js';
import { sarifProblems } from '../support/sarif-schema.js';

const validate = (log: unknown) => sarifProblems(log).length === 0;

const report = (name: string) =>
  findings(parseTrivyReport(readFileSync(`test/fixtures/scan/reports/${name}`, 'utf8'), name));
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const images = [
  {
    ref: `ghcr.io/acme/api@${D1}`,
    findings: [
      ...report('linux-amd64.json').map((finding) => ({ platform: 'linux/amd64', finding })),
      ...report('linux-arm64.json').map((finding) => ({ platform: 'linux/arm64', finding })),
    ],
  },
  { ref: `127.0.0.1:5000/acme/worker@${D2}`, findings: [] },
];

describe('toSarif', () => {
  const log = toSarif(images, '0.74.0') as {
    runs: {
      tool: {
        driver: {
          version: string;
          rules: {
            id: string;
            defaultConfiguration: { level: string };
            properties: Record<string, unknown>;
          }[];
        };
      };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    }[];
  };

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(sarifProblems(log)).toEqual([]);
  });

  it('is checked by a validator that does refuse bad SARIF', () => {
    const bad = JSON.parse(JSON.stringify(log)) as typeof log;
    (bad.runs[0]!.results[0] as { level: string }).level = 'critical';
    delete (bad.runs[0]!.results[1] as { message?: unknown }).message;
    expect(validate(bad)).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('is an empty run for a clean image, still valid', () => {
    const empty = toSarif([{ ref: `a/b@${D1}`, findings: [] }]);
    expect(sarifProblems(empty)).toEqual([]);
    expect(empty).toMatchObject({
      version: '2.1.0',
      runs: [{ results: [], tool: { driver: { rules: [] } } }],
    });
  });

  it('has one rule per vulnerability id, at its highest severity', () => {
    const run = log.runs[0]!;
    expect(run.tool.driver.version).toBe('0.74.0');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'CVE-2022-0563',
      'CVE-2023-4039',
      'CVE-2023-45853',
      'CVE-2024-21538',
      'CVE-2024-2961',
    ]);
    const critical = run.tool.driver.rules[2]!;
    expect(critical.defaultConfiguration.level).toBe('error');
    expect(critical.properties['security-severity']).toBe('9.5');
  });

  it('has one result per finding per platform, pointing at its rule', () => {
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(7);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('acme/api');
    expect(run.results.map((r) => r.level)).toEqual([
      'error',
      'error',
      'note',
      'warning',
      'error',
      'error',
      'warning',
    ]);
  });

  it.each([
    ['CRITICAL', 'error'],
    ['HIGH', 'error'],
    ['MEDIUM', 'warning'],
    ['LOW', 'note'],
    ['UNKNOWN', 'note'],
  ])('level of %s is %s', (sev, level) => expect(sarifLevel(sev)).toBe(level));
});
