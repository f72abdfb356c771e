import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../shared/runtime/errors.js';
import { buildCatalog, loaderWarnings } from '../../shared/plan/catalog.js';
import { plainMessage, settleFailures } from '../../shared/plan/failures.js';
import { EMPTY_MANIFEST, type Manifest } from '../../shared/manifest/settings.js';
import type { ComposeProject } from '../../shared/compose/types.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-failures-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const GOOD = {
  'app/compose.yaml': 'services:\n  app:\n    build: .\n',
  'app/Dockerfile': 'FROM scratch\nCOPY . /\n',
};
// A template nobody fills in, a sample with a duplicated key, a file whose context was renamed.
const BROKEN = {
  'templates/compose.yaml': 'services:\n  {{NAME}}:\n    build: .\n',
  'samples/compose.yaml': 'services:\n  s:\n    image: a\n    image: b\n',
  'old/compose.yaml': 'services:\n  old:\n    build: ../renamed\n',
};

async function catalog(files: Record<string, string>, composeFiles?: string[], manifest = EMPTY_MANIFEST) {
  const root = repo(files);
  return { root, catalog: await buildCatalog({ repoRoot: root, composeFiles, manifest, env: {} }) };
}

describe('buildCatalog: Compose files that do not load', () => {
  it('leaves out glob-found files that do not load, with their errors, and keeps the others', async () => {
    const { catalog: c } = await catalog({ ...GOOD, ...BROKEN });
    expect(c.services.map((s) => s.key)).toEqual(['app']);
    expect(
      c.failed.map((f) => [f.files, f.error.details.location?.file, f.error.details.location?.line]),
    ).toEqual([
      [['old/compose.yaml'], 'old/compose.yaml', 3],
      [['samples/compose.yaml'], 'samples/compose.yaml', 4],
      [['templates/compose.yaml'], 'templates/compose.yaml', 2],
    ]);
  });

  it('an explicitly named file that does not load still fails; keepGoing leaves it out', async () => {
    const root = repo({ ...GOOD, ...BROKEN });
    const opts = {
      repoRoot: root,
      composeFiles: ['app/compose.yaml', 'samples/compose.yaml'],
      manifest: EMPTY_MANIFEST,
      env: {},
    };
    await expect(buildCatalog(opts)).rejects.toThrow(/^samples\/compose\.yaml:4/);
    const kept = await buildCatalog({ ...opts, keepGoing: true, models: false });
    expect(kept.services.map((s) => s.key)).toEqual(['app']);
    expect(kept.failed.map((f) => f.files)).toEqual([['samples/compose.yaml']]);
  });

  it('leaves out glob-found projects whose builds cannot be planned, and keeps the others', async () => {
    const unplannable = {
      // A Dockerfile without FROM, and a platform BuildKit does not know.
      'nofrom/compose.yaml': 'services:\n  nofrom:\n    build: .\n',
      'nofrom/Dockerfile': 'RUN true\n',
      'arch/compose.yaml': 'services:\n  arch:\n    build:\n      context: .\n      platforms: [linux/z80]\n',
      'arch/Dockerfile': 'FROM scratch\n',
    };
    const { root, catalog: c } = await catalog({ ...GOOD, ...unplannable });
    expect(c.services.map((s) => s.key)).toEqual(['app']);
    expect(c.failed.map((f) => [f.files[0], f.error.details.location?.file])).toEqual([
      ['arch/compose.yaml', 'arch/compose.yaml'],
      ['nofrom/compose.yaml', 'nofrom/Dockerfile'],
    ]);
    expect(c.projects.map((p) => p.files[0])).toEqual(['app/compose.yaml']);
    // Untouched, both are skipped; a change to the Dockerfile makes its project fail the plan.
    expect(await settleFailures(c.failed, ['app/Dockerfile'], root)).toHaveLength(2);
    const err = await settleFailures(c.failed, ['nofrom/Dockerfile'], root).catch((e: unknown) => e);
    expect((err as Error).message).toContain('This change touches nofrom/Dockerfile');
    // Named explicitly, such a project must plan.
    const explicit = buildCatalog({
      repoRoot: root,
      composeFiles: ['app/compose.yaml', 'arch/compose.yaml'],
      manifest: EMPTY_MANIFEST,
      env: {},
    });
    await expect(explicit).rejects.toThrow(/linux\/z80/);
  });

  it('a manifest entry for a service of a skipped file is a notice, not an error', async () => {
    const manifest: Manifest = {
      ...EMPTY_MANIFEST,
      file: '.github/buildkit-actions.yml',
      services: { app: { depends_on: ['old'] }, old: {} },
      lines: {},
    };
    const { catalog: c } = await catalog({ ...GOOD, ...BROKEN }, undefined, manifest);
    expect(c.services.map((s) => s.key)).toEqual(['app']);
    expect(c.notices).toEqual(
      expect.arrayContaining([
        "manifest service 'old' is not a built service of the Compose files that load (a skipped file may define it).",
        "manifest key 'services.app.depends_on' names 'old', which is not a built service of the Compose files that load.",
      ]),
    );
    // With every file loading, the same manifest is an error, as before.
    await expect(catalog(GOOD, undefined, manifest)).rejects.toThrow(/manifest service 'old'/);
  });
});

describe('settleFailures', () => {
  it('skips what the change does not touch: the file, the line of the problem, and what is wrong', async () => {
    const { root, catalog: c } = await catalog({ ...GOOD, ...BROKEN });
    const skipped = await settleFailures(c.failed, ['app/Dockerfile', 'README.md'], root);
    expect(skipped.map(({ file, line }) => [file, line])).toEqual([
      ['old/compose.yaml', 3],
      ['samples/compose.yaml', 4],
      ['templates/compose.yaml', 2],
    ]);
    expect(skipped[1]!.message).toMatch(/^invalid YAML: .*"image".*Fix: /); // no file:line prefix, the fix kept
    expect(skipped[1]!.annotation).toMatchObject({ file: 'samples/compose.yaml', line: 4 });
    expect(skipped[1]!.annotation.message).toMatch(
      /^samples\/compose\.yaml is skipped, its services are not planned: /,
    );
    // With nothing changed (every service planned on request) nothing can have broken them.
    expect(await settleFailures(c.failed, [], root)).toHaveLength(3);
  });

  it('a problem in an included file: the annotation is there, the skipped entry names the project', async () => {
    const { root, catalog: c } = await catalog({
      ...GOOD,
      'stack/compose.yaml': 'include: [parts/db.yaml]\nservices:\n  web:\n    image: web\n',
      'stack/parts/db.yaml': 'services:\n  db:\n    image: a\n    image: b\n',
    });
    const [s] = await settleFailures(c.failed, [], root);
    expect(s).toMatchObject({
      file: 'stack/compose.yaml',
      annotation: { file: 'stack/parts/db.yaml', line: 4 },
    });
    expect(s!.line).toBeUndefined();
    expect(s!.message).toMatch(/^stack\/parts\/db\.yaml:4: /);
  });

  it.each([
    ['the file itself', 'samples/compose.yaml', 'samples/compose.yaml'],
    ['its .env', 'samples/.env', 'samples/compose.yaml'],
    ['its missing Dockerfile', 'df/api.Dockerfile', 'df/compose.yaml'],
    ['a file it includes', 'stack/parts/db.yaml', 'stack/compose.yaml'],
  ])('fails when the change touches %s', async (_, changed, failing) => {
    const { root, catalog: c } = await catalog({
      ...GOOD,
      ...BROKEN,
      'df/compose.yaml': 'services:\n  df:\n    build: { context: ., dockerfile: api.Dockerfile }\n',
      'stack/compose.yaml': 'include: [parts/db.yaml]\nservices:\n  web:\n    image: web\n',
      'stack/parts/db.yaml': 'services:\n  db:\n    image: a\n    image: b\n',
    });
    expect(c.failed).toHaveLength(5);
    const err = await settleFailures(c.failed, [changed], root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^[a-z/]+\.yaml:\d+(:\d+)?: /);
    expect((err as Error).message).toContain(`This change touches ${changed}`);
    expect((err as Error).message).toContain(`so ${failing} must load`);
  });

  it('fails when the change touches a file it includes through an interpolated path', async () => {
    // Only the loader knows `${PARTS:-parts}` is `parts`: the file names it, the loader read it.
    const { root, catalog: c } = await catalog({
      ...GOOD,
      'ext/compose.yaml': 'include: ["${PARTS:-parts}/db.yaml"]\nservices:\n  web:\n    environment: [A=1]\n',
      'ext/parts/db.yaml': 'services:\n  db:\n    image: postgres\n',
    });
    expect(c.failed.map((f) => f.files)).toEqual([['ext/compose.yaml']]);
    expect(c.failed[0]!.reads).toEqual(['ext/compose.yaml', 'ext/parts/db.yaml']);
    const err = await settleFailures(c.failed, ['ext/parts/db.yaml'], root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(
      'This change touches ext/parts/db.yaml, which ext/compose.yaml reads',
    );
    // Untouched, the same project is skipped.
    expect(await settleFailures(c.failed, ['README.md'], root)).toHaveLength(1);
  });

  it('fails when the change removed or renamed its build context', async () => {
    const { root, catalog: c } = await catalog({ ...GOOD, ...BROKEN });
    const err = await settleFailures(c.failed, ['renamed/src/app.js', 'moved/src/app.js'], root).catch(
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(
      /^old\/compose\.yaml:3:\d+: .*renamed.*This change touches renamed\/src\/app\.js, which old\/compose\.yaml reads/,
    );
  });
});

describe('plainMessage', () => {
  it('drops the input and location prefixes InputError adds, and keeps the fix', () => {
    const e = new InputError('it is broken.', {
      input: 'compose-files',
      location: { file: 'a.yaml', line: 3, column: 5 },
      fix: 'mend it.',
    });
    expect(e.message).toBe("input 'compose-files': a.yaml:3:5: it is broken. Fix: mend it.");
    expect(plainMessage(e)).toBe('it is broken. Fix: mend it.');
    expect(plainMessage(new InputError('plain.'))).toBe('plain.');
  });
});

describe('loaderWarnings', () => {
  const project = (warnings: ComposeProject['warnings']): ComposeProject => ({
    name: 'p',
    files: ['compose.yaml'],
    sources: ['compose.yaml', 'lib.yaml'],
    services: [],
    warnings,
  });

  it('annotates each warning once, at its file, line and column when the loader gives them', () => {
    const refused = {
      message: 'Compose refuses this file: ports: unknown key "x".',
      location: { file: 'lib.yaml', line: 7, column: 9 },
    };
    expect(
      loaderWarnings([
        project([refused, { message: 'The "X" variable is not set. Defaulting to a blank string.' }]),
        project([refused]),
      ]),
    ).toEqual([
      { message: refused.message, file: 'lib.yaml', line: 7, column: 9 },
      { message: 'The "X" variable is not set. Defaulting to a blank string.', file: 'compose.yaml' },
    ]);
  });
});
