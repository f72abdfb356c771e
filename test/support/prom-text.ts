/**
 * Reads Prometheus text exposition back (what a Pushgateway's /metrics serves), for tests: sample
 * lines only, label values unescaped, so a test can compare them with what it pushed.
 */
export interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;

function unescape(v: string): string {
  return v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

export function parseExposition(text: string): ParsedSample[] {
  const out: ParsedSample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    PAIR.lastIndex = 0;
    const body = m[2] ?? '';
    let end = 0;
    let p: RegExpExecArray | null;
    // sticky: each pair must start where the last ended, so a malformed set cannot be skipped over
    while ((p = PAIR.exec(body))) {
      labels[p[1]!] = unescape(p[2]!);
      end = PAIR.lastIndex;
    }
    if (end !== body.length) throw new Error(`cannot read the labels of: ${line}`);
    out.push({ name: m[1]!, labels, value: Number(m[3] === '+Inf' ? Infinity : m[3]) });
  }
  return out;
}

/** The samples a Pushgateway serves for one repository label (tests share the engine's gateway). */
export async function gatewaySamples(gateway: string, repository: string): Promise<ParsedSample[]> {
  const res = await fetch(`${gateway}/metrics`);
  if (!res.ok) throw new Error(`GET ${gateway}/metrics: ${res.status}`);
  return parseExposition(await res.text()).filter((s) => s.labels['repository'] === repository);
}
