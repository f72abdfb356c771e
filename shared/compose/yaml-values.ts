/**
 * A Compose file's YAML as plain values: one mapping per document, scalars typed as yaml.v3 types
 * them, `<<` merge keys and aliases expanded, `!reset` and `!override` turned into RESET and
 * Override, strings interpolated on the way. Where each key and item was written is kept beside
 * the values (keyLocation, itemLocation) for the errors that point at them.
 */
import { InputError, type SourceLocation } from '../runtime/errors.js';
import {
  parseYamlTree,
  YAML_TAG_PREFIX,
  type YamlTree,
  type YMap,
  type YNode,
  type YScalar,
} from '../yaml/yaml-tree.js';
import { isMapping, Override, RESET, setKey, type Mapping } from './merge.js';
import { resolvePlainScalar } from './yaml-scalars.js';

/** Interpolates one string scalar found at `where()` (dotted model `path`). */
export type ScalarInterpolator = (text: string, where: () => SourceLocation, path: string) => string;

// Where each key and item was written, as source offsets: a location is made only when asked for
// (an error, a reason), not for each of the tens of thousands of keys a large monorepo has.
type Locate = (offset: number) => SourceLocation;
const keyLocations = new WeakMap<object, { locate: Locate; offsets: Map<string, number> }>();
const itemLocations = new WeakMap<object, { locate: Locate; offsets: number[] }>();

/** Where `key` of a mapping produced by parseComposeYaml was written. */
export function keyLocation(obj: unknown, key: string): SourceLocation | undefined {
  const locs = typeof obj === 'object' && obj !== null ? keyLocations.get(obj) : undefined;
  const offset = locs?.offsets.get(key);
  return offset === undefined ? undefined : locs!.locate(offset);
}

/** Where item `index` of a sequence produced by parseComposeYaml was written. */
export function itemLocation(list: unknown, index: number): SourceLocation | undefined {
  const locs = Array.isArray(list) ? itemLocations.get(list) : undefined;
  const offset = locs?.offsets[index];
  return offset === undefined ? undefined : locs!.locate(offset);
}

/** Alias expansion beyond this many nodes is refused (a "billion laughs" document). */
const MAX_NODES = 1_000_000;

/**
 * Parses a Compose file's YAML into one plain mapping per document (Compose merges several
 * documents of a file in order). Scalars are typed as Go's yaml.v3 types them, so they print as
 * Compose prints them; `<<` merge keys and aliases are expanded; `!reset` and `!override` become
 * RESET and Override. Strings go through `interpolate` when given.
 *
 * @throws InputError for a YAML error (file, line and column) or a document that is not a mapping.
 */
export function parseComposeYaml(text: string, file: string, interpolate?: ScalarInterpolator): Mapping[] {
  const tree = parsedDocuments(text, file);
  const out: Mapping[] = [];
  for (const doc of tree.docs) {
    if (doc === null) continue;
    const value = new Converter(tree, file, interpolate).value(doc, '');
    if (value === null) continue;
    if (!isMapping(value)) {
      throw new InputError(`${file} is not a Compose file: its top level must be a mapping.`, {
        location: { file, line: tree.position(doc.start).line },
        fix: 'start the file with `services:`.',
      });
    }
    out.push(value);
  }
  return out;
}

// Discovery and loading both read every Compose file, so the parsed trees are kept per file text
// for the length of one catalogue (forgetComposeYaml). They are only read after parsing.
const parsed = new Map<string, YamlTree>();
const PARSED_CACHE_MAX = 512;

/** Drops the parsed trees (each plan starts afresh). */
export function forgetComposeYaml(): void {
  parsed.clear();
}

function parsedDocuments(text: string, file: string): YamlTree {
  let hit = parsed.get(text);
  if (!hit) {
    hit = parseYamlTree(text, file);
    if (parsed.size >= PARSED_CACHE_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, hit);
  }
  return hit;
}

// Explicitly typed scalars (`!!int "7"`) take their type as yaml.v3 gives a plain scalar its own.
const TYPED_TAGS = new Set(['int', 'float', 'bool', 'null'].map((t) => YAML_TAG_PREFIX + t));

class Converter {
  private budget = MAX_NODES;
  private readonly active = new Set<YNode>();

  constructor(
    private readonly tree: YamlTree,
    private readonly file: string,
    private readonly interp?: ScalarInterpolator,
  ) {}

  private readonly locate: Locate = (offset) => ({ file: this.file, ...this.tree.position(offset) });

  private loc(node: YNode): SourceLocation {
    return this.locate(node.start);
  }

  value(node: YNode, path: string): unknown {
    if (--this.budget < 0) {
      throw new InputError('the YAML expands to too many values (aliases nested too deep).', {
        location: { file: this.file },
      });
    }
    if (node.kind === 'alias') {
      const target = node.target;
      if (!target || this.active.has(target)) {
        throw new InputError(`alias *${node.name} refers to ${target ? 'itself' : 'no anchor'}.`, {
          location: this.loc(node),
        });
      }
      this.active.add(target);
      try {
        return this.value(target, path);
      } finally {
        this.active.delete(target);
      }
    }
    if (node.tag === '!reset') return RESET;
    if (node.tag === '!override') return new Override(this.untagged(node, path));
    return this.untagged(node, path);
  }

  private untagged(node: Exclude<YNode, { kind: 'alias' }>, path: string): unknown {
    if (node.kind === 'scalar') return this.scalar(node, path);
    if (node.kind === 'map') return this.mapping(node, path);
    const list = node.items.map((item, i) => this.value(item, `${path}[${i}]`));
    itemLocations.set(list, { locate: this.locate, offsets: node.items.map((item) => item.start) });
    return list;
  }

  private scalar(node: YScalar, path: string): unknown {
    const tag = node.tag;
    // Other YAML tags (`!!str`, `!!binary`...) keep the text; unknown local tags do not change typing.
    const typed = tag ? TYPED_TAGS.has(tag) || (node.plain && !tag.startsWith(YAML_TAG_PREFIX)) : node.plain;
    let value: unknown = typed ? resolvePlainScalar(node.value) : node.value;
    if (typeof value === 'string' && this.interp && value.includes('$'))
      value = this.interp(value, () => this.loc(node), path);
    return value;
  }

  private mapping(node: YMap, path: string): Mapping {
    const out: Mapping = {};
    const offsets = new Map<string, number>();
    const merges: YNode[] = [];
    for (const [keyNode, valueNode] of node.pairs) {
      if (keyNode.kind !== 'scalar') {
        throw new InputError('mapping keys must be plain values.', { location: this.loc(keyNode) });
      }
      const key = keyNode.value;
      if (key === '<<' && keyNode.plain) {
        merges.push(valueNode);
        continue;
      }
      const before = offsets.get(key);
      if (before !== undefined) {
        throw new InputError(
          `invalid YAML: Map keys must be unique ("${key}" is already defined at line ${this.locate(before).line}).`,
          { location: this.loc(keyNode), fix: 'keep one entry per key.' },
        );
      }
      setKey(out, key, this.value(valueNode, path ? `${path}.${key}` : key));
      offsets.set(key, keyNode.start);
    }
    // YAML merge keys: explicit keys win, and earlier merged mappings win over later ones.
    const explicit = new Set(offsets.keys());
    const sources = merges.flatMap((m) => {
      const n = m.kind === 'alias' ? m.target : m;
      return n?.kind === 'seq' ? n.items : [m];
    });
    for (const src of sources.reverse()) {
      const merged = this.value(src, path);
      if (!isMapping(merged)) {
        throw new InputError('a `<<` merge key needs a mapping or a list of mappings.', {
          location: this.loc(src),
        });
      }
      for (const [k, v] of Object.entries(merged)) {
        if (explicit.has(k)) continue;
        setKey(out, k, v);
        // A merged mapping comes from this file (an anchor in it), so its offsets are this file's.
        const o = keyLocations.get(merged)?.offsets.get(k);
        if (o !== undefined) offsets.set(k, o);
      }
    }
    keyLocations.set(out, { locate: this.locate, offsets });
    return out;
  }
}
/** A plain value as a string, as Compose prints it (a mapping or a list as JSON). */
export function scalarString(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}
