/**
 * Secret-looking values in an image config: keys such as `*_TOKEN` or `*PASSWORD*` with a value,
 * private-key blocks and well-known token shapes. A finding names where and the key, never the value:
 * nothing read here is ever copied into a message.
 */
import type { ImageConfig } from './image.js';

/** Key names that hold secrets (`API_TOKEN`, `DB_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, `PRIVATE_KEY`...). */
const SECRET_KEY =
  /(^|[_.-])(PASSWD|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|CREDENTIALS?)($|[_.-])|PASSWORD|SECRET|TOKEN$/i;
/** Keys that name where a secret is, not the secret (`PASSWORD_FILE=/run/secrets/db`). */
const POINTER_KEY = /[_.-](FILE|PATH|DIR)$/i;
/** Values that are secrets whatever their key. */
const SECRET_VALUE = [
  /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/,
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key ids
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, // Slack tokens
];

export interface SecretHit {
  /** `ENV`, `label` or `history step N` (1-based). */
  where: string;
  key: string;
  /** Why it looks like a secret (never the value). */
  why: 'key' | 'value';
}

/** True when `key=value` looks like a secret (a secret key with a value, or a secret value). */
export function looksSecret(
  key: string,
  value: string,
  ignore: readonly string[] = [],
): SecretHit['why'] | undefined {
  if (ignore.some((k) => k.toLowerCase() === key.toLowerCase())) return undefined;
  if (SECRET_VALUE.some((re) => re.test(value))) return 'value';
  if (value.trim() && SECRET_KEY.test(key) && !POINTER_KEY.test(key)) return 'key';
  return undefined;
}

/**
 * `KEY=value` assignments in a history step (`ENV A=1 B=2`, `ARG TOKEN=x`, the `|2 A=1 B=2` prefix
 * BuildKit writes before a RUN that sees build args). Values may be quoted.
 */
function assignments(createdBy: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /(?:^|\s)([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (const m of createdBy.matchAll(re)) out.push([m[1]!, m[2]!.replace(/^["']|["']$/g, '')]);
  return out;
}

/** Every secret-looking entry of a config's ENV, labels and history, by key. */
export function findSecrets(config: ImageConfig, ignore: readonly string[] = []): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const entry of config.config?.Env ?? []) {
    const eq = entry.indexOf('=');
    const key = eq < 0 ? entry : entry.slice(0, eq);
    const why = looksSecret(key, eq < 0 ? '' : entry.slice(eq + 1), ignore);
    if (why) hits.push({ where: 'ENV', key, why });
  }
  for (const [key, value] of Object.entries(config.config?.Labels ?? {})) {
    const why = looksSecret(key, value, ignore);
    if (why) hits.push({ where: 'label', key, why });
  }
  const env = new Set(hits.filter((h) => h.where === 'ENV').map((h) => h.key));
  (config.history ?? []).forEach((h, i) => {
    const text = h.created_by ?? '';
    const seen = new Set<string>();
    for (const [key, value] of assignments(text)) {
      // An ENV already reported is not reported again for the step that set it.
      if (seen.has(key) || (env.has(key) && /^\s*ENV\s/.test(text))) continue;
      const why = looksSecret(key, value, ignore);
      if (why) {
        seen.add(key);
        hits.push({ where: `history step ${i + 1}`, key, why });
      }
    }
    if (!seen.size && SECRET_VALUE.some((re) => re.test(text)))
      hits.push({ where: `history step ${i + 1}`, key: '(command)', why: 'value' });
  });
  return hits;
}
