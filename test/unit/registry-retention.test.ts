// Cache retention: the pure keep/remove policy, cache-prefix parsing and whole-segment matching,
// what counts as a BuildKit cache (captured caches and images), how a cache manifest is dated and
// sized (from a captured BuildKit cache index), the scan of overlapping repositories, and the
// summary table.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Manifest } from '../../shared/oci/manifest.js';
import { CACHE_CONFIG_TYPE, MEDIA_TYPES } from '../../shared/oci/media-types.js';
import type { FetchedManifest, RegistryClient } from '../../shared/registry/client.js';
import { RegistryError } from '../../shared/registry/errors.js';
import { applyRetention, deletedRefs, type RetentionResult } from '../../shared/registry/retention/apply.js';
import { cacheKind } from '../../shared/registry/retention/cache-kind.js';
import { describeManifest } from '../../shared/registry/retention/describe.js';
import { distinctBytes, planRetention, type CacheRef } from '../../shared/registry/retention/policy.js';
import { parseCachePrefix, underPrefix } from '../../shared/registry/retention/prefix.js';
import { renderRetention } from '../../shared/registry/retention/render.js';
import { runRetention } from '../../shared/registry/retention/run.js';
import { scanPrefix } from '../../shared/registry/retention/scan.js';

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
      'over the size limit (12.0 MiB > 10.0 MiB), oldest first',
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
    ['oci://registry.local:5000/acme/app', { host: 'registry.local:5000', path: 'acme/app' }],
  ])('%s', (text, parsed) => {
    expect(parseCachePrefix(text)).toEqual(parsed);
  });

  it.each([
    ['cache/app', /does not start with a registry host/],
    ['ghcr.io/acme/cache:tag', /not a repository prefix/],
    ['ghcr.io/Acme/', /not a repository prefix/],
    ['ghcr.io/acme/../other', /not a repository prefix/],
    ['ghcr.io/acme//cache', /not a repository prefix/],
  ])('rejects %p', (text, message) => {
    expect(() => parseCachePrefix(text)).toThrow(new RegExp(`^input 'cache-prefix': .*${message.source}`));
  });

  // A bare host selected every repository of the registry.
  it.each(['127.0.0.1:5000', 'ghcr.io', 'ghcr.io/', 'oci://registry.local:5000', '127.0.0.1:5000//'])(
    'refuses the bare host %p, naming the input and the fix',
    (text) => {
      const host = text.replace(/^oci:\/\//, '').replace(/\/+$/, '');
      expect(() => parseCachePrefix(text)).toThrow(
        `input 'cache-prefix': '${text}' names the whole registry ${host}, not a repository path: ` +
          `retention would go through every repository in it. Fix: add the repository path your caches ` +
          `are pushed under, e.g. ${host}/cache/ for cache refs ${host}/cache/<service>:<tag>.`,
      );
    },
  );

  it.each<[string, string, boolean]>([
    ['cache/x', 'cache/', true],
    ['cache/x/y', 'cache/', true],
    ['cache', 'cache/', true],
    ['cachex/y', 'cache/', false],
    ['cache/x', 'cache', true],
    ['cache-old/x', 'cache', false],
    ['other/x', 'cache/', false],
    ['acme/app', 'acme/app', true],
    ['acme/app/cache', 'acme/app', true],
    ['acme/app-prod', 'acme/app', false],
    ['acme/app-prod/cache', 'acme/app/', false],
    ['acme/application', 'acme/app', false],
    ['anything', '', false],
    ['anything', '/', false],
  ])('%s under %p: %p', (repo, path, expected) => {
    expect(underPrefix(repo, path)).toBe(expected);
  });
});

/** Captured from the engine's registry (see the fixture's `_about`). */
const captured = JSON.parse(readFileSync('test/fixtures/setup-builder/registry-manifests.json', 'utf8')) as {
  cacheImageManifest: string;
  imageIndex: string;
  manifests: Record<string, Manifest>;
};
const cacheIndex = JSON.parse(
  readFileSync('test/fixtures/setup-builder/cache-index.json', 'utf8'),
) as Manifest;
const fromCaptured = async (digest: string) => {
  const m = captured.manifests[digest];
  if (!m) throw new RegistryError('GET', digest, 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
  return m;
};

const desc = (mediaType: string, digest: string, extra: object = {}) => ({
  mediaType,
  digest,
  size: 1,
  ...extra,
});
const LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
const cacheManifest = (n: string): Manifest => ({
  schemaVersion: 2,
  mediaType: MEDIA_TYPES.ociManifest,
  config: desc(CACHE_CONFIG_TYPE, `sha256:cfg${n}`),
  layers: [desc(LAYER, `sha256:layer${n}`)],
});

describe('cacheKind: only BuildKit caches may be deleted', () => {
  const children: Record<string, Manifest> = {
    'sha256:c1': cacheManifest('1'),
    'sha256:c2': cacheManifest('2'),
    'sha256:img': {
      schemaVersion: 2,
      config: desc('application/vnd.docker.container.image.v1+json', 'sha256:cfg'),
      layers: [desc('application/vnd.docker.image.rootfs.diff.tar.gzip', 'sha256:l')],
    },
  };
  const child = async (d: string) => children[d] ?? fromCaptured(d);
  const top = (m: Manifest) => cacheKind(m, child);

  it('a BuildKit cache index (captured, the default layout) is a cache', async () => {
    expect(await top(cacheIndex)).toEqual({ cache: true, layout: 'index' });
  });

  it('a BuildKit cache image manifest (captured, image-manifest=true) is a cache', async () => {
    expect(await top(captured.manifests[captured.cacheImageManifest]!)).toEqual({
      cache: true,
      layout: 'manifest',
    });
  });

  it('a multi-platform image index with attestations (captured) is not, nor is its platform image', async () => {
    const index = captured.manifests[captured.imageIndex]!;
    expect(await top(index)).toEqual({ cache: false, what: 'an image index (linux/amd64, linux/arm64)' });
    expect(await top(captured.manifests[index.manifests![0]!.digest]!)).toEqual({
      cache: false,
      what: 'an image',
    });
  });

  it('an index of cache manifests is a cache; one image among them makes it an image index', async () => {
    const index = (...ds: string[]): Manifest => ({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: ds.map((d) =>
        desc(MEDIA_TYPES.ociManifest, d, { platform: { os: 'linux', architecture: 'amd64' } }),
      ),
    });
    expect(await top(index('sha256:c1', 'sha256:c2'))).toEqual({ cache: true, layout: 'index-of-caches' });
    expect(await top(index('sha256:c1', 'sha256:img'))).toEqual({
      cache: false,
      what: 'an image index (linux/amd64)',
    });
    expect(await top(index('sha256:c1', 'sha256:gone'))).toMatchObject({
      cache: false,
      what: expect.stringMatching(/^an index whose entry sha256:gone could not be read \(.*404/),
    });
  });

  it.each<[string, Manifest, string]>([
    ['a Docker image manifest', children['sha256:img']!, 'an image'],
    [
      'a cosign signature',
      {
        schemaVersion: 2,
        config: desc('application/vnd.oci.image.config.v1+json', 'sha256:c'),
        layers: [desc('application/vnd.dev.cosign.simplesigning.v1+json', 'sha256:s')],
      },
      'an image',
    ],
    [
      'an OCI artifact',
      { schemaVersion: 2, config: desc('application/vnd.oci.empty.v1+json', 'sha256:e'), layers: [] },
      'an artifact (config application/vnd.oci.empty.v1+json)',
    ],
    [
      'an empty index',
      { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] },
      'an empty index',
    ],
    [
      'an index of layers without a cache config',
      { schemaVersion: 2, manifests: [desc(LAYER, 'sha256:a')] },
      'an index of blobs that is not a BuildKit cache layout (one cache config and layers)',
    ],
    [
      'an index with two cache configs',
      {
        schemaVersion: 2,
        manifests: [desc(CACHE_CONFIG_TYPE, 'sha256:a'), desc(CACHE_CONFIG_TYPE, 'sha256:b')],
      },
      'an index of blobs that is not a BuildKit cache layout (one cache config and layers)',
    ],
    [
      'a cache config beside an image manifest',
      {
        schemaVersion: 2,
        manifests: [desc(CACHE_CONFIG_TYPE, 'sha256:a'), desc(MEDIA_TYPES.ociManifest, 'sha256:img')],
      },
      'an index mixing manifests with other entries',
    ],
    [
      'a cache config beside an unknown blob',
      {
        schemaVersion: 2,
        manifests: [desc(CACHE_CONFIG_TYPE, 'sha256:a'), desc('application/json', 'sha256:j')],
      },
      'an index of blobs that is not a BuildKit cache layout (one cache config and layers)',
    ],
    ['a schema 1 manifest', { schemaVersion: 1 } as Manifest, 'neither an image manifest nor an index'],
  ])('%s is not a cache', async (_, m, what) => {
    expect(await top(m)).toEqual({ cache: false, what });
  });
});

/**
 * An in-memory registry behind the RegistryClient methods retention calls: repositories of tags
 * pointing at manifests, stored by the sha256 of their bytes; `untagged` manifests (an index's
 * entries) are served by their given digest in every repository.
 */
function memoryRegistry(
  repos: Record<string, Record<string, Manifest>>,
  untagged: Record<string, Manifest> = captured.manifests,
) {
  const blobs = new Map<string, string>();
  const tags = new Map<string, Map<string, string>>();
  const put = (repo: string, tag: string, m: Manifest) => {
    const raw = JSON.stringify(m);
    const digest = `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    blobs.set(`${repo}@${digest}`, raw);
    if (!tags.has(repo)) tags.set(repo, new Map());
    tags.get(repo)!.set(tag, digest);
    return digest;
  };
  const digests: Record<string, string> = {};
  for (const [repo, byTag] of Object.entries(repos))
    for (const [tag, m] of Object.entries(byTag)) digests[`${repo}:${tag}`] = put(repo, tag, m);
  const deleted: string[] = [];
  const manifest = async (repo: string, ref: string): Promise<FetchedManifest> => {
    const digest = ref.startsWith('sha256:') ? ref : tags.get(repo)?.get(ref);
    const raw =
      digest &&
      (blobs.get(`${repo}@${digest}`) ?? (untagged[digest] ? JSON.stringify(untagged[digest]) : undefined));
    if (!raw) throw new RegistryError('GET', `${repo}/${ref}`, 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
    const m = JSON.parse(raw) as Manifest;
    return { digest: digest!, mediaType: m.mediaType ?? '', size: raw.length, manifest: m, raw };
  };
  const client = {
    catalog: async () => [...tags.keys()].sort(),
    tags: async (repo: string) => [...(tags.get(repo)?.keys() ?? [])],
    digest: async (repo: string, tag: string) => tags.get(repo)?.get(tag),
    manifest,
    blobJson: async () => ({}),
    deleteManifest: async (repo: string, digest: string) => {
      deleted.push(`${repo}@${digest}`);
      blobs.delete(`${repo}@${digest}`);
      for (const [t, d] of tags.get(repo) ?? []) if (d === digest) tags.get(repo)!.delete(t);
    },
  } as unknown as RegistryClient;
  const tagsOf = () => Object.fromEntries([...tags].map(([repo, byTag]) => [repo, [...byTag.keys()].sort()]));
  return { client, digests, deleted, tagsOf, put };
}

describe('retention over overlapping repository names', () => {
  const NOW_ = new Date('2026-06-30T00:00:00Z');
  /** BuildKit's default cache index with its newest layer written on `at`. */
  const cacheAt = (at: string, n: string): Manifest => ({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [
      desc(LAYER, `sha256:l${n}`, { size: 100, annotations: { 'buildkit/createdat': at } }),
      desc(CACHE_CONFIG_TYPE, `sha256:c${n}`),
    ],
  });
  const imageIndex = captured.manifests[captured.imageIndex]!;
  const image = captured.manifests[imageIndex.manifests![0]!.digest]!;
  // Old images: were they looked at as caches, the age rule would remove them.
  const oldImage: Manifest = {
    ...image,
    annotations: { 'org.opencontainers.image.created': '2020-01-01T00:00:00Z' },
  };
  const oldIndex: Manifest = {
    ...imageIndex,
    annotations: { 'org.opencontainers.image.created': '2020-01-01T00:00:00Z' },
  };
  const layout = () =>
    memoryRegistry({
      'acme/app': { v1: oldImage, multi: oldIndex },
      'acme/app-prod': { v1: oldImage, cache: cacheAt('2020-01-01T00:00:00Z', 'p') },
      'acme/app/cache': {
        old: cacheAt('2020-01-01T00:00:00Z', 'o'),
        'old-im': {
          ...cacheManifest('x'),
          annotations: { 'org.opencontainers.image.created': '2020-02-02T00:00:00Z' },
        },
        fresh: cacheAt('2026-06-29T00:00:00Z', 'f'),
      },
      'acme/application': { cache: cacheAt('2020-01-01T00:00:00Z', 'a') },
    });
  const policy = { now: NOW_, maxAgeDays: 30, maxBytes: 1 };

  it('the prefix acme/app takes acme/app and what is below it, and only its caches', async () => {
    const reg = layout();
    const { refs, skipped } = await scanPrefix(reg.client, { host: 'r', path: 'acme/app' });
    expect(refs.map((r) => `${r.repository}:${r.tags.join(',')}`).sort()).toEqual([
      'acme/app/cache:fresh',
      'acme/app/cache:old',
      'acme/app/cache:old-im',
    ]);
    expect(skipped.map((k) => [`${k.repository}:${k.tags.join(',')}`, k.what])).toEqual([
      ['acme/app:multi', 'an image index (linux/amd64, linux/arm64)'],
      ['acme/app:v1', 'an image'],
    ]);
  });

  it('removes only the old caches: images of acme/app, and everything in acme/app-prod, stay', async () => {
    const reg = layout();
    // A size limit of one byte: every cache would go for size, none of the images may.
    const result = await applyRetention(
      reg.client,
      { host: 'r', path: 'acme/app/' },
      { ...policy, maxBytes: 0 },
      false,
    );
    expect(result.remove.map((d) => d.ref.tags[0])).toEqual(['old', 'old-im']);
    expect(reg.deleted).toEqual([
      `acme/app/cache@${reg.digests['acme/app/cache:old']}`,
      `acme/app/cache@${reg.digests['acme/app/cache:old-im']}`,
    ]);
    expect(reg.tagsOf()).toEqual({
      'acme/app': ['multi', 'v1'],
      'acme/app-prod': ['cache', 'v1'],
      'acme/app/cache': ['fresh'],
      'acme/application': ['cache'],
    });
    const sizeRun = await applyRetention(reg.client, { host: 'r', path: 'acme/app' }, policy, true);
    expect(sizeRun.remove.map((d) => d.ref.tags[0])).toEqual(['fresh']);
    expect(sizeRun.skipped).toHaveLength(2);
  });

  it('lists what it kept as not a BuildKit cache, in the summary and the log', async () => {
    const reg = layout();
    const logs: string[] = [];
    const r = await runRetention(
      {
        prefix: { host: 'r', path: 'acme/app' },
        maxAgeDays: 30,
        maxBytes: 0,
        dryRun: true,
        username: '',
        password: '',
        insecure: true,
      },
      { now: NOW_, log: (m) => logs.push(m), client: reg.client },
    );
    expect(r.warnings).toEqual([]);
    expect(r.headline).toBe(
      'Cache retention under r/acme/app: kept 1, would remove 2; 2 kept: not a BuildKit cache',
    );
    expect(r.summary).toContain(
      '2 other manifest(s) kept: not a BuildKit cache (images and indexes are never deleted).',
    );
    expect(r.summary).toMatch(
      /\| `acme\/app:multi` \| `[0-9a-f]{12}` \| \| \| kept: not a BuildKit cache \| an image index \(linux\/amd64, linux\/arm64\) \|/,
    );
    expect(r.summary).toMatch(/\| `acme\/app:v1` .* \| kept: not a BuildKit cache \| an image \|/);
    expect(logs).toEqual([
      `acme/app:multi@${reg.digests['acme/app:multi']}: kept: not a BuildKit cache (an image index (linux/amd64, linux/arm64))`,
      `acme/app:v1@${reg.digests['acme/app:v1']}: kept: not a BuildKit cache (an image)`,
    ]);
    expect(reg.deleted).toEqual([]);
  });

  it('never deletes an image, whatever its age and the size limit', async () => {
    const reg = memoryRegistry({ 'cache/app': { a: oldImage, b: oldIndex } });
    const result = await applyRetention(reg.client, { host: 'r', path: 'cache/' }, policy, false);
    expect(result.remove).toEqual([]);
    expect(result.skipped.map((k) => k.tags[0])).toEqual(['a', 'b']);
    expect(reg.deleted).toEqual([]);
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
    const result: RetentionResult = {
      ...plan,
      dryRun: true,
      failed: [],
      skipped: [],
      prefix: '127.0.0.1:5000/cache/',
    };
    const md = renderRetention(result, { now: NOW, maxAgeDays: 30, maxBytes: 10 * MB });
    expect(md).toContain('### Registry cache retention (dry run)');
    expect(md).toContain('Kept 1 (1.0 MiB), would remove 1.');
    expect(md).toMatch(
      /\| `cache\/app:old` \| `old` \| 2026-05-16T00:00:00.000Z \(layers\) \| 2.0 MiB \| would remove \| older than 30 days \(45 days\) \|/,
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

  it('lists at most 50 manifests that are not caches, and counts the rest', () => {
    const plan = planRetention([], { now: NOW, maxAgeDays: 30, maxBytes: 0 });
    const skipped = Array.from({ length: 53 }, (_, i) => ({
      repository: 'cache/app',
      digest: `sha256:${String(i).padStart(64, '0')}`,
      tags: [`v${i}`],
      mediaType: MEDIA_TYPES.ociManifest,
      what: 'an image',
    }));
    const md = renderRetention(
      { ...plan, dryRun: false, failed: [], skipped, prefix: 'r/cache/' },
      { now: NOW, maxAgeDays: 30, maxBytes: 0 },
    );
    expect(md).toContain('0 BuildKit cache manifest(s)');
    expect(md.match(/kept: not a BuildKit cache \| an image \|/g)).toHaveLength(50);
    expect(md).toContain('| … and 3 more | | | | kept: not a BuildKit cache | |');
  });
});
