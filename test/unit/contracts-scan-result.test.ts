// The scan result contract: what scan-image writes for report-metrics, and its reader.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scanResultSchema } from '../../shared/contracts/scan-result.schema.js';
import { parseScanResult, type ScanResult } from '../../shared/contracts/scan-result.js';
import { RULE_NAMES } from '../../shared/policy/config.js';

const text = readFileSync('test/fixtures/contracts/scan-result.json', 'utf8');
const valid = JSON.parse(text) as ScanResult;

function variant(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(text) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}
const firstPolicy = (d: Record<string, unknown>) =>
  (d['images'] as Record<string, Record<string, unknown>>[])[0]!['policy']!;

describe('scan result', () => {
  it('reads the example, which has every field', () => {
    expect(parseScanResult(text, 'r.json')).toEqual(valid);
    expect(Object.keys(scanResultSchema.properties).sort()).toEqual(Object.keys(valid).sort());
    const image = valid.images[0]!;
    expect(Object.keys(scanResultSchema.properties.images.items.properties).sort()).toEqual(
      Object.keys(image).sort(),
    );
    expect(Object.keys(scanResultSchema.properties.images.items.properties.policy.properties).sort()).toEqual(
      Object.keys(image.policy!).sort(),
    );
    expect(
      scanResultSchema.properties.images.items.properties.policy.properties.rules.items.properties.rule.enum,
    ).toEqual([...RULE_NAMES]);
  });

  it.each([
    ['a missing policy', (d: Record<string, unknown>) => delete d['policy'], /field 'policy' is missing/],
    [
      'an unknown rule',
      (d: Record<string, unknown>) =>
        ((firstPolicy(d)['violations'] as Record<string, unknown>[])[0]!['rule'] = 'x'),
      /field 'images\[0\]\.policy\.violations\[0\]\.rule' must be one of "non-root"/,
    ],
    [
      'a violation at level off',
      (d: Record<string, unknown>) =>
        ((firstPolicy(d)['violations'] as Record<string, unknown>[])[0]!['level'] = 'off'),
      /field 'images\[0\]\.policy\.violations\[0\]\.level' must be one of "error", "warning"/,
    ],
    [
      'an unknown mode',
      (d: Record<string, unknown>) => ((d['policy'] as Record<string, unknown>)['mode'] = 'warn'),
      /field 'policy\.mode' must be one of "enforce", "report", "off"/,
    ],
    [
      'a count missing a severity',
      (d: Record<string, unknown>) => delete (d['counts'] as Record<string, unknown>)['HIGH'],
      /field 'counts\.HIGH' is missing/,
    ],
  ])('refuses %s, naming the file and the field', (_, change, message) => {
    expect(() => parseScanResult(variant(change), '/tmp/scan.json')).toThrow(message);
    expect(() => parseScanResult(variant(change), '/tmp/scan.json')).toThrow(
      /^the scan result \/tmp\/scan\.json does not match its schema: .* Fix: .*docs\/schemas\/scan-result\.schema\.json/,
    );
  });

  it('refuses another major version, and text that is not JSON', () => {
    expect(() => parseScanResult('{"version": 1,', 'r.json')).toThrow(
      /^the scan result r\.json is not JSON: .*Fix: pass the file scan-image's `result-file` output names/,
    );
    expect(() =>
      parseScanResult(
        variant((d) => (d['version'] = 2)),
        'r.json',
      ),
    ).toThrow(
      /cannot be read: it is version 2, and this reader knows version 1 only\. Fix: use this action from the same release as scan-image/,
    );
  });

  it('keeps fields a newer scan-image adds within the version', () => {
    expect(
      parseScanResult(
        variant((d) => (d['sbom'] = 'x')),
        'r.json',
      ),
    ).toMatchObject({ sbom: 'x' });
  });
});
