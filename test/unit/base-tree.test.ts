import { afterAll, describe, expect, it } from '@jest/globals';
import { lstatSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadComposeProject } from '../../shared/compose/load.js';
import { materializeDefinitions, namedFiles, parseTreeListing } from '../../shared/plan/base-tree.js';
import { execTool } from '../../shared/runtime/exec.js';
import { TempRepo } from '../support/git-repo.js';

const local = (cwd: string) => ({ cwd, exec: execTool });

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

describe('materializeDefinitions', () => {
  it('gives the base revision every directory, the files the YAML names, and links, so every layout loads', async () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.remove());
    repo.commit({
      write: {
        // A context that holds no definition file, a Dockerfile beside it, env files and a
        // Dockerfile whose names say nothing.
        'svc/compose.yaml': [
          'services:',
          '  api:',
          '    env_file: [config/app.env]',
          '    build: { context: src, dockerfile: ../docker/api.Dockerfile }',
          '  worker:',
          '    env_file: ${CONFIG_DIR:-config}/worker.env',
          '    build: { context: ../linked, dockerfile: build.df }',
          '',
        ].join('\n'),
        'svc/src/index.js': 'export {};\n',
        'svc/docker/api.Dockerfile': 'FROM scratch\n',
        'svc/config/app.env': 'A=1\n',
        'svc/config/worker.env': 'B=2\n',
        'svc/src/build.df': 'FROM scratch\n',
        'svc/README.md': 'not needed\n',
      },
    });
    symlinkSync('svc/src', join(repo.dir, 'linked'));
    const rev = repo.commit({ remove: ['svc/README.md'] });
    repo.commit({ remove: ['svc', 'linked'] }); // the checkout no longer has any of it

    const dir = await materializeDefinitions(local(repo.dir), rev);
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    expect(statSync(join(dir, 'svc/src')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'svc/config/app.env'), 'utf8')).toBe('A=1\n');
    expect(readFileSync(join(dir, 'svc/config/worker.env'), 'utf8')).toBe('B=2\n');
    expect(readFileSync(join(dir, 'svc/src/build.df'), 'utf8')).toBe('FROM scratch\n');
    expect(lstatSync(join(dir, 'linked')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'linked'))).toBe('svc/src');
    // Sources are not needed to compare definitions.
    expect(() => statSync(join(dir, 'svc/src/index.js'))).toThrow();
    const project = await loadComposeProject(['svc/compose.yaml'], { repoRoot: dir, env: {} });
    expect(project.services.map((s) => [s.name, s.build?.context, s.build?.dockerfile])).toEqual([
      ['api', 'svc/src', 'svc/docker/api.Dockerfile'],
      ['worker', 'linked', 'linked/build.df'],
    ]);
  });
});

describe('parseTreeListing', () => {
  it('sorts `git ls-tree -r -t -z` entries into directories, files and links, without node_modules', () => {
    const entries = [
      '040000 tree 1111\ta',
      '100644 blob 2222\ta/compose.yaml',
      '100755 blob 3333\ta/run.sh',
      '120000 blob 4444\ta/link',
      '160000 commit 5555\tvendor/lib',
      '040000 tree 6666\tnode_modules',
      '100644 blob 7777\tnode_modules/x/compose.yaml',
      '100644 blob 8888\tpath with\ttab',
    ];
    expect(parseTreeListing(entries.join('\0') + '\0')).toEqual({
      dirs: ['a', 'vendor/lib'],
      files: ['a/compose.yaml', 'a/run.sh', 'path with\ttab'],
      links: ['a/link'],
    });
  });
});

describe('namedFiles', () => {
  const yaml = [
    'include:\n  - path: lib/compose.yaml\n    env_file: ../vars/common.env\n',
    'services:\n  a:\n    env_file: [./config/a.env, { path: "${DIR}/b.env", required: false }]\n    build: { context: ., dockerfile: docker/a.df }\n  b:\n    env_file: /etc/abs.env\n',
    'services: [broken\n',
    'kind: Deployment\n',
  ];
  it('finds env_file and dockerfile names by path suffix, interpolated ones by file name', () => {
    const candidates = [
      'vars/common.env',
      'svc/config/a.env',
      'config/a.env.bak',
      'other/b.env',
      'x/docker/a.df',
      'a.df',
      'etc/abs.env',
      'README.md',
    ];
    expect(namedFiles(yaml, candidates)).toEqual([
      'vars/common.env',
      'svc/config/a.env',
      'other/b.env',
      'x/docker/a.df',
    ]);
    expect(namedFiles(['services: {}\n'], candidates)).toEqual([]);
  });
});
