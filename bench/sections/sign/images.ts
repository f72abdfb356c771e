/**
 * The sign section's material: small purpose-built images (busybox from the loopback registry, the
 * labels, user and HEALTHCHECK the policy asks for, one distinct file each) for two platforms,
 * built in one `docker buildx bake` and pushed to the engine's registry; a cosign key pair.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docker, run, type Engine } from '../build/engine.js';
import { baseAnnotations } from '../../../shared/oci/base-annotations.js';

export interface BenchImage {
  /** `registry/bench-sign/img-N-RUN:v1`. */
  tag: string;
  /** `registry/bench-sign/img-N-RUN@sha256:...`. */
  ref: string;
}

export const PLATFORMS = ['linux/amd64', 'linux/arm64'];

const LABELS = [
  'org.opencontainers.image.source=https://github.com/acme/bench',
  'org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567',
  'org.opencontainers.image.created=2026-01-01T00:00:00Z',
];

/** Builds and pushes `count` distinct images; returns them with their digests. */
export async function buildImages(
  engine: Engine,
  dir: string,
  count: number,
  runId: string,
): Promise<BenchImage[]> {
  mkdirSync(dir, { recursive: true });
  const base = engine.bases.busybox;
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      `FROM ${base}`,
      'ARG N',
      `LABEL ${LABELS.map((l) => l.replace('=', '="') + '"').join(' ')}`,
      'COPY id-${N}.txt /etc/bench-id',
      'USER 10001',
      'HEALTHCHECK CMD ["true"]',
      '',
    ].join('\n'),
  );
  const targets: Record<string, unknown> = {};
  const tags: string[] = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `id-${i}.txt`), `bench image ${i} of run ${runId}\n`);
    const tag = `${engine.registry}/bench-sign/img-${i}-${runId}:v1`;
    tags.push(tag);
    targets[`img${i}`] = {
      context: dir,
      dockerfile: join(dir, 'Dockerfile'),
      args: { N: String(i) },
      platforms: PLATFORMS,
      tags: [tag],
      // As build-service writes them: several platforms make an index.
      annotations: baseAnnotations(base, true),
      output: ['type=registry'],
    };
  }
  const bakeFile = join(dir, 'bake.json');
  writeFileSync(
    bakeFile,
    JSON.stringify({ group: { default: { targets: Object.keys(targets) } }, target: targets }, null, 2),
  );
  const meta = join(dir, 'metadata.json');
  // The engine's registry (distribution 2.x) can answer 500 to a HEAD of a tag while another push
  // of it is being written (dockerd pushes the tag again after BuildKit on the docker driver). The
  // images are the bench's setup, not what it measures: bake again (cached) before giving up.
  for (let attempt = 1; ; attempt++) {
    try {
      await docker(engine, ['buildx', 'bake', '--file', bakeFile, '--metadata-file', meta], {
        cwd: dir,
        timeoutMs: 10 * 60_000,
      });
      break;
    } catch (err) {
      if (attempt === 3 || !/\b500\b/.test(String(err))) throw err;
      console.error(
        `[bench] sign: pushing the images met a registry 500, baking again (attempt ${attempt + 1})`,
      );
    }
  }
  const digests = JSON.parse(readFileSync(meta, 'utf8')) as Record<
    string,
    { 'containerimage.digest'?: string }
  >;
  return tags.map((tag, i) => {
    const digest = digests[`img${i}`]?.['containerimage.digest'];
    if (!digest) throw new Error(`buildx bake reported no digest for ${tag}`);
    return { tag, ref: `${tag.slice(0, tag.lastIndexOf(':'))}@${digest}` };
  });
}

/** A cosign key pair with a password, as `cosign generate-key-pair` writes it. */
export async function keyPair(
  engine: Engine,
  cosign: string,
  dir: string,
  password: string,
): Promise<{ key: string; pub: string }> {
  const r = await run(engine, cosign, ['generate-key-pair', '--output-key-prefix', 'bench'], {
    cwd: dir,
    env: { COSIGN_PASSWORD: password },
  });
  if (r.code !== 0) throw new Error(`cosign generate-key-pair failed: ${r.stderr.trim()}`);
  return {
    key: readFileSync(join(dir, 'bench.key'), 'utf8'),
    pub: readFileSync(join(dir, 'bench.pub'), 'utf8'),
  };
}

/** The engine's cosign (2.5), found on the engine's PATH. */
export async function engineCosign(engine: Engine): Promise<{ path: string; version: string }> {
  const which = await run(engine, 'sh', ['-c', 'command -v cosign']);
  const path = which.stdout.trim();
  if (which.code !== 0 || !path) throw new Error('cosign is not on the engine PATH (scripts/engine.sh)');
  const v = await run(engine, path, ['version', '--json']);
  let version = 'unknown';
  try {
    version = (JSON.parse(v.stdout) as { gitVersion?: string }).gitVersion ?? version;
  } catch {
    // An old cosign without --json: the table says unknown.
  }
  return { path, version };
}
