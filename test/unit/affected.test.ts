import { describe, expect, it } from '@jest/globals';
import { findAffected } from '../../shared/plan/affected.js';
import type { PlannedService } from '../../shared/plan/types.js';
import type { SourceRead } from '../../shared/dockerfile/model.js';

const read = (patterns: string[], line = 3, extra: Partial<SourceRead> = {}): SourceRead => ({
  instruction: 'COPY',
  line,
  from: { kind: 'context' },
  patterns,
  excludes: [],
  ...extra,
});

function svc(key: string, over: Partial<PlannedService> = {}): PlannedService {
  const context = over.context ?? `svc/${key}`;
  return {
    key,
    name: key,
    project: 'p',
    composeFile: 'compose.yaml',
    definedIn: 'compose.yaml',
    context,
    dockerfile: `${context === '.' ? '' : context + '/'}Dockerfile`,
    targets: {},
    args: {},
    platforms: [],
    tags: [],
    additionalContexts: {},
    reads: [read(['src'])],
    refs: [],
    ignoreCandidates: [
      `${context === '.' ? '' : context + '/'}Dockerfile.dockerignore`,
      `${context === '.' ? '' : context + '/'}.dockerignore`,
    ],
    ignorePatterns: [],
    localContexts: {},
    watch: [],
    deps: [],
    fingerprint: '',
    ...over,
  };
}

const affected = (services: PlannedService[], changed: string[], extra = {}) =>
  Object.fromEntries(
    [...findAffected({ services, changed, ...extra })].map(([k, rs]) => [k, rs.map((r) => r.rule)]),
  );

describe('rule 1: a changed file the build reads', () => {
  it('affects the service whose COPY reads the path, not a sibling in the same folder', () => {
    const a = svc('a');
    expect(affected([a], ['svc/a/src/index.ts'])).toEqual({ a: [1] });
    expect(affected([a], ['svc/a/README.md'])).toEqual({});
    expect(affected([a], ['svc/b/src/index.ts'])).toEqual({});
  });

  it('ignores paths the effective dockerignore excludes', () => {
    const a = svc('a', { reads: [read(['.'])], ignorePatterns: ['**/*.md', 'tests'] });
    expect(affected([a], ['svc/a/docs/guide.md', 'svc/a/tests/x.test.ts'])).toEqual({});
    expect(affected([a], ['svc/a/lib/x.ts'])).toEqual({ a: [1] });
  });

  it('with root contexts, only the service that copies the folder is affected', () => {
    const a = svc('a', { context: '.', reads: [read(['backend/a'])] });
    const b = svc('b', { context: '.', reads: [read(['backend/b', 'packages/shared'])] });
    expect(affected([a, b], ['backend/a/x.ts'])).toEqual({ a: [1] });
    expect(affected([a, b], ['packages/shared/index.js'])).toEqual({ b: [1] });
  });

  it('carries the path and Dockerfile line in the reason', () => {
    const [reason] = findAffected({
      services: [svc('a', { reads: [read(['src/*.ts'], 7)] })],
      changed: ['svc/a/src/x.ts'],
    }).get('a')!;
    expect(reason).toMatchObject({ rule: 1, path: 'svc/a/src/x.ts', file: 'svc/a/Dockerfile', line: 7 });
  });

  it('counts a deleted path (listed as changed) like any other', () => {
    expect(affected([svc('a', { reads: [read(['config/*.json'])] })], ['svc/a/config/removed.json'])).toEqual(
      { a: [1] },
    );
  });
});

describe('rule 2: the Dockerfile or the dockerignore that applies', () => {
  it('affects on a Dockerfile change even when nothing copies it', () => {
    expect(affected([svc('a')], ['svc/a/Dockerfile'])).toEqual({ a: [2] });
  });

  it('a per-Dockerfile dockerignore takes precedence over the context one', () => {
    const a = svc('a', { ignoreFile: 'svc/a/Dockerfile.dockerignore' });
    expect(affected([a], ['svc/a/.dockerignore'])).toEqual({});
    expect(affected([a], ['svc/a/Dockerfile.dockerignore'])).toEqual({ a: [2] });
    const b = svc('b', { ignoreFile: 'svc/b/.dockerignore' });
    expect(affected([b], ['svc/b/.dockerignore'])).toEqual({ b: [2] });
  });
});

describe('rule 3: definition changes come from the caller', () => {
  it('adds the given reason', () => {
    expect(
      affected([svc('a')], [], { definitionChanges: new Map([['a', { rule: 3, message: 'new service' }]]) }),
    ).toEqual({ a: [3] });
  });
});

describe('rule 4: local named contexts', () => {
  it('affects when a read through the context takes the changed file', () => {
    const a = svc('a', {
      reads: [read(['lib'], 4, { from: { kind: 'named', name: 'shared' } })],
      localContexts: {
        shared: {
          path: 'packages/shared',
          ignoreFile: 'packages/shared/.dockerignore',
          ignorePatterns: ['*.md'],
        },
      },
    });
    expect(affected([a], ['packages/shared/lib/x.js'])).toEqual({ a: [4] });
    expect(affected([a], ['packages/shared/test/x.js'])).toEqual({});
    expect(affected([a], ['packages/shared/lib/README.md'])).toEqual({ a: [4] }); // *.md only at its root
    expect(affected([a], ['packages/shared/NOTES.md'])).toEqual({});
  });
});

describe('rule 5: watch and global globs', () => {
  it('affects one service on a watch glob and every service on a global glob', () => {
    const a = svc('a', { watch: ['api/openapi/**'] });
    const b = svc('b');
    expect(affected([a, b], ['api/openapi/users.yaml'])).toEqual({ a: [5] });
    expect(affected([a, b], ['package-lock.json'], { global: ['package-lock.json'] })).toEqual({
      a: [5],
      b: [5],
    });
  });
});

describe('rule 6: dependencies', () => {
  it('propagates transitively', () => {
    const base = svc('base');
    const mid = svc('mid', { deps: ['base'] });
    const leaf = svc('leaf', { deps: ['mid'] });
    const other = svc('other');
    expect(affected([base, mid, leaf, other], ['svc/base/src/x'])).toEqual({
      base: [1],
      mid: [6],
      leaf: [6],
    });
  });
});
