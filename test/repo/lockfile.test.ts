/**
 * package-lock.json is one `npm ci` accepts on a clean clone (CI and .ci/run install with it): it
 * matches package.json, and it keeps every platform's optional package. npm 11 drops the packages of
 * other platforms (@swc/core-darwin-arm64 …) from a lock it rewrites on a machine that lacks them,
 * and `npm ci` then refuses the lock as out of sync with package.json.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, Manifest & { version?: string }>;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

describe('package-lock.json', () => {
  it('is a lockfile npm ci reads (version 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('declares what package.json declares', () => {
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });

  it('locks every direct dependency at a version its range allows', () => {
    const missing = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      (name) => !lock.packages[`node_modules/${name}`]?.version,
    );
    expect(missing).toEqual([]);
  });

  it("keeps every platform's optional packages of the packages it locks", () => {
    // The optional dependencies of each locked package (native builds for each platform) must all be
    // in the lock, whichever platform wrote it.
    const dropped = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter(
          (dep) => !lock.packages[`node_modules/${dep}`] && !lock.packages[`${path}/node_modules/${dep}`],
        )
        .map((dep) => `${path || '(root)'} -> ${dep}`),
    );
    expect(dropped).toEqual([]);
  });
});
