// action-catalog.md documents every action's inputs (with defaults) and outputs exactly as action.yml has them.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const ACTIONS = readdirSync('actions').filter((n) => existsSync(join(n, 'action.yml')));
const catalog = readFileSync('action-catalog.md', 'utf8');

interface Meta {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, unknown>;
}

/** The rows of the first table under `### <heading>` inside the action's `## <name>` section. */
function table(section: string, heading: string): string[][] {
  const part = section.split(new RegExp(`^### ${heading}\\s*$`, 'm'))[1]?.split(/^#{2,3} /m)[0] ?? '';
  return part
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

const unquote = (c: string) => c.replace(/^`(.*)`$/, '$1').replace(/\\\|/g, '|');

describe('action-catalog.md', () => {
  it.each(ACTIONS)('documents %s as its action.yml declares it', (name) => {
    const meta = load(readFileSync(join(name, 'action.yml'), 'utf8')) as Meta;
    const section = catalog.split(new RegExp(`^## \`?${name}\`?\\s*$`, 'm'))[1]?.split(/^## /m)[0];
    expect(section).toBeDefined();
    const inputs = table(section!, 'Inputs').map(([n, req, def]) => [unquote(n!), req, unquote(def!)]);
    const expected = Object.entries(meta.inputs ?? {}).map(([n, i]) => [
      n,
      i.required ? 'yes' : 'no',
      i.default ?? '',
    ]);
    expect(inputs).toEqual(expected);
    const outputs = table(section!, 'Outputs').map(([n]) => unquote(n!));
    expect(outputs).toEqual(Object.keys(meta.outputs ?? {}));
    expect(section).toContain(`uses: buildkit-actions/buildkit-actions/${name}@v1`);
  });
});
