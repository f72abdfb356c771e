/**
 * Compose files as a small YAML tree with source offsets, built from js-yaml's event parser.
 * js-yaml does the YAML (syntax, indentation, scalar decoding, block and flow styles); the tree
 * keeps what the Compose loader needs and a resolved value drops: which scalars were plain, tags,
 * anchors, and where each node starts. Building it is several times faster than a full document
 * model, which matters when a monorepo has tens of thousands of Compose lines.
 */
import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, YAMLException, type Event } from 'js-yaml';
import { InputError, type SourceLocation } from '../errors.js';

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

/**
 * Parses every document of a YAML stream.
 *
 * @throws InputError with the file, line and column of a syntax error.
 */
export function parseYamlTree(text: string, file: string): YamlTree {
  const position = positions(text);
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const mark = err.mark as { line?: number; column?: number } | undefined;
    const reason = (err.reason || err.message.split('\n')[0] || 'syntax error').replace(/ \(\d+:\d+\)$/, '');
    const location: SourceLocation = { file };
    if (mark?.line !== undefined) location.line = mark.line + 1;
    if (mark?.column !== undefined) location.column = mark.column + 1;
    throw new InputError(`invalid YAML: ${reason}.`, {
      location,
      fix: 'correct the YAML syntax at that line.',
    });
  }
  return { docs: build(events, text), position };
}

/** Folds the flat event stream into trees, resolving tags and linking aliases to their anchors. */
function build(events: Event[], text: string): (YNode | null)[] {
  const docs: (YNode | null)[] = [];
  // Open collections; a mapping collects keys and values alternately in `pending`.
  const stack: { node: YMap | YSeq; pending?: YNode }[] = [];
  let anchors = new Map<string, YNode>();
  let handles = new Map<string, string>();
  let doc: YNode | null = null;
  let inDocument = false;

  const attach = (node: YNode, implicit = false): void => {
    const top = stack.at(-1);
    if (!top) {
      // An empty document is an implicit empty scalar: no content.
      doc = implicit ? null : node;
      return;
    }
    if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.pending === undefined) top.pending = node;
    else {
      top.node.pairs.push([top.pending, node]);
      top.pending = undefined;
    }
  };
  const props = (e: { tagStart: number; tagEnd: number; anchorStart: number; anchorEnd: number }) => ({
    tag: e.tagStart >= 0 ? resolveTag(text.slice(e.tagStart, e.tagEnd), handles) : undefined,
    anchor: e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined,
  });

  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT: {
        if (inDocument) {
          docs.push(doc);
          doc = null;
          anchors = new Map();
        }
        inDocument = true;
        handles = new Map(
          e.directives.flatMap((d) => (d.kind === 'tag' ? [[d.handle, d.prefix] as [string, string]] : [])),
        );
        break;
      }
      case EVENT_ID.SCALAR: {
        const { tag, anchor } = props(e);
        const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
        // A quoted scalar starts at its quote, as an editor shows it.
        const start =
          quoted && e.valueStart > 0 && `'"`.includes(text[e.valueStart - 1]!)
            ? e.valueStart - 1
            : e.valueStart;
        const node: YScalar = {
          kind: 'scalar',
          start: Math.max(0, start),
          value: getScalarValue(text, e),
          plain: e.style === SCALAR_STYLE.PLAIN,
        };
        if (tag) node.tag = tag;
        if (anchor) anchors.set(anchor, node);
        attach(node, e.valueStart < 0);
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const { tag, anchor } = props(e);
        const node: YMap | YSeq =
          e.type === EVENT_ID.MAPPING
            ? { kind: 'map', start: e.start, pairs: [] }
            : { kind: 'seq', start: e.start, items: [] };
        if (tag) node.tag = tag;
        // Anchored as it opens: an alias inside it refers to it (a cycle the converter rejects).
        if (anchor) anchors.set(anchor, node);
        attach(node);
        stack.push({ node });
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        // The alias's own offset: the `*` before its name.
        attach({ kind: 'alias', start: Math.max(0, e.anchorStart - 1), name, target: anchors.get(name) });
        break;
      }
      case EVENT_ID.POP: {
        if (stack.length > 0) stack.pop();
        else if (inDocument) {
          docs.push(doc);
          doc = null;
          inDocument = false;
          anchors = new Map();
        }
        break;
      }
    }
  }
  if (inDocument) docs.push(doc);
  return docs;
}

/** `!!str` → `tag:yaml.org,2002:str`, `!<uri>` → uri, `%TAG` handles expanded; `!local` as written. */
function resolveTag(raw: string, handles: Map<string, string>): string {
  if (raw.startsWith('!<') && raw.endsWith('>')) return decodeURIComponent(raw.slice(2, -1));
  const m = /^(!(?:[\w-]*!)?)(.*)$/.exec(raw);
  if (!m) return raw;
  const [, handle, suffix] = m as unknown as [string, string, string];
  const prefix =
    handles.get(handle) ?? (handle === '!!' ? YAML_TAG_PREFIX : handle === '!' ? '!' : undefined);
  return prefix === undefined ? raw : prefix + decodeURIComponent(suffix);
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
