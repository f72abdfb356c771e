// The rawjson parser on progress streams captured from the real engine (test/fixtures/build/README.md).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseRawJson, ProgressCollector, RawJsonScanner } from '../../shared/buildx/rawjson.js';
import { slowestSteps, stepMetrics, toStep } from '../../shared/buildx/steps.js';

const fixture = (name: string) => readFileSync(`test/fixtures/build/${name}`, 'utf8');

describe('RawJsonScanner', () => {
  it('cuts pretty-printed objects out of a stream split at every possible point', () => {
    const text = fixture('rawjson-broken.txt');
    const whole = parseRawJson(text);
    for (const size of [1, 7, 64, 1000]) {
      const c = new ProgressCollector();
      const s = c.scanner();
      for (let i = 0; i < text.length; i += size) s.push(text.slice(i, i + size));
      s.end();
      expect(c.list()).toEqual(whole.list());
      expect(c.text).toEqual(whole.text);
    }
  });

  it('keeps braces and quotes inside strings, and plain lines between objects', () => {
    const objects: unknown[] = [];
    const text: string[] = [];
    const s = new RawJsonScanner(
      (o) => objects.push(o),
      (l) => text.push(l),
    );
    s.push('{"a": "x } \\" {", "b": [1, {"c": "]"}]}\nWARNING: something\n  {"d":');
    s.push(' 2}\nERROR: tail without newline');
    s.end();
    expect(objects).toEqual([{ a: 'x } " {', b: [1, { c: ']' }] }, { d: 2 }]);
    expect(text).toEqual(['WARNING: something', 'ERROR: tail without newline']);
  });

  it('reports a malformed object as text instead of throwing', () => {
    const c = parseRawJson('{"vertexes": [tru}\nnext line\n');
    expect(c.list()).toEqual([]);
    expect(c.text).toContain('next line');
  });
});

describe('a cold build (missing registry cache)', () => {
  const c = parseRawJson(fixture('rawjson-cold.txt'));
  const m = stepMetrics(c.list());

  it('merges each vertex by digest, with its earliest start and latest completion', () => {
    const names = c.list().map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    const run = c.list().find((v) => v.name.startsWith('[deps 4/4] RUN'))!;
    expect(run.started && run.completed).toBeTruthy();
    expect(Date.parse(run.completed!)).toBeGreaterThan(Date.parse(run.started!));
  });

  it('counts instruction steps (not FROM, internal, cache import or export) and none is cached', () => {
    expect(m.steps.filter((s) => s.kind === 'instruction').map((s) => s.name.replace(/ .*/, ''))).toEqual([
      '[prod',
      '[prod',
      '[deps',
      '[deps',
      '[deps',
    ]);
    expect(m.cacheable).toBe(5);
    expect(m.cached).toBe(0);
    expect(m.cacheHitRatio).toBe(0);
    expect(m.steps.find((s) => s.kind === 'from')?.instruction).toBe('FROM');
  });

  it('surfaces the missing cache import as BuildKit reported it', () => {
    expect(m.cacheImportErrors).toEqual([
      {
        ref: '127.0.0.1:5000/probe/app-cache:missing',
        error:
          'failed to configure registry cache importer: 127.0.0.1:5000/probe/app-cache:missing: not found',
      },
    ]);
  });

  it('names stage and instruction of each step', () => {
    const copy = m.steps.find((s) => s.name === '[deps 3/4] COPY package.json ./')!;
    expect(copy).toMatchObject({ kind: 'instruction', instruction: 'COPY', stage: 'deps', cached: false });
    expect(copy.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('a rebuild after `docker builder prune -af` with one changed source file', () => {
  const m = stepMetrics(parseRawJson(fixture('rawjson-warm.txt')).list());

  it('reports the dependency steps cached (imported from the registry cache)', () => {
    const cached = m.steps.filter((s) => s.cached).map((s) => s.name.slice(0, 22));
    expect(cached).toEqual(['[deps 4/4] RUN sed -n ', '[deps 3/4] COPY packag', '[deps 2/4] WORKDIR /ap']);
    expect(m.cacheHitRatio).toBe(0.6);
    expect(m.cacheImportErrors).toEqual([]);
  });

  it('lists the slowest uncached steps first', () => {
    const slow = slowestSteps(m.steps, 3);
    expect(slow.every((s) => !s.cached)).toBe(true);
    expect(slow[0]!.durationMs).toBeGreaterThanOrEqual(slow[1]!.durationMs);
  });
});

describe('a multi-platform build', () => {
  const m = stepMetrics(parseRawJson(fixture('rawjson-multiplatform.txt')).list());

  it('counts each platform’s steps, with the platform parsed out of the name', () => {
    const runs = m.steps.filter((s) => s.kind === 'instruction');
    expect(runs.map((s) => s.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(m.cacheable).toBe(2);
    const meta = m.steps.find((s) => s.name.startsWith('[linux/arm64 internal]'))!;
    expect(meta.kind).toBe('internal');
  });
});

describe('a failing build', () => {
  const c = parseRawJson(fixture('rawjson-broken.txt'));

  it('keeps the failing vertex’s error and the RUN output logs', () => {
    const failed = c.list().filter((v) => v.error);
    expect(failed.map((v) => v.name)).toEqual(['[3/4] RUN echo "about to fail" && exit 3']);
    expect(c.logs.get(failed[0]!.digest)).toContain('about to fail');
  });

  it('keeps buildx’s plain error lines', () => {
    expect(c.text[0]).toBe('Dockerfile:5');
    expect(c.text.at(-1)).toMatch(/^ERROR: failed to solve: process .* exit code: 3$/);
  });
});

describe('toStep', () => {
  it.each([
    ['[internal] load build context', 'internal'],
    ['[context base] load .dockerignore', 'internal'],
    ['[build 2/5] RUN npm ci', 'instruction'],
    ['[linux/arm64 build 1/5] FROM docker.io/library/node:20', 'from'],
    ['[3/3] COPY --link . .', 'instruction'],
    ['importing cache manifest from ghcr.io/a/b-cache:x', 'cache-import'],
    ['exporting cache to registry', 'export'],
    ['pushing ghcr.io/a/b:1 with docker', 'export'],
    ['resolving provenance for metadata file', 'export'],
    ['something new', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(toStep({ digest: 'sha256:x', name, inputs: [], cached: false }).kind).toBe(kind);
  });

  it('has no ratio without instruction steps', () => {
    expect(
      stepMetrics([{ digest: 'a', name: '[1/1] FROM x', inputs: [], cached: false }]).cacheHitRatio,
    ).toBeUndefined();
  });
});
