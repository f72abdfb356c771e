/**
 * Metric families in the Prometheus text exposition format (version 0.0.4), the body a Pushgateway
 * accepts. Pure. Written here rather than taken from prom-client: its registry is global, mutable
 * state built for a long-lived process, and what a push needs is a few lines over plain data.
 * https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 */

export type MetricType = 'gauge' | 'counter';

export interface Sample {
  labels: Readonly<Record<string, string>>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly Sample[];
}

/** The Content-Type of the body, as the Pushgateway and Prometheus read it. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Unit suffixes the project's names end with (base units, as Prometheus's naming guide asks). */
const UNITS = ['_seconds', '_bytes', '_ratio'];

/**
 * Why a family's name breaks the project's naming rules, or undefined when it keeps them: the
 * `bka_` prefix, `_total` on counters and only on them, a unit suffix before `_total`, and no
 * reserved `__` label. Pure.
 */
export function nameProblem(family: Pick<MetricFamily, 'name' | 'type'>): string | undefined {
  const { name, type } = family;
  if (!METRIC_NAME.test(name)) return `${name} is not a valid metric name`;
  if (!name.startsWith('bka_')) return `${name} does not start with bka_`;
  if (type === 'counter' && !name.endsWith('_total')) return `the counter ${name} does not end in _total`;
  if (type !== 'counter' && name.endsWith('_total'))
    return `the ${type} ${name} ends in _total (counters only)`;
  const stem = name.replace(/_total$/, '');
  if (/_(milli|micro|nano)seconds$|_(kilo|mega|giga)?bits$|_percent$/.test(stem)) {
    return `${name} is not in base units (${UNITS.join(', ')})`;
  }
  return undefined;
}

/** A label value inside double quotes: backslash, double quote and line feed escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text: backslash and line feed escaped (a double quote stays as it is). */
export function escapeHelp(help: string): string {
  return help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** A sample value as Go's ParseFloat reads it: `NaN`, `+Inf`, `-Inf` or the shortest decimal. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function labelSet(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort();
  if (!names.length) return '';
  return `{${names.map((n) => `${n}="${escapeLabelValue(labels[n] as string)}"`).join(',')}}`;
}

/**
 * The exposition text of `families`: HELP and TYPE, then one line per sample, without timestamps
 * (the Pushgateway refuses them: Prometheus stamps each scrape). The body ends with a newline, which
 * the text format requires of its last line. A family without samples is left out.
 *
 * @throws Error on a broken name, a reserved or invalid label name, or two samples of one family
 *   with the same labels: each is a bug in the caller, which a push would only report as a 400
 */
export function exposition(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const family of families) {
    const problem = nameProblem(family);
    if (problem) throw new Error(`metric family: ${problem}`);
    if (seen.has(family.name)) throw new Error(`metric family ${family.name} appears twice`);
    seen.add(family.name);
    if (!family.samples.length) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    const sets = new Set<string>();
    for (const sample of family.samples) {
      for (const label of Object.keys(sample.labels)) {
        if (!LABEL_NAME.test(label) || label.startsWith('__')) {
          throw new Error(`metric ${family.name}: ${JSON.stringify(label)} is not a label name one may set`);
        }
      }
      const set = labelSet(sample.labels);
      if (sets.has(set)) throw new Error(`metric ${family.name}${set} appears twice`);
      sets.add(set);
      lines.push(`${family.name}${set} ${formatValue(sample.value)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
