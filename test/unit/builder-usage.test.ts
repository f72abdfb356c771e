import { describe, expect, it } from '@jest/globals';
import { builderContainer, parseCgroupSample, usageOf } from '../../shared/builder/usage.js';

describe('parseCgroupSample', () => {
  it('reads cgroup v2 files (head prints a header per file; a missing one is left out)', () => {
    const text = [
      '==> /sys/fs/cgroup/cpu.stat <==',
      'usage_usec 4021375',
      'user_usec 3000000',
      'system_usec 1021375',
      '',
      '==> /sys/fs/cgroup/memory.current <==',
      '104857600',
      '',
      '==> /sys/fs/cgroup/memory.peak <==',
      '209715200',
    ].join('\n');
    expect(parseCgroupSample(text)).toEqual({
      cpuUsec: 4021375,
      memoryCurrent: 104857600,
      memoryPeak: 209715200,
    });
  });

  it('reads cgroup v1 files (cpuacct.usage is in nanoseconds)', () => {
    const text = [
      '==> /sys/fs/cgroup/cpuacct/cpuacct.usage <==',
      '2500000000',
      '==> /sys/fs/cgroup/memory/memory.usage_in_bytes <==',
      '5000',
      '==> /sys/fs/cgroup/memory/memory.max_usage_in_bytes <==',
      '9000',
    ].join('\n');
    expect(parseCgroupSample(text)).toEqual({ cpuUsec: 2_500_000, memoryCurrent: 5000, memoryPeak: 9000 });
  });

  it('gives nothing for an error or an unexpected answer', () => {
    expect(parseCgroupSample('Error response from daemon: No such container: x')).toEqual({});
    expect(parseCgroupSample('==> /sys/fs/cgroup/memory.current <==\nmax\n')).toEqual({});
  });
});

describe('usageOf', () => {
  it("takes the cgroup's peak when the build raised it", () => {
    expect(
      usageOf([
        { cpuUsec: 1_000_000, memoryCurrent: 10, memoryPeak: 50 },
        { cpuUsec: 1_500_000, memoryCurrent: 70, memoryPeak: 70 },
        { cpuUsec: 3_250_000, memoryCurrent: 20, memoryPeak: 90 },
      ]),
    ).toEqual({ cpuSeconds: 2.25, memoryPeakBytes: 90 });
  });

  it("takes the highest sample when the peak is an earlier build's", () => {
    expect(
      usageOf([
        { cpuUsec: 0, memoryCurrent: 10, memoryPeak: 500 },
        { cpuUsec: 10, memoryCurrent: 40, memoryPeak: 500 },
        { cpuUsec: 20, memoryCurrent: 30, memoryPeak: 500 },
      ]),
    ).toEqual({ cpuSeconds: 0, memoryPeakBytes: 40 });
  });

  it('needs two CPU readings for a CPU figure', () => {
    expect(usageOf([{ cpuUsec: 5, memoryCurrent: 7 }])).toEqual({ memoryPeakBytes: 7 });
    expect(usageOf([])).toEqual({});
  });
});

describe('builderContainer', () => {
  it("names a docker-container builder's first node's container, and nothing for other drivers", () => {
    const inspect = (driver: string) =>
      `Name:          ci\nDriver:        ${driver}\nLast Activity: 2026-12-06 05:00:00 +0000 UTC\n\nNodes:\nName:      ci0\nEndpoint:  unix:///var/run/docker.sock\nStatus:    running\n`;
    expect(builderContainer(inspect('docker-container'))).toBe('buildx_buildkit_ci0');
    expect(builderContainer(inspect('remote'))).toBeUndefined();
    expect(builderContainer(inspect('docker'))).toBeUndefined();
  });
});
