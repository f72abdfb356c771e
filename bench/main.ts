/**
 * The benchmarks: the only place speed and memory are measured (tests never assert timings).
 *
 *   npm run bench                          every section, Markdown tables on stdout
 *   npm run bench -- --only plan           one section (comma-separate several)
 *   npm run bench -- --json /tmp/b.json    also write the same figures as JSON
 *   npm run bench -- --list                the section names
 *
 * A new benchmark is a Section (bench/lib/section.ts) added to SECTIONS. Progress goes to stderr.
 * Actions run from their committed bundles in dist/, so no build step is needed first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './lib/action.js';
import { renderTable } from './lib/report.js';
import type { BenchContext, Section } from './lib/section.js';
import { buildSection } from './sections/build/index.js';
import { planSection } from './sections/plan/index.js';
import { signSection } from './sections/sign/index.js';
import { reportSection } from './sections/report/index.js';

const SECTIONS: Section[] = [planSection, buildSection, signSection, reportSection];

const USAGE = `usage: npm run bench -- [--only NAME[,NAME...]] [--json FILE] [--list]
sections: ${SECTIONS.map((s) => s.name).join(', ')}`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        only: { type: 'string' },
        json: { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.list) {
    for (const s of SECTIONS) console.log(`${s.name}\t${s.title}`);
    return 0;
  }
  const wanted = args.only
    ? args.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : SECTIONS.map((s) => s.name);
  const unknown = wanted.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`unknown section(s): ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const jsonFile = args.json ? resolve(args.json) : undefined;

  const temps: string[] = [];
  const cleanup = () => {
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  };
  // Ctrl-C must not leave a 25,000-file repository behind in the temp directory.
  const onSignal = (sig: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const ctx: BenchContext = {
    tempDir(label) {
      const dir = mkdtempSync(join(tmpdir(), `bkab-${label}-`));
      temps.push(dir);
      return dir;
    },
    log: (m) => console.error(`[bench] ${m}`),
  };

  const meta = environment();
  const busy = meta.loadAverage > meta.cpus / 2 ? ' (the machine is busy: timings are noisy)' : '';
  console.log(
    `# buildkit-actions bench\n\n${meta.node} on ${meta.platform}, ${meta.cpus} × ${meta.cpuModel}; ` +
      `load average ${meta.loadAverage}${busy}; commit ${meta.commit}\n`,
  );
  const results: Record<string, unknown> = {};
  let failed = false;
  for (const section of SECTIONS.filter((s) => wanted.includes(s.name))) {
    const t0 = performance.now();
    try {
      const r = await section.run(ctx);
      console.log(`## ${section.name}: ${section.title}\n`);
      for (const t of r.tables) console.log(renderTable(t));
      results[section.name] = { ...r.data, sectionMs: Math.round(performance.now() - t0) };
    } catch (err) {
      failed = true;
      console.error(`[bench] section '${section.name}' failed: ${(err as Error).message}`);
      results[section.name] = { error: (err as Error).message };
    } finally {
      cleanup();
    }
  }
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);

  if (jsonFile) {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify({ version: 1, meta, sections: results }, null, 2) + '\n');
    console.error(`[bench] wrote ${jsonFile}`);
  }
  return failed ? 1 : 0;
}

function environment() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Not a checkout (an unpacked archive): the figures are still valid.
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    /** One-minute load average at start: other work on the machine makes timings noisy. */
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    commit,
  };
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`[bench] ${(err as Error).stack ?? String(err)}`);
    process.exitCode = 1;
  },
);
