import { describe, expect, it } from '@jest/globals';
import { assertAcyclic, levels } from '../../shared/plan/graph.js';
import { buildMatrices } from '../../shared/plan/matrix.js';
import { imageRepository, qualifiedKey } from '../../shared/plan/keys.js';
import type { PlannedService } from '../../shared/plan/types.js';

const svc = (key: string, deps: string[] = []) =>
  ({
    key,
    name: key,
    deps,
    context: key,
    dockerfile: `${key}/Dockerfile`,
    composeFile: 'c.yml',
    targets: {},
    platforms: ['linux/amd64'],
  }) as unknown as PlannedService;

describe('graph', () => {
  it('names the cycle', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', []],
    ]);
    expect(() => assertAcyclic(g, 'x')).toThrow('dependency cycle: a → b → c → a');
  });

  it('levels only count planned dependencies', () => {
    const g = new Map([
      ['a', []],
      ['b', ['a']],
      ['c', ['b']],
    ]);
    expect(Object.fromEntries(levels(['a', 'b', 'c'], g))).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(levels(['a', 'c'], g))).toEqual({ a: 0, c: 0 });
  });
});

describe('buildMatrices', () => {
  it('orders entries by wave and lists planned dependencies only', () => {
    const m = buildMatrices([svc('web', ['base', 'gone']), svc('base'), svc('api', ['base'])], 256);
    expect(m.waves.map((w) => w.include.map((e) => e.service))).toEqual([['base'], ['api', 'web']]);
    expect(m.matrix.include.map((e) => [e.service, e.wave, e.depends_on])).toEqual([
      ['base', 0, []],
      ['api', 1, ['base']],
      ['web', 1, ['base']],
    ]);
    expect(m.services).toEqual(['api', 'base', 'web']);
  });

  it('splits a wave into batches of at most max-jobs', () => {
    const many = Array.from({ length: 5 }, (_, i) => svc(`s${i}`));
    const m = buildMatrices([...many, svc('top', ['s0'])], 2);
    expect(m.waves.map((w) => w.include.length)).toEqual([2, 2, 1, 1]);
    expect(m.waves.every((w) => w.include.length <= 2)).toBe(true);
    expect(m.waves[3]!.include[0]).toMatchObject({ service: 'top', wave: 3 });
  });
});

describe('keys', () => {
  it('normalises image references to repositories', () => {
    expect(imageRepository('node')).toBe('docker.io/library/node');
    expect(imageRepository('example/node-base:local')).toBe('docker.io/example/node-base');
    expect(imageRepository('docker.io/example/node-base@sha256:' + 'a'.repeat(64))).toBe(
      'docker.io/example/node-base',
    );
    expect(imageRepository('localhost:5000/x/y:1')).toBe('localhost:5000/x/y');
  });
  it('qualifies keys with a slug of the Compose file', () => {
    expect(qualifiedKey('worker', 'infrastructure/compose/ai.yml')).toBe('worker@infrastructure-compose-ai');
  });
});
