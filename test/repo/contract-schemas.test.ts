// The contracts' schemas have one source (shared/contracts/*.schema.ts): the published files in
// docs/schemas/ and the compiled validators must be what scripts/contract-schemas.ts writes from it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { CONTRACTS, schemaText, validatorSource } from '../../scripts/contract-schemas.js';

describe.each(CONTRACTS.map((c) => [c.name, c] as const))('%s schema', (_, c) => {
  it('is published in docs/schemas/ as the code validates it (npm run build)', () => {
    expect(readFileSync(c.docsFile, 'utf8')).toBe(schemaText(c.schema));
  });

  it('has a fresh compiled validator (npm run build)', () => {
    expect(readFileSync(c.validatorFile, 'utf8') === validatorSource(c)).toBe(true);
  });

  it('is documented in docs/contracts.md', () => {
    expect(readFileSync('docs/contracts.md', 'utf8')).toContain(`(schemas/${c.name}.schema.json)`);
  });
});

it('publishes no schema without a contract', () => {
  expect(readdirSync('docs/schemas').sort()).toEqual(CONTRACTS.map((c) => `${c.name}.schema.json`).sort());
});
