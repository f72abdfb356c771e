/**
 * A validator of the official SARIF 2.1.0 JSON Schema (test/fixtures/scan/README.md says where it
 * comes from). The schema is draft-04; its only draft-04 keyword in use is the top-level `id` (no
 * boolean exclusiveMinimum), so Ajv's draft-07 validator reads it once `id` is `$id`. One of its
 * patterns (a language tag) is not valid with the `u` flag, hence `unicodeRegExp: false`; the three
 * formats it uses are checked here (ajv-formats is not a dependency).
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('test/fixtures/scan/sarif-2.1.0-rtm.5.json', 'utf8')) as Record<
  string,
  unknown
>;
const { id, ...rest } = schema;
delete rest['$schema'];
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'http://base.invalid/'));
ajv.addFormat('date-time', (s: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s),
);
const compiled = ajv.compile({ $id: id as string, ...rest });

/** The schema's errors for a SARIF log; [] when it is valid. */
export function sarifProblems(log: unknown): unknown[] {
  return compiled(log) ? [] : [...(compiled.errors ?? [])];
}
