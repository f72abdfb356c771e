export const id = 260;
export const ids = [260];
export const modules = {

/***/ 2706:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


// CommonJS on purpose. vscode-languageserver-types resolves to its ES build for `import` and to its
// UMD build for `require`, and dockerfile-ast requires it: a patch of its Range (see model.ts) must
// reach the copy dockerfile-ast uses, which only a `require` gets.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- that require is this file's purpose
const types = __webpack_require__(4612);
module.exports = types;


/***/ }),

/***/ 9260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeDockerfile: () => (/* binding */ analyzeDockerfile),
  modelDockerfile: () => (/* binding */ modelDockerfile)
});

// UNUSED EXPORTS: forgetDockerfiles, plainArguments, scanArgumentsAsDockerfileAst, selectTarget

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./.build/shared/dockerfile/lsp-types.cjs
var lsp_types = __webpack_require__(2706);
// EXTERNAL MODULE: ./.build/shared/runtime/errors.js
var errors = __webpack_require__(8930);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/shared/fs/paths.js
/** POSIX path helpers for repository-relative paths, as BuildKit and git spell them. */

/**
 * Cleans a path the way BuildKit cleans a COPY/ADD source or a mount source: it is resolved against
 * the context root, so `../x`, `/x` and `./x` all name `x` inside the context. Returns '.' for the
 * root itself.
 */
function cleanContextPath(p) {
    const cleaned = external_node_path_.posix
        .normalize('/' + p.replace(/\\/g, '/'))
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
    return cleaned === '' ? '.' : cleaned;
}
/** Normalises a repository-relative path: `./x/` and `x` are equal; the root is '.'. */
function normalizeRepoPath(p) {
    const n = posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '' || n === './' ? '.' : n.replace(/^\.\//, '');
}
/** True when `path` is `dir` itself or below it ('.' contains everything). */
function isInside(path, dir) {
    return dir === '.' || path === dir || path.startsWith(dir + '/');
}
/** `path` relative to `dir` (which must contain it); '.' for the directory itself. */
function relativeTo(path, dir) {
    if (dir === '.')
        return path;
    return path === dir ? '.' : path.slice(dir.length + 1);
}
/** True when a repository-relative path escapes the repository (`..` at its start). */
function escapesRepo(p) {
    const n = posix.normalize(p);
    return n === '..' || n.startsWith('../') || posix.isAbsolute(n);
}

;// CONCATENATED MODULE: ./.build/shared/dockerfile/substitute.js
/**
 * Dockerfile variable substitution as BuildKit's shell lexer does it for COPY/ADD sources, FROM and
 * flag values: `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, and `\$`
 * as a literal dollar. Quotes are removed. A variable whose value cannot be known statically makes
 * the whole word unresolvable, and the caller then assumes the worst (the whole context).
 */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Expands one word. Undeclared variables expand to '' (BuildKit does the same and warns). */
function substitute(word, vars) {
    let out = '';
    let quote;
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c === '\\' && quote !== "'" && i + 1 < word.length) {
            out += word[++i];
            continue;
        }
        if ((c === '"' || c === "'") && (quote === undefined || quote === c)) {
            quote = quote ? undefined : c;
            continue;
        }
        if (c !== '$' || quote === "'") {
            out += c;
            continue;
        }
        const rest = word.slice(i + 1);
        if (rest.startsWith('{')) {
            const end = matchingBrace(word, i + 1);
            if (end < 0)
                return { ok: false, variable: rest };
            const r = expandBraced(word.slice(i + 2, end), vars);
            if (!r.ok)
                return r;
            out += r.value;
            i = end;
            continue;
        }
        const m = NAME.exec(rest);
        if (!m) {
            out += c;
            continue;
        }
        const r = lookup(m[0], vars);
        if (!r.ok)
            return r;
        out += r.value;
        i += m[0].length;
    }
    return { ok: true, value: out };
}
function matchingBrace(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '{')
            depth++;
        else if (s[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function lookup(name, vars) {
    if (!vars.has(name))
        return { ok: true, value: '' };
    const v = vars.get(name);
    return v === undefined ? { ok: false, variable: name } : { ok: true, value: v };
}
function expandBraced(expr, vars) {
    const m = NAME.exec(expr);
    if (!m)
        return { ok: false, variable: expr };
    const name = m[0];
    const op = expr.slice(name.length);
    if (op === '')
        return lookup(name, vars);
    const mod = /^(:?[-+?])([\s\S]*)$/.exec(op);
    // Pattern operators (${a#x}, ${a%x}, ${a/x/y}) are rare in sources: treat as unresolvable.
    if (!mod)
        return { ok: false, variable: name };
    const [, kind, word] = mod;
    const declared = vars.has(name);
    const value = vars.get(name);
    if (declared && value === undefined)
        return { ok: false, variable: name };
    const set = kind.startsWith(':') ? !!value : declared;
    switch (kind.replace(':', '')) {
        case '-':
            return set ? { ok: true, value: value ?? '' } : substitute(word, vars);
        case '+':
            return set ? substitute(word, vars) : { ok: true, value: '' };
        default:
            // `?`: an error at build time when unset; the value otherwise.
            return set ? { ok: true, value: value ?? '' } : { ok: false, variable: name };
    }
}

;// CONCATENATED MODULE: ./.build/shared/dockerfile/model.js
/**
 * A model of what a Dockerfile reads, built on dockerfile-ast (the parser behind the VS Code Docker
 * language server): its stages, the stage a target reaches, and every source each reachable stage
 * reads from the build context or a named context (COPY/ADD sources, `RUN --mount` sources), with
 * the Dockerfile line. Build args from Compose override ARG defaults, as `docker buildx build
 * --build-arg` does. Anything that cannot be resolved statically is recorded as a read of the whole
 * context, so the model can over-approximate but never miss a read.
 */





// Platform args BuildKit defines for every build; BUILD* depend on the builder, so stay unknown.
const BUILD_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
function platformArgs(platform) {
    const m = new Map(BUILD_PLATFORM_ARGS.map((a) => [a, undefined]));
    if (!platform) {
        for (const a of ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'])
            m.set(a, undefined);
        return m;
    }
    const [os = '', arch = '', variant = ''] = platform.split('/');
    m.set('TARGETPLATFORM', platform).set('TARGETOS', os).set('TARGETARCH', arch).set('TARGETVARIANT', variant);
    return m;
}
const proto = main.Instruction.prototype;
const scanned = Symbol('arguments');
const scanArguments = proto.getRawArguments;
proto.getRawArguments = function () {
    return (this[scanned] ??= plainArguments(this) ?? scanArguments.call(this)).slice();
};
/** dockerfile-ast's own argument scan, for tests that hold plainArguments to it. */
function scanArgumentsAsDockerfileAst(ins) {
    return scanArguments.call(ins);
}
/**
 * The arguments of an instruction whose text has no escape character, as dockerfile-ast's own scan
 * finds them. Its scan builds each word a character at a time, for escapes and line continuations;
 * without an escape character in the text, no continuation or escaped character can occur (a `#`
 * only starts a comment after a continuation), so the words are the runs between whitespace
 * (space, tab, CR, LF), taken as substrings. This was a sixth of what a large plan allocates.
 * Undefined when the text has an escape character: the original scan handles those.
 */
function plainArguments(ins) {
    const { document: doc, escapeChar } = ins;
    if (typeof escapeChar !== 'string' || escapeChar.length !== 1)
        return undefined;
    const range = ins.getInstructionRange();
    const start = doc.offsetAt(range.start);
    const keyword = doc.offsetAt(range.end) - start;
    const text = ins.getTextContent().substring(keyword);
    if (text.includes(escapeChar))
        return undefined;
    const offset = start + keyword;
    const args = [];
    const word = (from, to) => args.push(new main.Argument(text.substring(from, to), lsp_types.Range.create(doc.positionAt(offset + from), doc.positionAt(offset + to))));
    let found = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 13 || c === 10) {
            if (found !== -1)
                word(found, i);
            found = -1;
        }
        else if (found === -1)
            found = i;
    }
    if (found !== -1)
        word(found, text.length);
    return args;
}
// dockerfile-ast builds a range for every token with Range.create(start, end), which first tests
// both positions against the four-number form and then validates them: seven
// Object.prototype.toString calls per range, a tenth of a large plan's Dockerfile parsing. The parser
// passes only positions it computed itself, so that form is taken as it is; any other call goes to
// the original.
const ranges = lsp_types.Range;
const createRange = ranges.create;
ranges.create = (...args) => args.length === 2 && isObject(args[0]) && isObject(args[1])
    ? { start: args[0], end: args[1] }
    : createRange(...args);
function isObject(x) {
    return typeof x === 'object' && x !== null;
}
/**
 * The patches above must reach what the parser runs: were npm to nest a second
 * vscode-languageserver-types under dockerfile-ast, the Range.create patch would reach only ours.
 * One parse of `FROM scratch` when the module loads proves it (test/repo/patched-deps.test.ts
 * checks the install; this checks the running code, bundles included).
 */
function assertPatchesReachParser() {
    const patched = ranges.create;
    let reached = false;
    ranges.create = (...args) => {
        reached = true;
        return patched(...args);
    };
    let first;
    try {
        first = main.DockerfileParser.parse('FROM scratch').getInstructions()[0];
    }
    finally {
        ranges.create = patched;
    }
    if (!reached || !(first instanceof main.Instruction)) {
        throw new Error('dockerfile-ast does not use the vscode-languageserver-types Range (or the Instruction) that ' +
            'shared/dockerfile/model.ts patches: npm installed two copies. Fix: run ' +
            '`npm ls vscode-languageserver-types dockerfile-ast` and reinstall with `npm ci` from the committed lock.');
    }
}
assertPatchesReachParser();
// Monorepos repeat Dockerfiles (one template per language, the same build args): each distinct
// text and options is analysed once per plan; forgetDockerfiles() starts a new plan. Only the small
// evaluated stages are kept: holding the parsed documents would cost more in GC than parsing again.
const analysed = new Map();
const ANALYSED_MAX = 4096;
function forgetDockerfiles() {
    analysed.clear();
}
/**
 * Parses a Dockerfile once and evaluates its stages for each target platform. Throws InputError for
 * a Dockerfile without FROM.
 */
function analyzeDockerfile(text, opts) {
    const platforms = opts.platforms?.length ? opts.platforms : [undefined];
    const key = JSON.stringify([text, opts.buildArgs ?? {}, platforms, [...(opts.namedContexts ?? [])].sort()]);
    let runs = analysed.get(key);
    if (!runs) {
        const df = main.DockerfileParser.parse(text);
        const lines = text.split(/\r?\n/);
        runs = platforms.map((p) => evaluate(df, lines, opts, p));
        if (analysed.size >= ANALYSED_MAX)
            analysed.delete(analysed.keys().next().value);
        analysed.set(key, runs);
    }
    return { file: opts.file, runs };
}
/**
 * What a build of `target` (the last stage when undefined) reads: the stages it reaches and their
 * reads and references, joined over the platforms. Throws InputError for a target that names no stage.
 */
function selectTarget(a, target) {
    const runs = a.runs.map((stages) => forTarget(stages, target, a.file));
    if (runs.length === 1)
        return runs[0];
    const first = runs[0];
    const reads = uniqueBy(runs.flatMap((r) => r.reads));
    const refs = uniqueBy(runs.flatMap((r) => r.refs));
    const reachable = [...new Set(runs.flatMap((r) => r.reachable))].sort((x, y) => x - y);
    return { ...first, reachable, reads, refs };
}
/** Models a Dockerfile for one build. Throws InputError for a target that names no stage. */
function modelDockerfile(text, opts) {
    return selectTarget(analyzeDockerfile(text, opts), opts.target);
}
function uniqueBy(items) {
    const seen = new Set();
    return items.filter((x) => {
        const k = JSON.stringify(x);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function forTarget(stages, targetName, file) {
    let target = stages.length - 1;
    if (targetName) {
        const idx = stages.findIndex((s) => s.name === targetName.toLowerCase());
        if (idx < 0) {
            const names = stages.map((s) => s.name).filter(Boolean);
            throw new errors/* InputError */.d(`target stage '${targetName}' is not defined.`, {
                location: { file },
                fix: `use one of the stages: ${names.join(', ') || '(none are named)'}.`,
            });
        }
        target = idx;
    }
    const reachable = reach(stages, target);
    return {
        stages,
        target,
        reachable,
        reads: reachable.flatMap((i) => stages[i].reads),
        refs: reachable.flatMap((i) => stages[i].refs),
    };
}
function evaluate(df, lines, opts, platform) {
    const buildArgs = opts.buildArgs ?? {};
    const named = opts.namedContexts ?? new Set();
    const auto = platformArgs(platform);
    const globalArgs = new Map(auto);
    const stages = [];
    const stageEnv = [];
    let current;
    let scope = new Map();
    const resolveStage = (ref) => {
        const lower = ref.toLowerCase();
        const byName = stages.findIndex((s) => s.name === lower);
        if (byName >= 0)
            return byName;
        if (/^\d+$/.test(ref) && Number(ref) < stages.length)
            return Number(ref);
        return undefined;
    };
    // Classifies a FROM / --from / from= reference as a stage, a named context or an image, and
    // records it on the stage.
    const link = (stage, raw, line, via) => {
        const s = substitute(raw, via === 'FROM' ? globalArgs : scope);
        if (!s.ok) {
            // An unknown reference could be anything: read the whole context to stay safe.
            stage.reads.push(wholeContext(via === 'FROM' ? 'FROM' : via === 'RUN --mount' ? 'RUN' : 'COPY', line, s.variable));
            return { kind: 'unresolved' };
        }
        const ref = s.value;
        if (ref.toLowerCase() === 'scratch')
            return { kind: 'scratch' };
        // FROM takes stage names only; --from and from= also take a stage index.
        const idx = via === 'FROM' && /^\d+$/.test(ref) ? undefined : resolveStage(ref);
        if (idx !== undefined) {
            stage.stageDeps.push(idx);
            return { kind: 'stage', index: idx };
        }
        const kind = named.has(ref) ? 'named' : 'image';
        stage.refs.push({ kind, name: ref, line, via });
        return { kind, name: ref };
    };
    for (const ins of df.getInstructions()) {
        const kw = ins.getKeyword();
        const line = ins.getRange().start.line + 1;
        if (kw === 'ARG') {
            for (const [name, def] of argDeclarations(ins)) {
                const target = current ? scope : globalArgs;
                let value;
                if (name in buildArgs)
                    value = buildArgs[name];
                else if (def !== null) {
                    const s = substitute(def, target);
                    value = s.ok ? s.value : undefined;
                }
                else if (current && globalArgs.has(name))
                    value = globalArgs.get(name);
                else if (auto.has(name))
                    value = auto.get(name);
                // A declared ARG with no value can still be given at build time: unknown.
                target.set(name, value);
            }
            continue;
        }
        if (kw === 'FROM') {
            const args = ins.getArguments().map((a) => a.getValue());
            const asIdx = args.findIndex((a) => a.toLowerCase() === 'as');
            const image = args[0] ?? '';
            const name = asIdx >= 0 ? args[asIdx + 1]?.toLowerCase() : undefined;
            current = {
                index: stages.length,
                name,
                line,
                from: { kind: 'unresolved' },
                stageDeps: [],
                reads: [],
                refs: [],
            };
            current.from = link(current, image, line, 'FROM');
            // ENV is inherited from a parent stage; ARGs are not.
            const parent = current.stageDeps[0];
            const env = new Map(parent !== undefined ? stageEnv[parent] : []);
            stageEnv.push(env);
            stages.push(current);
            scope = new Map(env);
            continue;
        }
        if (!current)
            continue;
        if (kw === 'ENV') {
            for (const [name, raw] of envDeclarations(ins)) {
                const s = substitute(raw, scope);
                const v = s.ok ? s.value : undefined;
                scope.set(name, v);
                stageEnv[current.index].set(name, v);
            }
            continue;
        }
        const trigger = kw === 'ONBUILD' ? onbuildTrigger(ins) : undefined;
        const effective = trigger ?? ins;
        const ekw = trigger ? trigger.getKeyword() : kw;
        if (ekw === 'COPY' || ekw === 'ADD') {
            copyReads(current, effective, ekw, line, lines, scope, link);
        }
        else if (ekw === 'RUN') {
            mountReads(current, effective, line, scope, link);
        }
    }
    if (stages.length === 0) {
        throw new errors/* InputError */.d('the Dockerfile has no FROM instruction.', {
            location: { file: opts.file },
            fix: 'start the Dockerfile with a FROM line.',
        });
    }
    return stages;
}
function reach(stages, target) {
    const seen = new Set();
    const stack = [target];
    while (stack.length) {
        const i = stack.pop();
        if (seen.has(i))
            continue;
        seen.add(i);
        stack.push(...stages[i].stageDeps);
    }
    return [...seen].sort((a, b) => a - b);
}
function wholeContext(instruction, line, variable) {
    return {
        instruction,
        line,
        from: { kind: 'context' },
        patterns: ['.'],
        excludes: [],
        unresolved: `\${${variable}} cannot be resolved statically`,
    };
}
/** `ARG a=1 b` → [['a','1'], ['b', null]]. */
function argDeclarations(ins) {
    return ins.getArguments().map((a) => {
        const v = a.getValue();
        const eq = v.indexOf('=');
        return eq < 0 ? [v, null] : [v.slice(0, eq), v.slice(eq + 1)];
    });
}
function envDeclarations(ins) {
    const props = ins.getProperties();
    return props.map((p) => [p.getName(), p.getValue() ?? '']);
}
function onbuildTrigger(ins) {
    const t = ins.getTriggerInstruction?.();
    return t ?? undefined;
}
function flags(ins) {
    return ins.getFlags?.() ?? [];
}
/** Source words of COPY/ADD: exec form parsed as JSON (dockerfile-ast drops spaces there), else words. */
function sourceWords(ins, lines) {
    const heredocs = ins.getHeredocs?.() ?? [];
    const range = ins.getRange();
    const startLine = range.start.line;
    const args = ins.getArguments();
    if (heredocs.length > 0) {
        // Heredoc bodies follow the first line; only that line names sources and the destination.
        const first = args.filter((a) => a.getRange().start.line === startLine).map((a) => a.getValue());
        return first.slice(0, -1).filter((w) => !w.startsWith('<<'));
    }
    const afterFlags = args[0];
    if (afterFlags && afterFlags.getValue().startsWith('[')) {
        const start = afterFlags.getRange().start;
        const raw = lines
            .slice(start.line, range.end.line + 1)
            .map((l, i) => (i === 0 ? l.slice(start.character) : l))
            .join('\n')
            .replace(/\\\r?\n/g, '');
        try {
            const arr = JSON.parse(raw);
            if (Array.isArray(arr) && arr.every((x) => typeof x === 'string'))
                return arr.slice(0, -1);
        }
        catch {
            // Not valid JSON: BuildKit then treats it as shell form, and so do we.
        }
    }
    return args.map((a) => a.getValue()).slice(0, -1);
}
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
function copyReads(stage, ins, kw, line, lines, scope, link) {
    const fl = flags(ins);
    const fromFlag = fl.find((f) => f.getName() === 'from');
    const excludes = fl
        .filter((f) => f.getName() === 'exclude')
        .map((f) => substitute(f.getValue() ?? '', scope))
        .filter((s) => s.ok)
        .map((s) => s.value);
    let from = { kind: 'context' };
    if (fromFlag) {
        const linked = link(stage, fromFlag.getValue() ?? '', line, 'COPY --from');
        // Reads from a stage or an image touch no local files; a named context's do.
        if (linked.kind !== 'named')
            return;
        from = { kind: 'named', name: linked.name };
    }
    const words = sourceWords(ins, lines) ?? [];
    const patterns = [];
    for (const w of words) {
        if (kw === 'ADD' && REMOTE.test(w))
            continue;
        const s = substitute(w, scope);
        if (!s.ok) {
            stage.reads.push({ ...wholeContext(kw, line, s.variable), from });
            return;
        }
        if (kw === 'ADD' && REMOTE.test(s.value))
            continue;
        patterns.push(cleanContextPath(s.value));
    }
    if (patterns.length)
        stage.reads.push({ instruction: kw, line, from, patterns, excludes });
}
function mountReads(stage, ins, line, scope, link) {
    for (const f of flags(ins).filter((x) => x.getName() === 'mount')) {
        const opts = new Map(f.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? '']));
        const type = opts.get('type') ?? 'bind';
        // Secret and ssh mounts read from the client's secrets, tmpfs from nothing.
        if (type !== 'bind' && type !== 'cache')
            continue;
        const fromRaw = opts.get('from');
        // A cache mount without `from` starts empty: it reads nothing from the context.
        if (type === 'cache' && fromRaw === undefined)
            continue;
        let from = { kind: 'context' };
        if (fromRaw !== undefined) {
            const linked = link(stage, fromRaw, line, 'RUN --mount');
            if (linked.kind !== 'named')
                continue;
            from = { kind: 'named', name: linked.name };
        }
        const srcRaw = opts.get('source') ?? opts.get('src') ?? '';
        const s = substitute(srcRaw, scope);
        if (!s.ok) {
            stage.reads.push({ ...wholeContext('RUN', line, s.variable), from });
            continue;
        }
        stage.reads.push({ instruction: 'RUN', line, from, patterns: [cleanContextPath(s.value)], excludes: [] });
    }
}


/***/ })

};
