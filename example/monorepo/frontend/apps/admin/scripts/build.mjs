// Production build: writes dist/ with index.html, src/ under assets/, public/ as is and, when
// VENDOR_DIR is set, the workspace packages found there under vendor/. It stands in for `vite build`
// and needs no installed package, so the image builds without network access.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
if (existsSync('public')) cpSync('public', out, { recursive: true });
cpSync('src', join(out, 'assets'), { recursive: true });
const vendor = process.env.VENDOR_DIR;
if (vendor && existsSync(vendor)) cpSync(vendor, join(out, 'vendor'), { recursive: true });

const html = readFileSync('index.html', 'utf8')
  .replaceAll('"/src/', '"/assets/')
  .replaceAll('%API_BASE%', process.env.VITE_API_BASE ?? '/api');
writeFileSync(join(out, 'index.html'), html);
console.log(`built ${out}/`);
