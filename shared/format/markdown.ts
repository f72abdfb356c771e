/** Markdown for job summaries and PR comments: one escaping rule for every table the actions write. */

/** Text safe inside a table cell: a `|` would end the cell, a newline the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code; a backtick inside would close it early, so it is shown as a quote. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/**
 * A Markdown table. Cells are taken as they are (already Markdown: escape text with `cell`), so a
 * caller can put code spans and links in them.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}
