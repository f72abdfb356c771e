// Symbolic links in a Compose project never lead the loader out of the repository (issue 13, §4):
// every file it reads and every path a build would send is resolved, links included, first.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadComposeProject } from '../../shared/compose/load.js';
import { InputError } from '../../shared/runtime/errors.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository beside an `outside` folder holding a Dockerfile, a Compose file and an env file. */
function layout(
  files: Record<string, string>,
  links: Record<string, string>,
): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'compose-links-'));
  temps.push(base);
  const root = join(base, 'repo');
  const outside = join(base, 'outside');
  const write = (p: string, text: string): void => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  };
  write(join(outside, 'Dockerfile'), 'FROM scratch\n');
  write(join(outside, 'compose.yaml'), 'services:\n  stolen: {build: .}\n');
  write(join(outside, 'secret.env'), 'TOKEN=hunter2\n');
  for (const [p, text] of Object.entries(files)) write(join(root, p), text);
  for (const [p, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    symlinkSync(target.replace('$OUT', outside), join(root, p));
  }
  return { root, outside };
}

async function failure(root: string, files = ['compose.yaml']): Promise<InputError> {
  const err = await loadComposeProject(files, { repoRoot: root, env: {} }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('Compose loader and symbolic links', () => {
  it.each([
    [
      'the Compose file',
      {},
      { 'compose.yaml': '$OUT/compose.yaml' },
      /leaves the repository: the symbolic link 'compose\.yaml' points to '.*outside\/compose\.yaml'/,
    ],
    [
      'a build context',
      { 'compose.yaml': 'services:\n  a: {build: ctx}\n' },
      { ctx: '$OUT' },
      /compose\.yaml:2:\d+: .*leaves the repository: the symbolic link 'ctx' points to '.*outside'/,
    ],
    [
      'a Dockerfile',
      { 'compose.yaml': 'services:\n  a: {build: {context: app}}\n', 'app/.keep': '' },
      { 'app/Dockerfile': '$OUT/Dockerfile' },
      /'app\/Dockerfile' points to '.*outside\/Dockerfile'/,
    ],
    [
      'an included file',
      { 'compose.yaml': 'include:\n  - lib/compose.yaml\nservices: {}\n' },
      { lib: '$OUT' },
      /compose\.yaml:2:\d+: .*'lib' points to '.*outside'/,
    ],
    [
      'an extended file',
      { 'compose.yaml': 'services:\n  a:\n    extends: {file: base.yaml, service: stolen}\n' },
      { 'base.yaml': '$OUT/compose.yaml' },
      /'base\.yaml' points to '.*outside\/compose\.yaml'/,
    ],
    [
      'the project .env',
      { 'compose.yaml': 'services:\n  a: {image: "x:${TOKEN}"}\n' },
      { '.env': '$OUT/secret.env' },
      /'\.env' points to '.*outside\/secret\.env'/,
    ],
    [
      'an additional build context',
      {
        'compose.yaml':
          'services:\n  a:\n    build:\n      context: app\n      additional_contexts: {extra: ./more}\n',
        'app/Dockerfile': 'FROM scratch\n',
      },
      { more: '$OUT' },
      /'more' points to '.*outside'/,
    ],
  ])(
    'refuses %s that links outside, naming the link and its target',
    async (_what, files, links, message) => {
      const { root } = layout(files, links);
      const err = await failure(root);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain('hunter2');
    },
  );

  it('follows links that stay inside the repository', async () => {
    const { root } = layout(
      {
        'compose.yaml': 'services:\n  a: {build: {context: current, dockerfile: ../docker/api.Dockerfile}}\n',
        'releases/v2/main.py': '',
        'docker/real.Dockerfile': 'FROM scratch\n',
      },
      { current: 'releases/v2', 'docker/api.Dockerfile': 'real.Dockerfile' },
    );
    const p = await loadComposeProject(['compose.yaml'], { repoRoot: root, env: {} });
    expect(p.services[0]!.build).toMatchObject({ context: 'current', dockerfile: 'docker/api.Dockerfile' });
  });
});
