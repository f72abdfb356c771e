// The build result contract: what build-service writes, and the reader the actions after it use.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResultSchema } from '../../shared/contracts/build-result.schema.js';
import {
  BUILD_RESULT_VERSION,
  buildResult,
  buildResultText,
  parseBuildResult,
  readBuildResult,
  type BuildResult,
} from '../../shared/contracts/build-result.js';
import { InputError } from '../../shared/runtime/errors.js';

const FIXTURE = 'test/fixtures/contracts/build-result.json';
const text = readFileSync(FIXTURE, 'utf8');
const valid = JSON.parse(text) as BuildResult;

/** A copy of the fixture with `change` applied to it. */
function variant(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(text) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}

describe('build result', () => {
  it('is the outcome with the version first', () => {
    const { version, ...outcome } = valid;
    expect(version).toBe(BUILD_RESULT_VERSION);
    expect(buildResult(outcome)).toEqual(valid);
    expect(Object.keys(buildResult(outcome))[0]).toBe('version');
    expect(buildResultText(outcome)).toBe(JSON.stringify({ version: 1, ...outcome }, null, 2) + '\n');
  });

  it('has a schema property for every field of the type', () => {
    const every: Required<BuildResult> = valid as Required<BuildResult>;
    expect(Object.keys(buildResultSchema.properties).sort()).toEqual(Object.keys(every).sort());
  });

  it('reads what build-service writes, and a merge without optional fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-result-'));
    const file = join(dir, 'app.json');
    const { version, ...outcome } = valid;
    expect(version).toBe(1);
    writeFileSync(file, buildResultText(outcome));
    expect(readBuildResult(file)).toEqual(valid);

    const merge = variant((d) => {
      d['mode'] = 'merge';
      for (const k of ['variant', 'target', 'cacheHitRatio', 'imageSize', 'layers', 'buildx']) delete d[k];
    });
    expect(parseBuildResult(merge, 'merge.json').mode).toBe('merge');
  });

  it('keeps fields a newer build-service adds within the version', () => {
    const newer = variant((d) => (d['sbom'] = { format: 'spdx' }));
    expect(parseBuildResult(newer, 'r.json')).toMatchObject({ sbom: { format: 'spdx' } });
  });

  it.each([
    ['a missing field', (d: Record<string, unknown>) => delete d['digest'], /field 'digest' is missing/],
    [
      'a nested missing field',
      (d: Record<string, unknown>) => delete (d['perPlatform'] as Record<string, unknown>[])[0]!['size'],
      /field 'perPlatform\[0\]\.size' is missing/,
    ],
    [
      'an unknown step kind',
      (d: Record<string, unknown>) => ((d['steps'] as Record<string, unknown>[])[2]!['kind'] = 'run'),
      /field 'steps\[2\]\.kind' must be one of "instruction", "from"/,
    ],
    [
      'a ratio above 1',
      (d: Record<string, unknown>) => (d['cacheHitRatio'] = 1.5),
      /field 'cacheHitRatio' must be <= 1/,
    ],
    [
      'a digest that is not one',
      (d: Record<string, unknown>) => (d['digest'] = 'latest'),
      /field 'digest' must match/,
    ],
    ['a string count', (d: Record<string, unknown>) => (d['layers'] = '3'), /field 'layers' must be integer/],
  ])('refuses %s, naming the file and the field', (_, change, message) => {
    const err = (() => {
      try {
        parseBuildResult(variant(change), '/tmp/r/app.json');
      } catch (e) {
        return e as InputError;
      }
      throw new Error('expected an error');
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^the build result \/tmp\/r\/app\.json does not match its schema: /);
    expect(err.message).toMatch(message);
    expect(err.message).toContain('docs/schemas/build-result.schema.json');
  });

  it('lists every problem, not the first one only', () => {
    const doc = variant((d) => {
      delete d['digest'];
      d['attempts'] = 0;
    });
    expect(() => parseBuildResult(doc, 'r.json')).toThrow(
      /field 'attempts' must be >= 1; field 'digest' is missing\./,
    );
  });

  it('refuses another major version, and a document without version, with the fix', () => {
    expect(() =>
      parseBuildResult(
        variant((d) => (d['version'] = 2)),
        'r.json',
      ),
    ).toThrow(
      /the build result r\.json cannot be read: it is version 2, and this reader knows version 1 only\. Fix: use this action from the same release as build-service/,
    );
    expect(() =>
      parseBuildResult(
        variant((d) => delete d['version']),
        'r.json',
      ),
    ).toThrow(/field 'version' is missing/);
  });

  it('refuses a file that is missing or not JSON, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-result-'));
    expect(() => readBuildResult(join(dir, 'none.json'))).toThrow(
      /the build result .*none\.json does not exist\./,
    );
    writeFileSync(join(dir, 'cut.json'), text.slice(0, 40));
    expect(() => readBuildResult(join(dir, 'cut.json'))).toThrow(
      /the build result .*cut\.json is not JSON: /,
    );
    expect(() => parseBuildResult('[]', 'a.json')).toThrow(/the document must be object/);
  });

  it('reads through the reader it is given', () => {
    expect(readBuildResult('any.json', () => text)).toEqual(valid);
  });
});
