// Bundles each actions/<name>/main.ts into dist/<name>/index.js with ncc. Output is deterministic,
// so a rebuild on a clean tree changes nothing (test/repo/dist-fresh.test.ts relies on that).
import { readdirSync, rmSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ncc from '@vercel/ncc';

// `--out DIR` writes the bundles elsewhere (the freshness test compares them with dist/).
const argv = process.argv.slice(2);
const outIdx = argv.indexOf('--out');
const outRoot = outIdx >= 0 ? argv[outIdx + 1] : 'dist';
const only = argv.filter((_, i) => outIdx < 0 || (i !== outIdx && i !== outIdx + 1));
const names = readdirSync('actions').filter((n) => existsSync(join('actions', n, 'main.ts')));
for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
  const { code, assets } = await ncc(join(process.cwd(), 'actions', name, 'main.ts'), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
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
