/**
 * Registry cache retention on the real loopback registry: real BuildKit cache refs
 * (`--cache-to type=registry,mode=max`) under a prefix of this run's own, two of them re-tagged
 * with an old `org.opencontainers.image.created` date (how age is simulated across a process
 * boundary), then the bundle in dry-run and real mode, and the size rule with an injected clock.
 * Then real images and caches under overlapping names (`acme/app` images, `acme/app-prod` images
 * and a cache, `acme/app/cache` caches in both of BuildKit's layouts), every one of them old: only
 * the old caches under `acme/app` go; and a bare registry host as the prefix is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execTool } from '../../shared/runtime/exec.js';
import { RegistryClient } from '../../shared/registry/client.js';
import { applyRetention } from '../../shared/registry/retention/apply.js';
import { distinctBytes } from '../../shared/registry/retention/policy.js';
import { parseCachePrefix } from '../../shared/registry/retention/prefix.js';
import { collectCacheRefs } from '../../shared/registry/retention/scan.js';
import { runAction } from '../support/action.js';

const REGISTRY = process.env['BKA_REGISTRY'];
const BASE = process.env['BKA_BASE_BUSYBOX'];
if (!REGISTRY || !BASE || !process.env['DOCKER_HOST']) {
  throw new Error(
    'run with the engine: eval "$(bash scripts/engine.sh env)" (BKA_REGISTRY, BKA_BASE_BUSYBOX, DOCKER_HOST)',
  );
}

const RUN = Math.random().toString(36).slice(2, 8);
const PREFIX = `${REGISTRY}/cache/bka-itg-${RUN}/`;
const prefix = parseCachePrefix(PREFIX);
const client = new RegistryClient({ host: prefix.host, insecure: true });
let work: string;

/** Pushes a real registry cache ref built from a one-line change. */
async function pushCache(ref: string): Promise<void> {
  const ctx = mkdtempSync(join(work, 'ctx-'));
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${BASE}\nRUN echo ${ref} > /marker\n`);
  await execTool('docker', [
    'buildx',
    'build',
    '--builder',
    'default',
    '--output',
    'type=cacheonly',
    '--cache-to',
    `type=registry,ref=${PREFIX}${ref},mode=max`,
    ctx,
  ]);
}

/** Re-tags `repo:tag` as `newTags` with the manifest annotated as created on `date`. */
async function backdate(repo: string, tag: string, date: string, newTags: string[]): Promise<void> {
  const { manifest, mediaType } = await client.manifest(`${prefix.path}${repo}`, tag);
  const body = JSON.stringify({
    ...manifest,
    annotations: { ...manifest.annotations, 'org.opencontainers.image.created': date },
  });
  for (const t of newTags) {
    const res = await fetch(`http://${prefix.host}/v2/${prefix.path}${repo}/manifests/${t}`, {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body,
    });
    expect(res.status).toBe(201);
  }
}

const tagsUnder = async () =>
  Object.fromEntries(
    await Promise.all(
      (await client.catalog())
        .filter((r) => r.startsWith(prefix.path))
        .map(async (r) => [r.slice(prefix.path.length), (await client.tags(r)).sort()] as const),
    ),
  );

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bka-retention-'));
  mkdirSync(work, { recursive: true });
  // Built one after another, so their newest layers are dated in this order.
  for (const ref of ['app:a', 'app:b', 'lib:c', 'lib:d']) await pushCache(ref);
  await backdate('app', 'a', '2020-01-01T00:00:00Z', ['a', 'a-alias']);
  await backdate('lib', 'c', '2021-06-01T00:00:00Z', ['c']);
}, 180_000);

afterAll(async () => {
  for (const ref of await collectCacheRefs(client, prefix))
    await client.deleteManifest(ref.repository, ref.digest);
  rmSync(work, { recursive: true, force: true });
});

/** Everything under `path` (every repository whose name starts with it), by digest. */
async function deleteAllUnder(path: string): Promise<void> {
  for (const repo of (await client.catalog()).filter((r) => r.startsWith(path))) {
    const digests = new Set<string>();
    for (const t of await client.tags(repo).catch(() => [])) {
      const d = await client.digest(repo, t);
      if (d) digests.add(d);
    }
    for (const d of digests) await client.deleteManifest(repo, d).catch(() => undefined);
  }
}

const env = () => ({
  DOCKER_HOST: process.env['DOCKER_HOST']!,
  DOCKER_CONFIG: process.env['DOCKER_CONFIG']!,
});

describe('setup-builder cache retention', () => {
  it('dates and sizes the cache refs', async () => {
    const refs = await collectCacheRefs(client, prefix);
    const byTag = Object.fromEntries(
      refs.map((r) => [`${r.repository.slice(prefix.path.length)}:${r.tags.join(',')}`, r]),
    );
    expect(Object.keys(byTag).sort()).toEqual(['app:a,a-alias', 'app:b', 'lib:c', 'lib:d']);
    expect(byTag['app:a,a-alias']).toMatchObject({
      createdFrom: 'annotation',
      created: new Date('2020-01-01T00:00:00Z'),
    });
    expect(byTag['app:b']!.createdFrom).toBe('layers');
    expect(byTag['app:b']!.created!.getTime()).toBeLessThan(byTag['lib:d']!.created!.getTime());
    // Every ref holds the busybox base layer: counted once in the distinct total.
    expect(distinctBytes(refs)).toBeLessThan(refs.reduce((a, r) => a + r.size, 0));
  });

  it('dry run: reports the refs past 30 days and deletes nothing', async () => {
    const before = await tagsUnder();
    const run = await runAction('setup-builder', {
      inputs: { 'cache-prefix': PREFIX, 'retention-dry-run': 'true', use: 'false' },
      env: env(),
    });
    expect(run.code).toBe(0);
    expect(run.warnings).toEqual([]);
    expect(run.outputs['cache-removed']).toBe('[]');
    expect(run.summary).toContain('### Registry cache retention (dry run)');
    expect(run.summary).toMatch(
      new RegExp(
        `\\| \`cache/bka-itg-${RUN}/app:a, :a-alias\` \\| .* \\| 2020-01-01T00:00:00.000Z \\(annotation\\) \\| .* \\| would remove \\| older than 30 days`,
      ),
    );
    expect(run.summary).toMatch(/lib:c` .* would remove \| older than 30 days/);
    expect(run.summary).toMatch(/app:b` .* \| kept \| 0 days old \|/);
    expect(run.summary).toContain('Kept 2');
    expect(await tagsUnder()).toEqual(before);
  });

  it('deletes exactly the refs past 30 days through the OCI API', async () => {
    const run = await runAction('setup-builder', {
      inputs: { 'cache-prefix': PREFIX, 'cache-retention-days': '30', use: 'false' },
      env: env(),
    });
    expect(run.code).toBe(0);
    const removed = JSON.parse(run.outputs['cache-removed']!) as { repository: string; tags: string[] }[];
    expect(removed.map((r) => `${r.repository.slice(prefix.path.length)}:${r.tags.join(',')}`)).toEqual([
      'app:a,a-alias',
      'lib:c',
    ]);
    expect(run.summary).toMatch(/app:a, :a-alias` .* \| removed \|/);
    expect(await tagsUnder()).toEqual({ app: ['b'], lib: ['d'] });
  });

  it('size rule with an injected clock: the oldest go until the rest fits', async () => {
    const refs = await collectCacheRefs(client, prefix);
    const newest = refs.find((r) => r.tags.includes('d'))!;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const dry = await applyRetention(
      client,
      prefix,
      { now: new Date(Date.now() + 40 * 86_400_000), maxAgeDays: 30, maxBytes: 0 },
      true,
    );
    expect(dry.remove.map((d) => d.ref.tags[0])).toEqual(['b', 'd']);
    expect(await tagsUnder()).toEqual({ app: ['b'], lib: ['d'] });
    const result = await applyRetention(
      client,
      prefix,
      { now: tomorrow, maxAgeDays: 30, maxBytes: distinctBytes([newest]) },
      false,
    );
    expect(result.remove.map((d) => d.ref.tags[0])).toEqual(['b']);
    expect(result.remove[0]!.reason).toMatch(/over the size limit/);
    expect(result.failed).toEqual([]);
    expect(await tagsUnder()).toEqual({ app: [], lib: ['d'] });
  });
});

describe('retention under overlapping names: images are never caches', () => {
  // Its own namespace, so the catalog shows exactly what this block pushed.
  const NS = `bka-itg-${RUN}-overlap/`;
  const OLD = '2020-01-01T00:00:00Z';
  const tagsIn = async () =>
    Object.fromEntries(
      await Promise.all(
        (await client.catalog())
          .filter((r) => r.startsWith(NS))
          .map(async (r) => [r.slice(NS.length), (await client.tags(r)).sort()] as const),
      ),
    );

  /**
   * Pushes a real image built in 2020 (SOURCE_DATE_EPOCH): its config says it is old. One platform
   * gives an image manifest; several give an index with provenance attestations.
   */
  async function pushImage(ref: string, platforms: string): Promise<void> {
    const ctx = mkdtempSync(join(work, 'img-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${BASE}\nCOPY Dockerfile /${ref.replace(/\W/g, '-')}\n`);
    await execTool('docker', [
      'buildx',
      'build',
      '--builder',
      'default',
      '--platform',
      platforms,
      `--provenance=${platforms.includes(',') ? 'mode=min' : 'false'}`,
      '--build-arg',
      'SOURCE_DATE_EPOCH=1577836800',
      '--output',
      `type=image,name=${REGISTRY}/${NS}${ref},push=true,registry.insecure=true`,
      ctx,
    ]);
  }

  /** Pushes a real cache to `repo:tag` and re-tags it as written in 2020. */
  async function pushOldCache(repo: string, tag: string, imageManifest: boolean): Promise<void> {
    const ctx = mkdtempSync(join(work, 'cache-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${BASE}\nRUN echo ${repo}:${tag} > /marker\n`);
    await execTool('docker', [
      'buildx',
      'build',
      '--builder',
      'default',
      '--output',
      'type=cacheonly',
      '--cache-to',
      `type=registry,ref=${REGISTRY}/${NS}${repo}:${tag}-new,mode=max${imageManifest ? ',image-manifest=true,oci-mediatypes=true' : ''}`,
      ctx,
    ]);
    const { manifest, mediaType } = await client.manifest(`${NS}${repo}`, `${tag}-new`);
    const body = JSON.stringify({
      ...manifest,
      annotations: { ...manifest.annotations, 'org.opencontainers.image.created': OLD },
    });
    const res = await fetch(`http://${REGISTRY}/v2/${NS}${repo}/manifests/${tag}`, {
      method: 'PUT',
      headers: { 'Content-Type': mediaType },
      body,
    });
    expect(res.status).toBe(201);
    await client.deleteManifest(`${NS}${repo}`, (await client.digest(`${NS}${repo}`, `${tag}-new`))!);
  }

  beforeAll(async () => {
    await pushImage('acme/app:v1', 'linux/amd64');
    await pushImage('acme/app:multi', 'linux/amd64,linux/arm64');
    await pushImage('acme/app-prod:v1', 'linux/amd64');
    await pushOldCache('acme/app-prod', 'cache', false);
    await pushOldCache('acme/app/cache', 'old', false);
    await pushOldCache('acme/app/cache', 'old-im', true);
    await pushCacheTo(`${REGISTRY}/${NS}acme/app/cache:fresh`);
  }, 300_000);

  afterAll(async () => {
    await deleteAllUnder(NS);
  });

  /** A fresh real cache (written now). */
  async function pushCacheTo(ref: string): Promise<void> {
    const ctx = mkdtempSync(join(work, 'fresh-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${BASE}\nRUN echo ${ref} > /marker\n`);
    await execTool('docker', [
      'buildx',
      'build',
      '--builder',
      'default',
      '--output',
      'type=cacheonly',
      '--cache-to',
      `type=registry,ref=${ref},mode=max`,
      ctx,
    ]);
  }

  it('the images are old too: the age rule would take them, were they caches', async () => {
    const v1 = await client.manifest(`${NS}acme/app`, 'v1');
    const config = (await client.blobJson(`${NS}acme/app`, v1.manifest.config!.digest)) as {
      created: string;
    };
    expect(config.created).toBe('2020-01-01T00:00:00Z');
    const multi = await client.manifest(`${NS}acme/app`, 'multi');
    expect(multi.manifest.manifests!.map((d) => d.platform?.architecture)).toEqual([
      'amd64',
      'arm64',
      'unknown',
      'unknown',
    ]);
  });

  it('removes only the old caches under acme/app; its images and all of acme/app-prod stay', async () => {
    const before = await tagsIn();
    expect(before).toEqual({
      'acme/app': ['multi', 'v1'],
      'acme/app-prod': ['cache', 'v1'],
      'acme/app/cache': ['fresh', 'old', 'old-im'],
    });
    const run = await runAction('setup-builder', {
      inputs: { 'cache-prefix': `${REGISTRY}/${NS}acme/app`, 'cache-retention-days': '30', use: 'false' },
      env: env(),
    });
    expect(run.code).toBe(0);
    expect(run.warnings).toEqual([]);
    const removed = JSON.parse(run.outputs['cache-removed']!) as { repository: string; tags: string[] }[];
    expect(removed.map((r) => `${r.repository.slice(NS.length)}:${r.tags.join(',')}`)).toEqual([
      'acme/app/cache:old',
      'acme/app/cache:old-im',
    ]);
    expect(run.summary).toContain('2 other manifest(s) kept: not a BuildKit cache');
    expect(run.summary).toMatch(
      new RegExp(
        `\\| \`${NS}acme/app:multi\` \\| .* \\| kept: not a BuildKit cache \\| an image index \\(linux/amd64, linux/arm64\\) \\|`,
      ),
    );
    expect(run.summary).toMatch(
      new RegExp(`\\| \`${NS}acme/app:v1\` \\| .* \\| kept: not a BuildKit cache \\| an image \\|`),
    );
    expect(run.summary).not.toContain('acme/app-prod');
    expect(run.stdout).toContain('kept 1, removed 2; 2 kept: not a BuildKit cache');
    expect(await tagsIn()).toEqual({
      'acme/app': ['multi', 'v1'],
      'acme/app-prod': ['cache', 'v1'],
      'acme/app/cache': ['fresh'],
    });
  });

  it.each([REGISTRY!, `${REGISTRY}/`])(
    'refuses the bare host %p as the prefix, before anything else',
    async (prefix) => {
      const before = await tagsIn();
      const run = await runAction('setup-builder', {
        // A dry run: were the prefix taken (as it once was), nothing of the shared registry would go.
        inputs: { 'cache-prefix': prefix, 'retention-dry-run': 'true', use: 'false' },
        env: env(),
      });
      expect(run.code).not.toBe(0);
      expect(run.errors.join('\n')).toContain(
        `input 'cache-prefix': '${prefix}' names the whole registry ${REGISTRY}, not a repository path`,
      );
      expect(run.errors.join('\n')).toContain(`Fix: add the repository path your caches are pushed under`);
      expect(await tagsIn()).toEqual(before);
    },
  );
});
