// Cache retention: the pure keep/remove policy, cache-prefix parsing, how a cache manifest is dated
// and sized (from a captured BuildKit cache index), and the summary table.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { FetchedManifest, Manifest, RegistryClient } from '../../shared/registry/client.js';
import {
  deletedRefs,
  describeManifest,
  distinctBytes,
  parseCachePrefix,
  planRetention,
  renderRetention,
  underPrefix,
  type CacheRef,
  type RetentionResult,
} from '../../shared/registry/retention.js';

const NOW = new Date('2026-06-30T00:00:00Z');
const MB = 1024 ** 2;

/** A ref `days` old with blobs of the given MB sizes (blob names are shared across refs when equal). */
function ref(tag: string, days: number | undefined, blobs: Record<string, number>): CacheRef {
  const b = Object.fromEntries(Object.entries(blobs).map(([d, mb]) => [d, mb * MB]));
  return {
    repository: 'cache/app',
    digest: `sha256:${tag}`,
    tags: [tag],
    created: days === undefined ? undefined : new Date(NOW.getTime() - days * 86_400_000),
    createdFrom: days === undefined ? 'unknown' : 'layers',
    blobs: b,
    size: Object.values(b).reduce((x, y) => x + y, 0),
  };
}

const tagsOf = (ds: { ref: CacheRef }[]) => ds.map((d) => d.ref.tags[0]);

describe('planRetention', () => {
  it.each<[string, CacheRef[], number, number, string[], string[]]>([
    ['nothing to do', [ref('a', 1, { x: 1 }), ref('b', 2, { y: 1 })], 30, 100 * MB, ['b', 'a'], []],
    [
      'age: only refs older than the limit go',
      [ref('new', 29, { x: 1 }), ref('old', 31, { y: 1 }), ref('older', 90, { z: 1 })],
      30,
      0,
      ['new'],
      ['older', 'old'],
    ],
    [
      'size: the oldest go until the rest fits',
      [ref('d1', 1, { a: 4 }), ref('d2', 2, { b: 4 }), ref('d3', 3, { c: 4 }), ref('d4', 4, { d: 4 })],
      0,
      9 * MB,
      ['d2', 'd1'],
      ['d4', 'd3'],
    ],
    [
      'size counts a shared blob once',
      [ref('d1', 1, { base: 8, a: 1 }), ref('d2', 2, { base: 8, b: 1 }), ref('d3', 3, { base: 8, c: 1 })],
      0,
      11 * MB,
      ['d3', 'd2', 'd1'],
      [],
    ],
    [
      'age first, then size',
      [ref('d1', 1, { a: 6 }), ref('d5', 5, { b: 6 }), ref('d40', 40, { c: 1 })],
      30,
      10 * MB,
      ['d1'],
      ['d40', 'd5'],
    ],
    ['a single ref over the limit goes too', [ref('huge', 1, { a: 20 })], 30, 10 * MB, [], ['huge']],
    [
      'an undated ref is kept for age and goes last for size',
      [ref('undated', undefined, { a: 5 }), ref('d50', 50, { b: 5 }), ref('d2', 2, { c: 5 })],
      30,
      6 * MB,
      ['undated'],
      ['d50', 'd2'],
    ],
    ['0 turns both rules off', [ref('d400', 400, { a: 999 })], 0, 0, ['d400'], []],
  ])('%s', (_, refs, maxAgeDays, maxBytes, keep, remove) => {
    const plan = planRetention(refs, { now: NOW, maxAgeDays, maxBytes });
    expect(tagsOf(plan.keep)).toEqual(keep);
    expect(tagsOf(plan.remove)).toEqual(remove);
    if (maxBytes) expect(plan.keptBytes).toBeLessThanOrEqual(maxBytes);
  });

  it('says why each ref is kept or removed', () => {
    const plan = planRetention([ref('d1', 1, { a: 6 }), ref('d5', 5, { b: 6 }), ref('d40', 40, { c: 1 })], {
      now: NOW,
      maxAgeDays: 30,
      maxBytes: 10 * MB,
    });
    expect(plan.remove.map((d) => d.reason)).toEqual([
      'older than 30 days (40 days)',
      'over the size limit (12.0 MB > 10.0 MB), oldest first',
    ]);
    expect(plan.keep.map((d) => d.reason)).toEqual(['1 days old']);
    expect(plan.totalBytes).toBe(13 * MB);
    expect(plan.keptBytes).toBe(6 * MB);
  });

  it('is a pure function of its arguments', () => {
    const refs = [ref('b', 40, { x: 1 }), ref('a', 1, { y: 1 })];
    const copy = structuredClone(refs);
    planRetention(refs, { now: NOW, maxAgeDays: 30, maxBytes: MB });
    expect(refs).toEqual(copy);
    expect(distinctBytes(refs)).toBe(2 * MB);
  });
});

describe('cache prefix', () => {
  it.each([
    ['127.0.0.1:5000/cache/', { host: '127.0.0.1:5000', path: 'cache/' }],
    ['ghcr.io/acme/cache', { host: 'ghcr.io', path: 'acme/cache' }],
    ['localhost/x/', { host: 'localhost', path: 'x/' }],
    ['oci://registry.local:5000', { host: 'registry.local:5000', path: '' }],
  ])('%s', (text, parsed) => {
    expect(parseCachePrefix(text)).toEqual(parsed);
  });

  it.each([
    ['cache/app', /does not start with a registry host/],
    ['ghcr.io/acme/cache:tag', /not a repository prefix/],
    ['ghcr.io/Acme/', /not a repository prefix/],
  ])('rejects %p', (text, message) => {
    expect(() => parseCachePrefix(text)).toThrow(new RegExp(`^input 'cache-prefix': .*${message.source}`));
  });

  it.each<[string, string, boolean]>([
    ['cache/x', 'cache/', true],
    ['cache/x/y', 'cache/', true],
    ['cache', 'cache/', true],
    ['cachex/y', 'cache/', false],
    ['cache/x', 'cache', true],
    ['cache-old/x', 'cache', true],
    ['other/x', 'cache/', false],
    ['anything', '', true],
  ])('%s under %p: %p', (repo, path, expected) => {
    expect(underPrefix(repo, path)).toBe(expected);
  });
});

describe('describeManifest', () => {
  /** A client answering from a table of manifests and config blobs. */
  function stub(manifests: Record<string, Manifest>, blobs: Record<string, unknown> = {}): RegistryClient {
    return {
      manifest: async (_repo: string, ref: string): Promise<FetchedManifest> => ({
        digest: ref.startsWith('sha256:') ? ref : `sha256:${ref}`,
        mediaType: manifests[ref]!.mediaType ?? '',
        size: 1,
        manifest: manifests[ref]!,
        raw: JSON.stringify(manifests[ref]!),
      }),
      blobJson: async (_repo: string, digest: string) => blobs[digest],
    } as unknown as RegistryClient;
  }

  it('dates a BuildKit cache index by its newest layer and sizes it by its blobs (captured)', async () => {
    const index = JSON.parse(
      readFileSync('test/fixtures/setup-builder/cache-index.json', 'utf8'),
    ) as Manifest;
    const r = await describeManifest(stub({ 'sha256:idx': index }), 'cache/probe', 'sha256:idx', ['one']);
    expect(r.createdFrom).toBe('layers');
    expect(r.created?.toISOString()).toBe('2026-11-24T03:22:21.071Z');
    expect(r.size).toBe(112 + 1069293 + 741);
    expect(Object.keys(r.blobs)).toHaveLength(3);
  });

  it('prefers the org.opencontainers.image.created annotation, then an image config', async () => {
    const layer = {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: 'sha256:l',
      size: 10,
      annotations: { 'buildkit/createdat': '2026-01-01T00:00:00Z' },
    };
    const annotated = {
      schemaVersion: 2,
      manifests: [layer],
      annotations: { 'org.opencontainers.image.created': '2020-05-05T00:00:00Z' },
    };
    expect((await describeManifest(stub({ a: annotated }), 'r', 'a', ['a'])).created?.toISOString()).toBe(
      '2020-05-05T00:00:00.000Z',
    );
    const image = {
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:c', size: 5 },
      layers: [layer],
    };
    const r = await describeManifest(
      stub({ i: image }, { 'sha256:c': { created: '2021-02-03T00:00:00Z' } }),
      'r',
      'i',
      ['i'],
    );
    expect(r).toMatchObject({ createdFrom: 'config', size: 15 });
    expect(r.created?.toISOString()).toBe('2021-02-03T00:00:00.000Z');
  });

  it('walks a multi-platform index into its manifests', async () => {
    const child = (d: string, size: number) => ({
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.buildkit.cacheconfig.v0', digest: `sha256:c${d}`, size: 1 },
      layers: [{ mediaType: 'x', digest: `sha256:l${d}`, size }],
    });
    const index = {
      schemaVersion: 2,
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:m1', size: 100 },
        { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: 'sha256:m2', size: 100 },
      ],
    };
    const r = await describeManifest(
      stub({ top: index, 'sha256:m1': child('1', 1000), 'sha256:m2': child('2', 2000) }),
      'r',
      'top',
      ['t'],
    );
    expect(r.size).toBe(100 + 1 + 1000 + 100 + 1 + 2000);
    expect(r.createdFrom).toBe('unknown');
  });
});

describe('summary', () => {
  it('lists removed and kept refs, and the dry run removes nothing', () => {
    const plan = planRetention([ref('new', 1, { a: 1 }), ref('old', 45, { b: 2 })], {
      now: NOW,
      maxAgeDays: 30,
      maxBytes: 10 * MB,
    });
    const result: RetentionResult = { ...plan, dryRun: true, failed: [], prefix: '127.0.0.1:5000/cache/' };
    const md = renderRetention(result, { now: NOW, maxAgeDays: 30, maxBytes: 10 * MB });
    expect(md).toContain('### Registry cache retention (dry run)');
    expect(md).toContain('Kept 1 (1.0 MB), would remove 1.');
    expect(md).toMatch(
      /\| `cache\/app:old` \| `old` \| 2026-05-16T00:00:00.000Z \(layers\) \| 2.0 MB \| would remove \| older than 30 days \(45 days\) \|/,
    );
    expect(md).toMatch(/\| `cache\/app:new` .* \| kept \| 1 days old \|/);
    expect(deletedRefs(result)).toEqual([]);
    expect(deletedRefs({ ...result, dryRun: false })).toEqual([
      { repository: 'cache/app', digest: 'sha256:old', tags: ['old'] },
    ]);
    expect(
      deletedRefs({ ...result, dryRun: false, failed: [{ ref: plan.remove[0]!.ref, error: '405' }] }),
    ).toEqual([]);
  });
});
