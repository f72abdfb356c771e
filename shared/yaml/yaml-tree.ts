/**
 * YAML as a small tree with source offsets, built from js-yaml's parse events. The library does the
 * YAML (syntax, indentation, scalar decoding, block and flow styles, tag handles); of the JavaScript
 * parsers it is a fast one that reads what Go's yaml.v3, Compose's parser, reads (a flow sequence
 * closed at its key's column, for one; js-yaml 5 refuses it). The tree keeps what the Compose loader
 * needs and a resolved value drops: which scalars were plain, tags, anchors, and where each node
 * starts. Every scalar is a string (the failsafe schema): the loader types plain scalars itself, as
 * yaml.v3 does, not as YAML 1.2's core schema does.
 */
import { FAILSAFE_SCHEMA, loadAll, Type, YAMLException, type LoadOptions, type State } from 'js-yaml';
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

// Every tag is kept as written (resolved to its full name), whatever it is: the loader gives
// `!reset`, `!override` and `!!int` their meaning, and yaml.v3 refuses no tag while parsing.
const ANY_TAG = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) => new Type('', { kind, multi: true, resolve: () => true, construct: (data: unknown) => data }),
);
const SCHEMA = FAILSAFE_SCHEMA.extend(ANY_TAG);
// js-yaml's default (100) would refuse nesting yaml.v3 reads; each level costs a few stack frames.
const MAX_DEPTH = 1000;
const DOCUMENT_MARKER = /(^|\n)---(\s|$)/;

/** What js-yaml's listener sees of a node as it closes (State's typing omits tag and anchor). */
type ClosingState = State & { tag: string | null; anchor: string | null; kind: string | null };

/** A node as it was read: where it opened and ended, what js-yaml made of it, its children. */
interface Frame {
  open: number;
  end: number;
  kind: string | null;
  result: unknown;
  tag: string | null;
  anchor: string | null;
  children: Frame[];
}

/**
 * Parses every document of a YAML stream.
 *
 * @throws InputError with the file, line and column of a syntax error.
 */
export function parseYamlTree(text: string, file: string): YamlTree {
  const position = positions(text);
  // js-yaml drops a leading byte order mark before it counts offsets.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const roots: Frame[] = [];
  const open: Frame[] = [];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      open.push({
        open: state.position + shift,
        end: 0,
        kind: null,
        result: null,
        tag: null,
        anchor: null,
        children: [],
      });
      return;
    }
    const s = state as ClosingState;
    const frame = open.pop()!;
    frame.end = s.position + shift;
    frame.kind = s.kind;
    frame.result = s.result;
    frame.tag = s.tag === '?' ? null : s.tag;
    frame.anchor = s.anchor;
    (open.length ? open[open.length - 1]!.children : roots).push(frame);
  };
  try {
    // maxDepth is js-yaml 4.3's; its typings predate it.
    const options: LoadOptions & { maxDepth: number } = {
      schema: SCHEMA,
      json: true,
      listener,
      maxDepth: MAX_DEPTH,
    };
    loadAll(text, null, options);
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const mark = err.mark as YAMLException['mark'] | undefined;
    const location: SourceLocation = {
      file,
      ...position(Math.min((mark?.position ?? 0) + shift, text.length)),
    };
    throw new InputError(`invalid YAML: ${err.reason.replace(/\.$/, '')}.`, {
      location,
      fix: 'correct the YAML syntax at that line.',
    });
  }
  const builder = new Builder(text);
  const docs: (YNode | null)[] = [];
  let from = 0;
  for (const root of roots) {
    const doc = builder.document(root);
    // An empty document counts only when a `---` marker opens it: a stream of nothing but
    // comments holds no document, as yaml.v3 reads it.
    if (doc !== null || DOCUMENT_MARKER.test(text.slice(from, root.open))) docs.push(doc);
    from = root.end;
  }
  builder.linkAliases();
  return { docs, position };
}

/** Turns the frames into YNodes, linking each alias to the node anchored last before it. */
class Builder {
  /** Anchor name → each node anchored with it and where its `&` stands. */
  private readonly anchors = new Map<string, { at: number; node: YNode }[]>();
  private readonly aliases: YAlias[] = [];

  constructor(private readonly text: string) {}

  document(root: Frame): YNode | null {
    const node = this.node(root);
    // A document with no content: nothing but comments, or nothing between two markers.
    return node.kind === 'scalar' && root.kind === null && !node.tag && !root.anchor ? null : node;
  }

  node(f: Frame): YNode {
    f = unwrap(f);
    const props = this.props(f.open);
    const c = this.text.charCodeAt(props.content);
    if (c === 0x2a /* * */ && f.kind === null && f.end > props.content) {
      const alias: YAlias = { kind: 'alias', start: props.content, name: this.aliasName(props.content + 1) };
      this.aliases.push(alias);
      return alias;
    }
    let out: YNode;
    if (f.kind === 'mapping') out = { kind: 'map', start: props.content, pairs: this.pairs(f) };
    else if (f.kind === 'sequence') out = { kind: 'seq', start: props.content, items: this.items(f) };
    else if (f.kind === 'scalar') {
      const quoted = c === 0x22 || c === 0x27 || c === 0x7c || c === 0x3e; // " ' | >
      out = { kind: 'scalar', start: props.content, value: String(f.result ?? ''), plain: !quoted };
    } else {
      // An empty node: where it opened (after its key's colon), not where the next node starts.
      out = { kind: 'scalar', start: f.open, value: '', plain: true };
    }
    if (f.tag !== null) out.tag = f.tag;
    if (f.anchor !== null) {
      const list = this.anchors.get(f.anchor) ?? [];
      list.push({ at: props.anchor, node: out });
      this.anchors.set(f.anchor, list);
    }
    return out;
  }

  /** Keys and values of a mapping: a key is followed by `:` on its line, or follows `?`. */
  private pairs(f: Frame): [YNode, YNode][] {
    const pairs: [YNode, YNode][] = [];
    const flow = this.text.charCodeAt(this.props(f.open).content) === 0x7b; // {
    let key: YNode | undefined;
    for (const child of f.children) {
      if (this.isKey(child)) {
        if (key) pairs.push([key, empty(key.start)]);
        key = this.node(child);
      } else if (key) {
        pairs.push([key, this.node(child)]);
        key = undefined;
      } else if (flow || child.kind !== null || child.tag !== null || child.anchor !== null) {
        // `{a, b: 1}`: a flow mapping's entry without a colon is a key without a value.
        const k = this.node(child);
        pairs.push([k, empty(k.start)]);
      }
      // Otherwise js-yaml looked for one more key where the mapping ends, and found nothing.
    }
    if (key) pairs.push([key, empty(key.start)]);
    return pairs;
  }

  /** Items of a sequence; `[a: 1]` holds a one-pair mapping. */
  private items(f: Frame): YNode[] {
    const items: YNode[] = [];
    const kids = f.children;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (!this.isKey(child)) {
        items.push(this.node(child));
        continue;
      }
      const key = this.node(child);
      const next = kids[i + 1];
      const value =
        next && !this.isKey(next) && next.open >= this.colonAfter(child)
          ? (i++, this.node(next))
          : empty(key.start);
      items.push({ kind: 'map', start: key.start, pairs: [[key, value]] });
    }
    return items;
  }

  private isKey(f: Frame): boolean {
    return this.colonAfter(f) >= 0 || this.explicitKey(f);
  }

  /** Offset of the `:` that follows the node on its line, or -1. */
  private colonAfter(f: Frame): number {
    if (f.end <= f.open && f.kind === null) return -1;
    let i = f.end;
    let c = this.text.charCodeAt(i);
    while (c === 0x20 || c === 0x09) c = this.text.charCodeAt(++i);
    return c === 0x3a ? i : -1;
  }

  /** True when the node follows a `?` indicator (an explicit key). */
  private explicitKey(f: Frame): boolean {
    let i = this.props(f.open).first - 1;
    let c = this.text.charCodeAt(i);
    while (i >= 0 && (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)) c = this.text.charCodeAt(--i);
    return c === 0x3f && (i === 0 || isSpace(this.text.charCodeAt(i - 1)));
  }

  /**
   * From where a node opened: its first property (`!tag`, `&anchor`), its anchor's offset and its
   * content, past spaces, line breaks and comments.
   */
  private props(from: number): { first: number; anchor: number; content: number } {
    const t = this.text;
    let i = skipSeparation(t, from);
    const first = i;
    let anchor = i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c !== 0x21 /* ! */ && c !== 0x26 /* & */) break;
      if (c === 0x26) anchor = i;
      while (i < t.length && !isSpace(t.charCodeAt(i))) i++;
      i = skipSeparation(t, i);
    }
    return { first, anchor, content: i };
  }

  private aliasName(from: number): string {
    let i = from;
    while (
      i < this.text.length &&
      !isSpace(this.text.charCodeAt(i)) &&
      !isFlowIndicator(this.text.charCodeAt(i))
    )
      i++;
    return this.text.slice(from, i);
  }

  /** Each alias refers to the node last anchored with its name before it, in document order. */
  linkAliases(): void {
    for (const alias of this.aliases) {
      let best: { at: number; node: YNode } | undefined;
      for (const a of this.anchors.get(alias.name) ?? [])
        if (a.at < alias.start && (!best || a.at > best.at)) best = a;
      alias.target = best?.node;
    }
  }
}

/**
 * js-yaml reads a node that may turn out to be a mapping's first key by reading it again one level
 * down; when no `:` follows, the outer node is the inner one (the same value). The outer keeps its
 * own tag and anchor where it has them.
 */
function unwrap(f: Frame): Frame {
  for (;;) {
    const inner = f.children[f.children.length - 1];
    if (!inner || inner.result !== f.result) return f;
    const merged = { ...f, tag: f.tag ?? inner.tag, anchor: f.anchor ?? inner.anchor };
    // A scalar, an alias or an empty node: its children were only these tries.
    if (f.kind !== 'mapping' && f.kind !== 'sequence') return { ...merged, children: [] };
    // A collection read again whole (an alias to itself has no kind, and is an item).
    if (f.children.length !== 1 || inner.kind !== f.kind) return f;
    f = { ...merged, kind: inner.kind, end: inner.end, children: inner.children };
  }
}

function empty(start: number): YScalar {
  return { kind: 'scalar', start, value: '', plain: true };
}

function skipSeparation(t: string, from: number): number {
  let i = from;
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */ && (i === 0 || isSpace(t.charCodeAt(i - 1)))) {
      while (i < t.length && t.charCodeAt(i) !== 0x0a) i++;
    } else return i;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d; // , [ ] { }
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
