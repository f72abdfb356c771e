/**
 * Trivy's ignore files, read as Trivy reads them (docs/configuration/filtering.md, "By Finding
 * IDs"): `.trivyignore`, one id a line with `#` comments and an optional `exp:yyyy-mm-dd`, and the
 * YAML form (`.yml`/`.yaml`), whose `vulnerabilities` entries take `id` (required), `paths` (globs of
 * the package's file), `purls` (the package), `expired_at` (yyyy-mm-dd) and `statement`. An entry
 * stops applying once its expiry date has begun (UTC), as Trivy's does.
 */
import picomatch from 'picomatch';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { InputError } from '../runtime/errors.js';
import type { Finding } from './report.js';

export interface IgnoreRule {
  id: string;
  paths?: string[];
  purls?: string[];
  /** yyyy-mm-dd. */
  expiredAt?: string;
  statement?: string;
  /** Where the rule was written: `file:line` for `.trivyignore`, `file#index` for YAML. */
  source: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function problem(file: string, message: string, fix: string): InputError {
  return new InputError(`${file}: ${message}`, { input: 'ignore-file', fix });
}

/** Reads either form; the YAML one when the name ends in `.yml` or `.yaml`, as Trivy decides. Pure. */
export function parseIgnoreFile(text: string, file: string): IgnoreRule[] {
  return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file) : parseTrivyIgnore(text, file);
}

/** `.trivyignore`: `ID [exp:yyyy-mm-dd]` per line, blank lines and `#` comments skipped. */
export function parseTrivyIgnore(text: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [id, ...rest] = line.split(/\s+/) as [string, ...string[]];
    const rule: IgnoreRule = { id, source: `${file}:${i + 1}` };
    for (const field of rest) {
      if (field.startsWith('#')) break; // a comment after the id
      const exp = /^exp:(.*)$/.exec(field);
      if (!exp || !DATE.test(exp[1]!) || Number.isNaN(Date.parse(`${exp[1]}T00:00:00Z`))) {
        throw problem(
          `${file}:${i + 1}`,
          `'${field}' is not an expiry date.`,
          'write `ID exp:yyyy-mm-dd`, or the id alone.',
        );
      }
      rule.expiredAt = exp[1];
    }
    rules.push(rule);
  });
  return rules;
}

/** The YAML form's `vulnerabilities` list (misconfigurations, secrets and licenses are not scanned). */
export function parseIgnoreYaml(text: string, file: string): IgnoreRule[] {
  let doc: unknown;
  try {
    doc = load(text, { schema: CORE_SCHEMA });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    throw problem(file, `not YAML: ${err.reason} at line ${err.mark.line + 1}.`, 'fix the YAML syntax.');
  }
  if (doc === null || doc === undefined) return [];
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw problem(
      file,
      'the document is not a mapping.',
      'write `vulnerabilities:` with a list of `- id: ...`.',
    );
  const list = (doc as Record<string, unknown>)['vulnerabilities'];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list))
    throw problem(file, '`vulnerabilities` is not a list.', 'write each entry as `- id: CVE-...`.');
  return list.map((entry: unknown, i) => {
    const where = `${file}#vulnerabilities[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
      throw problem(where, 'the entry is not a mapping.', 'write `- id: CVE-...`.');
    const e = entry as Record<string, unknown>;
    if (typeof e['id'] !== 'string' || !e['id'])
      throw problem(where, '`id` is required and must be a string.', 'give the vulnerability id.');
    const rule: IgnoreRule = { id: e['id'], source: where };
    for (const key of ['paths', 'purls'] as const) {
      const v = e[key];
      if (v === undefined || v === null) continue;
      if (!Array.isArray(v) || v.some((p) => typeof p !== 'string'))
        throw problem(where, `\`${key}\` must be a list of strings.`, `write \`${key}: ["..."]\`.`);
      rule[key] = v as string[];
    }
    // YAML 1.2 reads an unquoted 2024-08-20 as a string; a Date would come from a YAML 1.1 reader.
    const exp =
      e['expired_at'] instanceof Date ? e['expired_at'].toISOString().slice(0, 10) : e['expired_at'];
    if (exp !== undefined && exp !== null) {
      if (typeof exp !== 'string' || !DATE.test(exp) || Number.isNaN(Date.parse(`${exp}T00:00:00Z`)))
        throw problem(where, `\`expired_at\` '${String(exp)}' is not a date.`, 'write yyyy-mm-dd.');
      rule.expiredAt = exp;
    }
    if (typeof e['statement'] === 'string') rule.statement = e['statement'];
    return rule;
  });
}

/** True once the rule's expiry date has begun (UTC midnight). */
export function isExpired(rule: IgnoreRule, now: number): boolean {
  return !!rule.expiredAt && now >= Date.parse(`${rule.expiredAt}T00:00:00Z`);
}

interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Map<string, string>;
}

/** `pkg:type/namespace/name@version?qualifiers#subpath` (github.com/package-url/purl-spec). */
function parsePurl(s: string): Purl | undefined {
  const m = /^pkg:([^/]+)\/(.+?)(?:@([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/.exec(s.trim());
  if (!m) return undefined;
  const path = m[2]!.split('/').map(decodeURIComponent);
  const qualifiers = new Map<string, string>();
  for (const kv of (m[4] ?? '').split('&').filter(Boolean)) {
    const eq = kv.indexOf('=');
    if (eq > 0) qualifiers.set(kv.slice(0, eq).toLowerCase(), decodeURIComponent(kv.slice(eq + 1)));
  }
  return {
    type: m[1]!.toLowerCase(),
    namespace: path.slice(0, -1).join('/'),
    name: path[path.length - 1]!,
    version: m[3] ? decodeURIComponent(m[3]) : '',
    qualifiers,
  };
}

/**
 * The rule's purl names the finding's package: same type, namespace and name; the same version when
 * the rule gives one; each qualifier the rule gives, with the same value.
 */
function purlMatches(rulePurl: string, pkgPurl: string): boolean {
  const r = parsePurl(rulePurl);
  const p = parsePurl(pkgPurl);
  if (!r || !p) return false;
  if (r.type !== p.type || r.namespace !== p.namespace || r.name !== p.name) return false;
  if (r.version && r.version !== p.version) return false;
  return [...r.qualifiers].every(([k, v]) => p.qualifiers.get(k) === v);
}

/** The rule that ignores the finding, if one does and has not expired. */
export function ignoredBy(f: Finding, rules: readonly IgnoreRule[], now: number): IgnoreRule | undefined {
  return rules.find(
    (r) =>
      r.id === f.id &&
      !isExpired(r, now) &&
      (!r.paths?.length || (!!f.path && r.paths.some((g) => picomatch.isMatch(f.path, g, { dot: true })))) &&
      (!r.purls?.length || (!!f.purl && r.purls.some((p) => purlMatches(p, f.purl)))),
  );
}

export interface IgnoreOutcome {
  kept: Finding[];
  ignored: { finding: Finding; rule: IgnoreRule }[];
}

/** Splits findings into those kept and those a rule ignores. Pure. */
export function applyIgnores(
  list: readonly Finding[],
  rules: readonly IgnoreRule[],
  now: number,
): IgnoreOutcome {
  const out: IgnoreOutcome = { kept: [], ignored: [] };
  for (const finding of list) {
    const rule = ignoredBy(finding, rules, now);
    if (rule) out.ignored.push({ finding, rule });
    else out.kept.push(finding);
  }
  return out;
}
