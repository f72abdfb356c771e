/**
 * A builder's lifecycle: created (or, for the `docker` driver, selected), booted and read, and
 * removed by the post step when this run created it. Every command runs through the `exec` passed
 * in.
 */
import { errorMessage } from '../buildx/failure.js';
import type { Exec } from '../runtime/deps.js';
import { InputError, ToolError } from '../runtime/errors.js';
import type { ExecOptions, ExecResult } from '../runtime/exec.js';
import {
  createArgs,
  inspectArgs,
  parseBuildxVersion,
  rmArgs,
  useArgs,
  type BuilderRequest,
} from './commands.js';
import { parseInspect, platformsOf, type BuilderInfo } from './inspect.js';
import type { Driver } from './validate.js';

export interface BuilderResult {
  name: string;
  driver: Driver;
  endpoint: string;
  /** Platforms the builder's nodes support (the fixed ones when `--platform` was given). */
  platforms: string[];
  buildkitVersion: string;
  buildxVersion: string;
  /** True when this run created the builder (so the post step may remove it). */
  created: boolean;
  /** Every command run, for the summary. */
  commands: string[][];
  info: BuilderInfo;
}

/** `docker buildx version` → `0.13.1`, with an error that says how to install buildx. */
async function buildxVersion(exec: Exec): Promise<string> {
  const res = await exec('docker', ['buildx', 'version'], { allowFailure: true });
  if (res.code !== 0) {
    throw new ToolError(
      'docker buildx version',
      res.code,
      `${res.stderr}\nbuildx is not available: install the docker buildx plugin (Debian: docker-buildx; or run docker/setup-buildx-action first).`,
    );
  }
  return parseBuildxVersion(res.stdout);
}

/**
 * Creates (or, for the `docker` driver, selects) the builder, boots it and reads its state.
 *
 * @throws Error when a builder of that name already exists (this run must not take over, and later
 *   remove, a builder it did not create), or a command fails.
 */
export async function setupBuilder(req: BuilderRequest, exec: Exec): Promise<BuilderResult> {
  const commands: string[][] = [];
  const run = async (args: string[], opts: ExecOptions = {}) => {
    commands.push(['docker', ...args]);
    return exec('docker', args, opts);
  };
  const version = await buildxVersion(exec);
  let name = req.name;
  let created = false;
  if (req.driver === 'docker') {
    name = req.endpoint || (await run(['context', 'show'])).stdout.trim() || 'default';
  } else {
    const existing = await run(['buildx', 'inspect', name], { allowFailure: true });
    if (existing.code === 0) {
      throw new InputError(`a builder named '${name}' already exists.`, {
        input: 'name',
        fix: `choose another name (or leave it empty for a generated one), or remove it first with docker buildx rm ${name}.`,
      });
    }
    await run(createArgs({ ...req, name }, version));
    created = true;
  }
  let inspected: ExecResult;
  try {
    inspected = await run(inspectArgs(name), { env: { DEBUG: '1' } });
  } catch (err) {
    // A builder that cannot boot is removed at once: the post step would not know to.
    if (created) await exec('docker', rmArgs(name), { allowFailure: true });
    throw err;
  }
  if (req.driver === 'docker' && req.use) await run(useArgs(name));
  const info = parseInspect(inspected.stdout);
  const node = info.nodes[0];
  return {
    name,
    driver: req.driver,
    endpoint: node?.endpoint ?? req.endpoint,
    platforms: platformsOf(info),
    buildkitVersion: info.nodes.map((n) => n.buildkit).find((v) => v) ?? '',
    buildxVersion: version,
    created,
    commands,
    info,
  };
}

/**
 * Removes a builder this run created. The docker context's builder (`default`, driver `docker`) is
 * never removed. Returns the failure's message instead of throwing: a post step reports, it does not
 * fail the job for a builder that is already gone.
 */
export async function removeBuilder(name: string, driver: Driver, exec: Exec): Promise<string | undefined> {
  if (!name || name === 'default' || driver === 'docker') return undefined;
  const res = await exec('docker', rmArgs(name), { allowFailure: true });
  if (res.code === 0) return undefined;
  const stderr = res.stderr.trim();
  if (/no builder .* found|not found/i.test(stderr)) return undefined;
  return errorMessage(stderr);
}
