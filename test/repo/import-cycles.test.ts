// No import cycles in the sources (issue 14): a module can be read, tested and moved with what it
// imports, never with what imports it. Imports are resolved by TypeScript itself, as tsc resolves
// them (NodeNext: `./x.js` is `./x.ts`); type-only imports count too.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceGraph(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.build.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const files = new Set(config.fileNames.map((f) => relative(ROOT, f)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(`${ROOT}${file}`, 'utf8'), true, true);
    const deps = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, `${ROOT}${file}`, config.options, ts.sys).resolvedModule)
      .map((m) => (m ? relative(ROOT, m.resolvedFileName) : undefined))
      .filter((d): d is string => d !== undefined && files.has(d));
    graph.set(file, deps);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return found;
}

describe('imports', () => {
  const graph = sourceGraph();

  it('reads the sources and their imports', () => {
    expect(graph.get('actions/plan-matrix/main.ts')?.length).toBeGreaterThan(0);
    expect(graph.get('shared/buildx/runner.ts')).toContain('shared/buildx/step-log.ts');
  });

  it('finds a cycle where there is one', () => {
    const g = new Map([...graph, ['shared/fs/paths.ts', ['shared/buildx/runner.ts']]]);
    g.set('shared/buildx/runner.ts', [...(g.get('shared/buildx/runner.ts') ?? []), 'shared/fs/paths.ts']);
    // Reported from whichever of the two the walk enters first, which depends on the other imports.
    const members = cycles(g).map((c) => [...new Set(c.split(' → '))].sort().join(' '));
    expect(members).toContain('shared/buildx/runner.ts shared/fs/paths.ts');
  });

  it('form no cycle in actions/ and shared/', () => {
    expect(cycles(graph)).toEqual([]);
  });
});
