/** Maps a key path in a parsed YAML document back to its 1-based line, for error messages. */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from './errors.js';

export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

/** Parses YAML; a syntax error becomes an InputError with the file and line. */
export function parseYamlLocated(text: string, file: string): LocatedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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

/** The line of the node at `path` (or of its nearest existing parent). */
export function lineOf(y: LocatedYaml, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return y.lines.linePos(node.range[0]).line;
  }
  return undefined;
}
