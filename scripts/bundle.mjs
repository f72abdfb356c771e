// Bundles each actions/<name>/main.ts into dist/<name>/index.js: tsc compiles the sources to
// JavaScript first (fast, and the same compiler that type-checks them), then ncc bundles the JS
// with its dependencies. Output is deterministic, so a rebuild on a clean tree changes nothing
// (test/repo/dist-fresh.test.ts relies on that).
//
//   node scripts/bundle.mjs [--out DIR] [name ...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

import { basename, join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

const argv = process.argv.slice(2);
const outIdx = argv.indexOf('--out');
const outRoot = outIdx >= 0 ? argv[outIdx + 1] : 'dist';
const only = argv.filter((_, i) => outIdx < 0 || (i !== outIdx && i !== outIdx + 1));

const names = readdirSync('actions').filter((n) => existsSync(join('actions', n, 'main.ts')));
// The compiled JS sits inside the project so that node_modules resolves as from the sources.
const build = mkdtempSync(join(process.cwd(), '.build-'));
try {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', build],
    {
      stdio: 'inherit',
    },
  );
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    let { code, assets } = await ncc(resolve(build, 'actions', name, 'main.js'), {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      target: 'es2022',
    });
    // ncc names modules by path; the temporary folder's random name must not reach the bundle.
    code = code.replaceAll(basename(build), '.build');
    const out = join(outRoot, name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.js'), code);
    for (const [file, asset] of Object.entries(assets)) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), asset.source);
    }
    console.log(`${out}/index.js (${Math.round(code.length / 1024)} KiB)`);
  }
} finally {
  rmSync(build, { recursive: true, force: true });
}
