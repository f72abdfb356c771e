import { describe, expect, it } from '@jest/globals';
import {
  keyValueEntries,
  mergeServiceEntries,
  mergeServiceMaps,
  mergeValues,
  Override,
  RESET,
  resolveExtends,
  type ExtendsFile,
  type Mapping,
  type ServiceEntry,
} from '../../shared/compose/merge.js';
import { InputError } from '../../shared/runtime/errors.js';

const merge = (base: Mapping, over: Mapping): unknown => mergeValues(base, over, '');
const entry = (value: Mapping, file = 'compose.yaml', line = 1): ServiceEntry => {
  const at = { file, line };
  return {
    value,
    origin: {
      service: at,
      ...(value.build !== undefined ? { build: at, context: { file, line: line + 2 } } : {}),
      ...(value.extends !== undefined ? { extends: { file, line: line + 1 } } : {}),
    },
  };
};

describe('mergeValues (override files)', () => {
  it('merges mappings recursively and lets later scalars win', () => {
    expect(
      merge({ image: 'a', build: { context: 'x', target: 't' } }, { image: 'b', build: { target: 'u' } }),
    ).toEqual({
      image: 'b',
      build: { context: 'x', target: 'u' },
    });
  });

  it('treats build as a string like {context: string} on either side', () => {
    expect(merge({ build: './a' }, { build: { dockerfile: 'D' } })).toEqual({
      build: { context: './a', dockerfile: 'D' },
    });
    expect(merge({ build: { context: 'a', args: { X: '1' } } }, { build: './b' })).toEqual({
      build: { context: './b', args: { X: '1' } },
    });
  });

  it('merges args, labels and environment by key, in list or map form', () => {
    const base = { build: { args: ['A=1', 'B=2', 'C'] }, environment: { E: '1' }, labels: ['l=1'] };
    const over = {
      build: { args: { B: '3', D: '4', A: null } },
      environment: ['E=2', 'F=3'],
      labels: { m: '2' },
    };
    expect(merge(base, over)).toEqual({
      build: { args: { A: null, B: '3', C: null, D: '4' } },
      environment: { E: '2', F: '3' },
      labels: { l: '1', m: '2' },
    });
  });

  it('merges additional contexts by name and extra_hosts by host', () => {
    expect(
      merge(
        { build: { additional_contexts: ['a=./x', 'b=service:s'], extra_hosts: ['h:1.1.1.1'] } },
        { build: { additional_contexts: { a: './y' }, extra_hosts: { h: '2.2.2.2' } } },
      ),
    ).toEqual({
      build: { additional_contexts: { a: './y', b: 'service:s' }, extra_hosts: { h: '2.2.2.2' } },
    });
  });

  it('appends sequences without duplicates (tags, platforms)', () => {
    expect(
      merge(
        { build: { tags: ['a', 'b'], platforms: ['linux/amd64'] } },
        { build: { tags: ['b', 'c'], platforms: ['linux/amd64', 'linux/arm64'] } },
      ),
    ).toEqual({
      build: { tags: ['a', 'b', 'c'], platforms: ['linux/amd64', 'linux/arm64'] },
    });
  });

  it('replaces command, entrypoint and healthcheck.test whole', () => {
    expect(
      merge(
        { command: ['a', 'b'], entrypoint: ['x'], healthcheck: { test: ['CMD', 'a'], interval: '1s' } },
        { command: ['c'], entrypoint: ['y'], healthcheck: { test: ['CMD', 'b'] } },
      ),
    ).toEqual({
      command: ['c'],
      entrypoint: ['y'],
      healthcheck: { test: ['CMD', 'b'], interval: '1s' },
    });
  });

  it('honours !reset and !override', () => {
    expect(
      merge(
        { build: { context: 'a', target: 't', args: { A: '1', B: '2' } } },
        { build: { target: RESET, args: new Override({ C: '3' }) } },
      ),
    ).toEqual({
      build: { context: 'a', args: { C: '3' } },
    });
    expect(
      merge({ build: { context: 'a', args: { A: '1' } } }, { build: new Override({ context: 'b' }) }),
    ).toEqual({ build: { context: 'b' } });
    expect(
      merge({ build: { context: 'a', args: { A: '1', B: '2' } } }, { build: { args: { A: RESET } } }),
    ).toEqual({ build: { context: 'a', args: { B: '2' } } });
  });

  it('reads key-value fields in either form; a key without a value maps to null', () => {
    expect([...keyValueEntries(['A=1', 'B', 'C==x'])]).toEqual([
      ['A', '1'],
      ['B', null],
      ['C', '=x'],
    ]);
    expect([...keyValueEntries({ A: 1 })]).toEqual([['A', 1]]);
    expect([...keyValueEntries(undefined)]).toEqual([]);
  });
});

describe('mergeServiceEntries / mergeServiceMaps', () => {
  it('keeps the first file as the service key and the context-setting file as definedIn', () => {
    const base = entry({ build: { context: 'a' } }, 'compose.yaml', 3);
    const argsOnly = entry({ build: { args: { A: '1' } } }, 'override.yaml', 8);
    expect(mergeServiceEntries(base, argsOnly, 'override').origin).toMatchObject({
      service: { file: 'compose.yaml', line: 3 },
      build: { file: 'compose.yaml', line: 3 },
    });
    const newContext = entry({ build: './b' }, 'override.yaml', 8);
    expect(mergeServiceEntries(base, newContext, 'override').origin).toMatchObject({
      service: { file: 'compose.yaml' },
      build: { file: 'override.yaml', line: 8 },
      context: { file: 'override.yaml', line: 10 },
    });
  });

  it('adds new services and strips markers of services with nothing to merge into', () => {
    const merged = mergeServiceMaps(
      new Map([['a', entry({ image: 'a' })]]),
      new Map([
        ['a', entry({ image: 'a2' }, 'o.yaml')],
        ['b', entry({ image: 'b', build: RESET }, 'o.yaml')],
      ]),
    );
    expect([...merged.keys()]).toEqual(['a', 'b']);
    expect(merged.get('a')!.value).toEqual({ image: 'a2' });
    expect(merged.get('b')!.value).toEqual({ image: 'b' });
  });
});

describe('resolveExtends', () => {
  const file = (path: string, dir: string, services: Record<string, Mapping>): ExtendsFile => ({
    path,
    display: path.slice('/r/'.length),
    dir,
    services: new Map(
      Object.entries(services).map(([n, v], i) => [n, entry(v, path.slice('/r/'.length), i * 5 + 2)]),
    ),
  });
  const noRead = async (): Promise<ExtendsFile> => {
    throw new Error('unexpected read');
  };

  it('merges a service onto its base in the same file, following chains', async () => {
    const f = file('/r/compose.yaml', '/r', {
      base: { build: { context: '/r/svc', args: { A: '1' } } },
      child: { extends: 'base', build: { args: { B: '2' } } },
      grand: { extends: { service: 'child' }, build: { target: 'prod' }, image: 'g' },
    });
    const out = await resolveExtends(f, noRead);
    expect(out.get('grand')!.value).toEqual({
      build: { context: '/r/svc', args: { A: '1', B: '2' }, target: 'prod' },
      image: 'g',
    });
    expect(out.get('child')!.value.extends).toBeUndefined();
    // definedIn is the base's key (it provides the context); the service key is the extending one.
    expect(out.get('grand')!.origin).toMatchObject({
      service: { line: 12 },
      build: { file: 'compose.yaml', line: 2 },
    });
  });

  it('reads extends.file relative to the extending file directory, and chains across files', async () => {
    const files: Record<string, ExtendsFile> = {
      '/r/lib/common.yaml': file('/r/lib/common.yaml', '/r/lib', {
        mid: { extends: { file: 'deep/more.yaml', service: 'deep' } },
      }),
      '/r/lib/deep/more.yaml': file('/r/lib/deep/more.yaml', '/r/lib/deep', {
        deep: { build: { context: '/r/lib/deep/ctx' } },
      }),
    };
    const reads: string[] = [];
    const read = async (p: string): Promise<ExtendsFile> => {
      reads.push(p);
      return files[p]!;
    };
    const main = file('/r/compose.yaml', '/r', {
      app: { extends: { file: 'lib/common.yaml', service: 'mid' }, build: { dockerfile: 'D' } },
    });
    const out = await resolveExtends(main, read);
    expect(out.get('app')!.value).toEqual({ build: { context: '/r/lib/deep/ctx', dockerfile: 'D' } });
    expect(out.get('app')!.origin.build).toEqual({ file: 'lib/deep/more.yaml', line: 2 });
    expect(reads).toEqual(['/r/lib/common.yaml', '/r/lib/deep/more.yaml']);
  });

  it('rejects a cycle, naming each step', async () => {
    const f = file('/r/compose.yaml', '/r', {
      a: { extends: 'b' },
      b: { extends: 'c' },
      c: { extends: 'a' },
    });
    await expect(resolveExtends(f, noRead)).rejects.toThrow(
      'compose.yaml:3: circular extends: a (compose.yaml) → b (compose.yaml) → c (compose.yaml) → a (compose.yaml).',
    );
    const self = file('/r/compose.yaml', '/r', { a: { extends: 'a', image: 'x' } });
    await expect(resolveExtends(self, noRead)).rejects.toThrow(/circular extends: a \(compose\.yaml\) → a/);
  });

  it('rejects a base that is not in the named file, and a malformed extends', async () => {
    const f = file('/r/compose.yaml', '/r', { a: { extends: 'missing' } });
    await expect(resolveExtends(f, noRead)).rejects.toThrow(
      /compose\.yaml:3: service "a" cannot extend service "missing"/,
    );
    const bad = file('/r/compose.yaml', '/r', { a: { extends: { file: 'x.yaml' } } });
    await expect(resolveExtends(bad, noRead)).rejects.toBeInstanceOf(InputError);
  });
});
