// Bundles each actions/<name>/main.ts into dist/<name>/index.js: tsc compiles the sources to
// JavaScript first (fast, and the same compiler that type-checks them), then ncc bundles the JS
// with its dependencies. Output is deterministic, so a rebuild on a clean tree changes nothing
// (test/repo/dist-fresh.test.ts relies on that).
//
//   node scripts/bundle.mjs [--out DIR] [name ...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

// undici (a full HTTP client, 60% of a bundle) reaches every action through @actions/core's
// http-client (getIDToken) and @actions/github (octokit's fetch), yet most runs never make a request
// with it. Compiling and evaluating it cost 80 ms of every action's start-up. So each bundle imports
// a small generated shim instead (LAZY_UNDICI), and the shim loads undici, bundled beside it, on the
// first call of one of its functions or read of one of its objects.
const LAZY_UNDICI = './undici-lazy.cjs';
const UNDICI_BUNDLE = './undici.cjs';
let undiciBundle;

const argv = process.argv.slice(2);
const outIdx = argv.indexOf('--out');
const outRoot = outIdx >= 0 ? argv[outIdx + 1] : 'dist';
const only = argv.filter((_, i) => outIdx < 0 || (i !== outIdx && i !== outIdx + 1));

const names = readdirSync('actions').filter((n) => existsSync(join('actions', n, 'main.ts')));
// The compiled JS sits inside the project so that node_modules resolves as from the sources, in a
// folder of fixed name: webpack names an import() chunk after its modules' paths, so a random name
// would rename the chunks on every build. Creating it is the lock against a concurrent build.
const build = join(process.cwd(), '.build');
await lock(build);
try {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', build],
    {
      stdio: 'inherit',
    },
  );
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    const { code, assets, stats } = await ncc(resolve(build, 'actions', name, 'main.js'), {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      target: 'es2022',
      externals: { undici: LAZY_UNDICI },
    });
    const out = join(outRoot, name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.js'), code);
    for (const [file, asset] of Object.entries(assets)) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), asset.source);
    }
    writeFileSync(join(out, 'licenses.txt'), licences(stats.compilation.modules));
    if (code.includes(`"${LAZY_UNDICI}"`)) await writeLazyUndici(out);
    console.log(`${out}/index.js (${Math.round(code.length / 1024)} KiB)`);
  }
} finally {
  rmSync(build, { recursive: true, force: true });
}

/** Creates `dir`, waiting up to two minutes while another build holds it. */
async function lock(dir) {
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(dir);
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      if (waited >= 120_000) {
        throw new Error(
          `${dir} exists: another build is running, or one was killed. Remove it and build again.`,
          {
            cause: err,
          },
        );
      }
      await sleep(250);
    }
  }
}

/**
 * The licence of every package in the bundle, its chunks included, as ncc writes them (name, SPDX
 * id, the package's licence file; sorted by name). ncc's own file covers only the entry chunk, so a
 * module loaded with import(), which gets a chunk of its own, would lose its package's licence.
 */
function licences(modules) {
  const dirs = new Map();
  const visit = (m) => {
    for (const inner of m.modules ?? []) visit(inner); // a concatenated module's parts
    const file = m.resource ?? '';
    const at = file.lastIndexOf('/node_modules/');
    if (at < 0) return;
    const parts = file.slice(at + '/node_modules/'.length).split('/');
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    if (!dirs.has(name)) dirs.set(name, file.slice(0, at + '/node_modules/'.length) + name);
  };
  for (const m of modules) visit(m);
  const blocks = [...dirs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, dir]) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const id = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
      const file = readdirSync(dir)
        .sort()
        .find((f) => /^licen[cs]e/i.test(f));
      const text = file ? readFileSync(join(dir, file), 'utf8') : '';
      return `${name}${id ? `\n${id}` : ''}${text ? `\n${text}` : ''}\n\n`;
    });
  return blocks.join('').trim() + '\n';
}

/** undici bundled on its own (CommonJS), its licence appended to the action's, and the shim. */
async function writeLazyUndici(out) {
  undiciBundle ??= await ncc(createRequire(import.meta.url).resolve('undici'), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  writeFileSync(join(out, UNDICI_BUNDLE), undiciBundle.code);
  const licence = undiciBundle.assets['licenses.txt']?.source.toString() ?? '';
  const own = join(out, 'licenses.txt');
  writeFileSync(own, (existsSync(own) ? readFileSync(own, 'utf8').trimEnd() + '\n\n' : '') + licence);
  writeFileSync(join(out, LAZY_UNDICI), lazyShim(createRequire(import.meta.url)('undici')));
}

/**
 * The shim's source: every export of undici by name, as `exports.<name> =` so that both require()
 * and Node's detection of CommonJS exports (for `import { fetch } from`) see them. Functions and
 * classes become wrappers that call or construct the real one; objects (`errors`, `util`…) become
 * proxies of the real one. Not getters: Node reads every export when an ES module imports the shim.
 */
function lazyShim(undici) {
  const lines = [
    `'use strict';`,
    `// Generated by scripts/bundle.mjs: undici's exports, loading ${UNDICI_BUNDLE} on first use.`,
    `let real;`,
    `const load = () => (real ??= require('${UNDICI_BUNDLE}'));`,
    `const lazy = (name) =>`,
    `  function (...args) {`,
    `    const f = load()[name];`,
    `    return new.target ? Reflect.construct(f, args) : f.apply(this, args);`,
    `  };`,
    `const lazyObject = (name) =>`,
    `  new Proxy(`,
    `    {},`,
    `    {`,
    `      get: (_, key) => load()[name][key],`,
    `      has: (_, key) => key in load()[name],`,
    `      ownKeys: () => Reflect.ownKeys(load()[name]),`,
    `      getOwnPropertyDescriptor: (_, key) => {`,
    `        const d = Reflect.getOwnPropertyDescriptor(load()[name], key);`,
    `        return d && { ...d, configurable: true };`,
    `      },`,
    `    },`,
    `  );`,
  ];
  for (const name of Object.keys(undici).sort()) {
    const kind = typeof undici[name] === 'function' ? 'lazy' : 'lazyObject';
    lines.push(`exports.${name} = ${kind}('${name}');`);
  }
  return lines.join('\n') + '\n';
}
