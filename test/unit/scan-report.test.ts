// Trivy's report read tolerantly, severities, thresholds and ignore-unfixed, on reports in Trivy's format.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { findings, parseTrivyReport } from '../../shared/scan/report.js';
import { atOrAbove, countBySeverity, failing, worst } from '../../shared/scan/severity.js';
import { isUnfixed, withoutUnfixed } from '../../shared/scan/unfixed.js';
import { InputError } from '../../shared/runtime/errors.js';

const fixture = (name: string) => readFileSync(`test/fixtures/scan/reports/${name}`, 'utf8');
const amd64 = findings(parseTrivyReport(fixture('linux-amd64.json'), 'amd64'));

describe('parseTrivyReport and findings', () => {
  it('flattens every result of every class', () => {
    expect(amd64.map((f) => `${f.id} ${f.pkg} ${f.severity}`)).toEqual([
      'CVE-2024-2961 libc6 HIGH',
      'CVE-2023-45853 zlib1g CRITICAL',
      'CVE-2022-0563 bsdutils LOW',
      'CVE-2023-4039 libgcc-s1 MEDIUM',
      'CVE-2024-21538 cross-spawn HIGH',
    ]);
    expect(amd64[0]).toMatchObject({
      installed: '2.36-9+deb12u4',
      fixed: '2.36-9+deb12u7',
      status: 'fixed',
      url: 'https://avd.aquasec.com/nvd/cve-2024-2961',
      purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12.5',
    });
    expect(amd64[4]!.path).toBe('usr/local/lib/node_modules/npm/node_modules/cross-spawn/package.json');
  });

  it.each([
    ['no Results', fixture('clean.json')],
    ['results without or with null Vulnerabilities', fixture('no-vulnerabilities.json')],
    ['an empty object', '{}'],
    ['null Results', '{"SchemaVersion":2,"Results":null}'],
    ['entries that are not objects', '{"Results":[null,1,{"Vulnerabilities":[null,"x"]}]}'],
  ])('reads a report with %s as a clean image', (_, text) => {
    expect(findings(parseTrivyReport(text, 'r.json'))).toEqual([]);
  });

  it('fills missing fields with empty strings and unknown severities as UNKNOWN', () => {
    const [f] = findings(parseTrivyReport('{"Results":[{"Vulnerabilities":[{"Severity":"weird"}]}]}', 'r'));
    expect(f).toEqual({
      id: '',
      pkg: '',
      installed: '',
      fixed: '',
      severity: 'UNKNOWN',
      status: '',
      url: '',
      title: '',
      target: '',
      path: '',
      purl: '',
    });
  });

  it.each([
    ['not JSON', 'Trivy failed', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    ['schema version 1', '{"SchemaVersion":1}', /SchemaVersion 1/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseTrivyReport(text, 'r.json')).toThrow(InputError);
    expect(() => parseTrivyReport(text, 'r.json')).toThrow(message);
  });
});

describe('severities', () => {
  it('keeps findings at or above a threshold', () => {
    expect(atOrAbove(amd64, 'HIGH').map((f) => f.id)).toEqual([
      'CVE-2024-2961',
      'CVE-2023-45853',
      'CVE-2024-21538',
    ]);
    expect(atOrAbove(amd64, 'UNKNOWN')).toHaveLength(5);
  });

  it('counts and gates', () => {
    expect(countBySeverity(amd64)).toEqual({ UNKNOWN: 0, LOW: 1, MEDIUM: 1, HIGH: 2, CRITICAL: 1 });
    expect(failing(amd64, ['CRITICAL'])).toHaveLength(1);
    expect(failing(amd64, [])).toEqual([]);
  });

  it('lists the worst first, fixable before unfixable, once per package version', () => {
    expect(worst([...amd64, ...amd64], 3).map((f) => f.id)).toEqual([
      'CVE-2023-45853',
      'CVE-2024-21538',
      'CVE-2024-2961',
    ]);
  });
});

describe('ignore-unfixed', () => {
  it("drops what Trivy's --ignore-unfixed drops (affected, will_not_fix, fix_deferred, end_of_life)", () => {
    expect(withoutUnfixed(amd64).map((f) => f.id)).toEqual(['CVE-2024-2961', 'CVE-2024-21538']);
  });

  it('reads a finding without a status by its fixed version', () => {
    const base = amd64[0]!;
    expect(isUnfixed({ ...base, status: '', fixed: '' })).toBe(true);
    expect(isUnfixed({ ...base, status: '', fixed: '1.2' })).toBe(false);
  });
});
