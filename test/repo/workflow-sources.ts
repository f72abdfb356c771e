/**
 * Every GitHub Actions workflow this repository holds or shows: the files of .github/workflows and
 * the fenced YAML examples of its Markdown (README, the action catalog, docs/ …), which readers
 * copy. An example is a whole workflow (`jobs:` at the top, `on:` may be left out), a fragment of
 * `jobs:` (job names at the top) or a list of steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';

export type Kind = 'workflow' | 'jobs' | 'steps';

export interface WorkflowSource {
  /** `path` for a workflow file, `path:line` (the fence's line) for an example. */
  name: string;
  kind: Kind;
  /** The YAML text, examples dedented to column 0. */
  text: string;
  /** The parsed document. */
  doc: unknown;
  /** True for a file under .github/workflows. */
  repository: boolean;
}

export interface YamlBlock {
  name: string;
  text: string;
}

const ROOT = process.cwd();
// Not the repository's own text: installed packages, build output, generated results, test fixtures.
const SKIP = new Set(['node_modules', '.git', 'dist', '.scratch', '.test-results', 'fixtures']);

/** The Markdown files of the repository, relative paths, sorted. */
export function markdownFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(relative(ROOT, path));
  }
  return out.sort();
}

/** The fenced ```yaml / ```yml blocks of a Markdown text, dedented by their fence's indent. */
export function yamlBlocks(file: string, markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trim().startsWith(fence!); j++) body.push(lines[j]!);
    blocks.push({ name: `${file}:${i + 1}`, text: dedent(body.map((l) => l.slice(indent!.length))) });
    i = j;
  }
  return blocks;
}

function dedent(lines: string[]): string {
  const width = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(width) ? width : 0)).join('\n') + '\n';
}

const isMap = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a parsed block is, or undefined when it is no workflow (a Compose file, a manifest). */
export function kindOf(doc: unknown): Kind | undefined {
  if (isMap(doc) && isMap(doc.jobs)) return 'workflow';
  if (isMap(doc) && Object.values(doc).length > 0) {
    if (Object.values(doc).every((j) => isMap(j) && ('steps' in j || 'runs-on' in j || 'uses' in j)))
      return 'jobs';
  }
  if (Array.isArray(doc) && doc.length > 0 && doc.every((s) => isMap(s) && ('run' in s || 'uses' in s))) {
    return 'steps';
  }
  return undefined;
}

/** Text that only a workflow would hold: a block with it must be recognised as one. */
export const WORKFLOW_WORDS = /^\s*(?:-\s+)?(?:uses|run|jobs|steps|runs-on):/m;

/** The workflow files of .github/workflows. */
export function repositoryWorkflows(): WorkflowSource[] {
  const dir = join(ROOT, '.github/workflows');
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => {
      const text = readFileSync(join(dir, n), 'utf8');
      return { name: `.github/workflows/${n}`, kind: 'workflow', text, doc: load(text), repository: true };
    });
}

/** The workflow examples of the Markdown files; blocks that are no workflow are left out. */
export function documentedWorkflows(): WorkflowSource[] {
  return markdownFiles().flatMap((file) =>
    yamlBlocks(file, readFileSync(file, 'utf8')).flatMap(({ name, text }) => {
      const doc: unknown = load(text);
      const kind = kindOf(doc);
      return kind ? [{ name, kind, text, doc, repository: false }] : [];
    }),
  );
}
