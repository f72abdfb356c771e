/**
 * A docker-container builder's use, read from the real engine: `docker buildx inspect` of a real
 * docker-container builder names its node, and `docker exec` reads the cgroup of the container buildx
 * would run BuildKit in. No moby/buildkit image can be pulled here, so that container is a busybox
 * stand-in under buildx's container name (`buildx_buildkit_<node>`), made busy while it is sampled;
 * the cgroup files read are the engine's own (v1 on this engine, v2 on GitHub's runners).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startUsageSampler } from '../../shared/builder/usage.js';
import { execTool } from '../../shared/runtime/exec.js';
import { quietLog } from '../support/deps.js';

const BUILDER = `bka-usage-${Math.random().toString(36).slice(2, 8)}`;
const CONTAINER = `buildx_buildkit_${BUILDER}0`;
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? '127.0.0.1:5000/base/busybox:1.35';
const deps = { exec: execTool, log: quietLog };

beforeAll(async () => {
  // Recorded only (no --bootstrap): the image named does not exist, and buildx never starts it.
  await execTool('docker', [
    'buildx',
    'create',
    '--name',
    BUILDER,
    '--driver',
    'docker-container',
    '--driver-opt',
    'image=127.0.0.1:5000/bka-itg/buildkit:missing',
  ]);
  await execTool('docker', ['run', '-d', '--name', CONTAINER, BUSYBOX, 'sleep', '600']);
}, 60_000);

afterAll(async () => {
  await execTool('docker', ['rm', '-f', CONTAINER], { allowFailure: true });
  await execTool('docker', ['buildx', 'rm', BUILDER], { allowFailure: true });
});

describe('builder use, docker-container driver', () => {
  it("records the CPU time and memory the builder's container used while sampled", async () => {
    const sampler = startUsageSampler(BUILDER, deps, { intervalMs: 200 });
    // The first sample comes after a `buildx inspect` and a `docker exec`: let it be taken first.
    await new Promise((res) => setTimeout(res, 1500));
    // Work in the container's cgroup (an exec joins it): a busy shell loop.
    await execTool('docker', [
      'exec',
      CONTAINER,
      'sh',
      '-c',
      'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done',
    ]);
    const usage = await sampler.stop();
    expect(usage.cpuSeconds).toBeGreaterThan(0.05);
    expect(usage.cpuSeconds).toBeLessThan(60);
    // A busybox shell uses about a megabyte (974,848 bytes seen): bytes, not kilobytes or pages.
    expect(usage.memoryPeakBytes).toBeGreaterThan(200_000);
    expect(usage.memoryPeakBytes).toBeLessThan(2 ** 31);
  }, 60_000);

  it('records nothing for a builder of another driver, or one whose container is gone', async () => {
    expect(await startUsageSampler('default', deps).stop()).toEqual({});
    expect(await startUsageSampler('bka-no-such-builder', deps).stop()).toEqual({});
    await execTool('docker', ['stop', '-t', '0', CONTAINER]);
    expect(await startUsageSampler(BUILDER, deps).stop()).toEqual({});
  }, 60_000);
});
