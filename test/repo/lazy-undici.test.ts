// Every bundle reaches undici through a generated shim (scripts/bundle.mjs) that loads the real
// undici, bundled beside it, only when one of its exports is used: start-up must not load it, and
// through the shim undici must work as itself.
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve('dist');
const bundles = readdirSync(DIST).filter((n) => existsSync(join(DIST, n, 'index.js')));
const withShim = bundles.filter((n) => existsSync(join(DIST, n, 'undici-lazy.cjs')));

/** Reports, at exit, every module file the CommonJS loader loaded (ES modules import the shim through it). */
const TRACE_LOADS = `
const Module = require('node:module');
const seen = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { seen.add(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...seen]) + '\\n'));
`;

function loadedFiles(stderr: string): string[] {
  const line = stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no LOADED line in:\n${stderr}`);
  return JSON.parse(line.slice('LOADED '.length)) as string[];
}

describe('undici behind a lazy shim in dist/', () => {
  it('every bundle that uses undici imports the shim instead of carrying it', () => {
    expect(withShim.length).toBeGreaterThan(0);
    for (const name of bundles) {
      const code = readFileSync(join(DIST, name, 'index.js'), 'utf8');
      // undici's own HTTP/1 parser loader: present only where undici itself is bundled.
      expect({ name, bundlesUndici: code.includes('lazyllhttp') }).toEqual({ name, bundlesUndici: false });
      if (code.includes('undici-lazy.cjs')) expect(withShim).toContain(name);
    }
  });

  it.each(withShim)('%s starts without loading undici', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-undici-'));
    let loaded: string[];
    try {
      writeFileSync(join(dir, 'trace.cjs'), TRACE_LOADS);
      // No inputs: the action loads, reads its inputs and fails on the first required one.
      const r = spawnSync(process.execPath, ['-r', join(dir, 'trace.cjs'), join(DIST, name, 'index.js')], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true' },
      });
      loaded = loadedFiles(r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(loaded).toContain(join(DIST, name, 'undici-lazy.cjs'));
    expect(loaded).not.toContain(join(DIST, name, 'undici.cjs'));
  });

  it('exports every name undici exports, and loads it on first use', () => {
    const shimPath = join(DIST, withShim[0]!, 'undici-lazy.cjs');
    const real = createRequire(import.meta.url)('undici') as Record<string, unknown>;
    const script = `
      const shim = require(${JSON.stringify(shimPath)});
      const bundled = ${JSON.stringify(join(DIST, withShim[0]!, 'undici.cjs'))};
      const out = { names: Object.keys(shim).sort(), before: bundled in require.cache };
      const http = require('node:http');
      const server = http.createServer((req, res) => res.end('hello ' + req.url));
      server.listen(0, '127.0.0.1', async () => {
        const res = await shim.fetch('http://127.0.0.1:' + server.address().port + '/x');
        out.body = await res.text();
        out.after = bundled in require.cache;
        out.proxyAgent = typeof new shim.ProxyAgent('http://127.0.0.1:1').dispatch;
        out.errorClass = typeof shim.errors.UndiciError;
        out.hasErrors = 'UndiciError' in shim.errors;
        server.close();
        console.log(JSON.stringify(out));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({
      names: Object.keys(real).sort(),
      before: false,
      body: 'hello /x',
      after: true,
      proxyAgent: 'function',
      errorClass: 'function',
      hasErrors: true,
    });
  });
});
