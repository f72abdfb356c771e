/** YAML values with the line of each key path, for error messages that point into the file. */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { InputError } from '../runtime/errors.js';
import { parseYamlTree, type YamlTree, type YNode } from './yaml-tree.js';

export interface LocatedYaml {
  /** The document's value, typed by YAML 1.2's core schema. */
  data: unknown;
  tree: YamlTree;
  file: string;
}

/** Parses one YAML document; a syntax error or a duplicate key becomes an InputError with the file and line. */
export function parseYamlLocated(text: string, file: string): LocatedYaml {
  const tree = parseYamlTree(text, file);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const line = (err.mark as YAMLException['mark'] | undefined)?.line;
    throw new InputError(`invalid YAML: ${err.reason}.`, {
      location: { file, line: line === undefined ? undefined : line + 1 },
      fix: 'correct the YAML at that line.',
    });
  }
  return { data, tree, file };
}

/**
 * The line of the entry at `path`: the key's line for a mapping entry, the item's for a sequence
 * item; the nearest existing parent's when the path goes further than the document.
 */
export function lineOf(y: LocatedYaml, path: (string | number)[]): number | undefined {
  let node: YNode | null | undefined = y.tree.docs[0];
  if (!node) return undefined;
  let line = y.tree.position(node.start).line;
  for (const seg of path) {
    if (node.kind === 'map') {
      const pair: [YNode, YNode] | undefined = node.pairs.find(
        ([k]) => k.kind === 'scalar' && k.value === String(seg),
      );
      if (!pair) break;
      line = y.tree.position(pair[0].start).line;
      node = pair[1];
    } else if (node.kind === 'seq' && typeof seg === 'number') {
      const item: YNode | undefined = node.items[seg];
      if (!item) break;
      line = y.tree.position(item.start).line;
      node = item;
    } else break;
  }
  return line;
}
