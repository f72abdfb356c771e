// build-service's inputs: secrets kept exactly and never shown, paths kept inside the repository
// (symbolic links included), the event file, working-directory and integer inputs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../actions/build-service/inputs.js';
import { buildCommand } from '../../shared/buildx/build-args.js';
import { parseSecrets, splitSecretEntries } from '../../shared/build/input-lists.js';
import { InputError } from '../../shared/runtime/errors.js';

const D = `sha256:${'c'.repeat(64)}`;
let base: string;
let repo: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'bka-bs-inputs-')));
  repo = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(repo, 'app'), { recursive: true });
  mkdirSync(join(repo, 'templates'), { recursive: true });
  mkdirSync(join(repo, 'shared'), { recursive: true });
  mkdirSync(join(repo, 'secrets'), { recursive: true });
  mkdirSync(join(outside, 'ctx'), { recursive: true });
  writeFileSync(join(repo, 'app', 'Dockerfile'), 'FROM scratch AS prod\n');
  writeFileSync(join(repo, 'templates', 'node.Dockerfile'), 'FROM scratch AS prod\n');
  writeFileSync(join(repo, 'secrets', 'npmrc'), '//registry.example/:_authToken=file-token-value\n');
  writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch AS prod\n');
  writeFileSync(join(outside, 'id_rsa'), 'PRIVATE KEY\n');
  // Inside the repository: followed.
  symlinkSync('../templates/node.Dockerfile', join(repo, 'app', 'Node.Dockerfile'));
  symlinkSync('app', join(repo, 'app-link'));
  symlinkSync('../secrets/npmrc', join(repo, 'app', 'npmrc'));
  // Leaving it: refused.
  symlinkSync(join(outside, 'Dockerfile'), join(repo, 'app', 'Outside.Dockerfile'));
  symlinkSync('../outside/ctx', join(repo, 'ctx-out'));
  symlinkSync(join(outside, 'id_rsa'), join(repo, 'secrets', 'id_rsa'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** Sets the inputs as the runner does; `raw` values are taken as they are (no trimming). */
function setInputs(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): void {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: 'acme/monorepo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    SOURCE_DATE_EPOCH: '1700000000',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bs-')),
  });
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const all = { service: 'app', context: 'app', image: '127.0.0.1:5000/acme/app', ...inputs };
  for (const [k, v] of Object.entries(all)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

/** Runs getInputs with stdout captured (core.setSecret writes `::add-mask::` there). */
async function inputsAndLog(): Promise<{
  inputs?: Awaited<ReturnType<typeof getInputs>>;
  log: string;
  error?: Error;
}> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    return { inputs: await getInputs(), log: out.join('') };
  } catch (err) {
    return { error: err as Error, log: out.join('') };
  } finally {
    process.stdout.write = write;
  }
}

async function build(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  setInputs(inputs, env);
  const r = await inputsAndLog();
  if (r.error) throw r.error;
  if (r.inputs?.mode !== 'build') throw new Error('build mode expected');
  return { request: r.inputs.request, log: r.log };
}

async function failure(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  setInputs(inputs, env);
  const r = await inputsAndLog();
  if (!r.error) throw new Error('getInputs succeeded');
  expect(r.error).toBeInstanceOf(InputError);
  return { message: r.error.message, log: r.log };
}

describe('secrets are kept exactly', () => {
  it('keeps leading and trailing spaces of a value (the input is read untrimmed)', async () => {
    const { request } = await build({ secrets: '  token=  s3cr3t with spaces  \n' });
    expect(request.secretEnv).toEqual({ BKA_SECRET_0_TOKEN: '  s3cr3t with spaces  ' });
  });

  it('reads a quoted multi-line value, as docker/build-push-action documents it', async () => {
    const key = '-----BEGIN KEY-----\nabcdefgh\n\n"quoted" line \n-----END KEY-----';
    const { request, log } = await build({
      secrets: `"key=${key.replace(/"/g, '""')}"\nnpm=tok-123\n`,
    });
    expect(request.secretEnv).toEqual({ BKA_SECRET_0_KEY: key, BKA_SECRET_1_NPM: 'tok-123' });
    expect(request.build.secrets).toEqual([
      { id: 'key', env: 'BKA_SECRET_0_KEY' },
      { id: 'npm', env: 'BKA_SECRET_1_NPM' },
    ]);
    // The runner masks line by line: each line of a multi-line value is masked too.
    for (const line of ['abcdefgh', '"quoted" line', '-----END KEY-----'])
      expect(log).toContain(`::add-mask::${line}`);
  });

  it('splits entries: one a line, quoted ones across lines, comments and blank lines skipped', () => {
    expect(splitSecretEntries('a=1 \n\n# note\n  "b=x\n#y"\n"c=say ""hi"""\nd= \t')).toEqual([
      { text: 'a=1 ', line: 1 },
      { text: 'b=x\n#y', line: 4 },
      { text: 'c=say "hi"', line: 6 },
      { text: 'd= \t', line: 7 },
    ]);
  });

  it.each([
    ['an unclosed quote', '"key=hunter2-value\nmore', /line 1: a quoted entry has no closing quote/],
    ['text after a closing quote', '"key=hunter2-value"x', /line 1: text follows a quoted entry/],
  ])('refuses %s without showing the value', (_, text, message) => {
    let err: Error | undefined;
    try {
      splitSecretEntries(text);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(message);
    expect(err?.message).not.toContain('hunter2');
  });
});

describe('no error shows a secret', () => {
  it('secret-envs: a value given in place of a variable name is not repeated, and is masked', async () => {
    const { message, log } = await failure({ 'secret-envs': 'npm=npm_AbCdEf0123456789' });
    expect(message).toMatch(/input 'secret-envs': line 1: the secret 'npm' reads a variable that is not set/);
    expect(message).not.toContain('npm_AbCdEf0123456789');
    expect(log).toContain('::add-mask::npm_AbCdEf0123456789');
  });

  it('secret-envs: a malformed line is not repeated', async () => {
    const { message } = await failure({ 'secret-envs': 'npm_AbCdEf0123456789' });
    expect(message).toMatch(/input 'secret-envs': line 1 is not id=ENV_NAME/);
    expect(message).not.toContain('AbCdEf');
  });

  it('secrets: an invalid id (part of a value, as a base64 value without id) is not repeated', async () => {
    const { message, log } = await failure({ secrets: 'dG9r+ZW4=' });
    expect(message).toMatch(/input 'secrets': line 1: the secret id is not valid/);
    expect(message).not.toContain('dG9r');
    expect(log).toContain('::add-mask::dG9r+ZW4');
  });

  it('masks every value before an error about another line', async () => {
    const { message, log } = await failure({ secrets: 'a=first-secret\nb=\nc=third-secret' });
    expect(message).toMatch(/the secret 'b' has no value/);
    expect(log).toContain('::add-mask::first-secret');
    expect(log).toContain('::add-mask::third-secret');
  });

  it('masks secret-envs values, untrimmed and by line', async () => {
    const { request, log } = await build({ 'secret-envs': 'key=MY_KEY' }, { MY_KEY: ' line one\nline two ' });
    expect(request.build.secrets).toEqual([{ id: 'key', env: 'MY_KEY' }]);
    expect(log).toContain('::add-mask:: line one%0Aline two ');
    expect(log).toContain('::add-mask::line one');
    expect(log).toContain('::add-mask::line two');
  });
});

describe('secret-files', () => {
  it('passes a file inside the repository (through an inside link too) by its real path, masked', async () => {
    const { request, log } = await build({ 'secret-files': 'npmrc=secrets/npmrc\nlinked=app/npmrc' });
    const real = join(repo, 'secrets', 'npmrc');
    expect(request.build.secrets).toEqual([
      { id: 'npmrc', src: real },
      { id: 'linked', src: real },
    ]);
    expect(log).toContain('::add-mask:://registry.example/:_authToken=file-token-value');
    expect(
      buildCommand({ ...request.build, cacheFrom: [], cacheTo: [], output: { kind: 'local', tags: [] } }),
    ).toEqual(expect.arrayContaining(['--secret', `id=npmrc,src=${real}`]));
  });

  it('quotes a path buildx would split', () => {
    const args = buildCommand({
      context: '.',
      dockerfile: 'Dockerfile',
      platforms: [],
      buildArgs: [],
      secrets: [{ id: 'k', src: '/r/a,b"c' }],
      contexts: [],
      labels: {},
      cacheFrom: [],
      cacheTo: [],
      output: { kind: 'local', tags: [] },
      metadataFile: '/m.json',
    });
    expect(args[args.indexOf('--secret') + 1]).toBe('id=k,"src=/r/a,b""c"');
  });

  it.each<[string, string, RegExp]>([
    [
      'a link that leaves the repository',
      'key=secrets/id_rsa',
      /input 'secret-files': 'secrets\/id_rsa' leaves the repository: the symbolic link 'secrets\/id_rsa' points to '.*\/outside\/id_rsa'/,
    ],
    [
      'a path outside as text',
      'key=../outside/id_rsa',
      /input 'secret-files': '\.\.\/outside\/id_rsa' is outside the repository/,
    ],
    [
      'a missing file',
      'key=secrets/none',
      /input 'secret-files': line 1: the secret 'key' names 'secrets\/none', which does not exist/,
    ],
    ['a directory', 'key=secrets', /which is not a file/],
    [
      'an id given twice',
      'key=secrets/npmrc\nkey=secrets/npmrc',
      /line 2: the secret id 'key' is given twice/,
    ],
  ])('refuses %s', async (_, lines, message) => {
    expect((await failure({ 'secret-files': lines })).message).toMatch(message);
  });

  it('shares ids with the other secret inputs', () => {
    expect(() =>
      parseSecrets(
        { secrets: 'k=v', secretEnvs: [], secretFiles: ['k=secrets/npmrc'] },
        {},
        repo,
        () => undefined,
      ),
    ).toThrow(/'k' is given twice/);
  });
});

describe('paths stay inside the repository, symbolic links included', () => {
  it('follows a Dockerfile and a context linked inside the repository', async () => {
    const { request } = await build({ dockerfile: 'app/Node.Dockerfile', context: 'app-link' });
    expect(request.build.dockerfile).toBe('app/Node.Dockerfile');
    expect(request.build.context).toBe('app-link');
    expect(request.dockerfileText).toBe('FROM scratch AS prod\n');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a Dockerfile linked outside',
      { dockerfile: 'app/Outside.Dockerfile' },
      /input 'dockerfile': 'app\/Outside\.Dockerfile' leaves the repository: the symbolic link 'app\/Outside\.Dockerfile' points to '.*\/outside\/Dockerfile'/,
    ],
    [
      'a context linked outside',
      { context: 'ctx-out', dockerfile: 'app/Dockerfile' },
      /input 'context': 'ctx-out' leaves the repository: the symbolic link 'ctx-out' points to '\.\.\/outside\/ctx'/,
    ],
    [
      'a context outside as text',
      { context: '../outside/ctx', dockerfile: 'app/Dockerfile' },
      /input 'context': .* is outside the repository/,
    ],
    [
      'a named context linked outside',
      { contexts: 'lib=./ctx-out/' },
      /input 'contexts': '\.\/ctx-out\/' leaves the repository: the symbolic link 'ctx-out' points to '\.\.\/outside\/ctx'/,
    ],
    [
      'a named context outside as text',
      { contexts: 'lib=../outside/ctx' },
      /input 'contexts': .* is outside the repository/,
    ],
  ])('refuses %s, naming the link and its target', async (_, inputs, message) => {
    expect((await failure(inputs)).message).toMatch(message);
  });

  it('passes a named context linked inside the repository by its real path', async () => {
    const { request } = await build({ contexts: `lib=./app-link\nbase=docker-image://r/base@${D}` });
    expect(request.build.contexts).toEqual([
      ['lib', join(repo, 'app')],
      ['base', `docker-image://r/base@${D}`],
    ]);
  });
});

describe('environment and plain inputs', () => {
  it('refuses a working-directory that does not exist or is not a directory, naming it', async () => {
    expect((await failure({ 'working-directory': 'nope' })).message).toMatch(
      /input 'working-directory': 'nope' does not exist/,
    );
    expect((await failure({ 'working-directory': 'app/Dockerfile' })).message).toMatch(
      /input 'working-directory': 'app\/Dockerfile' is not a directory/,
    );
  });

  it('refuses a missing or malformed event file, naming GITHUB_EVENT_PATH', async () => {
    expect((await failure({}, { GITHUB_EVENT_PATH: join(base, 'no-event.json') })).message).toMatch(
      /GITHUB_EVENT_PATH names '.*no-event\.json', which does not exist/,
    );
    writeFileSync(join(base, 'bad-event.json'), '{"after": ');
    expect((await failure({}, { GITHUB_EVENT_PATH: join(base, 'bad-event.json') })).message).toMatch(
      /GITHUB_EVENT_PATH names '.*bad-event\.json', which is not JSON/,
    );
    // Unset (a terminal run): no event, as before.
    await expect(build({}, { GITHUB_EVENT_PATH: undefined })).resolves.toBeDefined();
  });

  it.each(['0x3', '1e1', '1.0', ' 2abc', 'Infinity', '0b1'])(
    'refuses retries %p, naming the input',
    async (v) => {
      expect((await failure({ retries: v })).message).toMatch(
        /input 'retries': '.*' is not a decimal integer/,
      );
    },
  );

  it('takes a decimal retries count with a sign or leading zeros', async () => {
    expect((await build({ retries: '+02' })).request.retries).toBe(2);
  });
});
