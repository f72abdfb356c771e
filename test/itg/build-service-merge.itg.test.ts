/**
 * build-service's merge on the real engine (buildx 0.13.1, the loopback registry), racing another
 * run: right after `docker buildx imagetools create` pushes the index, a second create moves the
 * same tag to another index, before build-service could read the tag back. The digest reported must
 * be the index this merge pushed (its entries are the sources), which the registry holds by digest.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReference, splitName } from '../../shared/oci/reference.js';
import { mergeService } from '../../shared/build/merge.js';
import type { Exec as ExecFn, Log } from '../../shared/runtime/deps.js';
import { testDeps } from '../support/deps.js';
import { execTool } from '../../shared/runtime/exec.js';
import { RegistryClient } from '../../shared/registry/client.js';

const REGISTRY = process.env['BKA_REGISTRY'];
const BASE = process.env['BKA_BASE_BUSYBOX'];
if (!REGISTRY || !BASE || !process.env['DOCKER_HOST']) {
  throw new Error(
    'run with the engine: eval "$(bash scripts/engine.sh env)" (BKA_REGISTRY, BKA_BASE_BUSYBOX, DOCKER_HOST)',
  );
}

const RUN = Math.random().toString(36).slice(2, 8);
const REPO = `bka-itg-merge-${RUN}/app`;
const IMAGE = `${REGISTRY}/${REPO}`;
const client = new RegistryClient({ host: REGISTRY, insecure: true });
const log: Log & { lines: string[] } = {
  lines: [],
  info(m) {
    this.lines.push(m);
  },
  warning(m) {
    this.lines.push(`warning: ${m}`);
  },
  error(m) {
    this.lines.push(`error: ${m}`);
  },
  debug() {},
};

describe('merge while another run moves the tag', () => {
  it('reports the index it pushed, not the one the tag names afterwards', async () => {
    const from = parseReference(BASE)!;
    const base = await client.manifest(splitName(from.name).repository, from.tag!);
    const [amd, arm] = base.manifest.manifests!.map((d) => `${from.name}@${d.digest}`);
    const tag = `${IMAGE}:v1`;
    const calls: string[][] = [];
    // The real docker, and a concurrent run that re-points the tag as soon as this push is done.
    const exec: ExecFn = async (cmd, args, opts) => {
      calls.push(args);
      const result = await execTool(cmd, args, opts);
      const pushing = args[1] === 'imagetools' && args[2] === 'create' && !args.includes('--dry-run');
      if (pushing && result.code === 0)
        await execTool('docker', ['buildx', 'imagetools', 'create', '--tag', tag, amd!]);
      return result;
    };
    const r = await mergeService(
      { service: 'app', image: IMAGE, sources: [amd!, arm!], tags: [tag], retries: 0, builder: 'default' },
      testDeps({ exec, log, registry: { auth: { readConfig: () => undefined } } }),
    );
    const now = await client.digest(REPO, 'v1');
    expect(now).not.toBe(r.digest); // the tag moved
    const pushed = await client.manifest(REPO, r.digest);
    expect(pushed.digest).toBe(r.digest);
    expect(pushed.manifest.manifests!.map((d) => `${from.name}@${d.digest}`)).toEqual([amd, arm]);
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(r.ref).toBe(`${IMAGE}@${r.digest}`);
    // buildx 0.13.1 has no metadata file for imagetools create: the dry run's bytes give the digest.
    expect(log.lines.join('\n')).toContain("the digest of the index buildx's dry run printed");
    // No command named the tag but the creates themselves.
    const inspected = calls.filter((c) => c[2] === 'inspect').map((c) => c.at(-1));
    expect(inspected.every((ref) => ref!.includes('@sha256:'))).toBe(true);

    for (const d of new Set([r.digest, now!])) await client.deleteManifest(REPO, d).catch(() => undefined);
  }, 120_000);
});
