// Trivy's ignore files (.trivyignore and the YAML form) as Trivy documents them, applied to findings.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { applyIgnores, isExpired, parseIgnoreFile } from '../../shared/scan/ignore-file.js';
import { findings, parseTrivyReport } from '../../shared/scan/report.js';

const amd64 = findings(
  parseTrivyReport(readFileSync('test/fixtures/scan/reports/linux-amd64.json', 'utf8'), 'r'),
);
const NOW = Date.parse('2026-12-06T12:00:00Z');
const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('.trivyignore', () => {
  // The example of docs/docs/configuration/filtering.md, with our ids.
  const text = [
    '# Accept the risk',
    'CVE-2024-2961',
    '',
    '# Accept the risk until 2023-01-01',
    'CVE-2023-45853 exp:2023-01-01',
    '   CVE-2022-0563    exp:2027-01-01  # until the next release',
    'AVD-DS-0002',
  ].join('\n');

  it('reads ids, comments and expiry dates', () => {
    const rules = parseIgnoreFile(text, '.trivyignore');
    expect(rules).toEqual([
      { id: 'CVE-2024-2961', source: '.trivyignore:2' },
      { id: 'CVE-2023-45853', expiredAt: '2023-01-01', source: '.trivyignore:5' },
      { id: 'CVE-2022-0563', expiredAt: '2027-01-01', source: '.trivyignore:6' },
      { id: 'AVD-DS-0002', source: '.trivyignore:7' },
    ]);
  });

  it('ignores until the expiry date begins', () => {
    const { kept, ignored } = applyIgnores(amd64, parseIgnoreFile(text, '.trivyignore'), NOW);
    expect(ids(ignored.map((i) => i.finding))).toEqual(['CVE-2024-2961', 'CVE-2022-0563']);
    expect(ids(kept)).toEqual(['CVE-2023-45853', 'CVE-2023-4039', 'CVE-2024-21538']);
    const rule = { id: 'x', source: 's', expiredAt: '2026-12-06' };
    expect(isExpired(rule, Date.parse('2026-12-05T23:59:59Z'))).toBe(false);
    expect(isExpired(rule, Date.parse('2026-12-06T00:00:00Z'))).toBe(true);
  });

  it('names the line of a bad expiry', () => {
    expect(() => parseIgnoreFile('CVE-1 exp:tomorrow', '.trivyignore')).toThrow(
      "input 'ignore-file': .trivyignore:1: 'exp:tomorrow' is not an expiry date.",
    );
  });
});

describe('.trivyignore.yaml', () => {
  const yaml = `
vulnerabilities:
  - id: CVE-2024-21538
    paths:
      - "usr/local/lib/node_modules/npm/**"
    statement: npm is not run in production
  - id: CVE-2024-2961
    purls:
      - "pkg:deb/debian/libc6"
    expired_at: 2027-03-01
    statement: iconv's ISO-2022-CN-EXT is not reachable
  - id: CVE-2023-45853
    expired_at: 2024-08-20
  - id: CVE-2023-4039
    paths: ["somewhere/else/**"]
  - id: CVE-2022-0563
    purls: ["pkg:deb/debian/bsdutils@9.9"]
misconfigurations:
  - id: AVD-DS-0002
`;

  it('matches ids by paths (globs), purls (name, then version when given) and expiry', () => {
    const rules = parseIgnoreFile(yaml, '.trivyignore.yaml');
    expect(rules[1]).toEqual({
      id: 'CVE-2024-2961',
      purls: ['pkg:deb/debian/libc6'],
      expiredAt: '2027-03-01',
      statement: "iconv's ISO-2022-CN-EXT is not reachable",
      source: '.trivyignore.yaml#vulnerabilities[1]',
    });
    const { kept, ignored } = applyIgnores(amd64, rules, NOW);
    expect(ids(ignored.map((i) => i.finding))).toEqual(['CVE-2024-2961', 'CVE-2024-21538']);
    // expired; a path that is not the package's; a purl of another version
    expect(ids(kept)).toEqual(['CVE-2023-45853', 'CVE-2022-0563', 'CVE-2023-4039']);
  });

  it('takes .yml as YAML too, and an empty document as no rule', () => {
    expect(parseIgnoreFile('', 'ignore.yml')).toEqual([]);
    expect(parseIgnoreFile('secrets:\n  - id: aws-access-key-id\n', 'ignore.yml')).toEqual([]);
  });

  it.each([
    ['vulnerabilities: nope', /`vulnerabilities` is not a list/],
    ['vulnerabilities:\n  - paths: [a]', /\[0\]: `id` is required/],
    ['vulnerabilities:\n  - id: X\n    paths: a', /`paths` must be a list of strings/],
    ['vulnerabilities:\n  - id: X\n    expired_at: soon', /`expired_at` 'soon' is not a date/],
    ['[1, 2]', /not a mapping/],
    ['a: [', /not YAML/],
  ])('refuses %j, naming the input', (text, message) => {
    expect(() => parseIgnoreFile(text, 'i.yaml')).toThrow(message);
    expect(() => parseIgnoreFile(text, 'i.yaml')).toThrow(/^input 'ignore-file': i\.yaml/);
  });
});
