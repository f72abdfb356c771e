import { describe, expect, it } from '@jest/globals';
import { findingsFor } from '../../shared/contracts/findings.js';
import type { ScanResult } from '../../shared/contracts/scan-result.js';
import type { SignResult } from '../../shared/sign/result.js';
import { scanResult, severityCounts, signResult } from '../support/metrics-fixtures.js';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const scan = (digest: string, high: number): ScanResult =>
  scanResult(digest, severityCounts({ HIGH: high }), { failOn: [], passed: high === 0 });
const sign = signResult;
const build = (digest: string, platforms: string[] = []) => ({
  digest,
  perPlatform: platforms.map((p) => ({ platform: 'linux/amd64', digest: p, size: 1, layers: 1 })),
});

describe('findingsFor', () => {
  it("finds by the pushed or a platform's digest; the last file given wins", () => {
    const scans = [scan(d('a'), 1), scan(d('b'), 2), scan(d('p'), 3), scan(d('c'), 0)];
    const signs = [
      sign('sign', d('a'), 'signed'),
      sign('verify', d('p'), 'failed'),
      sign('verify', d('a'), 'verified'),
    ];
    const find = findingsFor(scans, signs);
    const f = find(build(d('a'), [d('p')]));
    expect(f.scan?.image.counts.HIGH).toBe(3);
    expect(f.scan?.passed).toBe(false);
    expect(f.sign?.status).toBe('signed');
    expect(f.verify?.status).toBe('verified');
    expect(find(build(d('b')))).toEqual({
      scan: { image: scans[1]!.images[0], passed: false },
    });
    expect(find(build(d('z')))).toEqual({});
    expect(find(build(''))).toEqual({});
  });

  it('reads other lists afresh', () => {
    const signs: SignResult[] = [];
    expect(findingsFor([scan(d('a'), 1)], signs)(build(d('a'))).scan?.image.counts.HIGH).toBe(1);
    expect(findingsFor([scan(d('a'), 5)], signs)(build(d('a'))).scan?.image.counts.HIGH).toBe(5);
  });
});
