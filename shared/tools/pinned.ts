/**
 * Tools the actions download (Trivy, cosign), installed the way cosign-installer installs cosign: a
 * version pinned in the code, each platform's release file checked against the SHA-256 the code
 * holds before anything is unpacked or run (a mismatch refuses to install, and nothing is cached),
 * then kept in the runner's tool cache (@actions/tool-cache) for the next step of the job.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import type { Deps } from '../runtime/deps.js';
import { InputError, ToolError } from '../runtime/errors.js';
import { backoffMs } from '../runtime/retry.js';

/** One platform's release file. */
export interface PinnedAsset {
  url: string;
  /** Lower-case hex SHA-256 of the file as published. */
  sha256: string;
  /** `tar.gz`: the executable is the file `executable` inside it; `binary`: the file is the executable. */
  format: 'tar.gz' | 'binary';
}

export interface PinnedTool {
  name: string;
  version: string;
  /** The executable's file name. */
  executable: string;
  /** By platform key (`linux-x64`, `linux-arm64`: `process.platform`-`process.arch`). */
  assets: Record<string, PinnedAsset>;
  /** The input that names a binary already on the runner instead (`trivy-path`). */
  pathInput: string;
}

/** The tool cache's calls, so tests can point them at a folder of their own. */
export type ToolCache = Pick<typeof tc, 'find' | 'cacheDir' | 'extractTar'>;

export type InstallDeps = Pick<Deps, 'fetch' | 'sleep' | 'random' | 'log'> & { toolCache?: ToolCache };

const DOWNLOAD_ATTEMPTS = 3;

/**
 * The path of the pinned tool's executable: from the tool cache when an earlier step installed it,
 * else downloaded, checked and cached.
 *
 * @param platform `process.platform`-`process.arch` of the runner
 * @throws InputError on a platform the pin has no file for (naming the input to use instead), and
 *   ToolError when the download fails or its SHA-256 is not the pinned one
 */
export async function installPinned(tool: PinnedTool, platform: string, deps: InstallDeps): Promise<string> {
  const asset = tool.assets[platform];
  if (!asset) {
    throw new InputError(`${tool.name} ${tool.version} has no pinned release for ${platform}.`, {
      input: tool.pathInput,
      fix: `install ${tool.name} yourself and give its path in ${tool.pathInput} (pinned: ${Object.keys(tool.assets).join(', ')}).`,
    });
  }
  const cache = deps.toolCache ?? tc;
  const cached = cache.find(tool.name, tool.version, platform);
  if (cached) {
    deps.log.info(`${tool.name} ${tool.version} from the tool cache (${cached}).`);
    return join(cached, tool.executable);
  }
  const bytes = await download(asset.url, deps);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== asset.sha256) {
    throw new ToolError(
      `install ${tool.name} ${tool.version}`,
      1,
      `refusing to install: ${asset.url} has SHA-256 ${sha256}, not the pinned ${asset.sha256}. The release file changed or the download was tampered with; nothing was unpacked or run.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), `bka-${tool.name}-`));
  try {
    let dir: string;
    if (asset.format === 'tar.gz') {
      const archive = join(work, 'release.tar.gz');
      writeFileSync(archive, bytes);
      dir = await cache.extractTar(archive, join(work, 'x'));
    } else {
      dir = join(work, 'bin');
      mkdirSync(dir);
      const file = join(dir, tool.executable);
      writeFileSync(file, bytes);
      chmodSync(file, 0o755);
    }
    const home = await cache.cacheDir(dir, tool.name, tool.version, platform);
    deps.log.info(`${tool.name} ${tool.version} installed from ${asset.url} (SHA-256 ${sha256}, as pinned).`);
    return join(home, tool.executable);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The executable a step runs: the one its `*-path` input names (`given`), else the pinned release.
 *
 * @param platform `process.platform`-`process.arch` of the runner
 */
export async function toolBinary(
  tool: PinnedTool,
  given: string,
  platform: string,
  deps: InstallDeps,
): Promise<string> {
  return given || installPinned(tool, platform, deps);
}

/** The file's bytes, with retries on network errors and 5xx. */
async function download(url: string, deps: InstallDeps): Promise<Buffer> {
  let last = '';
  for (let attempt = 0; attempt < DOWNLOAD_ATTEMPTS; attempt++) {
    if (attempt > 0) await deps.sleep(backoffMs(attempt - 1, { baseMs: 1000, maxMs: 8000 }, deps.random));
    try {
      const res = await deps.fetch(url, { redirect: 'follow' });
      if (res.ok) return Buffer.from(await res.arrayBuffer());
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break;
    } catch (err) {
      last = (err as Error).message;
    }
  }
  throw new ToolError(`download ${url}`, 1, `could not download ${url}: ${last}`);
}
