/** Maps a key path in a parsed YAML document back to its 1-based line, for error messages. */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../runtime/errors.js';

export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

/** Parses YAML; a syntax error becomes an InputError with the file and line. */
export function parseYamlLocated(text: string, file: string): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    throw new InputError(`invalid YAML: ${err.message.split('\n')[0]}`, {
      location: { file, line: pos?.line, column: pos?.col },
      fix: 'correct the YAML syntax at that line.',
    });
  }
  return { doc, lines, file };
}

/**
 * The line of the entry at `path`: the key's line for a mapping entry, the item's for a sequence
 * item; the nearest existing parent's when the path goes further than the document.
 */
export function lineOf(y: LocatedYaml, path: (string | number)[]): number | undefined {
  let node: unknown = y.doc.contents;
  let line: number | undefined = isNode(node) && node.range ? y.lines.linePos(node.range[0]).line : undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      const key = pair.key;
      if (isNode(key) && key.range) line = y.lines.linePos(key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!isNode(item)) break;
      if (item.range) line = y.lines.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}
