/**
 * The "report" section: report-metrics' time for 10 and for 500 services and the size of its pull
 * request comment (issue 16's targets: 500 services under 2 s, the comment always under GitHub's
 * 65,536 characters). The committed bundle runs as the runner runs it, on a pull request's event:
 * the run's build, scan and sign result files in a folder, the default branch's baseline restored
 * from the Actions cache fake (saved there first by a push run on `main`), the sticky comment
 * written to the GitHub fake, and every service's metrics pushed to a real Pushgateway. The judged
 * runs push to a gateway configured as docs/metrics.md ("Many services") tells a monorepo of hundreds
 * of services to run it (`--push.disable-consistency-check`), started by the section; the engine's
 * gateway (BKA_PUSHGATEWAY, default flags) is measured beside it: its push-time check makes each push
 * cost more the more it holds, by design. The groups pushed there are deleted afterwards.
 */
import { deleteGroup, GATEWAY_CONCURRENCY } from '../../../shared/metrics/pushgateway.js';
import { mapLimit } from '../../../shared/runtime/concurrency.js';
import { METRICS_JOB } from '../../../shared/metrics/families.js';
import { COMMENT_LIMIT } from '../../../shared/report/render.js';
import { FakeCacheService } from '../../../test/support/cache-service.js';
import { liveGatewayDeps } from '../../../test/support/deps.js';
import { FakeGitHubApi } from '../../../test/support/github-api.js';
import { actionRuntime, requireBundle, runBundleOk, type BundleRun } from '../../lib/action.js';
import { median, round } from '../../lib/measure.js';
import { check, fmtInt, fmtMs, verdict, type Cell, type SectionResult } from '../../lib/report.js';
import type { BenchContext, Section } from '../../lib/section.js';
import { startDaemon } from '../../../test/support/prometheus-daemon.js';
import { generateResults } from './generate.js';

/** Services, and measured runs of each event. */
const SIZES: [number, number][] = [
  [10, 5],
  [500, 3],
];
/** Runs against the engine's default gateway: 500 services take over a minute a run there. */
const DEFAULT_GATEWAY_RUNS = 1;
/** The documented setting for hundreds of groups (docs/metrics.md, "Many services"). */
const UNCHECKED_FLAG = '--push.disable-consistency-check';
const SEED = 20251206;
/** Share of the services that regress on the pull request, so the comment has deltas to show. */
const REGRESS = 0.2;
const TARGET_MS = 2000;
const TARGET_FOR = 500;
const TOKEN = 'ghs_benchReportToken0123456789abcdefgh';
const OWNER = 'bench';
const REPO = 'report';

export const reportSection: Section = {
  name: 'report',
  title: 'report-metrics: report time and comment size',
  run: runReportSection,
};

interface SizeResult {
  services: number;
  files: number;
  /** The pull request's runs, pushing to a gateway started with UNCHECKED_FLAG (judged). */
  pr: BundleRun[];
  /** The pull request's runs pushing to the engine's gateway with its default flags. */
  defaultGateway: BundleRun[];
  /** The pull request's run without a Pushgateway: the action's own work. */
  noGateway: BundleRun[];
  commentChars: number;
  commentCut: boolean;
  pushedGroups: number;
}

async function runReportSection(ctx: BenchContext): Promise<SectionResult> {
  const bundle = requireBundle('report-metrics');
  const gateway = process.env['BKA_PUSHGATEWAY'];
  if (!gateway)
    throw new Error(
      'BKA_PUSHGATEWAY is not set: start the engine and load its variables (`eval "$(bash scripts/engine.sh env)"`).',
    );
  const node = actionRuntime();
  const api = await FakeGitHubApi.start({ token: TOKEN });
  const cache = await FakeCacheService.start();
  const unchecked = await startDaemon('prometheus-pushgateway', [UNCHECKED_FLAG]);
  const repository = `${OWNER}/${REPO}-${process.pid}`;
  api.addPullRequest(OWNER, `${REPO}-${process.pid}`, { number: 12, files: [] });
  const results: SizeResult[] = [];
  try {
    for (const [services, runs] of SIZES) {
      ctx.log(`report: ${services} services on ${node.version}, 1 warm-up + ${runs} runs of each event`);
      results.push(
        await measureSize(ctx, bundle, node, {
          services,
          runs,
          repository,
          gateways: { unchecked: unchecked.url, default: gateway },
          api,
          cache,
        }),
      );
    }
    if (api.schemaViolations.length)
      throw new Error(
        `the GitHub fake saw requests off GitHub's description: ${api.schemaViolations.length}`,
      );
  } finally {
    await api.close();
    await cache.close();
    await unchecked.stop();
    await wipeGroups(gateway, repository);
  }

  const big = results.find((r) => r.services === TARGET_FOR)!;
  const wall = check(median(big.pr.map((r) => r.ms)), TARGET_MS);
  const maxComment = Math.max(...results.map((r) => r.commentChars));
  const size = check(maxComment, COMMENT_LIMIT);
  const spread = (xs: number[]) =>
    `${fmtMs(median(xs))} (${fmtMs(Math.min(...xs))}–${fmtMs(Math.max(...xs))})`;
  const rows: Cell[][] = results.flatMap((r): Cell[][] => {
    const pr = r.pr.map((x) => x.ms);
    const judged = r.services === TARGET_FOR;
    return [
      [
        `${fmtInt(r.services)} services, pull request (baseline restored, comment, push to a gateway with \`${UNCHECKED_FLAG}\`)`,
        spread(pr),
        judged ? `< ${fmtMs(TARGET_MS)}` : '',
        judged ? verdict(wall) : '',
      ],
      [
        `${fmtInt(r.services)} services, pull request, push to a gateway with its default flags (push-time check)`,
        spread(r.defaultGateway.map((x) => x.ms)),
        '',
        '',
      ],
      [
        `${fmtInt(r.services)} services, pull request without a Pushgateway (the action's own work)`,
        spread(r.noGateway.map((x) => x.ms)),
        '',
        '',
      ],
      [
        `${fmtInt(r.services)} services, comment size`,
        `${fmtInt(r.commentChars)} chars${r.commentCut ? ' (tables cut)' : ''}`,
        `< ${fmtInt(COMMENT_LIMIT)}`,
        r.commentChars < COMMENT_LIMIT ? 'PASS' : 'FAIL',
      ],
      [
        `${fmtInt(r.services)} services, peak RSS (pull request)`,
        `${Math.round(Math.max(...r.pr.map((x) => x.maxRssKiB)) / 1024)} MB`,
        '',
        '',
      ],
    ];
  });
  return {
    tables: [
      {
        title: 'report-metrics, the bundle as the runner runs it',
        columns: [
          'measure',
          `median (min–max); runs: ${SIZES.map(([s, r]) => `${r} of ${s}`).join(', ')}`,
          'target',
          'result',
        ],
        rows,
        notes: [
          `The bundle on ${node.version} (${node.role}); each run starts cold. Per service a build, a scan and a sign result file (two platforms, 12 steps); ${Math.round(REGRESS * 100)} % of the services regress on the pull request.`,
          'The GitHub API and the Actions cache service are loopback fakes; the Pushgateways are real (the engine’s 1.5.1: one group per service, PUT, 8 in flight), each holding the groups of main and of the pull request.',
          `The judged runs push to a gateway started with \`${UNCHECKED_FLAG}\`, as docs/metrics.md ("Many services") tells a monorepo of hundreds of services to run it. With its default flags the gateway applies pushes one at a time and checks each against every series it holds, so each push costs more the more it holds (the Pushgateway's design, prometheus/pushgateway#290): with 500 services the gateway's own time dominates (${DEFAULT_GATEWAY_RUNS} run at that size). The run without a gateway is the action’s own work.`,
        ],
      },
    ],
    data: {
      node: node.version,
      runs: Object.fromEntries(SIZES),
      sizes: results.map((r) => ({
        services: r.services,
        files: r.files,
        pullRequestMs: {
          median: round(median(r.pr.map((x) => x.ms))),
          samples: r.pr.map((x) => round(x.ms)),
          gatewayFlags: [UNCHECKED_FLAG],
        },
        defaultGatewayMs: {
          median: round(median(r.defaultGateway.map((x) => x.ms))),
          samples: r.defaultGateway.map((x) => round(x.ms)),
        },
        noGatewayMs: {
          median: round(median(r.noGateway.map((x) => x.ms))),
          samples: r.noGateway.map((x) => round(x.ms)),
        },
        maxRssMB: round(Math.max(...r.pr.map((x) => x.maxRssKiB)) / 1024),
        commentChars: r.commentChars,
        commentCut: r.commentCut,
        pushedGroups: r.pushedGroups,
      })),
      wallMs: { median: round(wall.value), target: TARGET_MS, services: TARGET_FOR, pass: wall.pass },
      commentChars: { max: maxComment, target: COMMENT_LIMIT, pass: size.pass },
    },
  };
}

async function measureSize(
  ctx: BenchContext,
  bundle: string,
  node: ReturnType<typeof actionRuntime>,
  o: {
    services: number;
    runs: number;
    repository: string;
    gateways: { unchecked: string; default: string };
    api: FakeGitHubApi;
    cache: FakeCacheService;
  },
): Promise<SizeResult> {
  const work = ctx.tempDir(`report-${o.services}`);
  const mainFiles = generateResults(`${work}/main`, { services: o.services, seed: SEED, regress: 0 });
  generateResults(`${work}/pr`, { services: o.services, seed: SEED, regress: REGRESS });
  const home = ctx.tempDir(`report-home-${o.services}`);
  const key = `bench-${o.services}`;
  const inputs = (dir: string, gateway = o.gateways.unchecked) => ({
    'results-dir': dir,
    'github-token': TOKEN,
    'pushgateway-url': gateway,
    'comment-key': key,
    'baseline-key': key,
  });
  let runId = 5000;
  const env = (pr: boolean) => ({
    HOME: home,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_API_URL: o.api.url,
    GITHUB_RUN_ID: String(runId++),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: pr ? 'refs/pull/12/merge' : 'refs/heads/main',
    ...(pr && { GITHUB_HEAD_REF: 'feature/faster' }),
    ...o.cache.env(),
  });
  const pushEvent = {
    name: 'push',
    payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
  };
  const prEvent = {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 12,
      pull_request: { number: 12 },
      repository: { default_branch: 'main' },
    },
  };
  // A push on main saves the baseline the pull request's runs restore, and puts main's groups on
  // each gateway (not measured).
  const p = await runBundleOk(bundle, work, inputs('main'), node, { env: env(false), event: pushEvent });
  if (p.outputs['baseline-saved'] === '') throw new Error(`the push run saved no baseline:\n${p.stdout}`);
  await runBundleOk(bundle, work, { ...inputs('main', o.gateways.default), 'save-baseline': 'never' }, node, {
    env: env(false),
    event: pushEvent,
  });
  const prRun = async (gateway: string): Promise<BundleRun> => {
    const q = await runBundleOk(bundle, work, inputs('pr', gateway), node, {
      env: env(true),
      event: prEvent,
    });
    if (q.outputs['baseline-found'] !== 'true')
      throw new Error(`the pull request found no baseline:\n${q.stdout}`);
    if (Number(q.outputs['services']) !== o.services)
      throw new Error(`the report counted ${q.outputs['services']} services, not ${o.services}`);
    const pushed = Number(q.outputs['pushed-groups']);
    if (gateway && pushed !== o.services)
      throw new Error(`${q.outputs['pushed-groups']} of ${o.services} groups pushed:\n${q.stdout}`);
    return q;
  };
  const pr: BundleRun[] = [];
  const noGateway: BundleRun[] = [];
  for (let i = 0; i <= o.runs; i++) {
    const q = await prRun(o.gateways.unchecked);
    const n = await prRun('');
    if (i > 0) {
      pr.push(q);
      noGateway.push(n);
    }
  }
  const defaultRuns = o.services >= TARGET_FOR ? DEFAULT_GATEWAY_RUNS : o.runs;
  ctx.log(`report: ${o.services} services, ${defaultRuns} run(s) pushing to the gateway with default flags`);
  const defaultGateway: BundleRun[] = [];
  for (let i = 0; i < defaultRuns; i++) defaultGateway.push(await prRun(o.gateways.default));
  const [owner, repo] = o.repository.split('/') as [string, string];
  const comments = o.api
    .issueComments(owner, repo, 12)
    .filter((c) => c.body.includes(`report-metrics: ${key}`));
  if (comments.length !== 1) throw new Error(`${comments.length} comments for ${key}, not one`);
  const body = comments[0]!.body;
  return {
    services: o.services,
    files: mainFiles,
    pr,
    defaultGateway,
    noGateway,
    commentChars: body.length,
    // A cut comment points to the job summary for the rows or recommendations it left out.
    commentCut: /…(?:and \d+ )?\d* ?more[^\n]*job summary/.test(body),
    pushedGroups: Number(pr.at(-1)!.outputs['pushed-groups']),
  };
}

/** Deletes every group the bench pushed (its own repository label), a few at a time. */
async function wipeGroups(gateway: string, repository: string): Promise<void> {
  const res = await fetch(`${gateway}/api/v1/metrics`);
  const listed = (await res.json()) as { data?: { labels?: Record<string, string> }[] };
  const groupings = (listed.data ?? [])
    .map((g) => g.labels ?? {})
    .filter((l) => l['job'] === METRICS_JOB && l['repository'] === repository);
  const deps = liveGatewayDeps;
  await mapLimit(groupings, GATEWAY_CONCURRENCY, (g) => deleteGroup(g, { url: gateway }, deps));
}
