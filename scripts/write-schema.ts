// Writes the JSON Schemas for editors and users: the manifest's (source of truth: shared/manifest/schema.ts)
// and the contracts' with their compiled validators (shared/contracts/*.schema.ts).
import { writeFileSync } from 'node:fs';
import { manifestSchema } from '../shared/manifest/schema.js';
import { writeContractFiles } from './contract-schemas.js';

writeFileSync('docs/manifest.schema.json', JSON.stringify(manifestSchema, null, 2) + '\n');
writeContractFiles();
