import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as cache from '@actions/cache';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeSnapshot, type Snapshot } from '../../shared/report/baseline.js';
import { baselinePrefix, restoreBaseline, saveBaseline } from '../../shared/report/baseline-store.js';
import { FakeCacheService, REQUEST_FIELDS } from '../support/cache-service.js';
import type { ServiceReport } from '../../shared/report/services.js';

const SERVICE_ENV = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2'];
let fake: FakeCacheService;
let work: string;
const saved: Record<string, string | undefined> = {};

const report = (key: string, durationMs: number): ServiceReport => ({
  key,
  service: key,
  image: `127.0.0.1:5000/acme/${key}`,
  ref: '',
  platforms: ['linux/amd64'],
  durationMs,
  cachedSteps: 1,
  cacheableSteps: 2,
  cacheHitRatio: 0.5,
  imageSize: 1000,
  steps: [],
  cacheMisses: [],
  cache: [],
  reasons: [],
});

const snap = (ms: number, sha: string): Snapshot =>
  makeSnapshot([report('api', ms)], {
    createdAt: '2026-12-01T10:00:00Z',
    repository: 'acme/shop',
    ref: 'refs/heads/main',
    sha,
    runUrl: 'https://github.com/acme/shop/actions/runs/1/attempts/1',
  });

beforeAll(async () => {
  fake = await FakeCacheService.start();
  for (const k of [...SERVICE_ENV, 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE']) saved[k] = process.env[k];
  Object.assign(process.env, fake.env());
  delete process.env['GITHUB_SERVER_URL'];
  work = mkdtempSync(join(tmpdir(), 'bka-baseline-'));
  process.env['GITHUB_WORKSPACE'] = work;
  // @actions/core writes workflow commands to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  expect(fake.violations).toEqual([]);
});

afterAll(async () => {
  jest.restoreAllMocks();
  await fake.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(work, { recursive: true, force: true });
});

describe('the fake cache service', () => {
  it('knows the request fields of the cache.proto messages @actions/cache is generated from', async () => {
    // Not exported by the package: read from its folder.
    const pkg = join(process.cwd(), 'node_modules/@actions/cache/lib');
    const gen = (await import(pathToFileURL(join(pkg, 'generated/results/api/v1/cache.js')).href)) as Record<
      string,
      { fields: { name: string }[] }
    >;
    for (const [method, fields] of Object.entries(REQUEST_FIELDS)) {
      expect(gen[`${method}Request`]!.fields.map((f) => f.name).sort()).toEqual([...fields].sort());
    }
  });
});

describe('the fake cache service refuses', () => {
  it.each([
    ['restore keys that are not a list of strings', { key: 'k', version: 'v', restore_keys: 'k-' }],
    ['metadata that is not a message', { key: 'k', version: 'v', metadata: 'acme' }],
  ])('%s, as protojson would', async (_, body) => {
    const res = await fetch(
      `${fake.url}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
    expect(res.status).toBe(400);
    expect(fake.violations).toHaveLength(1);
    fake.violations.length = 0;
  });
});

describe('baselines in the Actions cache, through the real @actions/cache', () => {
  const prefix = baselinePrefix('ci / build');

  it('finds nothing before the default branch saved one, and says so', async () => {
    const out = await restoreBaseline(cache, join(work, 'b0'), prefix);
    expect(out).toEqual({
      found: false,
      note: 'none in the Actions cache yet (the default branch saves one)',
    });
  });

  it('restores the newest snapshot of the prefix', async () => {
    const dir = join(work, 'baseline');
    expect(await saveBaseline(cache, dir, prefix, snap(10_000, 'a'.repeat(40)), '101', '1')).toEqual({
      saved: true,
      cacheKey: `${prefix}101-1`,
    });
    expect((await saveBaseline(cache, dir, prefix, snap(20_000, 'b'.repeat(40)), '102', '1')).saved).toBe(
      true,
    );
    rmSync(dir, { recursive: true });
    const out = await restoreBaseline(cache, dir, prefix);
    expect(out.found).toBe(true);
    if (!out.found) return;
    expect(out.cacheKey).toBe(`${prefix}102-1`);
    expect(out.snapshot.sha).toBe('b'.repeat(40));
    expect(out.snapshot.services['api']!.durationMs).toBe(20_000);
  });

  it('keeps the key free of characters the cache refuses', () => {
    expect(prefix).toMatch(/^buildkit-actions-baseline-ci_build-[0-9a-f]{8}-$/);
  });

  it('gives no key a prefix of another key’s baselines', () => {
    const keys = ['build', 'build-arm', 'ci/build', 'ci_build', 'ci / build'];
    for (const a of keys)
      for (const b of keys) if (a !== b) expect(baselinePrefix(b).startsWith(baselinePrefix(a))).toBe(false);
  });

  it('reads through a cache service that fails once (its client retries)', async () => {
    fake.failNext(1, 503);
    // The same folder as the save: the cache's version hashes the paths.
    const out = await restoreBaseline(cache, join(work, 'baseline'), prefix);
    expect(out.found).toBe(true);
    expect(fake.requests.filter((r) => r.status === 503)).toHaveLength(1);
  });

  it('takes a cache service that refuses the token as no baseline, and saves nothing', async () => {
    fake.failNext(1, 401);
    const out = await restoreBaseline(cache, join(work, 'b1'), prefix);
    expect(out.found).toBe(false);
    const before = fake.keys();
    fake.failNext(1, 401);
    const saving = await saveBaseline(cache, join(work, 'b1'), prefix, snap(1, 'c'.repeat(40)), '103', '1');
    expect(saving.saved).toBe(false);
    expect(fake.keys()).toEqual(before);
  });

  it('asks nothing of a runner without a cache service, and says why there is no baseline', async () => {
    const url = process.env['ACTIONS_RESULTS_URL'];
    delete process.env['ACTIONS_RESULTS_URL'];
    const asked = fake.requests.length;
    try {
      const out = await restoreBaseline(cache, join(work, 'b2'), prefix);
      expect(out).toEqual({ found: false, note: expect.stringContaining('no Actions cache service') });
      const saving = await saveBaseline(cache, join(work, 'b2'), prefix, snap(1, 'd'.repeat(40)), '104', '1');
      expect(saving).toEqual({ saved: false, note: expect.stringContaining('ACTIONS_RESULTS_URL') });
      expect(fake.requests.length).toBe(asked);
    } finally {
      process.env['ACTIONS_RESULTS_URL'] = url;
    }
  });

  it('takes a corrupt archive as no baseline', async () => {
    fake.corruptDownloads();
    try {
      const out = await restoreBaseline(cache, join(work, 'baseline'), prefix);
      expect(out.found).toBe(false);
      expect(fake.requests.at(-1)?.method).toBe('GET');
    } finally {
      fake.corruptDownloads(false);
    }
  });
});
