export const id = 969;
export const ids = [969];
export const modules = {

/***/ 9969:
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
// EXTERNAL MODULE: ./.build/shared/yaml/yaml-tree.js
var yaml_tree = __webpack_require__(1110);
;// CONCATENATED MODULE: ./.build/shared/yaml/yaml-location.js
/** YAML values with the line of each key path, for error messages that point into the file. */



/** Parses one YAML document; a syntax error or a duplicate key becomes an InputError with the file and line. */
function parseYamlLocated(text, file) {
    const tree = (0,yaml_tree/* parseYamlTree */.N)(text, file);
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
