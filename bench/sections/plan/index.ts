/**
 * The "plan" section: plan-matrix's time and memory on a generated 1,000-service monorepo with
 * 10,000 changed paths (the committed bundle as the runner starts it, and the in-process core),
 * the paths-filter style baseline on the same input, and the example monorepo's history.
 */
import { execTool } from '../../../shared/runtime/exec.js';
import { changedPaths } from '../../../shared/git/git.js';
import { EMPTY_MANIFEST } from '../../../shared/manifest/settings.js';
import { findAffected } from '../../../shared/plan/affected.js';
import { buildCatalog } from '../../../shared/plan/catalog.js';
import { plan, type PlanRequest } from '../../../shared/plan/plan.js';
import {
  hostNode,
  nodeStartup,
  requireBundle,
  runBundleOk,
  runnerNode,
  type BundleRun,
  type NodeRuntime,
} from '../../lib/action.js';
import { diffPaths } from '../../lib/git.js';
import { median, repeat, round, timeRuns } from '../../lib/measure.js';
import { pathPrefixRebuilds } from '../../lib/path-filter.js';
import {
  check,
  fmtInt,
  fmtMB,
  fmtMs,
  fmtRatio,
  verdict,
  type Cell,
  type SectionResult,
  type Table,
} from '../../lib/report.js';
import type { BenchContext, Section } from '../../lib/section.js';
import { generateMonorepo, type GeneratedRepo } from './generate.js';
import { runHistory, HISTORY_COMPOSE_FILES, type HistoryResult } from './history.js';
import { CORPUS_DIR, measureCorpus, type CorpusResult } from './corpus.js';

const SERVICES = 1000;
const CHANGES = 10_000;
const SEED = 20250101;
const RUNS = 5;
const COMPOSE_GLOB = 'infrastructure/compose/*.yml';
/** The issue's targets for 1,000 services. */
const TARGET_MS = 1000;
const TARGET_RSS_MB = 300;

export const planSection: Section = {
  name: 'plan',
  title: 'plan-matrix: planning time, memory and precision',
  run: runPlanSection,
};

async function runPlanSection(ctx: BenchContext): Promise<SectionResult> {
  const bundle = requireBundle('plan-matrix');

  ctx.log(`plan: generating ${SERVICES} services and ${CHANGES} changed paths`);
  const t0 = performance.now();
  const repo = generateMonorepo(ctx.tempDir('monorepo'), {
    services: SERVICES,
    changes: CHANGES,
    stacks: 10,
    packages: 20,
    seed: SEED,
  });
  const generateMs = performance.now() - t0;

  // The runner starts the bundle with its own Node 24 (`runs.using: node24`): that run is the one
  // judged. This machine's node runs it too, for comparison; the two alternate, so that a change in
  // the host's speed reaches both alike.
  const runner = runnerNode();
  const host = hostNode();
  const judged: NodeRuntime = 'error' in runner ? host : runner;
  const runtimes = 'error' in runner ? [host] : [runner, host];
  if ('error' in runner)
    ctx.log(`plan: the runner's Node 24 is not available (${runner.error}); judging ${host.version}`);
  ctx.log(`plan: bundle on ${runtimes.map((r) => r.version).join(' and ')}, 1 warm-up + ${RUNS} runs`);
  const inputs = { 'compose-files': COMPOSE_GLOB, base: repo.base, head: repo.head };
  const runs = new Map<NodeRuntime, BundleRun[]>(runtimes.map((r) => [r, []]));
  for (let round = 0; round <= RUNS; round++) {
    for (const node of round % 2 ? [...runtimes].reverse() : runtimes) {
      const r = await runBundleOk(bundle, repo.dir, inputs, node);
      if (round > 0) runs.get(node)!.push(r);
    }
  }
  const counts = new Set([...runs.values()].flat().map((r) => r.outputs['count']));
  if (counts.size !== 1) throw new Error(`the runtimes planned different counts: ${[...counts].join(', ')}`);
  const bundleCount = Number([...counts][0]);
  const perRuntime = runtimes.map((node) => {
    const rs = runs.get(node)!;
    return {
      node,
      ms: rs.map((r) => r.ms),
      rssMB: rs.map((r) => r.maxRssKiB / 1024),
      startupMs: [] as number[],
    };
  });

  ctx.log('plan: node start-up');
  for (const p of perRuntime) p.startupMs = (await repeat(() => nodeStartup(p.node), RUNS)).map((r) => r.ms);
  const main = perRuntime.find((p) => p.node === judged)!;
  const bundleMs = main.ms;
  const bundleRssMB = main.rssMB;
  const startupMs = main.startupMs;

  ctx.log('plan: in-process plan()');
  const req: PlanRequest = {
    repoRoot: repo.dir,
    composeFiles: [COMPOSE_GLOB],
    base: repo.base,
    head: repo.head,
    maxJobs: 256,
    env: {},
  };
  const deps = { exec: execTool, log: { info: () => {}, warning: () => {} } };
  const inProcess = await timeRuns(() => plan(req, deps), RUNS);
  const result = inProcess.result;
  if (result.count !== bundleCount)
    throw new Error(`the bundle planned ${bundleCount} services, plan() ${result.count}: is dist/ stale?`);

  ctx.log('plan: in-process phases');
  const phases = await measurePhases(repo);

  ctx.log('plan: path-prefix filter baseline');
  const filterInput = phases.services.map((s) => ({ key: s.key, context: s.context }));
  const changed = diffPaths(repo.dir, repo.base, repo.head);
  const filter = await timeRuns(() => pathPrefixRebuilds(filterInput, changed), RUNS);
  const filtered = filter.result;

  ctx.log('plan: the Compose corpus');
  const corpus = await measureCorpus(RUNS + 1);

  ctx.log('plan: example monorepo history');
  const history = await runHistory(bundle, ctx.tempDir('history'), ctx.log);

  const wall = check(median(bundleMs), TARGET_MS);
  const rss = check(Math.max(...bundleRssMB), TARGET_RSS_MB);
  const core = check(inProcess.median, TARGET_MS);
  const data = {
    monorepo: {
      seed: SEED,
      composeFiles: repo.composeFiles.length,
      services: repo.services.length,
      kinds: kinds(repo),
      packages: 20,
      files: repo.files,
      changes: repo.changes,
      hotServices: repo.hotServices,
      hotPackages: repo.hotPackages,
      generateMs: round(generateMs),
    },
    bundle: {
      wallMs: {
        median: round(wall.value),
        samples: bundleMs.map((x) => round(x)),
        target: TARGET_MS,
        pass: wall.pass,
      },
      maxRssMB: {
        max: round(rss.value),
        samples: bundleRssMB.map((x) => round(x)),
        target: TARGET_RSS_MB,
        pass: rss.pass,
      },
      node: judged.version,
      servicesPlanned: bundleCount,
      catalogServices: result.catalog.services,
    },
    runtimes: perRuntime.map((p) => ({
      node: p.node.version,
      role: p.node.role,
      judged: p.node === judged,
      wallMs: {
        median: round(median(p.ms)),
        samples: p.ms.map((x) => round(x)),
        target: TARGET_MS,
        pass: median(p.ms) < TARGET_MS,
      },
      maxRssMB: { max: round(Math.max(...p.rssMB)), target: TARGET_RSS_MB },
      nodeStartupMs: { median: round(median(p.startupMs)), samples: p.startupMs.map((x) => round(x)) },
    })),
    runnerNodeError: 'error' in runner ? runner.error : undefined,
    nodeStartupMs: { median: round(median(startupMs)), samples: startupMs.map((x) => round(x)) },
    inProcess: {
      planMs: {
        median: round(core.value),
        samples: inProcess.samples.map((x) => round(x)),
        target: TARGET_MS,
        pass: core.pass,
      },
      phasesMs: {
        catalog: round(phases.catalogMs),
        diff: round(phases.diffMs),
        rules: round(phases.rulesMs),
      },
      servicesPlanned: result.count,
      waves: result.waves.length,
    },
    pathFilter: {
      ms: { median: round(filter.median), samples: filter.samples.map((x) => round(x)) },
      changedPaths: changed.length,
      servicesRebuilt: filtered.length,
      planResultPathFilter: result.pathFilter.length,
      timeRatio: round(inProcess.median / filter.median, 3),
      servicesRatio: round(result.count / filtered.length, 3),
    },
    history: historyData(history),
    corpus: corpus ?? { missing: CORPUS_DIR },
  };

  return {
    data,
    tables: [
      monorepoTable(repo, generateMs),
      {
        title: `plan-matrix on ${fmtInt(SERVICES)} services × ${fmtInt(CHANGES)} changed paths`,
        columns: ['measure', 'value', 'target', 'result'],
        rows: [
          ...perRuntime.flatMap((p): Cell[][] => {
            const on = `${p.node.version}, ${p.node.role}`;
            const w = check(median(p.ms), TARGET_MS);
            const m = check(Math.max(...p.rssMB), TARGET_RSS_MB);
            // Only the runner's runtime is judged; another runs beside it for comparison.
            const judge = (target: string, v: ReturnType<typeof check>): Cell[] =>
              p.node === judged ? [target, verdict(v)] : ['', '(for comparison)'];
            return [
              [
                `bundle wall time on ${on}, median of ${RUNS}`,
                spread(p.ms),
                ...judge(`< ${fmtMs(TARGET_MS)}`, w),
              ],
              [
                `bundle peak RSS on ${p.node.version}, max of ${RUNS}`,
                fmtMB(m.value),
                ...judge(`< ${fmtMB(TARGET_RSS_MB)}`, m),
              ],
            ];
          }),
          [
            `in-process plan(), median of ${RUNS}`,
            spread(inProcess.samples),
            `< ${fmtMs(TARGET_MS)}`,
            verdict(core),
          ],
          ...perRuntime.map((p): Cell[] => [
            `node start-up alone (empty script) on ${p.node.version}, median`,
            fmtMs(median(p.startupMs)),
            '',
            '',
          ]),
          [
            `start-up, bundle load, cold JIT, outputs (bundle on ${judged.version} − in-process)`,
            fmtMs(wall.value - core.value),
            '',
            '',
          ],
          ['in-process phase: catalog (Compose, Dockerfiles, ignore files)', fmtMs(phases.catalogMs), '', ''],
          ['in-process phase: git diff', fmtMs(phases.diffMs), '', ''],
          ['in-process phase: rules (findAffected)', fmtMs(phases.rulesMs), '', ''],
          [
            'services planned',
            `${fmtInt(bundleCount)} of ${fmtInt(result.catalog.services)} (${result.waves.length} waves)`,
            '',
            '',
          ],
        ],
        notes: [
          `The judged runs are the bundle on ${judged.version}: ${
            'error' in runner
              ? `the runner's Node 24 could not be installed (${runner.error}), so this machine's node stands in`
              : 'every action.yml says `runs.using: node24`, and a runner starts the bundle with its own Node 24 (scripts/runner-node.sh installs the same build)'
          }. The runtimes alternate run by run.`,
          `In-process figures run in the bench's own process (${process.version}) after a warm-up run (JIT-warm); each bundle run starts cold, as on a runner.`,
          'Phases are medians of separate runs of each step and need not add up to plan() (rule 3 and matrix building are left out).',
        ],
      },
      {
        title:
          'Path-prefix filter baseline (paths-filter style: `<context>/**`, picomatch, dot) on the same input',
        columns: ['measure', 'value'],
        rows: [
          [
            `filter time (${fmtInt(filterInput.length)} filters × ${fmtInt(changed.length)} paths), median of ${RUNS}`,
            spread(filter.samples),
          ],
          ['services the filter rebuilds', `${fmtInt(filtered.length)} of ${fmtInt(filterInput.length)}`],
          ['services plan-matrix plans', fmtInt(result.count)],
          ['time ratio: plan-matrix in-process / filter', fmtRatio(inProcess.median / filter.median)],
          ['services ratio: planned / filter rebuilds', fmtRatio(result.count / filtered.length)],
        ],
        notes:
          result.pathFilter.length !== filtered.length
            ? [
                `Note: plan()'s own pathFilter count is ${result.pathFilter.length}, the picomatch filter's ${filtered.length}.`,
              ]
            : undefined,
      },
      historyTable(history),
      corpusTable(corpus),
    ],
  };
}

/** Times the core's main steps separately, to show where in-process time goes. */
async function measurePhases(repo: GeneratedRepo) {
  const catalog = await timeRuns(
    () =>
      buildCatalog({ repoRoot: repo.dir, composeFiles: [COMPOSE_GLOB], manifest: EMPTY_MANIFEST, env: {} }),
    RUNS,
  );
  const diff = await timeRuns(
    () => changedPaths({ cwd: repo.dir, exec: execTool }, repo.base, repo.head, 'direct'),
    RUNS,
  );
  const services = catalog.result.services;
  const rules = await timeRuns(() => findAffected({ services, changed: diff.result, global: [] }), RUNS);
  return { catalogMs: catalog.median, diffMs: diff.median, rulesMs: rules.median, services };
}

function kinds(repo: GeneratedRepo) {
  const count = (f: (s: GeneratedRepo['services'][number]) => boolean) => repo.services.filter(f).length;
  return {
    folderContext: count((s) => s.kind === 'folder'),
    rootContext: count((s) => s.kind === 'root'),
    namedContext: count((s) => s.kind === 'named'),
    fromStackBase: count((s) => s.fromBase),
    baseImages: count((s) => s.isBase),
    python: count((s) => s.lang === 'python'),
  };
}

function monorepoTable(repo: GeneratedRepo, generateMs: number): Table {
  const k = kinds(repo);
  const c = repo.changes;
  const b = c.byCategory;
  return {
    title: `Generated monorepo (seed ${SEED})`,
    columns: ['property', 'value'],
    rows: [
      ['Compose files', `${repo.composeFiles.length} (${COMPOSE_GLOB})`],
      [
        'built services',
        `${fmtInt(repo.services.length)}: context = service folder ${k.folderContext} (${k.python} Python), repository root ${k.rootContext}, ` +
          `+ named context of a package ${k.namedContext}; ${k.baseImages} stack base images, ${k.fromStackBase} services FROM one`,
      ],
      ['shared packages', '20 (packages/pkg-N)'],
      ['files in the base commit', fmtInt(repo.files)],
      [
        'changed paths (head)',
        `${fmtInt(c.total)}: ${fmtInt(c.modified)} modified, ${fmtInt(c.added)} added, ${fmtInt(c.deleted)} deleted`,
      ],
      ['… service src/', `${fmtInt(b['service-src'])} in ${repo.hotServices} services`],
      ['… a stack base image script', fmtInt(b['base-src'])],
      ['… service README, docs/, tests/', fmtInt(b['service-docs-tests'])],
      ['… package src/', `${fmtInt(b['package-src'])} in ${repo.hotPackages.join(', ')}`],
      ['… package README, tests/', fmtInt(b['package-docs-tests'])],
      ['… root docs', fmtInt(b['root-docs'])],
      ['generation + 2 commits', fmtMs(generateMs)],
    ],
  };
}

function historyData(h: HistoryResult) {
  const rows = h.rows.map((r, i) => ({
    commit: i + 1,
    change: r.label,
    changedPaths: r.changed,
    planned: r.planned,
    filtered: r.filtered,
    summaryFilterCount: r.summaryFilterCount ?? null,
  }));
  return {
    composeFiles: HISTORY_COMPOSE_FILES.split('\n'),
    services: h.services,
    commits: rows,
    total: {
      planned: sum(h.rows.map((r) => r.planned.length)),
      filtered: sum(h.rows.map((r) => r.filtered.length)),
      ratio: round(
        sum(h.rows.map((r) => r.planned.length)) / Math.max(1, sum(h.rows.map((r) => r.filtered.length))),
        3,
      ),
    },
  };
}

function historyTable(h: HistoryResult): Table {
  const list = (xs: string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '—');
  let skippedTotal = 0;
  let extraTotal = 0;
  const rows: Cell[][] = h.rows.map((r, i) => {
    const skipped = r.filtered.filter((k) => !r.planned.includes(k));
    const extra = r.planned.filter((k) => !r.filtered.includes(k));
    skippedTotal += skipped.length;
    extraTotal += extra.length;
    return [
      i + 1,
      r.label,
      r.changed.length,
      r.planned.length,
      list(r.planned),
      r.filtered.length,
      list(skipped),
      list(extra),
    ];
  });
  const planned = sum(h.rows.map((r) => r.planned.length));
  const filtered = sum(h.rows.map((r) => r.filtered.length));
  const paths = sum(h.rows.map((r) => r.changed.length));
  rows.push([
    '',
    `**total (${h.rows.length} commits)**`,
    paths,
    planned,
    `planned / filter: ${fmtRatio(planned / Math.max(1, filtered))}`,
    filtered,
    skippedTotal,
    extraTotal,
  ]);
  const mismatches = h.rows
    .map((r, i) =>
      r.summaryFilterCount !== undefined && r.summaryFilterCount !== r.filtered.length
        ? `#${i + 1}: summary ${r.summaryFilterCount}, picomatch ${r.filtered.length}`
        : '',
    )
    .filter(Boolean);
  return {
    title: `Example monorepo history (${h.services} services; compose-files: ${HISTORY_COMPOSE_FILES.split('\n').join(', ')})`,
    columns: [
      '#',
      'change',
      'paths',
      'plan-matrix',
      'planned services',
      'path filter',
      'filter-only (plan-matrix skips)',
      'planned, not in filter',
    ],
    rows,
    notes: mismatches.length
      ? [`Filter counts that differ from the bundle's job summary: ${mismatches.join('; ')}.`]
      : undefined,
  };
}

function spread(samples: number[]): string {
  return `${fmtMs(median(samples))} (${fmtMs(Math.min(...samples))}–${fmtMs(Math.max(...samples))})`;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function corpusTable(c: CorpusResult | undefined): Table {
  const title =
    'The Compose corpus (../shared/corpus/compose: real files, and what Compose 2.26.1 said of each)';
  if (!c) return { title, columns: ['measure', 'value'], rows: [['corpus', `missing: ${CORPUS_DIR}`]] };
  return {
    title,
    columns: ['measure', 'value'],
    rows: [
      ['cases (repositories)', `${fmtInt(c.cases)} (${c.repositories})`],
      ['load every case, first pass in this process', fmtMs(c.firstMs)],
      [`load every case, median of ${c.samplesMs.length - 1} later passes`, spread(c.samplesMs.slice(1))],
      ['Compose accepts → loaded, same services and builds, no objection', fmtInt(c.acceptedLoaded)],
      [
        'Compose accepts → refused for a missing context or Dockerfile (build time)',
        fmtInt(c.acceptedBuildTime),
      ],
      ['Compose accepts → refused or objected to otherwise', fmtInt(c.acceptedOther)],
      ['Compose rejects → rejected', fmtInt(c.rejectedRejected)],
      [
        'Compose rejects → builds planned, objection as a warning (no build reads the part)',
        fmtInt(c.rejectedWarned),
      ],
      ['Compose rejects → loaded with no objection', fmtInt(c.rejectedLoadedSilently)],
    ],
    notes: [
      'Builds and services are compared case by case by test/itg/compose-corpus.itg.test.ts; this table counts verdicts and times the loader in the bench process.',
    ],
  };
}
