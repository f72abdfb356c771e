// Inputs to `docker buildx build` argument arrays: command lines, cache scopes, tags, labels, parsers.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand, FLAGS_WITH_VALUE, type BuildRequest } from '../../shared/buildx/build-args.js';
import { displayCommand } from '../../shared/runtime/command-line.js';
import { cacheScopes, parseBackends, planCache, sharedCacheRepository } from '../../shared/build/cache.js';
import {
  parseContexts,
  parseKeyValues,
  parseMergeSources,
  parseSecrets,
} from '../../shared/build/input-lists.js';
import { isRepository, parseReference, slug } from '../../shared/oci/reference.js';
import {
  conventionalTags,
  gitContextFromEnv,
  ociLabels,
  resolveTags,
  type GitContext,
} from '../../shared/build/tags.js';
import { InputError } from '../../shared/runtime/errors.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

const base: BuildRequest = {
  context: 'services/api',
  dockerfile: 'services/api/Dockerfile',
  platforms: [],
  buildArgs: [],
  secrets: [],
  contexts: [],
  labels: {},
  cacheFrom: [],
  cacheTo: [],
  output: { kind: 'push-tags', tags: ['ghcr.io/acme/api:main'] },
  metadataFile: '/tmp/m.json',
};

describe('buildCommand', () => {
  it.each<[string, Partial<BuildRequest>, string[]]>([
    [
      'the minimum: rawjson progress, metadata file, Dockerfile, tags, push, context last',
      {},
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/tmp/m.json',
        '--file',
        'services/api/Dockerfile',
        '--tag',
        'ghcr.io/acme/api:main',
        '--output',
        'type=image,push=true',
        'services/api',
      ],
    ],
    [
      'target, platforms, builder',
      { target: 'prod', platforms: ['linux/amd64', 'linux/arm64'], builder: 'ci' },
      [
        'buildx',
        'build',
        '--builder',
        'ci',
        '--progress=rawjson',
        '--metadata-file',
        '/tmp/m.json',
        '--file',
        'services/api/Dockerfile',
        '--target',
        'prod',
        '--platform',
        'linux/amd64,linux/arm64',
        '--tag',
        'ghcr.io/acme/api:main',
        '--output',
        'type=image,push=true',
        'services/api',
      ],
    ],
    [
      'build args with spaces and $ stay one argument each; secrets go by env name only',
      {
        buildArgs: [
          ['GREETING', 'hello $USER; rm -rf /'],
          ['EMPTY', ''],
        ],
        secrets: [{ id: 'npm', env: 'BKA_SECRET_0_NPM' }],
      },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/tmp/m.json',
        '--file',
        'services/api/Dockerfile',
        '--build-arg',
        'GREETING=hello $USER; rm -rf /',
        '--build-arg',
        'EMPTY=',
        '--secret',
        'id=npm,env=BKA_SECRET_0_NPM',
        '--tag',
        'ghcr.io/acme/api:main',
        '--output',
        'type=image,push=true',
        'services/api',
      ],
    ],
    [
      'named contexts, labels, caches, provenance',
      {
        contexts: [['base', `docker-image://127.0.0.1:5000/base@${D1}`]],
        labels: { 'org.opencontainers.image.revision': 'abc' },
        cacheFrom: ['type=registry,ref=r:a'],
        cacheTo: ['type=registry,ref=r:a,mode=max,ignore-error=true'],
        provenance: 'false',
      },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/tmp/m.json',
        '--file',
        'services/api/Dockerfile',
        '--build-context',
        `base=docker-image://127.0.0.1:5000/base@${D1}`,
        '--label',
        'org.opencontainers.image.revision=abc',
        '--cache-from',
        'type=registry,ref=r:a',
        '--cache-to',
        'type=registry,ref=r:a,mode=max,ignore-error=true',
        '--provenance=false',
        '--tag',
        'ghcr.io/acme/api:main',
        '--output',
        'type=image,push=true',
        'services/api',
      ],
    ],
  ])('%s', (_, req, expected) => {
    expect(buildCommand({ ...base, ...req })).toEqual(expected);
  });

  it('lists every flag it gives a separate value in FLAGS_WITH_VALUE (provenance reads commands back with it)', () => {
    const args = buildCommand({
      ...base,
      builder: 'b0',
      target: 'prod',
      platforms: ['linux/amd64'],
      buildArgs: [['A', '1']],
      secrets: [{ id: 's', env: 'S' }],
      contexts: [['c', 'docker-image://x']],
      labels: { l: 'v' },
      annotations: ['index:a=b'],
      cacheFrom: ['type=gha'],
      cacheTo: ['type=gha'],
      provenance: 'false',
    });
    const separate = args.filter((a, i) => /^-/.test(a) && !a.includes('=') && i + 1 < args.length);
    expect(separate.length).toBeGreaterThan(10);
    expect(separate.filter((f) => !FLAGS_WITH_VALUE.has(f))).toEqual([]);
  });

  it.each<[BuildRequest['output'], string[]]>([
    [
      { kind: 'push-digest', image: 'ghcr.io/acme/api' },
      ['--output', 'type=image,name=ghcr.io/acme/api,push-by-digest=true,name-canonical=true,push=true'],
    ],
    [
      { kind: 'push-digest', image: '127.0.0.1:5001/x', insecure: true },
      [
        '--output',
        'type=image,name=127.0.0.1:5001/x,push-by-digest=true,name-canonical=true,push=true,registry.insecure=true',
      ],
    ],
    [
      { kind: 'push-tags', tags: ['a/b:1', 'a/b:2'], insecure: true },
      ['--tag', 'a/b:1', '--tag', 'a/b:2', '--output', 'type=image,push=true,registry.insecure=true'],
    ],
    [{ kind: 'local', tags: ['a/b:1'] }, ['--tag', 'a/b:1', '--output', 'type=image,push=false']],
  ])('output %j', (output, tail) => {
    const args = buildCommand({ ...base, output });
    expect(args.slice(-tail.length - 1, -1)).toEqual(tail);
  });

  it('quotes for display only', () => {
    expect(displayCommand('docker', ['build', '--build-arg', "A=it's $x", 'ctx'])).toBe(
      "docker build --build-arg 'A=it'\\''s $x' ctx",
    );
  });
});

describe('cache scopes', () => {
  it('reads service, shared, default branch; writes the service scope on a branch', () => {
    const scopes = cacheScopes({
      service: 'api-users',
      stack: 'node',
      branch: 'feature/login',
      defaultBranch: 'main',
    });
    expect(scopes).toEqual({
      service: 'api-users-feature-login',
      shared: 'node-main',
      defaultBranch: 'api-users-main',
      writeShared: false,
    });
    const plan = planCache({
      backends: ['registry'],
      scopes,
      stack: 'node',
      cacheRef: 'ghcr.io/acme/api-users-cache',
    });
    expect(plan.from).toEqual([
      'type=registry,ref=ghcr.io/acme/api-users-cache:api-users-feature-login',
      'type=registry,ref=ghcr.io/acme/node-cache:node-main',
      'type=registry,ref=ghcr.io/acme/api-users-cache:api-users-main',
    ]);
    expect(plan.to).toEqual([
      'type=registry,ref=ghcr.io/acme/api-users-cache:api-users-feature-login,mode=max,ignore-error=true',
    ]);
  });

  it('on the default branch writes the shared scope too, and reads no separate default-branch scope', () => {
    const scopes = cacheScopes({
      service: 'api',
      stack: 'node',
      variant: 'dev',
      branch: 'main',
      defaultBranch: 'main',
    });
    expect(scopes).toEqual({ service: 'api-dev-main', shared: 'node-dev-main', writeShared: true });
    const plan = planCache({ backends: ['gha'], scopes, stack: 'node' });
    expect(plan.from).toEqual(['type=gha,scope=api-dev-main', 'type=gha,scope=node-dev-main']);
    expect(plan.to).toEqual([
      'type=gha,scope=api-dev-main,mode=max,ignore-error=true',
      'type=gha,scope=node-dev-main,mode=max,ignore-error=true',
    ]);
  });

  it('has no shared scope when the stack is the service itself, and slugs odd keys', () => {
    const s = cacheScopes({
      service: 'worker@infrastructure-compose-ai',
      stack: 'worker@infrastructure-compose-ai',
      branch: '',
      defaultBranch: 'main',
    });
    expect(s).toEqual({ service: 'worker-infrastructure-compose-ai-main', writeShared: false });
    const long = cacheScopes({ service: 'x'.repeat(300), branch: 'b'.repeat(300), defaultBranch: 'main' });
    expect(long.service.length).toBeLessThanOrEqual(120);
  });

  it('local: reads only directories that hold a cache, writes <scope>-new and rotates it in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    mkdirSync(join(dir, 'api-main'));
    const scopes = cacheScopes({ service: 'api', branch: 'pr', defaultBranch: 'main' });
    const plan = planCache({ backends: ['local'], scopes, localDir: dir }, (d) => d.endsWith('api-main'));
    expect(plan.from).toEqual([`type=local,src=${join(dir, 'api-main')}`]);
    expect(plan.to).toEqual([`type=local,dest=${join(dir, 'api-pr-new')},mode=max,ignore-error=true`]);
    expect(plan.rotate).toEqual([{ from: join(dir, 'api-pr-new'), to: join(dir, 'api-pr') }]);
    expect(plan.describe.join('\n')).toContain('holds no cache yet');
  });

  it('combines backends in order and validates them', () => {
    expect(parseBackends(['registry', 'GHA', 'none', 'registry'])).toEqual(['registry', 'gha']);
    expect(() => parseBackends(['s3'])).toThrow(/input 'cache': 's3' is not a cache backend/);
    expect(() =>
      planCache({
        backends: ['registry'],
        scopes: cacheScopes({ service: 'a', branch: 'main', defaultBranch: 'main' }),
        cacheRef: 'Bad Ref',
      }),
    ).toThrow(InputError);
    expect(sharedCacheRepository('reg:5000/acme/api-cache', 'Node')).toBe('reg:5000/acme/node-cache');
    expect(sharedCacheRepository('api-cache', 'py')).toBe('py-cache');
  });
});

const ctx = (over: Partial<GitContext>): GitContext => ({
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  branch: 'main',
  repository: 'acme/monorepo',
  serverUrl: 'https://github.com',
  defaultBranch: 'main',
  ...over,
});

describe('conventional tags', () => {
  it.each<[string, Partial<GitContext>, string | undefined, string[]]>([
    ['a branch push', {}, undefined, ['sha-0123456', 'main']],
    [
      'a branch with slashes',
      { ref: 'refs/heads/feat/Login_v2', branch: 'feat/Login_v2' },
      undefined,
      ['sha-0123456', 'feat-Login_v2'],
    ],
    [
      'a pull request',
      { eventName: 'pull_request', ref: 'refs/pull/42/merge', branch: 'feat', prNumber: 42 },
      undefined,
      ['sha-0123456', 'pr-42'],
    ],
    [
      'a release tag',
      { ref: 'refs/tags/v1.2.3', branch: '' },
      undefined,
      ['sha-0123456', '1.2.3', '1.2', '1', 'latest'],
    ],
    [
      'a 0.x release (no major tag)',
      { ref: 'refs/tags/v0.4.1', branch: '' },
      undefined,
      ['sha-0123456', '0.4.1', '0.4', 'latest'],
    ],
    ['a prerelease', { ref: 'refs/tags/v2.0.0-rc.1', branch: '' }, undefined, ['sha-0123456', '2.0.0-rc.1']],
    ['a non-semver tag', { ref: 'refs/tags/nightly', branch: '' }, undefined, ['sha-0123456', 'nightly']],
    ['the dev variant', {}, 'dev', ['sha-0123456-dev', 'main-dev']],
  ])('%s', (_, over, variant, expected) => {
    expect(conventionalTags(ctx(over), variant)).toEqual(expected);
  });

  it('joins bare tags to the image, keeps full references, suffixes per platform', () => {
    expect(resolveTags('ghcr.io/acme/api', ['v1', 'ghcr.io/acme/mirror:x'], ['main'])).toEqual([
      'ghcr.io/acme/api:v1',
      'ghcr.io/acme/mirror:x',
      'ghcr.io/acme/api:main',
    ]);
    expect(resolveTags('r/a', ['v1'], ['main'], 'linux/arm64')).toEqual([
      'r/a:v1-linux-arm64',
      'r/a:main-linux-arm64',
    ]);
  });

  it.each([['bad tag!'], ['-x'], ['r/a@' + D1], ['name:tag']])('rejects %s', (tag) => {
    expect(() => resolveTags('r/a', [tag], [])).toThrow(InputError);
  });

  it('reads the runner environment and a pull request payload', () => {
    const g = gitContextFromEnv(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_HEAD_REF: 'fix',
        GITHUB_REPOSITORY: 'acme/x',
      },
      {
        pull_request: { number: 7, head: { sha: 'a'.repeat(40), ref: 'fix' } },
        repository: { default_branch: 'trunk', license: { spdx_id: 'MIT' } },
      },
    );
    expect(g).toMatchObject({
      sha: 'a'.repeat(40),
      branch: 'fix',
      prNumber: 7,
      defaultBranch: 'trunk',
      license: 'MIT',
    });
  });
});

describe('OCI labels', () => {
  it('fills source, revision, version and created from the repository and commit', () => {
    expect(
      ociLabels(ctx({ ref: 'refs/tags/v1.2.3', description: 'Shop' }), {
        title: 'api',
        created: '2024-01-01T00:00:00.000Z',
      }),
    ).toEqual({
      'org.opencontainers.image.title': 'api',
      'org.opencontainers.image.source': 'https://github.com/acme/monorepo',
      'org.opencontainers.image.url': 'https://github.com/acme/monorepo',
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.created': '2024-01-01T00:00:00.000Z',
      'org.opencontainers.image.description': 'Shop',
    });
  });
});

describe('parsers', () => {
  it('KEY=VALUE keeps = and empty values', () => {
    expect(parseKeyValues(['A=b=c', 'E='], 'build-args')).toEqual([
      ['A', 'b=c'],
      ['E', ''],
    ]);
    expect(() => parseKeyValues(['=x'], 'build-args')).toThrow(/input 'build-args'/);
  });

  it('secrets: masked first, passed by variable, never echoed in an error', () => {
    const masked: string[] = [];
    const s = parseSecrets(
      { secrets: 'npm=tok-123\npip.conf=a=b\n', secretEnvs: ['key=MY_KEY'] },
      { MY_KEY: 'line1\nline2' },
      tmpdir(),
      (v) => masked.push(v),
    );
    expect(masked).toEqual(['tok-123', 'a=b', 'line1\nline2', 'line1', 'line2']);
    expect(s.secrets).toEqual([
      { id: 'npm', env: 'BKA_SECRET_0_NPM' },
      { id: 'pip.conf', env: 'BKA_SECRET_1_PIP_CONF' },
      { id: 'key', env: 'MY_KEY' },
    ]);
    expect(s.env).toEqual({ BKA_SECRET_0_NPM: 'tok-123', BKA_SECRET_1_PIP_CONF: 'a=b' });

    const errorOf = (secrets: string, secretEnvs: string[] = [], env: NodeJS.ProcessEnv = {}) => {
      try {
        parseSecrets({ secrets, secretEnvs }, env, tmpdir(), () => undefined);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(errorOf('npm=')).toMatch(/the secret 'npm' has no value/);
    const noId = errorOf('=hunter2');
    expect(noId).toMatch(/line 1 is not id=value/);
    expect(noId).not.toContain('hunter2');
    expect(errorOf('a=1\na=2')).toMatch(/given twice/);
    const unset = errorOf('', ['npm=ghp_notAVariableButTheToken']);
    expect(unset).toMatch(/input 'secret-envs': line 1: the secret 'npm' reads a variable that is not set/);
    expect(unset).not.toContain('ghp_notAVariableButTheToken');
  });

  it('contexts must be pinned by digest (or be a local directory)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ctx-'));
    mkdirSync(join(root, 'shared'));
    expect(
      parseContexts(
        [`base=docker-image://127.0.0.1:5000/x@${D1}`, `lib=127.0.0.1:5000/lib:1@${D2}`, 'src=./shared'],
        root,
      ),
    ).toEqual([
      ['base', `docker-image://127.0.0.1:5000/x@${D1}`],
      ['lib', `docker-image://127.0.0.1:5000/lib:1@${D2}`],
      ['src', join(root, 'shared')],
    ]);
    expect(() => parseContexts(['base=docker-image://127.0.0.1:5000/x:latest'], root)).toThrow(
      /not pinned by digest/,
    );
    expect(() => parseContexts(['base=127.0.0.1:5000/x'], root)).toThrow(/not pinned by digest/);
    expect(() => parseContexts(['base=./missing'], root)).toThrow(/does not exist/);
    expect(() => parseContexts(['no-equals'], root)).toThrow(/not name=value/);
  });

  it('merge sources are digests, joined to the image when bare', () => {
    expect(parseMergeSources([`${D1}, r/a@${D2}`, `r/a:tag@${D2}`], 'r/a')).toEqual([
      `r/a@${D1}`,
      `r/a@${D2}`,
    ]);
    expect(() => parseMergeSources(['r/a:latest'], 'r/a')).toThrow(
      /input 'merge': 'r\/a:latest' is not a digest reference/,
    );
  });
});

describe('references', () => {
  it.each([
    ['127.0.0.1:5000/a/b', true],
    ['ghcr.io/acme/api-users', true],
    ['localhost/x', true],
    ['Upper/case', false],
    ['a/b:tag', false],
    ['', false],
  ])('isRepository(%s) = %s', (name, ok) => {
    expect(isRepository(name)).toBe(ok);
  });

  it('parses tag and digest', () => {
    expect(parseReference(`127.0.0.1:5000/a:1@${D1}`)).toEqual({
      name: '127.0.0.1:5000/a',
      tag: '1',
      digest: D1,
    });
    expect(parseReference('127.0.0.1:5000/a')).toEqual({ name: '127.0.0.1:5000/a' });
    expect(parseReference('a@sha256:short')).toBeUndefined();
    expect(slug('feature/ÄB--x/')).toBe('feature-B--x');
  });
});
