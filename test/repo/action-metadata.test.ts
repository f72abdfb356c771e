// Every action.yml is valid against GitHub's own action metadata schema and runs its bundle on node24.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter } from '@actions/workflow-parser';

export const ACTIONS = readdirSync('actions').filter((n) => existsSync(join(n, 'action.yml')));

describe('action metadata', () => {
  it('finds the actions', () => {
    expect(ACTIONS).toContain('plan-matrix');
  });

  it.each(ACTIONS)("%s/action.yml passes GitHub's action parser", (name) => {
    const content = readFileSync(join(name, 'action.yml'), 'utf8');
    const result = parseAction({ name: `${name}/action.yml`, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it.each(ACTIONS)('%s runs its committed bundle on node24', (name) => {
    const meta = load(readFileSync(join(name, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string; post?: string };
    };
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../dist/${name}/index.js`);
    expect(existsSync(join(name, meta.runs.main))).toBe(true);
    if (meta.runs.post) expect(meta.runs.post).toBe(meta.runs.main);
  });

  it('rejects a broken action.yml (the check can fail)', () => {
    const result = parseAction(
      { name: 'bad.yml', content: 'name: x\nruns:\n  using: node24\n  mian: x.js\n' },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
