/**
 * The image a build's target stage is based on, read from the Dockerfile's FROM lines alone: the
 * target's FROM, followed through the stages it names, with global ARGs and build args substituted
 * as BuildKit substitutes them in FROM. A line scan rather than the Dockerfile parser
 * (./model.ts), which build-service keeps off the path before buildx starts (its load and first run
 * cost about 30 ms); the scan knows continuation lines, the `escape` directive, comments and
 * heredoc bodies, which is all that decides where a FROM or ARG instruction is.
 */
import { substitute } from './substitute.js';

export interface BaseOptions {
  /** The stage built; the last one when undefined. */
  target?: string;
  buildArgs?: readonly (readonly [string, string])[];
  /** Named contexts (`--build-context name=value`): `FROM name` takes a `docker-image://` one's image. */
  contexts?: readonly (readonly [string, string])[];
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Logical instructions: continuations joined, comments and heredoc bodies left out. */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i;
  let escape = '\\';
  for (const l of lines) {
    const m = directive.exec(l);
    if (m) escape = m[1]!;
    if (!/^#\s*[a-z]+\s*=/i.test(l)) break; // directives come first, before any other line
  }
  const out: Instruction[] = [];
  let current = '';
  const heredocs: { word: string; strip: boolean }[] = [];
  for (const raw of lines) {
    if (heredocs.length) {
      const h = heredocs[0]!;
      if ((h.strip ? raw.replace(/^\t+/, '') : raw) === h.word) heredocs.shift();
      continue;
    }
    if (!current && /^\s*(#|$)/.test(raw)) continue;
    if (current && /^\s*#/.test(raw)) continue; // a comment inside a continuation
    const line = raw.replace(/\s+$/, '');
    if (line.endsWith(escape)) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    current += line;
    const m = /^\s*(\S+)\s*(.*)$/s.exec(current);
    current = '';
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    out.push({ keyword, args: m[2]! });
    if (['RUN', 'COPY', 'ADD'].includes(keyword))
      for (const h of m[2]!.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g))
        heredocs.push({ word: h[3]!, strip: h[1] === '-' });
  }
  return out;
}

/**
 * The target stage's base image as the Dockerfile names it (`name[:tag][@digest]`); undefined for
 * `FROM scratch`, a stage or base that cannot be known without building (a build arg with no
 * value, a platform ARG, a named context that is not an image), or a target that is not a stage.
 */
export function targetBase(text: string, opts: BaseOptions = {}): string | undefined {
  const buildArgs = new Map(opts.buildArgs ?? []);
  // BuildKit's platform ARGs are in FROM's scope undeclared; their values depend on the platform.
  const globals = new Map<string, string | undefined>(
    ['TARGET', 'BUILD'].flatMap((p) => ['PLATFORM', 'OS', 'ARCH', 'VARIANT'].map((v) => [p + v, undefined])),
  );
  const stages: { name?: string; from: string }[] = [];
  for (const ins of instructions(text)) {
    if (ins.keyword === 'ARG' && !stages.length) {
      for (const decl of ins.args.split(/\s+/).filter(Boolean)) {
        const eq = decl.indexOf('=');
        const name = eq < 0 ? decl : decl.slice(0, eq);
        const def = eq < 0 ? undefined : substitute(decl.slice(eq + 1), globals);
        globals.set(name, buildArgs.has(name) ? buildArgs.get(name) : def?.ok ? def.value : undefined);
      }
    } else if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => w && !w.startsWith('--'));
      stages.push({
        from: words[0] ?? '',
        name: words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined,
      });
    }
  }
  let i = opts.target ? stages.findIndex((s) => s.name === opts.target!.toLowerCase()) : stages.length - 1;
  // A FROM names an earlier stage, so each step goes back: at most one visit per stage.
  for (let hops = 0; i >= 0 && hops <= stages.length; hops++) {
    const s = substitute(stages[i]!.from, globals);
    if (!s.ok || !s.value || s.value.toLowerCase() === 'scratch') return undefined;
    const parent = stages.slice(0, i).findIndex((p) => p.name === s.value.toLowerCase());
    if (parent >= 0) {
      i = parent;
      continue;
    }
    const context = opts.contexts?.find(([name]) => name === s.value)?.[1];
    if (context !== undefined) {
      return context.startsWith('docker-image://') ? context.slice('docker-image://'.length) : undefined;
    }
    return s.value;
  }
  return undefined;
}
