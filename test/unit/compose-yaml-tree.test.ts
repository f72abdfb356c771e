import { describe, expect, it } from '@jest/globals';
import { itemLocation, keyLocation, parseComposeYaml } from '../../shared/compose/yaml-values.js';
import { Override, RESET } from '../../shared/compose/merge.js';
import { parseYamlTree, type YNode } from '../../shared/yaml/yaml-tree.js';
import { InputError } from '../../shared/runtime/errors.js';

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseYamlTree', () => {
  it('keeps plain versus quoted scalars, tags and offsets', () => {
    const text = 'a: 1\nb: "1"\nc: !!str 1\nd: !reset x\ne: |\n  body\n';
    const tree = parseYamlTree(text, 'f.yaml');
    const root = tree.docs[0] as Extract<YNode, { kind: 'map' }>;
    const values = root.pairs.map(([, v]) => v as Extract<YNode, { kind: 'scalar' }>);
    expect(values.map((v) => [v.value, v.plain, v.tag])).toEqual([
      ['1', true, undefined],
      ['1', false, undefined],
      ['1', true, 'tag:yaml.org,2002:str'],
      ['x', true, '!reset'],
      ['body\n', false, undefined],
    ]);
    // A quoted scalar starts at its quote.
    expect(tree.position(values[1]!.start)).toEqual({ line: 2, column: 4 });
  });

  it('expands %TAG handles and verbatim tags', () => {
    const text = '%TAG !e! tag:example.com,2000:\n---\na: !e!thing 1\nb: !<tag:yaml.org,2002:str> 2\n';
    const root = parseYamlTree(text, 'f.yaml').docs[0] as Extract<YNode, { kind: 'map' }>;
    expect(root.pairs.map(([, v]) => v.tag)).toEqual(['tag:example.com,2000:thing', 'tag:yaml.org,2002:str']);
  });

  it('returns one tree per document, null for an empty one', () => {
    const tree = parseYamlTree('a: 1\n---\n---\nb: 2\n', 'f.yaml');
    expect(tree.docs).toHaveLength(3);
    expect(tree.docs[1]).toBeNull();
  });

  it('links an alias to the node anchored last before it', () => {
    const text = 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n';
    const [doc] = parseComposeYaml(text, 'f.yaml');
    expect(doc).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('reports a syntax error with the file, line and column', () => {
    const err = thrown(() => parseYamlTree('services:\n  a: 1\n b: 2\n', 'compose.yaml'));
    expect(err.message).toMatch(/^compose\.yaml:3:\d+: invalid YAML: bad indentation of a mapping entry\./);
    expect(err.details.location).toMatchObject({ file: 'compose.yaml', line: 3 });
  });
});

/** A tree as text: `value@line:column`, quoted when not plain, `*name->line:column` for an alias. */
function show(text: string): string {
  const tree = parseYamlTree(text, 'f.yaml');
  const at = (offset: number) => `${tree.position(offset).line}:${tree.position(offset).column}`;
  const node = (n: YNode | null): string => {
    if (n === null) return '~';
    const tag = n.tag ? `${n.tag} ` : '';
    if (n.kind === 'alias') return `*${n.name}->${n.target ? at(n.target.start) : '?'}`;
    if (n.kind === 'scalar') return `${tag}${n.plain ? n.value : JSON.stringify(n.value)}@${at(n.start)}`;
    if (n.kind === 'seq') return `${tag}[${n.items.map(node).join(', ')}]@${at(n.start)}`;
    return `${tag}{${n.pairs.map(([k, v]) => `${node(k)}: ${node(v)}`).join(', ')}}@${at(n.start)}`;
  };
  return tree.docs.map(node).join(' | ');
}

// js-yaml reports each node as it opens and closes; the tree pairs keys and values from where they
// were written. Each case below is one way YAML writes a mapping entry or an item.
describe("the tree built from js-yaml's parse events", () => {
  it.each([
    ['an empty value, at its colon', 'a:\nb: 1\nc:\n', '{a@1:1: @1:3, b@2:1: 1@2:4, c@3:1: @3:3}@1:1'],
    [
      'flow pairs in a sequence and keys without values in a flow mapping',
      'a: [b: 1, c, d: ]\ne: {f, g: 2, h: }\n',
      '{a@1:1: [{b@1:5: 1@1:8}@1:5, c@1:11, {d@1:14: @1:17}@1:14]@1:4, e@2:1: {f@2:5: @2:5, g@2:8: 2@2:11, h@2:14: @2:17}@2:4}@1:1',
    ],
    [
      'explicit keys, with and without a value',
      '? a\n: 1\n? b\nc: 2\n',
      '{a@1:3: 1@2:3, b@3:3: @3:3, c@4:1: 2@4:4}@1:1',
    ],
    [
      "a sequence at its key's indentation",
      'a:\n- 1\n- 2\nb: x\n',
      '{a@1:1: [1@2:3, 2@3:3]@2:1, b@4:1: x@4:4}@1:1',
    ],
    [
      'an anchor on a first key, an alias to it, a tag on a block mapping',
      '- &k x: 1\n- *k\n- !t\n  z: 2\n',
      '[{x@1:6: 1@1:9}@1:6, *k->1:6, !t {z@4:3: 2@4:6}@4:3]@1:1',
    ],
    ['an alias before a flow indicator', 'x: [&a y, *a]\n', '{x@1:1: [y@1:8, *a->1:8]@1:4}@1:1'],
    [
      "a flow sequence closed at its key's column",
      'command: [\n  "start",\n  "--uri"\n]\n',
      '{command@1:1: ["start"@2:3, "--uri"@3:3]@1:10}@1:1',
    ],
    ['a byte order mark, counted as a column', '\ufeffa: [1, 2]\n', '{a@1:2: [1@1:6, 2@1:9]@1:5}@1:2'],
    ['comments between keys and values', 'a: # c\n  # d\n  - x # e\n', '{a@1:1: [x@3:5]@3:3}@1:1'],
    ['block and quoted scalars', "a: |\n  x\nb: 'y'\n", '{a@1:1: "x\\n"@1:4, b@3:1: "y"@3:4}@1:1'],
    ['nothing but a comment: no document', '# only\n', ''],
    ['an empty document after a marker', 'a: 1\n---\n', '{a@1:1: 1@1:4}@1:1 | ~'],
  ])('%s', (_name, text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it('resolves a key anchor to the key, not the mapping', () => {
    expect(parseComposeYaml('a:\n- &k x: 1\n- *k\n', 'f.yaml')).toEqual([{ a: [{ x: 1 }, 'x'] }]);
  });
});

describe('parseComposeYaml on the tree', () => {
  it('types scalars as yaml.v3 does, honouring explicit tags', () => {
    const [doc] = parseComposeYaml(
      'a: 010\nb: "010"\nc: !!str true\nd: !!int "7"\ne: 1e3\nf: ~\ng: yes\n',
      'f.yaml',
    );
    expect(doc).toEqual({ a: 8, b: '010', c: 'true', d: 7, e: '1000', f: null, g: 'yes' });
  });

  it('turns !reset and !override into merge markers', () => {
    const [doc] = parseComposeYaml('a: !reset null\nb: !override [1]\n', 'f.yaml');
    expect(doc!.a).toBe(RESET);
    expect(doc!.b).toBeInstanceOf(Override);
    expect((doc!.b as Override).value).toEqual([1]);
  });

  it('rejects duplicate keys at the second one, naming the first', () => {
    const err = thrown(() => parseComposeYaml('a: 1\nb: 2\na: 3\n', 'f.yaml'));
    expect(err.message).toMatch(
      /^f\.yaml:3:1: invalid YAML: Map keys must be unique \("a" is already defined at line 1\)/,
    );
  });

  it('rejects an alias to itself and an unknown anchor', () => {
    expect(thrown(() => parseComposeYaml('x: &a [*a]\n', 'f.yaml')).message).toMatch(
      /alias \*a refers to itself/,
    );
    expect(thrown(() => parseComposeYaml('x: *nope\n', 'f.yaml')).message).toMatch(
      /unidentified alias|no anchor/,
    );
  });

  it('records where keys and sequence items were written', () => {
    const [doc] = parseComposeYaml('s:\n  list:\n    - one\n    - "two"\n', 'f.yaml');
    const s = doc!.s as Record<string, unknown>;
    expect(keyLocation(s, 'list')).toEqual({ file: 'f.yaml', line: 2, column: 3 });
    expect(itemLocation(s.list, 1)).toEqual({ file: 'f.yaml', line: 4, column: 7 });
  });

  it('refuses alias expansion beyond the node budget', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(thrown(() => parseComposeYaml(lines.join('\n') + '\n', 'f.yaml')).message).toMatch(
      /too many values/,
    );
  });
});
