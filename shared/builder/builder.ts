/**
 * buildx builders: the `docker buildx create|inspect|use|rm` command lines per driver (pure), and
 * the steps that create or select a builder and remove one. Inspect output is parsed with
 * @docker/actions-toolkit's `Builder.parseInspect`, which follows buildx's output across versions;
 * every command runs through the exec wrapper passed in.
 */
import { Builder } from '@docker/actions-toolkit/lib/buildx/builder.js';
import { Buildx } from '@docker/actions-toolkit/lib/buildx/buildx.js';
import type { BuilderInfo } from '@docker/actions-toolkit/lib/types/buildx/builder.js';
import { cell } from '../format/markdown.js';
import { InputError, ToolError } from '../runtime/errors.js';
import type { ExecOptions, ExecResult } from '../runtime/exec.js';

export const DRIVERS = ['docker', 'docker-container', 'remote', 'kubernetes'] as const;
export type Driver = (typeof DRIVERS)[number];

/** The exec wrapper's shape (shared/runtime/exec.ts `execTool`), so tests can pass a recorder. */
export type Exec = (cmd: string, args: string[], opts?: ExecOptions) => Promise<ExecResult>;

export interface BuilderRequest {
  /** Builder name; for the `docker` driver the docker context's name (empty: the current one). */
  name: string;
  driver: Driver;
  /** docker context or Docker host (docker-container), kube context (kubernetes), BuildKit address (remote). */
  endpoint: string;
  /** Fixed platforms for the node (`--platform`). */
  platforms: string[];
  driverOpts: string[];
  buildkitdFlags: string;
  use: boolean;
  /** buildkitd.toml for the drivers that read one. */
  configFile?: string;
}

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

const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
/** buildx's own rule for instance names (store/util.go ValidateName). */
const BUILDER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Kubernetes object names (the deployment is named after the node): DNS-1123 labels. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const REMOTE_SCHEMES = [
  'unix',
  'tcp',
  'ssh',
  'npipe',
  'docker-container',
  'kube-pod',
  'podman-container',
  'nerdctl-container',
];
const DOCKER_HOST_SCHEMES = ['unix', 'tcp', 'ssh', 'npipe', 'fd'];

/**
 * Checks `endpoint` for `driver` and returns it trimmed.
 *
 * @throws InputError (input `endpoint`) naming the accepted forms.
 */
export function validateEndpoint(driver: Driver, endpoint: string): string {
  const e = endpoint.trim();
  const fail = (why: string, fix: string): never => {
    throw new InputError(`'${e}' ${why}`, { input: 'endpoint', fix });
  };
  switch (driver) {
    case 'docker':
      if (e && !CONTEXT_NAME.test(e))
        fail(
          'is not a docker context name.',
          'give the name of a docker context (docker context ls), or leave it empty for the current one.',
        );
      return e;
    case 'kubernetes':
      if (e && !CONTEXT_NAME.test(e))
        fail(
          'is not a context name.',
          'give a docker context with a Kubernetes endpoint, or leave it empty to use the current kubeconfig.',
        );
      return e;
    case 'docker-container': {
      if (!e || CONTEXT_NAME.test(e)) return e;
      const scheme = /^([a-z]+):\/\/./.exec(e)?.[1];
      if (!scheme || !DOCKER_HOST_SCHEMES.includes(scheme))
        fail(
          'is neither a docker context nor a Docker host.',
          'give a docker context name or a DOCKER_HOST address such as unix:///var/run/docker.sock or tcp://host:2376.',
        );
      return e;
    }
    case 'remote': {
      if (!e)
        throw new InputError('is required by the remote driver.', {
          input: 'endpoint',
          fix: 'give the BuildKit daemon address, e.g. tcp://buildkitd:1234 or unix:///run/buildkit/buildkitd.sock.',
        });
      const m = /^([a-z-]+):\/\/(.*)$/.exec(e);
      if (!m || !REMOTE_SCHEMES.includes(m[1]!))
        fail(
          'is not a BuildKit address.',
          `use one of the schemes ${REMOTE_SCHEMES.map((s) => `${s}://`).join(', ')}.`,
        );
      const [, scheme, rest] = m as unknown as [string, string, string];
      if (scheme === 'unix' && !rest.startsWith('/'))
        fail('needs an absolute socket path.', 'write unix:///absolute/path/buildkitd.sock (three slashes).');
      if (scheme === 'tcp' && !/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(rest))
        fail('needs a host and a port.', 'write tcp://host:port, e.g. tcp://127.0.0.1:1234.');
      return e;
    }
  }
}

/**
 * Checks a builder name for `driver`.
 *
 * @throws InputError (input `name`).
 */
export function validateName(driver: Driver, name: string): string {
  if (!name) return name;
  if (driver === 'docker')
    throw new InputError(`'${name}' cannot be used with the docker driver.`, {
      input: 'name',
      fix: "the docker driver's builder is its docker context: leave name empty and set endpoint to the context's name, or use another driver.",
    });
  if (name === 'default')
    throw new InputError("'default' is the docker context's own builder.", {
      input: 'name',
      fix: 'choose another name.',
    });
  const ok = driver === 'kubernetes' ? K8S_NAME.test(name) : BUILDER_NAME.test(name);
  if (!ok)
    throw new InputError(`'${name}' is not a valid builder name.`, {
      input: 'name',
      fix:
        driver === 'kubernetes'
          ? 'use lowercase letters, digits and -, starting and ending with a letter or digit (it names a Kubernetes deployment).'
          : 'use letters, digits, _, . and -, starting with a letter or digit.',
    });
  return name;
}

/** Checks `driver-opts` lines (`key=value`). */
export function validateDriverOpts(lines: string[]): string[] {
  for (const l of lines) {
    if (!/^[A-Za-z0-9_.-]+=/.test(l))
      throw new InputError(`'${l}' is not a driver option.`, {
        input: 'driver-opts',
        fix: 'write one key=value per line, e.g. network=host.',
      });
  }
  return lines;
}

/** A generated builder name: `bka-<run id>-<attempt>-<4 hex>` (valid for every driver). */
export function generateName(env: NodeJS.ProcessEnv, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  const run = env['GITHUB_RUN_ID'] ? `${env['GITHUB_RUN_ID']}-${env['GITHUB_RUN_ATTEMPT'] || '1'}` : 'local';
  return `bka-${run}-${suffix}`.toLowerCase();
}

/**
 * `docker buildx create` arguments for a non-docker driver. buildx 0.13 renamed `--config` to
 * `--buildkitd-config`; older versions get the old name (as docker/setup-buildx-action does).
 */
export function createArgs(req: BuilderRequest, buildxVersion = '0.13.0'): string[] {
  if (req.driver === 'docker') throw new Error('the docker driver has no create command line');
  const args = ['buildx', 'create', '--name', req.name, '--driver', req.driver];
  for (const opt of req.driverOpts) args.push('--driver-opt', opt);
  if (req.driver !== 'remote' && req.buildkitdFlags) args.push('--buildkitd-flags', req.buildkitdFlags);
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','));
  if (req.configFile && req.driver !== 'remote')
    args.push(versionAtLeast(buildxVersion, 0, 13) ? '--buildkitd-config' : '--config', req.configFile);
  if (req.use) args.push('--use');
  if (req.endpoint) args.push(req.endpoint);
  return args;
}

/** `docker buildx inspect --bootstrap NAME`: starts the builder's nodes and prints their state. */
export function inspectArgs(name: string): string[] {
  return ['buildx', 'inspect', '--bootstrap', name];
}

export function useArgs(name: string): string[] {
  return ['buildx', 'use', name];
}

export function rmArgs(name: string): string[] {
  return ['buildx', 'rm', name];
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return true; // a commit build: assume current
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > major || (a === major && b >= minor);
}

/** Platforms from parsed inspect output, all nodes, de-duplicated in order. */
export function platformsOf(info: BuilderInfo): string[] {
  const seen = new Set<string>();
  for (const node of info.nodes)
    for (const p of (node.platforms ?? '').split(',').map((s) => s.trim())) if (p) seen.add(p);
  return [...seen];
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
  return Buildx.parseVersion(res.stdout.trim());
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
  const info = Builder.parseInspect(inspected.stdout);
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
  return Buildx.getErrorMessage(stderr);
}

/** What the summary shows about the daemon settings. */
export interface ConfigReport {
  /** The buildkitd.toml text. */
  toml: string;
  /** Where it was written, when the driver reads it. */
  file?: string;
  /** daemon.json keys giving dockerd's BuildKit the same settings (docker driver). */
  dockerd?: Record<string, unknown>;
  maxParallelism: number;
}

const quoteArg = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** The builder part of the job summary: the builder, its daemon config, emulation, commands. */
export function renderBuilderSummary(
  r: BuilderResult,
  config: ConfigReport,
  emulation: { platform: string; action: string; detail: string }[],
): string {
  const lines = [
    `### Builder \`${r.name}\``,
    '',
    '| name | driver | endpoint | status | BuildKit | platforms | created by this run |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const n of r.info.nodes) {
    lines.push(
      `| ${cell(n.name ?? r.name)} | ${r.driver} | \`${cell(n.endpoint ?? r.endpoint)}\` | ${cell(n.status ?? '')} | ${cell(n.buildkit ?? '')} | ${cell((n.platforms ?? '').replace(/,/g, ', '))} | ${r.created ? 'yes' : 'no'} |`,
    );
  }
  lines.push('', `buildx ${r.buildxVersion}.`, '', '#### BuildKit daemon settings', '');
  if (config.file) {
    lines.push(
      `Written to \`${config.file}\` and passed to \`docker buildx create\`:`,
      '',
      '```toml',
      config.toml.trimEnd(),
      '```',
    );
  } else if (r.driver === 'docker') {
    lines.push(
      "The `docker` driver builds with dockerd's embedded BuildKit, which reads no buildkitd.toml: its settings come from dockerd's `daemon.json`. " +
        'These daemon.json keys give it the same garbage collection, mirrors and insecure registries' +
        (config.maxParallelism > 0 ? ' (max-parallelism has no dockerd equivalent)' : '') +
        ':',
      '',
      '```json',
      JSON.stringify(config.dockerd ?? {}, null, 2),
      '```',
    );
  } else {
    lines.push(
      'A `remote` builder is a buildkitd started elsewhere, with its own config: nothing was written. Start it with this buildkitd.toml to apply the settings:',
      '',
      '```toml',
      config.toml.trimEnd(),
      '```',
    );
  }
  if (emulation.length > 0) {
    lines.push('', '#### QEMU emulation', '', '| platform | action |', '|---|---|');
    for (const e of emulation)
      lines.push(`| ${e.platform} | ${cell(e.action)}${e.detail ? `: ${cell(e.detail)}` : ''} |`);
  }
  lines.push(
    '',
    '<details><summary>Commands</summary>',
    '',
    '```sh',
    ...r.commands.map((c) => c.map(quoteArg).join(' ')),
    '```',
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
