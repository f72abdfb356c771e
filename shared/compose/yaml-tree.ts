/**
 * Compose files as a small YAML tree with source offsets, built from the `yaml` library's documents.
 * The library does the YAML (syntax, indentation, scalar decoding, block and flow styles, tag
 * handles); it is the one of the JavaScript parsers that reads what Go's yaml.v3, Compose's parser,
 * reads (a flow sequence closed at its key's column, for one). The tree keeps what the Compose
 * loader needs and a resolved value drops: which scalars were plain, tags, anchors, and where each
 * node starts. Scalars are parsed with the failsafe schema (every scalar a string): the loader types
 * plain scalars itself, as yaml.v3 does, not as YAML 1.2's core schema does.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { InputError, type SourceLocation } from '../runtime/errors.js';

export type YNode = YScalar | YMap | YSeq | YAlias;

interface YBase {
  /** Offset of the node's first character in the source. */
  start: number;
  /** Resolved tag (`tag:yaml.org,2002:str`, `!reset`...), when the node has one. */
  tag?: string;
}

export interface YScalar extends YBase {
  kind: 'scalar';
  value: string;
  /** Written without quotes or block indicators: its type comes from its text. */
  plain: boolean;
}

export interface YMap extends YBase {
  kind: 'map';
  pairs: [YNode, YNode][];
}

export interface YSeq extends YBase {
  kind: 'seq';
  items: YNode[];
}

export interface YAlias extends YBase {
  kind: 'alias';
  name: string;
  /** The node last anchored with `name` before the alias; undefined for an unknown anchor. */
  target?: YNode;
}

export interface YamlTree {
  /** One entry per document; null for an empty document. */
  docs: (YNode | null)[];
  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; column: number };
}

/** The prefix `!!` stands for: YAML's own tags (`!!str` is `tag:yaml.org,2002:str`). */
export const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

const PARSE_OPTIONS = {
  schema: 'failsafe',
  // Duplicate keys and `<<` merges are the converter's: it reports them as yaml.v3 does.
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/**
 * Parses every document of a YAML stream.
 *
 * @throws InputError with the file, line and column of a syntax error.
 */
export function parseYamlTree(text: string, file: string): YamlTree {
  const position = positions(text);
  const docs: (YNode | null)[] = [];
  for (const doc of parseAllDocuments(text, PARSE_OPTIONS)) {
    const err = doc.errors[0];
    if (err) {
      const { line, column } = position(Math.min(err.pos[0], text.length));
      const location: SourceLocation = { file, line, column };
      const reason = err.message
        .split('\n')[0]!
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/\.$/, '');
      throw new InputError(`invalid YAML: ${reason}.`, {
        location,
        fix: 'correct the YAML syntax at that line.',
      });
    }
    const root = doc.contents;
    docs.push(root === null || isImplicitEmpty(root) ? null : new Builder().node(root));
  }
  return { docs, position };
}

/** A document with no content: an empty plain scalar that takes no source (no tag, no anchor). */
function isImplicitEmpty(node: YamlNode): boolean {
  return isScalar(node) && node.source === '' && !node.tag && !node.anchor && node.type === 'PLAIN';
}

/** Turns the library's nodes into YNodes, linking each alias to the node anchored last before it. */
class Builder {
  private readonly anchors = new Map<string, YNode>();

  node(n: YamlNode | null, at = 0): YNode {
    if (n === null) return { kind: 'scalar', start: at, value: '', plain: true };
    const start = n.range?.[0] ?? at;
    if (isAlias(n)) return { kind: 'alias', start, name: n.source, target: this.anchors.get(n.source) };
    let out: YNode;
    if (isScalar(n)) {
      out = { kind: 'scalar', start, value: String(n.value ?? ''), plain: n.type === 'PLAIN' };
      this.mark(n, out);
    } else if (isMap(n)) {
      const map: YMap = { kind: 'map', start, pairs: [] };
      // Anchored as it opens: an alias inside it refers to it (a cycle the converter rejects).
      this.mark(n, map);
      for (const pair of n.items) {
        const key = this.node(pair.key as YamlNode | null, start);
        map.pairs.push([key, this.node(pair.value as YamlNode | null, key.start)]);
      }
      out = map;
    } else if (isSeq(n)) {
      const seq: YSeq = { kind: 'seq', start, items: [] };
      this.mark(n, seq);
      for (const item of n.items) seq.items.push(this.node(item as YamlNode | null, start));
      out = seq;
    } else {
      throw new Error(`unexpected YAML node ${String(n)}`);
    }
    return out;
  }

  private mark(n: YamlNode, out: YNode): void {
    if (n.tag) out.tag = n.tag;
    if (n.anchor) this.anchors.set(n.anchor, out);
  }
}

/** Offset → 1-based line and column, by binary search over the line starts. */
function positions(text: string): YamlTree['position'] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
