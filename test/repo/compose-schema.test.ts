// The Compose schema the loader validates with is the reference Compose's own, and its compiled
// validator is the one the committed schema compiles to.
import { describe, expect, it } from '@jest/globals';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { extractSchema, SCHEMA_FILE, VALIDATOR_FILE, validatorSource } from '../../scripts/compose-schema.js';

/** The docker-compose binary on PATH (the engine's: `eval "$(bash scripts/engine.sh env)"`). */
function composeBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'docker-compose');
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // not here
    }
  }
  throw new Error('docker-compose is not on PATH; run eval "$(bash scripts/engine.sh env)" first.');
}

describe('compose-spec schema', () => {
  const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

  it('is the schema the reference docker-compose embeds', () => {
    expect(extractSchema(readFileSync(composeBinary()))).toEqual(committed);
  });

  it('has a fresh compiled validator (npm run build)', () => {
    expect(readFileSync(VALIDATOR_FILE, 'utf8') === validatorSource(committed)).toBe(true);
  });

  it('refuses what Compose 2.26.1 refuses: a later Compose key', () => {
    const schema = committed as { definitions: { service: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.definitions.service.properties)).toContain('build');
    expect(Object.keys(schema.definitions.service.properties)).not.toContain('pre_start');
  });
});
