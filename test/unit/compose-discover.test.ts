import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverComposeFiles, projectReferences } from '../../shared/compose/discover.js';
import { InputError } from '../../shared/runtime/errors.js';

const MONOREPO = fileURLToPath(new URL('../fixtures/compose/monorepo/', import.meta.url));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'compose-discover-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const svc = (name: string): string => `services:\n  ${name}:\n    image: ${name}\n`;

describe('discoverComposeFiles: defaults', () => {
  it('finds projects, folds in default overrides, and skips what is not a project', async () => {
    const found = await discoverComposeFiles(undefined, MONOREPO);
    expect(found.projects).toEqual([
      ['compose.yaml'],
      ['infra/compose.yml'],
      ['services/search/docker-compose.yml', 'services/search/docker-compose.override.yml'],
    ]);
    expect(found.notices).toEqual([
      'docs/compose.yml: skipped: not a Compose file: it has neither `services` nor `include`.',
      'infra/base/compose.base.yml: not planned on its own: infra/compose.yml includes or extends it.',
      'services/payments/compose.yaml: not planned on its own: compose.yaml includes or extends it.',
      'services/search/docker-compose.ci.yml: skipped: service "search" has neither image nor build: it looks like an override file; name it with its base file as base.yaml:docker-compose.ci.yml.',
      'tools/compose-schema.yaml: skipped: not a Compose file: top-level key "$schema" is not a Compose key.',
    ]);
  });

  it('treats empty input lines and comments as no patterns', async () => {
    expect(await discoverComposeFiles(['', '# nothing here', '  '], MONOREPO)).toEqual(
      await discoverComposeFiles(undefined, MONOREPO),
    );
  });

  it('skips node_modules and .git, but not other dot folders', async () => {
    const root = repo({
      'node_modules/pkg/compose.yaml': svc('a'),
      '.git/compose.yaml': svc('b'),
      '.devcontainer/docker-compose.yml': svc('c'),
      'app/compose.yaml': svc('d'),
    });
    expect((await discoverComposeFiles(undefined, root)).projects).toEqual([
      ['.devcontainer/docker-compose.yml'],
      ['app/compose.yaml'],
    ]);
  });

  it('picks the override Compose picks, whatever the main file is called', async () => {
    const root = repo({
      'a/docker-compose.yml': svc('a'),
      'a/compose.override.yaml': svc('a'),
      'a/docker-compose.override.yml': svc('a'),
      'b/compose.override.yml': svc('b'),
    });
    const found = await discoverComposeFiles(undefined, root);
    expect(found.projects).toEqual([['a/docker-compose.yml', 'a/compose.override.yaml']]);
    expect(found.notices).toEqual([
      'a/docker-compose.override.yml: skipped: docker compose uses a/compose.override.yaml as the override file there.',
      'b/compose.override.yml: skipped: an override file with no compose.yaml next to it; name it as base.yaml:compose.override.yml.',
    ]);
  });

  it('plans a second main file of a directory on its own, with a notice', async () => {
    const root = repo({ 'compose.yaml': svc('a'), 'docker-compose.yml': svc('b') });
    const found = await discoverComposeFiles(undefined, root);
    expect(found.projects).toEqual([['compose.yaml'], ['docker-compose.yml']]);
    expect(found.notices).toEqual([
      'docker-compose.yml: planned as a project of its own; docker compose without -f would use compose.yaml there.',
    ]);
  });

  it('returns a glob-matched file with malformed YAML as failed, with file and line, and keeps the others', async () => {
    const root = repo({
      'compose.yaml': 'services:\n  a:\n   b: [\n',
      'templates/compose.yaml': 'services:\n  {{NAME}}:\n    image: x\n',
      'app/compose.yaml': svc('app'),
    });
    const found = await discoverComposeFiles(undefined, root);
    expect(found.projects).toEqual([['app/compose.yaml']]);
    expect(found.explicit).toEqual([]);
    expect(found.failed.map((f) => f.files)).toEqual([['compose.yaml'], ['templates/compose.yaml']]);
    expect(found.failed[0]!.error).toBeInstanceOf(InputError);
    expect(found.failed[0]!.error.message).toMatch(/^compose\.yaml:\d+:\d+: invalid YAML/);
    expect(found.failed[1]!.error.details.location).toMatchObject({
      file: 'templates/compose.yaml',
      line: 2,
    });
  });

  it('reports a broken file that a project includes through that project, not on its own', async () => {
    const root = repo({
      'compose.yaml': 'include: [lib/compose.yaml]\nservices:\n  a:\n    image: a\n',
      'lib/compose.yaml': 'services:\n  b: [\n',
    });
    const found = await discoverComposeFiles(undefined, root);
    expect(found.projects).toEqual([['compose.yaml']]);
    expect(found.failed).toEqual([]);
    expect(found.notices).toEqual([
      'lib/compose.yaml: not planned on its own: compose.yaml includes or extends it.',
    ]);
  });

  it('keeps one project of an include cycle so that loading it reports the cycle', async () => {
    const root = repo({
      'a/compose.yaml': 'include: [../b/compose.yaml]\n',
      'b/compose.yaml': 'include: [../a/compose.yaml]\n',
    });
    const found = await discoverComposeFiles(undefined, root);
    expect(found.projects).toEqual([['a/compose.yaml']]);
    expect(found.notices).toEqual([
      'b/compose.yaml: not planned on its own: a/compose.yaml includes or extends it.',
    ]);
  });
});

describe('discoverComposeFiles: patterns', () => {
  it('matches globs relative to the root, with !exclusions', async () => {
    const found = await discoverComposeFiles(['services/**/docker-compose*.yml\n!**/*.ci.yml'], MONOREPO);
    expect(found.projects).toEqual([
      ['services/search/docker-compose.yml', 'services/search/docker-compose.override.yml'],
    ]);
    expect(found.notices).toEqual([]);
  });

  it('narrows the default patterns with !exclusions alone', async () => {
    const found = await discoverComposeFiles(['!services/**\n!tools/**\n!docs/**'], MONOREPO);
    expect(found.projects).toEqual([['compose.yaml'], ['infra/compose.yml']]);
    expect(found.notices).toEqual([
      'infra/base/compose.base.yml: not planned on its own: infra/compose.yml includes or extends it.',
    ]);
  });

  it('takes a:b lines as one project with override files, exactly as listed', async () => {
    const found = await discoverComposeFiles(
      ['services/search/docker-compose.yml:services/search/docker-compose.ci.yml', 'compose.yaml'],
      MONOREPO,
    );
    expect(found.projects).toEqual([
      ['compose.yaml'],
      ['services/search/docker-compose.yml', 'services/search/docker-compose.ci.yml'],
    ]);
    expect((await discoverComposeFiles(['compose.yaml', ' compose.yaml '], MONOREPO)).projects).toEqual([
      ['compose.yaml'],
    ]);
  });

  it('keeps explicit projects even when another project includes them, and does not repeat their files', async () => {
    const found = await discoverComposeFiles(['services/payments/compose.yaml', '*.yaml'], MONOREPO);
    expect(found.projects).toEqual([['compose.yaml'], ['services/payments/compose.yaml']]);
  });

  it('rejects an explicit file that is missing or not a Compose file', async () => {
    await expect(discoverComposeFiles(['nope/compose.yaml'], MONOREPO)).rejects.toThrow(
      "input 'compose-files': Compose file nope/compose.yaml does not exist.",
    );
    await expect(discoverComposeFiles(['tools/compose-schema.yaml'], MONOREPO)).rejects.toThrow(
      /tools\/compose-schema\.yaml is not a Compose file: top-level key "\$schema"/,
    );
    await expect(discoverComposeFiles(['../outside.yaml'], MONOREPO)).rejects.toBeInstanceOf(InputError);
    const root = repo({ 'compose.yaml': 'services: [\n' });
    await expect(discoverComposeFiles(['compose.yaml'], root)).rejects.toThrow(
      /^compose\.yaml:2:\d+: invalid YAML/,
    );
  });

  it('keepGoing: an explicit file that is missing or broken is returned as failed, the others kept', async () => {
    const root = repo({ 'a.yaml': svc('a'), 'b.yaml': 'services: [\n', 'c/compose.yaml': svc('c') });
    const found = await discoverComposeFiles(['a.yaml', 'b.yaml', 'gone.yaml:a.yaml', 'c/*.yaml'], root, {
      keepGoing: true,
    });
    expect(found.projects).toEqual([['a.yaml'], ['c/compose.yaml']]);
    expect(found.explicit).toEqual(['a.yaml']);
    expect(found.failed.map((f) => [f.files, f.error.message.split(':')[0]])).toEqual([
      [['b.yaml'], 'b.yaml'],
      [['gone.yaml', 'a.yaml'], "input 'compose-files'"],
    ]);
    await expect(discoverComposeFiles(['a.yaml', 'b.yaml'], root)).rejects.toThrow(/^b\.yaml:2/);
  });

  it('!patterns exclude default override and main files from grouping too', async () => {
    const root = repo({
      'a/compose.yaml': svc('a'),
      'a/compose.override.yaml': 'services:\n  a: {{OVERRIDE}}\n',
      'b/compose.yaml': 'services:\n  b: {{TEMPLATE}}\n',
      'b/compose.override.yaml': svc('b'),
    });
    const found = await discoverComposeFiles(
      ['**/compose*.yaml\n!a/compose.override.yaml\n!b/compose.yaml'],
      root,
    );
    expect(found.projects).toEqual([['a/compose.yaml']]);
    expect(found.failed).toEqual([]);
    expect(found.notices).toEqual([
      'b/compose.override.yaml: skipped: its base file b/compose.yaml is excluded by a ! pattern.',
    ]);
    // Without the exclusions, the override is folded in and the template is a failed project.
    const all = await discoverComposeFiles(['**/compose*.yaml'], root);
    expect(all.failed.map((f) => f.files)).toEqual([
      ['a/compose.yaml', 'a/compose.override.yaml'],
      ['b/compose.yaml', 'b/compose.override.yaml'],
    ]);
  });

  it('accepts an override file without services in an explicit list', async () => {
    const root = repo({ 'compose.yaml': svc('a'), 'name.yaml': 'name: renamed\n' });
    expect((await discoverComposeFiles(['compose.yaml:name.yaml'], root)).projects).toEqual([
      ['compose.yaml', 'name.yaml'],
    ]);
  });

  it('returns sorted, deterministic results', async () => {
    const root = repo({ 'z/compose.yaml': svc('z'), 'a/compose.yaml': svc('a'), 'm/compose.yml': svc('m') });
    const first = await discoverComposeFiles(undefined, root);
    expect(first.projects).toEqual([['a/compose.yaml'], ['m/compose.yml'], ['z/compose.yaml']]);
    expect(await discoverComposeFiles(undefined, root)).toEqual(first);
  });
});

describe('projectReferences', () => {
  it('lists the files a project reads or checks and its contexts, without loading it', async () => {
    const root = repo({
      'app/compose.yaml': [
        'include:',
        '  - path: ../lib/compose.yaml',
        '    env_file: ../lib/vars.env',
        '  - ../shared/compose.yaml',
        'services:',
        '  api:',
        '    extends: { file: ../common/base.yaml, service: base }',
        '    env_file: [config/api.env, { path: config/extra.env, required: false }]',
        '    build:',
        '      context: src',
        '      dockerfile: ../docker/api.Dockerfile',
        '      additional_contexts: { shared: ../packages/shared, img: docker-image://x, svc: "service:db" }',
        '  web:',
        '    build: ./web',
        '  remote:',
        '    build: https://github.com/acme/x.git',
        '  inline:',
        '    build: { context: ., dockerfile_inline: "FROM x" }',
        '  interpolated:',
        '    build: ${CTX}',
        '',
      ].join('\n'),
      'common/base.yaml': 'services:\n  base:\n    build: ctx\n',
      'lib/compose.yaml': 'services:\n  lib:\n    build: .\n',
      'shared/compose.yaml': 'services: [\n',
    });
    expect(await projectReferences(['app/compose.yaml'], root)).toEqual({
      files: [
        'app/.dockerignore',
        'app/.env',
        'app/compose.yaml',
        'app/config/api.env',
        'app/config/extra.env',
        'app/docker/api.Dockerfile',
        'app/docker/api.Dockerfile.dockerignore',
        'app/src/.dockerignore',
        'app/web/.dockerignore',
        'app/web/Dockerfile',
        'app/web/Dockerfile.dockerignore',
        'common/base.yaml',
        'common/ctx/.dockerignore',
        'common/ctx/Dockerfile',
        'common/ctx/Dockerfile.dockerignore',
        'lib/.dockerignore',
        'lib/Dockerfile',
        'lib/Dockerfile.dockerignore',
        'lib/compose.yaml',
        'lib/vars.env',
        'packages/shared/.dockerignore',
        'shared/.env',
        'shared/compose.yaml',
      ],
      dirs: ['app', 'app/src', 'app/web', 'common/ctx', 'lib', 'packages/shared'],
    });
  });
});
