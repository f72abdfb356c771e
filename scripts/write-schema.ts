// Writes the manifest's JSON Schema for editors and users; the source of truth is shared/manifest/schema.ts.
import { writeFileSync } from 'node:fs';
import { manifestSchema } from '../shared/manifest/schema.js';

writeFileSync('docs/manifest.schema.json', JSON.stringify(manifestSchema, null, 2) + '\n');
