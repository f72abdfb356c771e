/** What a section hands back, and how it is printed: Markdown tables for people, plain data for --json. */

export type Cell = string | number;

export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
  /** Lines printed under the table. */
  notes?: string[];
}

export interface SectionResult {
  tables: Table[];
  /** The same figures as the tables, as JSON-ready data (milliseconds, MB, counts). */
  data: Record<string, unknown>;
}

export function renderTable(t: Table): string {
  const esc = (c: Cell) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    `### ${t.title}`,
    '',
    `| ${t.columns.map(esc).join(' | ')} |`,
    `|${t.columns.map(() => '---').join('|')}|`,
  ];
  for (const row of t.rows) out.push(`| ${row.map(esc).join(' | ')} |`);
  if (t.notes?.length) out.push('', ...t.notes);
  return out.join('\n') + '\n';
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

export function fmtMB(mb: number): string {
  return `${mb.toFixed(0)} MB`;
}

export function fmtRatio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)}×` : 'n/a';
}

export function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

/** An upper-bound target and whether a figure meets it. */
export interface Check {
  target: number;
  value: number;
  pass: boolean;
}

export function check(value: number, target: number): Check {
  return { target, value, pass: value < target };
}

export function verdict(c: Check): string {
  return c.pass ? 'PASS' : 'FAIL';
}
