/**
 * Materialises what loading a Compose project reads or checks at a git revision into a temporary
 * directory, so the base revision's build definitions load with the same loader as the head's
 * without checking out the whole tree: every directory (a build context need hold no definition
 * file), symbolic links, and the files a definition can depend on (YAML, .env files, Dockerfiles,
 * dockerignores, and the other files the YAML names as `env_file` or `dockerfile`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parseComposeYaml } from '../compose/load.js';
import { isMapping } from '../compose/merge.js';
import type { GitRepo } from '../git/git.js';

const DEFINITION_FILE =
  /(^|\/)([^/]*\.ya?ml|\.env[^/]*|[^/]*Dockerfile[^/]*|[^/]*\.dockerfile|\.dockerignore)$/i;

/** True for a path whose change can alter a build definition (rule 3 needs the base then). */
export function isDefinitionFile(path: string): boolean {
  return DEFINITION_FILE.test(path);
}

/** A revision's tree, as `git ls-tree -r -t` lists it (node_modules left out). */
export interface TreeListing {
  /** Every directory (submodules too: they are directories in a checkout). */
  dirs: string[];
  /** Regular files. */
  files: string[];
  /** Symbolic links. */
  links: string[];
}

/** Parses `git ls-tree -r -t -z` output. */
export function parseTreeListing(stdout: string): TreeListing {
  const out: TreeListing = { dirs: [], files: [], links: [] };
  for (const entry of stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (path.split('/').includes('node_modules')) continue;
    if (type === 'tree' || type === 'commit') out.dirs.push(path);
    else if (mode === '120000') out.links.push(path);
    else if (type === 'blob') out.files.push(path);
  }
  return out;
}

/** Writes what loading the Compose projects of `rev` needs below a new temporary directory and returns it. */
export async function materializeDefinitions(repo: GitRepo, rev: string): Promise<string> {
  const listing = await repo.exec('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-t', '-z', rev], {
    cwd: repo.cwd,
  });
  const tree = parseTreeListing(listing.stdout);
  const dir = await mkdtemp(join(tmpdir(), 'bka-base-'));
  // Every directory, so that a build context or a Dockerfile's folder exists as it does at head
  // whatever files it holds. Only the deepest need creating.
  // Synchronous: thousands of small writes through promises cost more in thread-pool round trips
  // than the writes themselves.
  for (const d of deepest(tree.dirs)) mkdirSync(join(dir, d), { recursive: true });
  const write = (blobs: Map<string, Buffer>): void => {
    for (const [path, content] of blobs) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  };
  const definitions = await catFiles(repo.cwd, rev, tree.files.filter(isDefinitionFile));
  write(definitions);
  // Files the YAML names whose names say nothing: an env_file `config/app.env`, a Dockerfile `api.df`.
  const yaml = [...definitions].filter(([p]) => /\.ya?ml$/i.test(p)).map(([, text]) => text.toString());
  const named = namedFiles(
    yaml,
    tree.files.filter((p) => !isDefinitionFile(p)),
  );
  if (named.length) write(await catFiles(repo.cwd, rev, named));
  // Links last: no file is written through one. A link's blob is its target.
  for (const [path, target] of await catFiles(repo.cwd, rev, tree.links)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    try {
      symlinkSync(target.toString(), join(dir, path));
    } catch {
      // a path git allows but this file system does not: as good as missing
    }
  }
  return dir;
}

/** The directories no other directory of the list is inside. */
function deepest(dirs: string[]): string[] {
  const parents = new Set<string>();
  for (const d of dirs) {
    for (let i = d.lastIndexOf('/'); i > 0; i = d.lastIndexOf('/', i - 1)) parents.add(d.slice(0, i));
  }
  return dirs.filter((d) => !parents.has(d));
}

/**
 * Of `candidates`, the files Compose YAML names as a service's or an include's `env_file` or as a
 * build's `dockerfile`. Which directory a name is relative to depends on the project, so any file
 * whose path ends with the name counts (a few files too many cost nothing). A name that needs
 * interpolation counts by its last segment when that needs none.
 */
export function namedFiles(yamlTexts: string[], candidates: string[]): string[] {
  const names = new Set<string>();
  const add = (v: unknown): void => {
    const value = isMapping(v) ? v.path : v;
    if (typeof value !== 'string' || value === '' || value.startsWith('/')) return;
    const base = posix.basename(value);
    if (value.includes('$')) {
      if (!base.includes('$')) names.add(base);
      return;
    }
    const suffix = posix.normalize(value).replace(/^(\.\.?\/)+/, '');
    if (suffix && suffix !== '.' && suffix !== '..') names.add(suffix);
  };
  for (const text of yamlTexts) {
    if (!/\b(env_file|dockerfile)\s*:/.test(text)) continue;
    let docs;
    try {
      docs = parseComposeYaml(text, 'base');
    } catch {
      continue; // a file that does not parse refers to nothing
    }
    for (const data of docs) {
      for (const entry of Array.isArray(data.include) ? data.include : [])
        if (isMapping(entry)) [entry.env_file].flat().forEach(add);
      for (const svc of isMapping(data.services) ? Object.values(data.services) : []) {
        if (!isMapping(svc)) continue;
        [svc.env_file].flat().forEach(add);
        if (isMapping(svc.build)) add(svc.build.dockerfile);
      }
    }
  }
  if (names.size === 0) return [];
  const byBase = new Map<string, string[]>();
  for (const n of names) {
    const b = posix.basename(n);
    byBase.set(b, [...(byBase.get(b) ?? []), n]);
  }
  return candidates.filter((p) =>
    (byBase.get(posix.basename(p)) ?? []).some((n) => p === n || p.endsWith(`/${n}`)),
  );
}

/** Reads many blobs through one `git cat-file --batch` process (byte-exact, any path). */
function catFiles(cwd: string, rev: string, paths: string[]): Promise<Map<string, Buffer>> {
  if (paths.length === 0) return Promise.resolve(new Map());
  // Paths with a newline cannot be named on cat-file's line protocol; git forbids none, so skip them.
  const safe = paths.filter((p) => !p.includes('\n'));
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}: ${stderr}`));
      const out = Buffer.concat(chunks);
      const result = new Map<string, Buffer>();
      let pos = 0;
      for (const path of safe) {
        const nl = out.indexOf(10, pos);
        const header = out.subarray(pos, nl).toString();
        pos = nl + 1;
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!m) continue; // "missing" or not a blob (a submodule)
        const size = Number(m[1]);
        result.set(path, out.subarray(pos, pos + size));
        pos += size + 1;
      }
      resolve(result);
    });
    child.stdin.end(safe.map((p) => `${rev}:${p}\n`).join(''));
  });
}
