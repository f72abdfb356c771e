// The matrix entry contract: what plan-matrix writes and build-service's `entry` input accepts.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getInputs } from '../../actions/build-service/inputs.js';
import { matrixEntrySchema } from '../../shared/contracts/matrix-entry.schema.js';
import {
  MATRIX_ENTRY_VERSION,
  parseMatrixEntry,
  type MatrixEntry,
} from '../../shared/contracts/matrix-entry.js';
import { buildMatrices } from '../../shared/plan/matrix.js';
import type { PlannedService } from '../../shared/plan/types.js';
import { InputError } from '../../shared/runtime/errors.js';
import { appEntry } from '../support/build-entry.js';

const ENTRY = appEntry({ image: '127.0.0.1:5000/acme/app' });
const json = (over: Record<string, unknown> = {}, drop: string[] = []): string => {
  const e: Record<string, unknown> = { ...ENTRY, ...over };
  for (const k of drop) delete e[k];
  return JSON.stringify(e);
};

function planned(key: string, deps: string[] = []): PlannedService {
  return {
    key,
    name: key,
    project: 'p',
    composeFile: 'compose.yaml',
    definedIn: 'compose.yaml',
    context: key,
    targets: { prod: 'prod' },
    args: {},
    platforms: ['linux/amd64'],
    tags: [],
    additionalContexts: {},
    reads: [],
    refs: [],
    ignoreCandidates: [],
    ignorePatterns: [],
    localContexts: {},
    watch: [],
    deps,
    fingerprint: key,
    bases: { prod: 'node:20' },
  };
}

describe('matrix entry', () => {
  it('is written by plan-matrix with its version, and read back as written', () => {
    const { matrix, waves } = buildMatrices([planned('base'), planned('api', ['base'])], 256);
    for (const e of [...matrix.include, ...waves.flatMap((w) => w.include)]) {
      expect(e.version).toBe(MATRIX_ENTRY_VERSION);
      expect(parseMatrixEntry(JSON.stringify(e))).toEqual(e);
      // The schema describes every field plan-matrix writes.
      expect(Object.keys(matrixEntrySchema.properties).sort()).toEqual(Object.keys(e).sort());
    }
  });

  it('takes an entry without version as version 1, a partial one, and the matrix’s other dimensions', () => {
    expect(parseMatrixEntry(json({}, ['version']))).toEqual({ ...ENTRY, version: undefined });
    expect(parseMatrixEntry('{"service":"api"}')).toEqual({ service: 'api' });
    expect(parseMatrixEntry(json({ os: 'ubuntu-24.04', node: 22 }))).toMatchObject({ os: 'ubuntu-24.04' });
    expect(parseMatrixEntry('')).toEqual({});
  });

  it('refuses an unknown major version, naming the input and the fix', () => {
    expect(() => parseMatrixEntry(json({ version: 2 }), 'entry')).toThrow(
      "input 'entry': the plan-matrix entry cannot be read: it is version 2, and this reader knows version 1 only. Fix: use plan-matrix and build-service from the same release (the same @vN), or upgrade build-service.",
    );
  });

  it.each([
    ['a number for a string', { image: 7 }, "field 'image' must be string"],
    ['a nested field', { targets: { dev: ['dev'] } }, "field 'targets.dev' must be string"],
    ['an item of a list', { depends_on: ['base', 3] }, "field 'depends_on[1]' must be string"],
    ['a negative wave', { wave: -1 }, "field 'wave' must be >= 0"],
    ['a base that is no string', { bases: { prod: null } }, "field 'bases.prod' must be string"],
    ['a version that is no integer', { version: '1' }, "field 'version' must be integer"],
  ])('refuses %s, naming the input and the field', (_, over, message) => {
    let err: unknown;
    try {
      parseMatrixEntry(json(over), 'entry');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `input 'entry': ${message}. Fix: pass the entry as plan-matrix emits it (docs/schemas/matrix-entry.schema.json).`,
    );
  });

  it('refuses text that is no JSON object', () => {
    expect(() => parseMatrixEntry('{service: app')).toThrow(/input 'entry': is not JSON/);
    expect(() => parseMatrixEntry('[]')).toThrow(/input 'entry': is not a JSON object/);
  });
});

describe("build-service's entry input", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  function setInputs(inputs: Record<string, string>): void {
    for (const k of Object.keys(process.env))
      if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
    Object.assign(process.env, {
      GITHUB_WORKSPACE: resolve('test/fixtures/build'),
      GITHUB_REPOSITORY: 'acme/monorepo',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      SOURCE_DATE_EPOCH: '1700000000',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bs-')),
    });
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  }

  it('builds an entry of plan-matrix from before the version field', async () => {
    setInputs({ entry: json({}, ['version']) });
    const i = await getInputs();
    expect(i.mode === 'build' && i.request.target).toBe('prod');
  });

  const base = async (inputs: Record<string, string>): Promise<string | undefined> => {
    setInputs(inputs);
    const i = await getInputs();
    return i.mode === 'build' ? i.request.base : 'not a build';
  };
  const D = `sha256:${'b'.repeat(64)}`;

  it("takes the target's base from the entry, as plan-matrix resolved it", async () => {
    // Not what the Dockerfile says (its BASE has no value): the plan's word is taken unparsed.
    expect(await base({ entry: json({ bases: { prod: 'planned/base:1' } }) })).toBe('planned/base:1');
    expect(await base({ entry: json({ bases: { prod: '' } }) })).toBeUndefined();
    expect(await base({ entry: json({ bases: { dev: 'planned/base:1' } }), variant: 'dev' })).toBe(
      'planned/base:1',
    );
  });

  it('reads the Dockerfile when the entry has no base for the target, or an input changes FROM', async () => {
    expect(await base({ entry: json() })).toBeUndefined(); // ARG BASE without a value
    expect(await base({ entry: json(), 'build-args': 'BASE=alpine:3.20' })).toBe('alpine:3.20');
    const planned = json({ bases: { prod: 'planned/base:1', dev: 'planned/base:1' } });
    expect(await base({ entry: planned, target: 'deps', 'build-args': 'BASE=alpine:3.20' })).toBe(
      'alpine:3.20',
    );
    expect(await base({ entry: planned, 'build-args': 'BASE=alpine:3.20' })).toBe('alpine:3.20');
    expect(
      await base({
        entry: planned,
        'build-args': 'BASE=img',
        contexts: `img=docker-image://127.0.0.1:5000/base@${D}`,
      }),
    ).toBe(`127.0.0.1:5000/base@${D}`);
    expect(await base({ entry: planned, platforms: 'linux/arm64' })).toBeUndefined();
  });

  it('is validated before anything else is read, with the field path', async () => {
    setInputs({ entry: json({ targets: { dev: 1 } }), variant: 'dev' });
    await expect(getInputs()).rejects.toThrow("input 'entry': field 'targets.dev' must be string.");
    setInputs({ entry: json({ version: 3 }) });
    await expect(getInputs()).rejects.toThrow(
      /input 'entry': .* version 3, .* Fix: use plan-matrix and build-service/,
    );
  });
});

// The type and the schema list the same fields.
const _typed: Record<keyof MatrixEntry, unknown> = matrixEntrySchema.properties;
void _typed;
