// The base image plan-matrix resolves for each planned target and hands build-service in the
// matrix entry (`bases`), from the Dockerfile model it builds anyway.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildCatalog } from '../../shared/plan/catalog.js';
import { buildMatrices } from '../../shared/plan/matrix.js';
import { EMPTY_MANIFEST } from '../../shared/manifest/settings.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function entries(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'plan-bases-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const c = await buildCatalog({
    repoRoot: root,
    composeFiles: undefined,
    manifest: EMPTY_MANIFEST,
    env: {},
  });
  return Object.fromEntries(buildMatrices(c.services, 256).matrix.include.map((e) => [e.service, e.bases]));
}

const MULTI = 'ARG V=20\nFROM node:${V} AS deps\nFROM deps AS dev\nFROM deps AS prod\nFROM scratch AS bare\n';

describe('plan-matrix: the base of each planned target', () => {
  it('follows each target through its stages, and marks scratch as no base', async () => {
    const e = await entries({
      'compose.yaml': [
        'services:',
        '  last:',
        '    build: { context: a }',
        '  prod:',
        '    build: { context: a, target: prod }',
        '  bare:',
        '    build: { context: a, target: bare }',
        '  args:',
        '    build: { context: a, target: prod, args: { V: "22" } }',
        '  named:',
        '    build:',
        '      context: a',
        '      target: prod',
        '      additional_contexts: { deps: "docker-image://alpine:3.20" }',
        '  inline:',
        '    build: { context: a, dockerfile_inline: "FROM busybox\\n" }',
        '',
      ].join('\n'),
      'a/Dockerfile': MULTI,
    });
    expect(e['last']).toEqual({ '': '' });
    expect(e['prod']).toEqual({ prod: 'node:20' });
    expect(e['bare']).toEqual({ bare: '' });
    // Built from the entry alone, build-service would not have these: it resolves the base itself.
    expect(e['args']).toBeUndefined();
    expect(e['named']).toBeUndefined();
    expect(e['inline']).toBeUndefined();
  });
});
