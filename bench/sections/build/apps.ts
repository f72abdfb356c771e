/**
 * The build contexts the section builds: a template adopted as a user would (the sample app from
 * test/fixtures/templates/ plus the template's Dockerfile, .dockerignore and naive.Dockerfile), and
 * for the cache and overhead measurements a bench variant of it: a few hundred generated source
 * modules and the template's Dockerfile with a simulated dependency installation spliced into its
 * deps stage (fixtures/simulated-deps.*.Dockerfile; the template itself is not changed).
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from '../../lib/action.js';
import type { Engine } from './engine.js';

export type AppKind = 'node-api' | 'python-ai';
export const APP_KINDS: readonly AppKind[] = ['node-api', 'python-ai'];

export const FIXTURES = join(BENCH_DIR, 'sections/build/fixtures');
/** The Dockerfile of the bench variant, written into the context (its .dockerignore keeps it out). */
export const BENCH_DOCKERFILE = 'bench.Dockerfile';
/** Marks the simulated install's RUN step in the progress stream. */
export const SIMULATED_MARKER = 'BENCH_SIMULATED_DEPS=1';

export interface App {
  kind: AppKind;
  dir: string;
  /** The source file each "one file changed" edit appends to, relative to `dir`. */
  editFile: string;
  /** The template's base-image ARGs pointed at the local bases. */
  buildArgs: Record<string, string>;
}

/** Copies the sample app and the template's files into `dir`. */
export function adoptTemplate(kind: AppKind, dir: string, engine: Engine): App {
  cpSync(join(REPO_ROOT, 'test/fixtures/templates', kind), dir, { recursive: true });
  const template = join(REPO_ROOT, 'templates', kind);
  for (const f of readdirSync(template)) cpSync(join(template, f), join(dir, f));
  const b = engine.bases;
  return kind === 'node-api'
    ? {
        kind,
        dir,
        editFile: 'src/greeting.js',
        buildArgs: { NODE_IMAGE: b.node, RUNTIME_IMAGE: b.nodeRuntime },
      }
    : {
        kind,
        dir,
        editFile: 'app/model.py',
        // The distroless stand-in is only needed for the size comparison; the slim pairing builds
        // the same deps and source stages.
        buildArgs: { PYTHON_IMAGE: b.python, RUNTIME_IMAGE: b.pythonRuntime },
      };
}

/**
 * The bench variant: the adopted template, 200 generated source modules (so that sending the
 * context and copying the sources is not free) and BENCH_DOCKERFILE, the template's Dockerfile
 * with the simulated install after the last instruction of its deps stage.
 */
export function prepareBenchApp(kind: AppKind, dir: string, engine: Engine): App {
  const app = adoptTemplate(kind, dir, engine);
  const srcDir = join(dir, kind === 'node-api' ? 'src/generated' : 'app/generated');
  mkdirSync(srcDir, { recursive: true });
  for (let i = 0; i < 200; i++) {
    const n = String(i).padStart(3, '0');
    const body = Array.from({ length: 60 }, (_, j) =>
      kind === 'node-api'
        ? `export const value${j} = ${i * 1000 + j}; // generated module ${n}, line ${j}`
        : `VALUE_${j} = ${i * 1000 + j}  # generated module ${n}, line ${j}`,
    ).join('\n');
    writeFileSync(join(srcDir, kind === 'node-api' ? `mod-${n}.js` : `mod_${n}.py`), body + '\n');
  }
  if (kind === 'python-ai') writeFileSync(join(srcDir, '__init__.py'), '');
  const template = readFileSync(join(REPO_ROOT, 'templates', kind, 'Dockerfile'), 'utf8');
  const snippet = readFileSync(
    join(FIXTURES, `simulated-deps.${kind === 'node-api' ? 'node' : 'python'}.Dockerfile`),
    'utf8',
  );
  writeFileSync(join(dir, BENCH_DOCKERFILE), spliceIntoStage(template, 'deps', snippet));
  return app;
}

/**
 * Inserts `snippet` after the last instruction of stage `stage` (before the comments that head the
 * next stage). Throws when the Dockerfile has no such stage, so that a template change shows.
 */
export function spliceIntoStage(dockerfile: string, stage: string, snippet: string): string {
  const lines = dockerfile.split('\n');
  const from = /^FROM\s+\S+\s+AS\s+(\S+)\s*$/i;
  const start = lines.findIndex((l) => from.exec(l)?.[1]?.toLowerCase() === stage);
  if (start < 0) throw new Error(`the template has no stage '${stage}' to add the simulated install to`);
  let next = lines.findIndex((l, i) => i > start && /^FROM\s/i.test(l));
  if (next < 0) next = lines.length;
  let last = next - 1;
  while (last > start && (!lines[last]!.trim() || lines[last]!.trimStart().startsWith('#'))) last--;
  return [...lines.slice(0, last + 1), '', snippet.trimEnd(), ...lines.slice(last + 1)].join('\n');
}

/** "One source file changed": appends a unique comment line to the app's edit file. */
export function editSource(app: App, tag: string): void {
  const comment = app.kind === 'node-api' ? '//' : '#';
  appendFileSync(join(app.dir, app.editFile), `${comment} bench edit ${tag}\n`);
}

export function buildArgFlags(args: Record<string, string>): string[] {
  return Object.entries(args).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
}
