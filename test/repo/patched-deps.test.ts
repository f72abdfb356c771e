/**
 * shared/dockerfile/model.ts patches two packages at load: dockerfile-ast's
 * Instruction.prototype.getRawArguments and Range.create of vscode-languageserver-types, the copy
 * dockerfile-ast requires (see shared/dockerfile/lsp-types.cts). Such a patch holds only for the exact
 * versions it was written against, and only while one copy of vscode-languageserver-types exists:
 * were npm to nest a second copy under dockerfile-ast, our patch would reach one copy and the parser
 * would use the other, silently. These checks fail first.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PATCHED = ['dockerfile-ast', 'vscode-languageserver-types'] as const;
const ROOT = process.cwd();
const require = createRequire(join(ROOT, 'package.json'));

interface Lock {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

describe('the packages shared/dockerfile patches', () => {
  it.each(PATCHED)('%s is pinned to an exact version, locked and installed at it', (name) => {
    const pin = pkg.dependencies[name];
    expect(pin).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['']?.dependencies?.[name]).toBe(pin);
    expect(lock.packages[`node_modules/${name}`]?.version).toBe(pin);
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(pin);
  });

  it('the lock holds one copy of vscode-languageserver-types', () => {
    const copies = Object.keys(lock.packages).filter((p) =>
      p.endsWith('node_modules/vscode-languageserver-types'),
    );
    expect(copies).toEqual(['node_modules/vscode-languageserver-types']);
  });

  it('dockerfile-ast requires the very vscode-languageserver-types our code patches', () => {
    // dockerfile-ast requires it from its own lib/ files; resolve the name from there, as Node does.
    const astRequire = createRequire(require.resolve('dockerfile-ast'));
    expect(astRequire.resolve('vscode-languageserver-types')).toBe(
      require.resolve('vscode-languageserver-types'),
    );
    // The same module object (so the same Range whose create is replaced), not merely the same path.
    const ours = require('vscode-languageserver-types') as { Range: unknown };
    const theirs = astRequire('vscode-languageserver-types') as { Range: unknown };
    expect(theirs.Range).toBe(ours.Range);
  });

  it('each bundle holds at most one copy of vscode-languageserver-types', () => {
    // A message of Range.create that its build keeps verbatim; ncc inlines a module once per copy.
    const MARK = 'Range#create called with invalid arguments';
    const copies = (action: string) =>
      readdirSync(join('dist', action))
        .filter((f) => f.endsWith('.js'))
        .reduce((n, f) => n + readFileSync(join('dist', action, f), 'utf8').split(MARK).length - 1, 0);
    const actions = readdirSync('dist', { withFileTypes: true }).filter((d) => d.isDirectory());
    const counts = Object.fromEntries(actions.map(({ name }) => [name, copies(name)]));
    expect(Object.entries(counts).filter(([, n]) => n > 1)).toEqual([]);
    // plan-matrix parses Dockerfiles: its bundle must have the one copy.
    expect(counts['plan-matrix']).toBe(1);
  });
});
