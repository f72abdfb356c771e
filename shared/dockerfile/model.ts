/**
 * A model of what a Dockerfile reads, built on dockerfile-ast (the parser behind the VS Code Docker
 * language server): its stages, the stage a target reaches, and every source each reachable stage
 * reads from the build context or a named context (COPY/ADD sources, `RUN --mount` sources), with
 * the Dockerfile line. Build args from Compose override ARG defaults, as `docker buildx build
 * --build-arg` does. Anything that cannot be resolved statically is recorded as a read of the whole
 * context, so the model can over-approximate but never miss a read.
 */
import { Argument, DockerfileParser, Instruction, type Flag } from 'dockerfile-ast';
import type { Position } from 'vscode-languageserver-types';
import lspTypes from './lsp-types.cjs';
import { InputError } from '../runtime/errors.js';
import { cleanContextPath } from '../fs/paths.js';
import { substitute, type VarScope } from './substitute.js';

/** Where a read takes its files from. */
export type ReadSource = { kind: 'context' } | { kind: 'named'; name: string };

export interface SourceRead {
  instruction: 'COPY' | 'ADD' | 'RUN' | 'FROM';
  /** 1-based Dockerfile line. */
  line: number;
  from: ReadSource;
  /** Context-relative, cleaned as BuildKit cleans them; '.' is the whole context. Globs allowed. */
  patterns: string[];
  /** `COPY --exclude` patterns, relative to the source. */
  excludes: string[];
  /** Set when a source could not be resolved statically and the read stands for the whole context. */
  unresolved?: string;
}

/** A reference to something outside the Dockerfile: an image or a named build context. */
export interface ExternalRef {
  kind: 'image' | 'named';
  name: string;
  line: number;
  via: 'FROM' | 'COPY --from' | 'RUN --mount';
}

/**
 * Where a stage's FROM points, after ARG substitution: an earlier stage, an image, a named context,
 * `scratch`, or a value only the build knows (an ARG without a value, a platform ARG unset).
 */
export type StageFrom =
  | { kind: 'stage'; index: number }
  | { kind: 'image' | 'named'; name: string }
  | { kind: 'scratch' | 'unresolved' };

export interface Stage {
  index: number;
  /** Lower-cased stage name (BuildKit compares stage names case-insensitively). */
  name?: string;
  line: number;
  from: StageFrom;
  stageDeps: number[];
  reads: SourceRead[];
  refs: ExternalRef[];
}

export interface DockerfileModel {
  stages: Stage[];
  /** Index of the stage the target selects (the last stage without a target). */
  target: number;
  /** Stages the target depends on, itself included, ascending. */
  reachable: number[];
  /** Reads of the reachable stages. */
  reads: SourceRead[];
  /** External references of the reachable stages. */
  refs: ExternalRef[];
}

export interface ModelOptions {
  /** Repository-relative Dockerfile path, for error messages. */
  file: string;
  buildArgs?: Record<string, string>;
  target?: string;
  /** Names of the build's named contexts (`additional_contexts`). */
  namedContexts?: ReadonlySet<string>;
  /** Target platforms; platform ARGs (TARGETARCH…) are evaluated for each and the reads joined. */
  platforms?: string[];
}

// Platform args BuildKit defines for every build; BUILD* depend on the builder, so stay unknown.
const BUILD_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];

function platformArgs(platform: string | undefined): Map<string, string | undefined> {
  const m = new Map<string, string | undefined>(BUILD_PLATFORM_ARGS.map((a) => [a, undefined]));
  if (!platform) {
    for (const a of ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT']) m.set(a, undefined);
    return m;
  }
  const [os = '', arch = '', variant = ''] = platform.split('/');
  m.set('TARGETPLATFORM', platform).set('TARGETOS', os).set('TARGETARCH', arch).set('TARGETVARIANT', variant);
  return m;
}

/** A Dockerfile parsed once and evaluated for each target platform; targets are chosen later. */
export interface DockerfileAnalysis {
  file: string;
  /** Stages as evaluated for each platform (platform ARGs can change what a stage reads). */
  runs: Stage[][];
}

// dockerfile-ast scans an instruction's text again on every getArguments() call, and its own
// constructors and getFlags() call it four or five times per instruction. A parsed document never
// changes, so each instruction keeps its first scan; callers may shift the array they get
// (dockerfile-ast's ModifiableInstruction does), hence a copy each time. About a third of the parse.
type Args = ReturnType<Instruction['getArguments']>;
interface InstructionInternals {
  document: { offsetAt(p: Position): number; positionAt(offset: number): Position };
  escapeChar: string;
}
const proto = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Args };
const scanned = Symbol('arguments');
const scanArguments = proto.getRawArguments;
proto.getRawArguments = function (this: Instruction & { [scanned]?: Args }) {
  return (this[scanned] ??= plainArguments(this) ?? scanArguments.call(this)).slice();
};

/** dockerfile-ast's own argument scan, for tests that hold plainArguments to it. */
export function scanArgumentsAsDockerfileAst(ins: Instruction): Args {
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
export function plainArguments(ins: Instruction): Args | undefined {
  const { document: doc, escapeChar } = ins as unknown as InstructionInternals;
  if (typeof escapeChar !== 'string' || escapeChar.length !== 1) return undefined;
  const range = ins.getInstructionRange();
  const start = doc.offsetAt(range.start);
  const keyword = doc.offsetAt(range.end) - start;
  const text = ins.getTextContent().substring(keyword);
  if (text.includes(escapeChar)) return undefined;
  const offset = start + keyword;
  const args: Args = [];
  const word = (from: number, to: number) =>
    args.push(
      new Argument(
        text.substring(from, to),
        lspTypes.Range.create(doc.positionAt(offset + from), doc.positionAt(offset + to)),
      ),
    );
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      if (found !== -1) word(found, i);
      found = -1;
    } else if (found === -1) found = i;
  }
  if (found !== -1) word(found, text.length);
  return args;
}

// dockerfile-ast builds a range for every token with Range.create(start, end), which first tests
// both positions against the four-number form and then validates them: seven
// Object.prototype.toString calls per range, a tenth of a large plan's Dockerfile parsing. The parser
// passes only positions it computed itself, so that form is taken as it is; any other call goes to
// the original.
const ranges = lspTypes.Range as unknown as { create: (...args: unknown[]) => unknown };
const createRange = ranges.create;
ranges.create = (...args) =>
  args.length === 2 && isObject(args[0]) && isObject(args[1])
    ? { start: args[0], end: args[1] }
    : createRange(...args);

function isObject(x: unknown): boolean {
  return typeof x === 'object' && x !== null;
}

/**
 * The patches above must reach what the parser runs: were npm to nest a second
 * vscode-languageserver-types under dockerfile-ast, the Range.create patch would reach only ours.
 * One parse of `FROM scratch` when the module loads proves it (test/repo/patched-deps.test.ts
 * checks the install; this checks the running code, bundles included).
 */
function assertPatchesReachParser(): void {
  const patched = ranges.create;
  let reached = false;
  ranges.create = (...args) => {
    reached = true;
    return patched(...args);
  };
  let first: unknown;
  try {
    first = DockerfileParser.parse('FROM scratch').getInstructions()[0];
  } finally {
    ranges.create = patched;
  }
  if (!reached || !(first instanceof Instruction)) {
    throw new Error(
      'dockerfile-ast does not use the vscode-languageserver-types Range (or the Instruction) that ' +
        'shared/dockerfile/model.ts patches: npm installed two copies. Fix: run ' +
        '`npm ls vscode-languageserver-types dockerfile-ast` and reinstall with `npm ci` from the committed lock.',
    );
  }
}
assertPatchesReachParser();

// Monorepos repeat Dockerfiles (one template per language, the same build args): each distinct
// text and options is analysed once per plan; forgetDockerfiles() starts a new plan. Only the small
// evaluated stages are kept: holding the parsed documents would cost more in GC than parsing again.
const analysed = new Map<string, Stage[][]>();
const ANALYSED_MAX = 4096;

export function forgetDockerfiles(): void {
  analysed.clear();
}

/**
 * Parses a Dockerfile once and evaluates its stages for each target platform. Throws InputError for
 * a Dockerfile without FROM.
 */
export function analyzeDockerfile(text: string, opts: Omit<ModelOptions, 'target'>): DockerfileAnalysis {
  const platforms = opts.platforms?.length ? opts.platforms : [undefined];
  const key = JSON.stringify([text, opts.buildArgs ?? {}, platforms, [...(opts.namedContexts ?? [])].sort()]);
  let runs = analysed.get(key);
  if (!runs) {
    const df = DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    runs = platforms.map((p) => evaluate(df, lines, opts, p));
    if (analysed.size >= ANALYSED_MAX) analysed.delete(analysed.keys().next().value!);
    analysed.set(key, runs);
  }
  return { file: opts.file, runs };
}

/**
 * What a build of `target` (the last stage when undefined) reads: the stages it reaches and their
 * reads and references, joined over the platforms. Throws InputError for a target that names no stage.
 */
export function selectTarget(a: DockerfileAnalysis, target: string | undefined): DockerfileModel {
  const runs = a.runs.map((stages) => forTarget(stages, target, a.file));
  if (runs.length === 1) return runs[0]!;
  const first = runs[0]!;
  const reads = uniqueBy(runs.flatMap((r) => r.reads));
  const refs = uniqueBy(runs.flatMap((r) => r.refs));
  const reachable = [...new Set(runs.flatMap((r) => r.reachable))].sort((x, y) => x - y);
  return { ...first, reachable, reads, refs };
}

/** Models a Dockerfile for one build. Throws InputError for a target that names no stage. */
export function modelDockerfile(text: string, opts: ModelOptions): DockerfileModel {
  return selectTarget(analyzeDockerfile(text, opts), opts.target);
}

function uniqueBy<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function forTarget(stages: Stage[], targetName: string | undefined, file: string): DockerfileModel {
  let target = stages.length - 1;
  if (targetName) {
    const idx = stages.findIndex((s) => s.name === targetName.toLowerCase());
    if (idx < 0) {
      const names = stages.map((s) => s.name).filter(Boolean);
      throw new InputError(`target stage '${targetName}' is not defined.`, {
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
    reads: reachable.flatMap((i) => stages[i]!.reads),
    refs: reachable.flatMap((i) => stages[i]!.refs),
  };
}

function evaluate(
  df: ReturnType<typeof DockerfileParser.parse>,
  lines: string[],
  opts: Omit<ModelOptions, 'target'>,
  platform: string | undefined,
): Stage[] {
  const buildArgs = opts.buildArgs ?? {};
  const named = opts.namedContexts ?? new Set<string>();
  const auto = platformArgs(platform);
  const globalArgs = new Map<string, string | undefined>(auto);
  const stages: Stage[] = [];
  const stageEnv: Map<string, string | undefined>[] = [];
  let current: Stage | undefined;
  let scope = new Map<string, string | undefined>();

  const resolveStage = (ref: string): number | undefined => {
    const lower = ref.toLowerCase();
    const byName = stages.findIndex((s) => s.name === lower);
    if (byName >= 0) return byName;
    if (/^\d+$/.test(ref) && Number(ref) < stages.length) return Number(ref);
    return undefined;
  };

  // Classifies a FROM / --from / from= reference as a stage, a named context or an image, and
  // records it on the stage.
  const link: Linker = (stage, raw, line, via) => {
    const s = substitute(raw, via === 'FROM' ? globalArgs : scope);
    if (!s.ok) {
      // An unknown reference could be anything: read the whole context to stay safe.
      stage.reads.push(
        wholeContext(via === 'FROM' ? 'FROM' : via === 'RUN --mount' ? 'RUN' : 'COPY', line, s.variable),
      );
      return { kind: 'unresolved' };
    }
    const ref = s.value;
    if (ref.toLowerCase() === 'scratch') return { kind: 'scratch' };
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
        let value: string | undefined;
        if (name in buildArgs) value = buildArgs[name];
        else if (def !== null) {
          const s = substitute(def, target);
          value = s.ok ? s.value : undefined;
        } else if (current && globalArgs.has(name)) value = globalArgs.get(name);
        else if (auto.has(name)) value = auto.get(name);
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
    if (!current) continue;
    if (kw === 'ENV') {
      for (const [name, raw] of envDeclarations(ins)) {
        const s = substitute(raw, scope);
        const v = s.ok ? s.value : undefined;
        scope.set(name, v);
        stageEnv[current.index]!.set(name, v);
      }
      continue;
    }
    const trigger = kw === 'ONBUILD' ? onbuildTrigger(ins) : undefined;
    const effective = trigger ?? ins;
    const ekw = trigger ? trigger.getKeyword() : kw;
    if (ekw === 'COPY' || ekw === 'ADD') {
      copyReads(current, effective, ekw, line, lines, scope, link);
    } else if (ekw === 'RUN') {
      mountReads(current, effective, line, scope, link);
    }
  }

  if (stages.length === 0) {
    throw new InputError('the Dockerfile has no FROM instruction.', {
      location: { file: opts.file },
      fix: 'start the Dockerfile with a FROM line.',
    });
  }
  return stages;
}

function reach(stages: Stage[], target: number): number[] {
  const seen = new Set<number>();
  const stack = [target];
  while (stack.length) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...stages[i]!.stageDeps);
  }
  return [...seen].sort((a, b) => a - b);
}

function wholeContext(instruction: SourceRead['instruction'], line: number, variable: string): SourceRead {
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
function argDeclarations(ins: Instruction): [string, string | null][] {
  return ins.getArguments().map((a) => {
    const v = a.getValue();
    const eq = v.indexOf('=');
    return eq < 0 ? [v, null] : [v.slice(0, eq), v.slice(eq + 1)];
  });
}

function envDeclarations(ins: Instruction): [string, string][] {
  const props = (
    ins as unknown as {
      getProperties(): { getName(): string; getRawValue?(): string; getValue(): string | null }[];
    }
  ).getProperties();
  return props.map((p) => [p.getName(), p.getValue() ?? '']);
}

function onbuildTrigger(ins: Instruction): Instruction | undefined {
  const t = (ins as unknown as { getTriggerInstruction?(): Instruction | null }).getTriggerInstruction?.();
  return t ?? undefined;
}

function flags(ins: Instruction): Flag[] {
  return (ins as unknown as { getFlags?(): Flag[] }).getFlags?.() ?? [];
}

/** Source words of COPY/ADD: exec form parsed as JSON (dockerfile-ast drops spaces there), else words. */
function sourceWords(ins: Instruction, lines: string[]): string[] | undefined {
  const heredocs = (ins as unknown as { getHeredocs?(): unknown[] }).getHeredocs?.() ?? [];
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
      const arr = JSON.parse(raw) as unknown;
      if (Array.isArray(arr) && arr.every((x) => typeof x === 'string'))
        return (arr as string[]).slice(0, -1);
    } catch {
      // Not valid JSON: BuildKit then treats it as shell form, and so do we.
    }
  }
  return args.map((a) => a.getValue()).slice(0, -1);
}

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;

type Linker = (stage: Stage, raw: string, line: number, via: ExternalRef['via']) => StageFrom;

function copyReads(
  stage: Stage,
  ins: Instruction,
  kw: 'COPY' | 'ADD',
  line: number,
  lines: string[],
  scope: VarScope,
  link: Linker,
): void {
  const fl = flags(ins);
  const fromFlag = fl.find((f) => f.getName() === 'from');
  const excludes = fl
    .filter((f) => f.getName() === 'exclude')
    .map((f) => substitute(f.getValue() ?? '', scope))
    .filter((s) => s.ok)
    .map((s) => (s as { value: string }).value);
  let from: ReadSource = { kind: 'context' };
  if (fromFlag) {
    const linked = link(stage, fromFlag.getValue() ?? '', line, 'COPY --from');
    // Reads from a stage or an image touch no local files; a named context's do.
    if (linked.kind !== 'named') return;
    from = { kind: 'named', name: linked.name };
  }
  const words = sourceWords(ins, lines) ?? [];
  const patterns: string[] = [];
  for (const w of words) {
    if (kw === 'ADD' && REMOTE.test(w)) continue;
    const s = substitute(w, scope);
    if (!s.ok) {
      stage.reads.push({ ...wholeContext(kw, line, s.variable), from });
      return;
    }
    if (kw === 'ADD' && REMOTE.test(s.value)) continue;
    patterns.push(cleanContextPath(s.value));
  }
  if (patterns.length) stage.reads.push({ instruction: kw, line, from, patterns, excludes });
}

function mountReads(stage: Stage, ins: Instruction, line: number, scope: VarScope, link: Linker): void {
  for (const f of flags(ins).filter((x) => x.getName() === 'mount')) {
    const opts = new Map(f.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? '']));
    const type = opts.get('type') ?? 'bind';
    // Secret and ssh mounts read from the client's secrets, tmpfs from nothing.
    if (type !== 'bind' && type !== 'cache') continue;
    const fromRaw = opts.get('from');
    // A cache mount without `from` starts empty: it reads nothing from the context.
    if (type === 'cache' && fromRaw === undefined) continue;
    let from: ReadSource = { kind: 'context' };
    if (fromRaw !== undefined) {
      const linked = link(stage, fromRaw, line, 'RUN --mount');
      if (linked.kind !== 'named') continue;
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
