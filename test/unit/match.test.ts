import { describe, expect, it } from '@jest/globals';
import { compilePattern } from '../../shared/dockerfile/match.js';
import { compileIgnore, dockerignoreCandidates } from '../../shared/dockerfile/dockerignore.js';

describe('compilePattern', () => {
  it.each([
    ['.', 'anything/at/all', true],
    ['src', 'src', true],
    ['src', 'src/a/b.ts', true],
    ['src', 'srcx/a.ts', false],
    ['*.json', 'package.json', true],
    ['*.json', 'sub/package.json', false],
    ['pkg*', 'pkgs/a/b.txt', true], // a matching directory is copied whole
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/*', 'src/a/b.ts', true],
    ['a?c', 'abc', true],
    ['[ab]*', 'bin/x', true],
    ['**/*.py', 'app/x/y.py', true],
    ['.env*', '.env.local', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compilePattern(pattern).test(path)).toBe(expected);
  });

  it('gives the literal prefix for narrowing', () => {
    expect(compilePattern('src/lib/*.ts').prefix).toBe('src/lib');
    expect(compilePattern('*.json').prefix).toBe('');
    expect(compilePattern('docs').prefix).toBe('docs');
  });

  it('applies --exclude below the source', () => {
    const m = compilePattern('docs', ['*.md']);
    expect(m.test('docs/a.txt')).toBe(true);
    expect(m.test('docs/README.md')).toBe(false);
  });
});

describe('dockerignore', () => {
  it('follows moby semantics: parents, ** and re-includes', () => {
    const ig = compileIgnore(['**/*.md', 'node_modules', '!KEEP.md', 'tests/']);
    expect(ig('a/b/README.md')).toBe(true);
    expect(ig('KEEP.md')).toBe(false);
    expect(ig('node_modules/x/index.js')).toBe(true);
    expect(ig('src/node_modules/x')).toBe(false);
    expect(ig('tests/unit/a.test.ts')).toBe(true);
    expect(ig('src/index.ts')).toBe(false);
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile', () => {
    expect(dockerignoreCandidates('.', 'backend/api/orders/Dockerfile')).toEqual([
      'backend/api/orders/Dockerfile.dockerignore',
      '.dockerignore',
    ]);
    expect(dockerignoreCandidates('web', undefined)).toEqual(['web/.dockerignore']);
  });
});
