/**
 * The Node.js runtimes the bundles run on. A runner starts every action with its own Node 24 (each
 * action.yml says `runs.using: node24`), so the other suites run the bundles on that Node:
 * scripts/test.sh installs the same build (scripts/runner-node.sh) and names it in BKA_ACTION_NODE.
 * Users also run the bundles from a terminal with the machine's node, down to Node 20: here each
 * action runs on both, and the two must agree.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { runAction, type ActionRun } from '../support/action.js';
import { appEntry } from '../support/build-entry.js';
import { TempRepo } from '../support/git-repo.js';

const RUNNER_NODE = process.env['BKA_ACTION_NODE'] ?? '';
const HOST_NODE = process.execPath;
const REGISTRY = process.env['BKA_REGISTRY'] ?? '127.0.0.1:5000';
const BUSYBOX = process.env['BKA_BASE_BUSYBOX'] ?? `${REGISTRY}/base/busybox:1.35`;
const ENGINE = {
  DOCKER_HOST: process.env['DOCKER_HOST'] ?? '',
  DOCKER_CONFIG: process.env['DOCKER_CONFIG'] ?? '',
};
if (!ENGINE.DOCKER_HOST || !ENGINE.DOCKER_CONFIG) {
  throw new Error('run with the engine: eval "$(bash scripts/engine.sh env)" (DOCKER_HOST, DOCKER_CONFIG)');
}

const version = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const major = (v: string) => Number(/^v?(\d+)/.exec(v)?.[1]);

function requireRunnerNode(): string {
  if (!RUNNER_NODE) {
    throw new Error(
      'BKA_ACTION_NODE is not set: run the tests with `npm test`, or export ' +
        'BKA_ACTION_NODE="$(bash scripts/runner-node.sh install)" before jest.',
    );
  }
  return RUNNER_NODE;
}

/** Both runtimes, the runner's first; each test runs its action on each. */
const runtimes = () => [
  { name: `runner ${version(requireRunnerNode())}`, node: RUNNER_NODE },
  { name: `host ${process.version}`, node: HOST_NODE },
];

function ok(run: ActionRun, what: string): ActionRun {
  if (run.code !== 0) throw new Error(`${what} failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

describe('the runtime', () => {
  it('the bundles are tested on the Node that every action.yml declares, and on a supported older one', () => {
    requireRunnerNode();
    const pinned = /^VERSION=(\S+)$/m.exec(readFileSync('scripts/runner-node.sh', 'utf8'))?.[1];
    expect(version(RUNNER_NODE)).toBe(`v${pinned}`);
    const actions = readdirSync('.').filter((d) => existsSync(join(d, 'action.yml')));
    expect(actions.length).toBeGreaterThanOrEqual(3);
    for (const a of actions) {
      const using = (load(readFileSync(join(a, 'action.yml'), 'utf8')) as { runs: { using: string } }).runs
        .using;
      expect(`${a}: ${using}`).toBe(`${a}: node${major(pinned!)}`);
    }
    // The host's node is one the package supports (`engines`), so the bundles run on it too.
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } })
      .engines.node;
    expect(major(process.version)).toBeGreaterThanOrEqual(major(engines.replace(/^>=\s*/, '')));
  });
});

describe('plan-matrix', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo(resolve('example/monorepo'));
  });
  afterAll(() => repo.remove());

  it('plans the same services, reasons and summary on both runtimes', async () => {
    const base = repo.head();
    const head = repo.commit({
      append: { 'packages/shared-utils/src/index.js': '\n// a change every service that copies it sees\n' },
    });
    const runs: ActionRun[] = [];
    for (const { name, node } of runtimes()) {
      const run = await runAction('plan-matrix', {
        workspace: repo.dir,
        inputs: { 'compose-files': 'compose.yaml\ninfrastructure/compose/*.yml', base, head },
        node,
      });
      runs.push(ok(run, `plan-matrix on ${name}`));
    }
    const [onRunner, onHost] = runs as [ActionRun, ActionRun];
    expect(Number(onRunner.outputs['count'])).toBeGreaterThan(1);
    expect(onHost.outputs).toEqual(onRunner.outputs);
    expect(onHost.summary).toBe(onRunner.summary);
  });
});

describe('build-service', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'bka-runtimes-'));
    cpSync(resolve('test/fixtures/build'), workspace, { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('builds and pushes by digest on both runtimes', async () => {
    const outputs: Record<string, string>[] = [];
    for (const { name, node } of runtimes()) {
      const image = `${REGISTRY}/itg/runtimes-${Math.random().toString(36).slice(2, 8)}`;
      const entry = appEntry({ image, 'cache-scope': 'runtimes' });
      const run = ok(
        await runAction('build-service', {
          workspace,
          inputs: { entry: JSON.stringify(entry), 'build-args': `BASE=${BUSYBOX}` },
          env: {
            ...ENGINE,
            GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
            GITHUB_REF: 'refs/heads/main',
          },
          node,
        }),
        `build-service on ${name}`,
      );
      const digest = run.outputs['digest']!;
      expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(run.outputs['image']).toBe(`${image}@${digest}`);
      // The registry serves the manifest at the digest the action reported.
      const res = await fetch(
        `http://${REGISTRY}/v2/${image.slice(REGISTRY.length + 1)}/manifests/${digest}`,
        {
          method: 'HEAD',
          headers: {
            Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
          },
        },
      );
      expect(res.status).toBe(200);
      outputs.push(run.outputs);
    }
    // The same outputs on both (their values differ with the image name and the build's timing).
    expect(Object.keys(outputs[1]!).sort()).toEqual(Object.keys(outputs[0]!).sort());
  });
});

describe('setup-builder', () => {
  let config: string;
  beforeAll(() => {
    // A DOCKER_CONFIG of its own, with the engine's CLI plugins.
    config = mkdtempSync(join(tmpdir(), 'bka-runtimes-config-'));
    symlinkSync(join(ENGINE.DOCKER_CONFIG, 'cli-plugins'), join(config, 'cli-plugins'));
  });
  afterAll(() => rmSync(config, { recursive: true, force: true }));

  it('selects the same builder and reports the same platforms on both runtimes', async () => {
    const runs: ActionRun[] = [];
    for (const { name, node } of runtimes()) {
      const run = await runAction('setup-builder', {
        inputs: { platforms: 'linux/amd64' },
        env: {
          DOCKER_HOST: ENGINE.DOCKER_HOST,
          DOCKER_CONFIG: config,
          GITHUB_RUN_ID: '4242',
          GITHUB_RUN_ATTEMPT: '1',
        },
        node,
      });
      runs.push(ok(run, `setup-builder on ${name}`));
    }
    const [onRunner, onHost] = runs as [ActionRun, ActionRun];
    expect(onRunner.outputs['driver']).toBe('docker');
    expect(onRunner.outputs['buildkit-version']).toMatch(/^v\d+\.\d+\.\d+/);
    expect(onHost.outputs).toEqual(onRunner.outputs);
  });
});
