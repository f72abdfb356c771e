/**
 * Materialises the files a Compose project definition can depend on (YAML, .env files, Dockerfiles,
 * dockerignores) from a git revision into a temporary directory, so the base revision's build
 * definitions can be loaded with the same loader as the head's without checking out the whole tree.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execTool } from '../exec.js';

const DEFINITION_FILE =
  /(^|\/)([^/]*\.ya?ml|\.env[^/]*|[^/]*Dockerfile[^/]*|[^/]*\.dockerfile|\.dockerignore)$/i;

/** True for a path whose change can alter a build definition (rule 3 needs the base then). */
export function isDefinitionFile(path: string): boolean {
  return DEFINITION_FILE.test(path);
}

/** Writes the definition files of `rev` below a new temporary directory and returns it. */
export async function materializeDefinitions(repoRoot: string, rev: string): Promise<string> {
  const listing = await execTool(
    'git',
    ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', rev],
    { cwd: repoRoot },
  );
  const paths = listing.stdout
    .split('\0')
    .filter((p) => p && isDefinitionFile(p) && !p.split('/').includes('node_modules'));
  const dir = await mkdtemp(join(tmpdir(), 'bka-base-'));
  const blobs = await catFiles(repoRoot, rev, paths);
  for (const [path, content] of blobs) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Reads many blobs through one `git cat-file --batch` process (byte-exact, any path). */
function catFiles(cwd: string, rev: string, paths: string[]): Promise<Map<string, Buffer>> {
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
      for (const path of paths) {
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
    // Paths with a newline cannot be named on cat-file's line protocol; git forbids none, so skip them.
    const safe = paths.filter((p) => !p.includes('\n'));
    paths.splice(0, paths.length, ...safe);
    child.stdin.end(safe.map((p) => `${rev}:${p}\n`).join(''));
  });
}
