import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadComposeProject } from '../../shared/compose/load.js';
import { normalizeProjectName } from '../../shared/compose/project-name.js';
import { isRemoteContext } from '../../shared/compose/relative-paths.js';
import { resolvePlainScalar } from '../../shared/compose/yaml-scalars.js';
import { keyLocation, parseComposeYaml } from '../../shared/compose/yaml-values.js';
import type { ComposeProject, ComposeService } from '../../shared/compose/types.js';
import { InputError } from '../../shared/runtime/errors.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/compose/', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);
const byName = (p: ComposeProject): Record<string, ComposeService> =>
  Object.fromEntries(p.services.map((s) => [s.name, s]));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A throw-away repository with the given files. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'compose-load-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
/** The InputError a load throws. */
async function loadError(
  root: string,
  files: string[],
  env: Record<string, string> = {},
): Promise<InputError> {
  const err = await loadComposeProject(files, { repoRoot: root, env }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('loadComposeProject: builds', () => {
  it('loads string and object builds with repository-relative paths', async () => {
    const p = await loadComposeProject(['compose.yaml'], { repoRoot: fixture('basic'), env: {} });
    expect(p).toMatchObject({ name: 'basic', files: ['compose.yaml'], sources: ['compose.yaml'] });
    expect(p.services.map((s) => s.name)).toEqual(['api', 'db', 'inline', 'remote', 'web', 'worker']);
    const s = byName(p);
    expect(s.api).toEqual({
      name: 'api',
      composeFile: 'compose.yaml',
      definedIn: 'compose.yaml',
      line: 3,
      image: 'example/api:latest',
      build: {
        context: 'services/api',
        dockerfile: 'services/api/Dockerfile',
        args: {},
        additionalContexts: {},
        platforms: [],
        tags: [],
      },
    });
    expect(s.web!.build).toEqual({
      context: 'services/web',
      dockerfile: 'services/web/docker/Dockerfile.web',
      target: 'runtime',
      args: { NODE_VERSION: '20', BUILD_MODE: 'production' },
      additionalContexts: {
        shared: { kind: 'local', path: 'libs/shared' },
        base: { kind: 'image', ref: 'alpine:3.20' },
        api: { kind: 'service', service: 'api' },
      },
      platforms: ['linux/amd64', 'linux/arm64'],
      tags: ['example/web:1', 'example/web:latest'],
    });
  });

  it('keeps services without build unbuilt, and every service whatever its profiles', async () => {
    const s = byName(await loadComposeProject(['compose.yaml'], { repoRoot: fixture('basic'), env: {} }));
    expect(s.db).toEqual({
      name: 'db',
      composeFile: 'compose.yaml',
      definedIn: 'compose.yaml',
      line: 36,
      image: 'postgres:16',
    });
    expect(s.worker).toMatchObject({ profiles: ['jobs'], line: 20 });
  });

  it('reads args listed without a value from the environment, and drops them when unset', async () => {
    const root = fixture('basic');
    const unset = byName(await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} }));
    expect(unset.worker!.build!.args).toEqual({ PYTHON_VERSION: '3.12', EMPTY: '' });
    const set = byName(
      await loadComposeProject(['compose.yaml'], { repoRoot: root, env: { UNSET_IN_ENV: 'now-set' } }),
    );
    expect(set.worker!.build!.args).toEqual({ PYTHON_VERSION: '3.12', EMPTY: '', UNSET_IN_ENV: 'now-set' });
  });

  it('keeps inline Dockerfiles and marks remote contexts', async () => {
    const s = byName(await loadComposeProject(['compose.yaml'], { repoRoot: fixture('basic'), env: {} }));
    expect(s.inline!.build).toMatchObject({
      context: 'services/api',
      dockerfileInline: 'FROM alpine:3.20\nRUN echo inline\n',
    });
    expect(s.inline!.build!.dockerfile).toBeUndefined();
    expect(s.remote!.build).toMatchObject({
      context: 'https://github.com/docker/buildx.git#master',
      remote: true,
      dockerfile: 'Dockerfile',
    });
  });

  it('resolves an absolute dockerfile and classifies additional contexts', async () => {
    const root = repo({ 'app/Dockerfile': '', 'other/D': '', 'lib/.keep': '' });
    writeFileSync(
      join(root, 'compose.yaml'),
      `services:\n  app:\n    build:\n      context: app\n      dockerfile: ${join(root, 'other/D')}\n      additional_contexts:\n        - lib=./lib\n        - git=https://github.com/x/y.git\n        - ssh=git@github.com:x/y.git\n        - oci=oci-layout://./store\n`,
    );
    const [app] = (await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} })).services;
    expect(app!.build).toMatchObject({
      context: 'app',
      dockerfile: 'other/D',
      additionalContexts: {
        lib: { kind: 'local', path: 'lib' },
        git: { kind: 'remote', ref: 'https://github.com/x/y.git' },
        ssh: { kind: 'remote', ref: 'git@github.com:x/y.git' },
        oci: { kind: 'remote', ref: 'oci-layout://./store' },
      },
    });
  });
});

describe('loadComposeProject: override files', () => {
  it('merges overrides; paths in an override are relative to the project directory', async () => {
    const root = fixture('overrides');
    const p = await loadComposeProject(
      ['compose.yaml', 'compose.override.yaml', 'deploy/compose.prod.yaml'],
      {
        repoRoot: root,
        env: { A: 'from-env' },
      },
    );
    expect(p.sources).toEqual(['compose.yaml', 'compose.override.yaml', 'deploy/compose.prod.yaml']);
    const s = byName(p);
    expect(s.app!.build).toMatchObject({
      context: 'app',
      dockerfile: 'app/Dockerfile.prod',
      target: 'dev',
      args: { A: 'from-env', B: '3', C: '4' },
      tags: ['app:1', 'app:2'],
    });
    // !override replaced the build: the context now comes from the override file.
    expect(s.other).toMatchObject({
      definedIn: 'deploy/compose.prod.yaml',
      line: 7,
      build: { context: 'app2' },
    });
    // !reset removed the target, !override replaced the args.
    expect(s['reset-me']!.build).toMatchObject({ context: 'app', args: { ONLY: 'x' } });
    expect(s['reset-me']!.build!.target).toBeUndefined();
  });

  it('merges several documents of one file in order', async () => {
    const s = byName(
      await loadComposeProject(['compose.yaml'], { repoRoot: fixture('yaml-features'), env: {} }),
    );
    expect(s.three!.build).toMatchObject({
      target: 'from-second-document',
      args: { 'SPACED ': ' not trimmed', QUOTE: "'kept'" },
    });
  });
});

describe('loadComposeProject: extends', () => {
  it('resolves extends in the file and in other files, paths against the extended file', async () => {
    const p = await loadComposeProject(['compose.yaml'], { repoRoot: fixture('extends'), env: {} });
    expect(p.sources).toEqual(['compose.yaml', 'lib/common.yaml', 'lib/deep/more.yaml']);
    const s = byName(p);
    expect(s.grandchild!.build).toMatchObject({
      context: 'svc',
      target: 'prod',
      args: { A: 'overridden', B: '2' },
    });
    expect(s['from-lib']).toMatchObject({
      definedIn: 'lib/common.yaml',
      line: 3,
      build: {
        context: 'lib/ctx',
        args: { FROM_LIB: 'lib-default' },
        additionalContexts: { assets: { kind: 'local', path: 'lib/ctx' } },
      },
    });
    expect(s.chained).toMatchObject({
      definedIn: 'lib/deep/more.yaml',
      build: { context: 'lib/deep/ctx', dockerfile: 'lib/deep/ctx/Dockerfile.alt' },
    });
    // The extending service's own context wins, and then it is where the build is defined.
    expect(s['local-context']).toMatchObject({
      definedIn: 'compose.yaml',
      line: 26,
      build: { context: 'svc' },
    });
  });

  it('interpolates extended files with the project variables', async () => {
    const p = await loadComposeProject(['compose.yaml', 'tools/compose.tools.yaml'], {
      repoRoot: fixture('extends'),
      env: { LIB_VALUE: 'from-env' },
    });
    expect(byName(p).tool).toMatchObject({
      image: 'tool',
      build: { context: 'lib/ctx', args: { FROM_LIB: 'from-env' } },
    });
  });

  it('sees only the services of the extending file, as Compose does', async () => {
    const root = repo({
      'a/Dockerfile': '',
      'compose.yaml': 'services:\n  base:\n    build: a\n',
      'o.yaml': 'services:\n  x:\n    extends: base\n',
    });
    const err = await loadError(root, ['compose.yaml', 'o.yaml']);
    expect(err.message).toMatch(
      /^o\.yaml:3:5: service "x" cannot extend service "base": o\.yaml has no such service/,
    );
  });

  it('rejects a cycle across files, at the first extends', async () => {
    const err = await loadError(fixture('err-extends-cycle'), ['compose.yaml']);
    expect(err.details.location).toEqual({ file: 'compose.yaml', line: 3, column: 5 });
    expect(err.message).toContain(
      'circular extends: a (compose.yaml) → b (compose.yaml) → c (other.yaml) → a (compose.yaml)',
    );
  });
});

describe('loadComposeProject: include', () => {
  it('imports included projects with their own directories and env files', async () => {
    const p = await loadComposeProject(['compose.yaml'], { repoRoot: fixture('include'), env: {} });
    expect(p.name).toBe('include-demo');
    expect(p.sources).toEqual([
      '.env',
      'compose.yaml',
      'backend/.env',
      'backend/compose.yaml',
      'platform/nested.yaml',
      'frontend/custom.env',
      'frontend/compose.yaml',
      'frontend/compose.override.yaml',
      'platform/services.yaml',
    ]);
    const s = byName(p);
    expect(Object.keys(s)).toEqual(['api', 'gateway', 'metrics', 'nested', 'web', 'worker']);
    // The including project's variables (.env included) win over the included project's .env.
    expect(s.api).toMatchObject({
      definedIn: 'backend/compose.yaml',
      line: 4,
      build: {
        context: 'backend/api',
        args: { API_VERSION: 'from-backend-dotenv', OVERRIDDEN: 'from-root-dotenv' },
      },
    });
    expect(s.web!.build).toMatchObject({
      context: 'frontend/web',
      dockerfile: 'frontend/web/Dockerfile.dev',
      args: { THEME: 'dark' },
    });
    expect(s.metrics).toMatchObject({
      definedIn: 'platform/services.yaml',
      build: { context: 'shared/ctx' },
    });
    expect(s.nested!.build!.context).toBe('platform');
    expect(s.gateway!.build!.context).toBe('.');
  });

  it('lets the process environment win over every .env', async () => {
    const s = byName(
      await loadComposeProject(['compose.yaml'], {
        repoRoot: fixture('include'),
        env: { THEME: 'env', API_VERSION: 'env' },
      }),
    );
    expect(s.web!.build!.args).toEqual({ THEME: 'env' });
    expect(s.api!.build!.args.API_VERSION).toBe('env');
  });

  it('rejects an included service whose name a different local service has', async () => {
    const err = await loadError(fixture('err-include-conflict'), ['compose.yaml']);
    expect(err.details.location).toMatchObject({ file: 'compose.yaml', line: 2 });
    expect(err.message).toContain(
      'service "app" from lib/compose.yaml conflicts with the service "app" at compose.yaml:4',
    );
  });

  it('accepts the same file included twice (identical definitions)', async () => {
    const root = repo({
      'lib/a/Dockerfile': '',
      'lib/compose.yaml': 'services:\n  a:\n    build: a\n',
      'compose.yaml': 'include:\n  - lib/compose.yaml\n  - path: lib/compose.yaml\n',
    });
    expect(
      (await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} })).services.map((s) => s.name),
    ).toEqual(['a']);
  });

  it('rejects include cycles and remote includes', async () => {
    const err = await loadError(fixture('err-include-cycle'), ['compose.yaml']);
    expect(err.message).toMatch(
      /^second\.yaml:2:5: include cycle: compose\.yaml → second\.yaml → compose\.yaml/,
    );
    const remote = repo({ 'compose.yaml': 'include:\n  - oci://registry/compose:1\n' });
    expect((await loadError(remote, ['compose.yaml'])).message).toMatch(
      /compose\.yaml:2:5: remote include oci:\/\/registry\/compose:1 is not supported/,
    );
  });

  it('names the include entry when an included file is missing', async () => {
    const root = repo({
      'compose.yaml': 'services:\n  a: {image: a}\ninclude:\n  - path: nope/compose.yaml\n',
    });
    const err = await loadError(root, ['compose.yaml']);
    expect(err.message).toMatch(/^compose\.yaml:4:5: nope\/compose\.yaml does not exist/);
  });
});

describe('loadComposeProject: interpolation', () => {
  it('interpolates from the environment (wins) and the project .env', async () => {
    const p = await loadComposeProject(['compose.yaml'], {
      repoRoot: fixture('interpolation'),
      env: { FROM_PROCESS: 'process-wins', USER_NAME: 'ci', EMPTY_VAR: '' },
    });
    expect(p.sources).toEqual(['.env', 'compose.yaml']);
    const s = byName(p);
    expect(s.api!.build).toMatchObject({
      context: 'apps/api',
      dockerfile: 'apps/api/Dockerfile',
      args: {
        GREETING: 'hello ci\tand tab',
        FROM_PROCESS: 'process-wins',
        COMBINED: 'apps/api',
        HASH: 'abc#def',
        NESTED: 'dotenv',
        ALT_SET: 'is-set',
        ALT_UNSET: '',
        DASH_EMPTY: '',
        COLON_EMPTY: 'colon-default',
        ESCAPED: '$HOME and ${NOT_A_VAR}',
        REQUIRED: 'dotenv',
        LITERAL_DOLLAR: 'cost $5',
      },
    });
    expect(s.web!.build).toMatchObject({
      target: 'prod-$NOT_INTERPOLATED',
      args: { FROM_PROCESS: 'process-wins', DOTENV_ONLY: 'dotenv', LIST: 'api' },
    });
  });

  it('warns about unset variables as Compose does', async () => {
    const root = repo({
      'a/Dockerfile': '',
      'compose.yaml':
        'services:\n  a:\n    build:\n      context: a\n      args: {X: "$NOPE", Y: "${NADA}", Z: "${NOPE}"}\n',
    });
    const p = await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} });
    expect(p.warnings?.map((w) => w.message)).toEqual([
      'The "NADA" variable is not set. Defaulting to a blank string.',
      'The "NOPE" variable is not set. Defaulting to a blank string.',
    ]);
  });

  it('names the file, line, variable and message of a missing required variable', async () => {
    const err = await loadError(fixture('err-required-var'), ['compose.yaml']);
    expect(err.details.location).toEqual({ file: 'compose.yaml', line: 6, column: 16 });
    expect(err.message).toContain(
      'required variable REGISTRY_TOKEN is missing a value: set REGISTRY_TOKEN for the build',
    );
    expect(err.message).toContain('services.app.build.args.TOKEN');
  });

  it('names the line of a malformed .env', async () => {
    const root = repo({ '.env': 'OK=1\nBAD KEY=2\n', 'compose.yaml': 'services:\n  a: {image: a}\n' });
    expect((await loadError(root, ['compose.yaml'])).message).toMatch(/^\.env:2: key cannot contain a space/);
  });
});

describe('loadComposeProject: project name', () => {
  it('normalises the directory name, or uses the interpolated name:', async () => {
    const root = fixture('project-name');
    expect((await loadComposeProject(['Web.App_1/compose.yaml'], { repoRoot: root, env: {} })).name).toBe(
      'webapp_1',
    );
    expect((await loadComposeProject(['named/compose.yaml'], { repoRoot: root, env: {} })).name).toBe(
      'defaulttitle',
    );
    const named = await loadComposeProject(['named/compose.yaml'], {
      repoRoot: root,
      env: { PROJECT_TITLE: 'My Named.Project' },
    });
    expect(named.name).toBe('mynamedproject');
  });

  it('takes COMPOSE_PROJECT_NAME from the environment or .env first, and checks it', async () => {
    const root = repo({ 'compose.yaml': 'name: from-file\nservices:\n  a: {image: a}\n' });
    expect(
      (
        await loadComposeProject(['compose.yaml'], {
          repoRoot: root,
          env: { COMPOSE_PROJECT_NAME: 'env-name' },
        })
      ).name,
    ).toBe('env-name');
    const err = await loadError(root, ['compose.yaml'], { COMPOSE_PROJECT_NAME: 'Bad.Name' });
    expect(err.message).toMatch(/invalid project name "Bad\.Name"/);
    const dotenv = repo({
      '.env': 'COMPOSE_PROJECT_NAME=dotenv-name\n',
      'compose.yaml': 'services:\n  a: {image: a}\n',
    });
    expect((await loadComposeProject(['compose.yaml'], { repoRoot: dotenv, env: {} })).name).toBe(
      'dotenv-name',
    );
  });

  it('rejects a name: that normalises to nothing', async () => {
    const root = repo({ 'compose.yaml': 'name: "..."\nservices:\n  a: {image: a}\n' });
    expect((await loadError(root, ['compose.yaml'])).message).toMatch(
      /^compose\.yaml:1:1: the Compose project name "\.\.\." is empty/,
    );
  });

  it('normalises as Compose does', () => {
    expect(normalizeProjectName('My.Proj_x-1')).toBe('myproj_x-1');
    expect(normalizeProjectName('_-x Y')).toBe('xy');
  });
});

describe('loadComposeProject: errors', () => {
  it('names the file and line of malformed YAML', async () => {
    const err = await loadError(fixture('err-yaml'), ['compose.yaml']);
    expect(err.details.location).toMatchObject({ file: 'compose.yaml', line: 4 });
    expect(err.message).toMatch(/invalid YAML/);
    const dup = repo({ 'compose.yaml': 'services:\n  a:\n    image: x\n    image: y\n' });
    expect((await loadError(dup, ['compose.yaml'])).message).toMatch(
      /^compose\.yaml:4:5: invalid YAML: Map keys must be unique/,
    );
  });

  it('rejects a Compose file that does not exist', async () => {
    const err = await loadError(fixture('err-missing-file'), ['compose.yaml', 'compose.missing.yaml']);
    expect(err.details.location).toEqual({ file: 'compose.missing.yaml' });
    expect(err.message).toMatch(/compose\.missing\.yaml does not exist.*Fix:/);
  });

  it('rejects a build context outside the repository, naming service, file, line and fix', async () => {
    const err = await loadError(fixture('err-context-outside'), ['compose.yaml']);
    expect(err.details.location).toEqual({ file: 'compose.yaml', line: 6, column: 7 });
    expect(err.message).toMatch(
      /service "escapes": build context .*basic\/services\/api is outside the repository/,
    );
    expect(err.details.fix).toMatch(/inside the repository/);
  });

  it('rejects a missing Dockerfile, naming the service and the expected path', async () => {
    const err = await loadError(fixture('err-missing-dockerfile'), ['compose.yaml']);
    expect(err.details.location).toEqual({ file: 'compose.yaml', line: 2, column: 3 });
    expect(err.message).toContain('service "app": Dockerfile app/Dockerfile.missing not found');
    expect(err.details.fix).toContain('create app/Dockerfile.missing');
  });

  it('rejects a missing context directory and additional contexts outside the repository', async () => {
    const missing = repo({ 'compose.yaml': 'services:\n  a:\n    build: ./nowhere\n' });
    expect((await loadError(missing, ['compose.yaml'])).message).toMatch(
      /compose\.yaml:3:5: service "a": build context nowhere does not exist/,
    );
    const outside = repo({
      'a/Dockerfile': '',
      'compose.yaml':
        'services:\n  a:\n    build:\n      context: a\n      additional_contexts: {up: ../..}\n',
    });
    expect((await loadError(outside, ['compose.yaml'])).message).toMatch(
      /additional context "up" .* is outside the repository/,
    );
  });

  it('rejects what Compose rejects while loading', async () => {
    const cases: Array<[string, RegExp]> = [
      ['', /compose\.yaml is empty/],
      ['- a\n- b\n', /compose\.yaml:1: compose\.yaml is not a Compose file: its top level must be a mapping/],
      ['services:\n  a: {image: a}\nservice: {}\n', /compose\.yaml:3:1: .*top-level key "service"/],
      [
        'services:\n  a:\n    environment: [A=1]\n',
        /compose\.yaml:2:3: service "a" has neither an image nor a build context/,
      ],
      ['services:\n  a:\n', /compose\.yaml:2:3: .*services\.a must be a mapping, not empty/],
      ['services:\n  "a b": {image: x}\n', /invalid service name "a b"/],
      [
        'services:\n  a:\n    build: {context: ., dockerfile: D, dockerfile_inline: "FROM x"}\n',
        /sets both build\.dockerfile and build\.dockerfile_inline/,
      ],
      ['services:\n  a: {extends: {file: ../../x.yaml, service: b}}\n', /x\.yaml is outside the repository/],
      ['x: &a [*a]\nservices: {}\n', /invalid YAML|alias/],
    ];
    for (const [text, message] of cases) {
      const root = repo({ 'compose.yaml': text });
      expect((await loadError(root, ['compose.yaml'])).message).toMatch(message);
    }
  });

  it('removes a build with !reset in the same file', async () => {
    const root = repo({ 'compose.yaml': 'services:\n  a:\n    build: !reset\n    image: x\n' });
    expect(
      (await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} })).services[0]!.build,
    ).toBeUndefined();
  });
});

describe('YAML scalars as Compose types them', () => {
  it('loads the yaml-features fixture as Compose prints it', async () => {
    const s = byName(
      await loadComposeProject(['compose.yaml'], { repoRoot: fixture('yaml-features'), env: {} }),
    );
    const expected = {
      OCTAL: '511',
      FLOAT: '1.5',
      BIG_FLOAT: '1.234567e+06',
      SMALL: '1e-05',
      BOOL: 'true',
      TITLE_BOOL: 'false',
      YES_STAYS: 'yes',
      HEX: '31',
      UNDERSCORE: '1000',
      DATE: '2024-01-31 00:00:00 +0000 UTC',
      TIMESTAMP: '2024-01-02 03:04:05.12 +0200 +0200',
      QUOTED: '0777',
    };
    expect(s.one!.build!.args).toEqual(expected);
    expect(s.two!.build).toMatchObject({
      context: 'app',
      target: 'two',
      args: { ...expected, OCTAL: 'overridden' },
    });
  });

  it('resolves plain scalars like yaml.v3', () => {
    const table: Array<[string, unknown]> = [
      ['', null],
      ['~', null],
      ['NULL', null],
      ['True', true],
      ['off', 'off'],
      ['0777', 511],
      ['089', '89'],
      ['0o17', 15],
      ['0b101', 5],
      ['-0x1F', -31],
      ['+12', 12],
      ['12345678901234567890', '12345678901234567890'],
      ['123456789012345678901', '1.2345678901234568e+20'],
      ['1.0', '1'],
      ['1e3', '1000'],
      ['123456789.0', '1.23456789e+08'],
      ['0.0001', '0.0001'],
      ['-0.0', '-0'],
      ['.5', '0.5'],
      ['.inf', '+Inf'],
      ['2024-02-30', '2024-02-30'],
      ['2024-1-2 3:4:5', '2024-01-02 03:04:05 +0000 UTC'],
      ['2024-01-02T03:04:05.120Z', '2024-01-02 03:04:05.12 +0000 UTC'],
      ['2024-01-02t03:04:05-05:30', '2024-01-02 03:04:05 -0530 -0530'],
      ['2024-01-02T03:04:05', '2024-01-02T03:04:05'],
      ['1.2.3', '1.2.3'],
      ['v1', 'v1'],
    ];
    for (const [input, output] of table) expect([input, resolvePlainScalar(input)]).toEqual([input, output]);
  });

  it('expands merge keys, explicit keys winning, and records key lines', () => {
    const [doc] = parseComposeYaml(
      'a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nc:\n  <<: [*a, *b]\n  x: 0\n',
      'f.yaml',
    );
    expect(doc!.c).toEqual({ x: 0, y: 2, z: 4 });
    expect(keyLocation(doc!.c, 'x')).toEqual({ file: 'f.yaml', line: 5, column: 3 });
    expect(keyLocation(doc!.c, 'z')).toMatchObject({ line: 2 });
  });

  it('recognises remote contexts as Compose does', () => {
    for (const v of [
      'https://x/y.git',
      'http://x',
      'git://x',
      'ssh://x',
      's3://b',
      'git@github.com:a/b',
      'github.com/a/b',
    ]) {
      expect([v, isRemoteContext(v)]).toEqual([v, true]);
    }
    for (const v of ['.', './a', '/abs', 'service:a', 'a:b'])
      expect([v, isRemoteContext(v)]).toEqual([v, false]);
  });
});
