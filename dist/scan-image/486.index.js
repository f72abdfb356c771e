export const id = 486;
export const ids = [486];
export const modules = {

/***/ 7486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseManifest: () => (/* binding */ parseManifest)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./.build/shared/runtime/errors.js
var errors = __webpack_require__(8930);
// EXTERNAL MODULE: ./.build/shared/oci/platforms.js
var platforms = __webpack_require__(6596);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./.build/shared/yaml/yaml-tree.js
/**
 * YAML as a small tree with source offsets, built from js-yaml's parse events. The library does the
 * YAML (syntax, indentation, scalar decoding, block and flow styles, tag handles); of the JavaScript
 * parsers it is a fast one that reads what Go's yaml.v3, Compose's parser, reads (a flow sequence
 * closed at its key's column, for one; js-yaml 5 refuses it). The tree keeps what the Compose loader
 * needs and a resolved value drops: which scalars were plain, tags, anchors, and where each node
 * starts. Every scalar is a string (the failsafe schema): the loader types plain scalars itself, as
 * yaml.v3 does, not as YAML 1.2's core schema does.
 */


/** The prefix `!!` stands for: YAML's own tags (`!!str` is `tag:yaml.org,2002:str`). */
const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';
// Every tag is kept as written (resolved to its full name), whatever it is: the loader gives
// `!reset`, `!override` and `!!int` their meaning, and yaml.v3 refuses no tag while parsing.
const ANY_TAG = ['scalar', 'sequence', 'mapping'].map((kind) => new js_yaml/* Type */.ZU('', { kind, multi: true, resolve: () => true, construct: (data) => data }));
const SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend(ANY_TAG);
// js-yaml's default (100) would refuse nesting yaml.v3 reads; each level costs a few stack frames.
const MAX_DEPTH = 1000;
const DOCUMENT_MARKER = /(^|\n)---(\s|$)/;
/**
 * Parses every document of a YAML stream.
 *
 * @throws InputError with the file, line and column of a syntax error.
 */
function parseYamlTree(text, file) {
    const position = positions(text);
    // js-yaml drops a leading byte order mark before it counts offsets.
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const roots = [];
    const open = [];
    const listener = (event, state) => {
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
        const s = state;
        const frame = open.pop();
        frame.end = s.position + shift;
        frame.kind = s.kind;
        frame.result = s.result;
        frame.tag = s.tag === '?' ? null : s.tag;
        frame.anchor = s.anchor;
        (open.length ? open[open.length - 1].children : roots).push(frame);
    };
    try {
        // maxDepth is js-yaml 4.3's; its typings predate it.
        const options = {
            schema: SCHEMA,
            json: true,
            listener,
            maxDepth: MAX_DEPTH,
        };
        (0,js_yaml/* loadAll */.gh)(text, null, options);
    }
    catch (err) {
        if (!(err instanceof js_yaml/* YAMLException */.tB))
            throw err;
        const mark = err.mark;
        const location = {
            file,
            ...position(Math.min((mark?.position ?? 0) + shift, text.length)),
        };
        throw new errors/* InputError */.d(`invalid YAML: ${err.reason.replace(/\.$/, '')}.`, {
            location,
            fix: 'correct the YAML syntax at that line.',
        });
    }
    const builder = new Builder(text);
    const docs = [];
    let from = 0;
    for (const root of roots) {
        const doc = builder.document(root);
        // An empty document counts only when a `---` marker opens it: a stream of nothing but
        // comments holds no document, as yaml.v3 reads it.
        if (doc !== null || DOCUMENT_MARKER.test(text.slice(from, root.open)))
            docs.push(doc);
        from = root.end;
    }
    builder.linkAliases();
    return { docs, position };
}
/** Turns the frames into YNodes, linking each alias to the node anchored last before it. */
class Builder {
    text;
    /** Anchor name → each node anchored with it and where its `&` stands. */
    anchors = new Map();
    aliases = [];
    constructor(text) {
        this.text = text;
    }
    document(root) {
        const node = this.node(root);
        // A document with no content: nothing but comments, or nothing between two markers.
        return node.kind === 'scalar' && root.kind === null && !node.tag && !root.anchor ? null : node;
    }
    node(f) {
        f = unwrap(f);
        const props = this.props(f.open);
        const c = this.text.charCodeAt(props.content);
        if (c === 0x2a /* * */ && f.kind === null && f.end > props.content) {
            const alias = { kind: 'alias', start: props.content, name: this.aliasName(props.content + 1) };
            this.aliases.push(alias);
            return alias;
        }
        let out;
        if (f.kind === 'mapping')
            out = { kind: 'map', start: props.content, pairs: this.pairs(f) };
        else if (f.kind === 'sequence')
            out = { kind: 'seq', start: props.content, items: this.items(f) };
        else if (f.kind === 'scalar') {
            const quoted = c === 0x22 || c === 0x27 || c === 0x7c || c === 0x3e; // " ' | >
            out = { kind: 'scalar', start: props.content, value: String(f.result ?? ''), plain: !quoted };
        }
        else {
            // An empty node: where it opened (after its key's colon), not where the next node starts.
            out = { kind: 'scalar', start: f.open, value: '', plain: true };
        }
        if (f.tag !== null)
            out.tag = f.tag;
        if (f.anchor !== null) {
            const list = this.anchors.get(f.anchor) ?? [];
            list.push({ at: props.anchor, node: out });
            this.anchors.set(f.anchor, list);
        }
        return out;
    }
    /** Keys and values of a mapping: a key is followed by `:` on its line, or follows `?`. */
    pairs(f) {
        const pairs = [];
        const flow = this.text.charCodeAt(this.props(f.open).content) === 0x7b; // {
        let key;
        for (const child of f.children) {
            if (this.isKey(child)) {
                if (key)
                    pairs.push([key, empty(key.start)]);
                key = this.node(child);
            }
            else if (key) {
                pairs.push([key, this.node(child)]);
                key = undefined;
            }
            else if (flow || child.kind !== null || child.tag !== null || child.anchor !== null) {
                // `{a, b: 1}`: a flow mapping's entry without a colon is a key without a value.
                const k = this.node(child);
                pairs.push([k, empty(k.start)]);
            }
            // Otherwise js-yaml looked for one more key where the mapping ends, and found nothing.
        }
        if (key)
            pairs.push([key, empty(key.start)]);
        return pairs;
    }
    /** Items of a sequence; `[a: 1]` holds a one-pair mapping. */
    items(f) {
        const items = [];
        const kids = f.children;
        for (let i = 0; i < kids.length; i++) {
            const child = kids[i];
            if (!this.isKey(child)) {
                items.push(this.node(child));
                continue;
            }
            const key = this.node(child);
            const next = kids[i + 1];
            const value = next && !this.isKey(next) && next.open >= this.colonAfter(child)
                ? (i++, this.node(next))
                : empty(key.start);
            items.push({ kind: 'map', start: key.start, pairs: [[key, value]] });
        }
        return items;
    }
    isKey(f) {
        return this.colonAfter(f) >= 0 || this.explicitKey(f);
    }
    /** Offset of the `:` that follows the node on its line, or -1. */
    colonAfter(f) {
        if (f.end <= f.open && f.kind === null)
            return -1;
        let i = f.end;
        let c = this.text.charCodeAt(i);
        while (c === 0x20 || c === 0x09)
            c = this.text.charCodeAt(++i);
        return c === 0x3a ? i : -1;
    }
    /** True when the node follows a `?` indicator (an explicit key). */
    explicitKey(f) {
        let i = this.props(f.open).first - 1;
        let c = this.text.charCodeAt(i);
        while (i >= 0 && (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d))
            c = this.text.charCodeAt(--i);
        return c === 0x3f && (i === 0 || isSpace(this.text.charCodeAt(i - 1)));
    }
    /**
     * From where a node opened: its first property (`!tag`, `&anchor`), its anchor's offset and its
     * content, past spaces, line breaks and comments.
     */
    props(from) {
        const t = this.text;
        let i = skipSeparation(t, from);
        const first = i;
        let anchor = i;
        for (;;) {
            const c = t.charCodeAt(i);
            if (c !== 0x21 /* ! */ && c !== 0x26 /* & */)
                break;
            if (c === 0x26)
                anchor = i;
            while (i < t.length && !isSpace(t.charCodeAt(i)))
                i++;
            i = skipSeparation(t, i);
        }
        return { first, anchor, content: i };
    }
    aliasName(from) {
        let i = from;
        while (i < this.text.length &&
            !isSpace(this.text.charCodeAt(i)) &&
            !isFlowIndicator(this.text.charCodeAt(i)))
            i++;
        return this.text.slice(from, i);
    }
    /** Each alias refers to the node last anchored with its name before it, in document order. */
    linkAliases() {
        for (const alias of this.aliases) {
            let best;
            for (const a of this.anchors.get(alias.name) ?? [])
                if (a.at < alias.start && (!best || a.at > best.at))
                    best = a;
            alias.target = best?.node;
        }
    }
}
/**
 * js-yaml reads a node that may turn out to be a mapping's first key by reading it again one level
 * down; when no `:` follows, the outer node is the inner one (the same value). The outer keeps its
 * own tag and anchor where it has them.
 */
function unwrap(f) {
    for (;;) {
        const inner = f.children[f.children.length - 1];
        if (!inner || inner.result !== f.result)
            return f;
        const merged = { ...f, tag: f.tag ?? inner.tag, anchor: f.anchor ?? inner.anchor };
        // A scalar, an alias or an empty node: its children were only these tries.
        if (f.kind !== 'mapping' && f.kind !== 'sequence')
            return { ...merged, children: [] };
        // A collection read again whole (an alias to itself has no kind, and is an item).
        if (f.children.length !== 1 || inner.kind !== f.kind)
            return f;
        f = { ...merged, kind: inner.kind, end: inner.end, children: inner.children };
    }
}
function empty(start) {
    return { kind: 'scalar', start, value: '', plain: true };
}
function skipSeparation(t, from) {
    let i = from;
    for (;;) {
        const c = t.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
            i++;
        else if (c === 0x23 /* # */ && (i === 0 || isSpace(t.charCodeAt(i - 1)))) {
            while (i < t.length && t.charCodeAt(i) !== 0x0a)
                i++;
        }
        else
            return i;
    }
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isFlowIndicator(c) {
    return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d; // , [ ] { }
}
/** Offset → 1-based line and column, by binary search over the line starts. */
function positions(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
}

;// CONCATENATED MODULE: ./.build/shared/yaml/yaml-location.js
/** YAML values with the line of each key path, for error messages that point into the file. */



/** Parses one YAML document; a syntax error or a duplicate key becomes an InputError with the file and line. */
function parseYamlLocated(text, file) {
    const tree = parseYamlTree(text, file);
    let data;
    try {
        data = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch (err) {
        if (!(err instanceof js_yaml/* YAMLException */.tB))
            throw err;
        const line = err.mark?.line;
        throw new errors/* InputError */.d(`invalid YAML: ${err.reason}.`, {
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
function lineOf(y, path) {
    let node = y.tree.docs[0];
    if (!node)
        return undefined;
    let line = y.tree.position(node.start).line;
    for (const seg of path) {
        if (node.kind === 'map') {
            const pair = node.pairs.find(([k]) => k.kind === 'scalar' && k.value === String(seg));
            if (!pair)
                break;
            line = y.tree.position(pair[0].start).line;
            node = pair[1];
        }
        else if (node.kind === 'seq' && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                break;
            line = y.tree.position(item.start).line;
            node = item;
        }
        else
            break;
    }
    return line;
}

;// CONCATENATED MODULE: ./.build/shared/manifest/schema.js
/**
 * JSON Schema (draft 2020-12) of the plan manifest. `npm run build` writes it to
 * docs/manifest.schema.json for editors; a test keeps the two equal.
 */
const platform = { type: 'string', pattern: '^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9.]+)?$' };
const globs = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const targets = {
    type: 'object',
    description: 'Dockerfile stages for the dev and prod variants.',
    properties: { dev: { type: 'string', minLength: 1 }, prod: { type: 'string', minLength: 1 } },
    additionalProperties: false,
};
const level = {
    type: 'string',
    enum: ['error', 'warning', 'off'],
    description: 'error fails the check, warning reports, off skips the rule.',
};
/** A policy rule: its level alone, or its level with parameters. */
const rule = (description, params) => ({
    description,
    anyOf: [level, { type: 'object', additionalProperties: false, properties: { level, ...params } }],
});
const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const policy = {
    type: 'object',
    description: 'The image policy scan-image checks (docs/policy.md): each rule by name.',
    additionalProperties: false,
    properties: {
        'non-root': rule('The image runs as a user other than root (USER set, not 0 or root).', {}),
        'max-layers': rule('At most `max` layers (default 20).', { max: { type: 'integer', minimum: 1 } }),
        'max-size': rule('Compressed size within `max` (bytes, or a size such as 200MiB; default 1GiB).', {
            max: {
                anyOf: [
                    { type: 'integer', minimum: 1 },
                    { type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*([kmgtpKMGTP][iI]?[bB]?|[bB])?$' },
                ],
            },
        }),
        'base-allowlist': rule('The base image matches an entry of `allow` (`*` within a path component, `**` across).', {
            allow: names,
        }),
        'required-labels': rule('Every label of `labels` is set (default: the OCI source, revision and created).', {
            labels: names,
        }),
        healthcheck: rule('The image has a HEALTHCHECK.', {}),
        'no-secrets': rule('No secret-looking value in ENV, labels or build history; `ignore` lists keys to skip.', {
            ignore: names,
        }),
    },
};
const common = {
    platforms: {
        type: 'array',
        items: platform,
        minItems: 1,
        uniqueItems: true,
        description: 'Target platforms.',
    },
    targets,
    registry: { type: 'string', minLength: 1, description: 'Registry and namespace images are pushed to.' },
    'cache-scope': { type: 'string', pattern: '^[A-Za-z0-9._-]+$', description: 'Shared cache scope.' },
    policy,
};
const manifestSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/buildkit-actions/buildkit-actions/docs/manifest.schema.json',
    title: 'buildkit-actions plan manifest',
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: {
        version: { const: 1 },
        defaults: { type: 'object', additionalProperties: false, properties: common },
        global: {
            ...globs,
            description: 'Repository-wide globs: a change to any of them affects every service.',
        },
        services: {
            type: 'object',
            description: 'Per-service settings, keyed by plan key (the Compose service name, or its qualified key).',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    ...common,
                    watch: { ...globs, description: 'More repository paths that affect this service.' },
                    depends_on: {
                        type: 'array',
                        items: { type: 'string', minLength: 1 },
                        uniqueItems: true,
                        description: 'Services that must be built before this one.',
                    },
                    image: {
                        type: 'string',
                        minLength: 1,
                        description: 'Image repository name, without registry or tag.',
                    },
                    exclude: { type: 'boolean', description: 'Never plan this service.' },
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./.build/shared/yaml/json-pointer.js
var json_pointer = __webpack_require__(9244);
;// CONCATENATED MODULE: ./.build/shared/manifest/load.js
/**
 * Reads the optional plan manifest (see ./settings.ts), validated with Ajv against
 * shared/manifest/schema.ts; errors name the file, line and key path. Loaded only when a manifest is
 * given: Ajv and the YAML document parser are a quarter of plan-matrix's bundle.
 */






let validate;
/** Parses and validates manifest text. */
function parseManifest(text, file) {
    const y = parseYamlLocated(text, file);
    const data = y.data;
    validate ??= new _2020.Ajv2020({ allErrors: true, strict: true }).compile(manifestSchema);
    if (!validate(data)) {
        const err = pickError(validate.errors ?? []);
        const path = (0,json_pointer/* pointerToPath */.o)(err.instancePath);
        const extraKey = err.keyword === 'additionalProperties'
            ? err.params.additionalProperty
            : undefined;
        const keyPath = path.length
            ? path
                .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
                .join('')
                .slice(1)
            : '(root)';
        const extra = err.keyword === 'additionalProperties'
            ? ` '${err.params.additionalProperty}'`
            : err.keyword === 'enum'
                ? ` (${err.params.allowedValues.join(', ')})`
                : '';
        throw new errors/* InputError */.d(`manifest key '${keyPath}' ${err.message}${extra}.`, {
            input: 'manifest',
            location: { file, line: lineOf(y, extraKey ? [...path, extraKey] : path) },
            fix: 'see the manifest reference in docs/manifest.md.',
        });
    }
    const m = data;
    const manifest = {
        file,
        defaults: m.defaults ?? {},
        global: m.global ?? [],
        services: m.services ?? {},
        lines: Object.fromEntries(Object.keys(m.services ?? {}).map((k) => [k, lineOf(y, ['services', k])])),
    };
    const platformLists = [
        [['defaults', 'platforms'], manifest.defaults.platforms],
        ...Object.entries(manifest.services).map(([k, s]) => [['services', k, 'platforms'], s.platforms]),
    ];
    for (const [path, list] of platformLists) {
        list?.forEach((p, i) => {
            const problem = (0,platforms/* platformProblem */.J4)(p);
            if (problem) {
                throw new errors/* InputError */.d(`manifest key '${path.join('.')}[${i}]': ${problem}.`, {
                    input: 'manifest',
                    location: { file, line: lineOf(y, [...path, i]) },
                    fix: platforms/* PLATFORM_FIX */._l,
                });
            }
        });
    }
    return manifest;
}
// The most specific error is the most useful one: the deepest, and where a value may take several
// forms (a policy rule is a level or an object), what is wrong with the form it took rather than
// that it has not another type.
function pickError(errors) {
    const vague = (e) => (['type', 'enum', 'anyOf'].includes(e.keyword) ? 1 : 0);
    return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || vague(a) - vague(b))[0];
}


/***/ })

};
