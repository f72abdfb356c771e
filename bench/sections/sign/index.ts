/**
 * The "sign" section: what scan-image and sign-image cost per image, on ten purpose-built
 * two-platform images (images.ts) pushed to the engine's loopback registry (127.0.0.1:5000).
 *
 *   policy  the image policy (shared/policy/check.ts: manifest, every platform's manifest and
 *           config read through the distribution API, the rules applied) of one image and of ten
 *   sign    sign-image (the committed bundle as the runner runs it, with the real cosign 2.5,
 *           key-based) signing and verifying one image; ten images in one call against ten calls
 *   scan    scan-image the same way, ten in one call against ten calls, with the stand-in Trivy
 *           (test/support/fake-trivy.mjs: Trivy cannot run here), so it measures the action's own
 *           part: resolution, one run per platform, reports, SARIF
 *
 * Every figure is a median over rounds, with the rounds' spread (min–max) beside it; "one call" and
 * "ten calls" alternate their order from round to round. BKA_BENCH_SIGN_PARTS=policy,sign runs only
 * some parts. The pushed images stay in the registry under bench-sign/ (the registry may refuse
 * deletes); they are small (one file each on a shared base).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkImagePolicy } from '../../../shared/policy/check.js';
import type { PolicySettings } from '../../../shared/policy/config.js';
import { actionRuntime, REPO_ROOT, requireBundle, runBundleOk, type BundleRun } from '../../lib/action.js';
import { median, round } from '../../lib/measure.js';
import { fmtMs, fmtRatio, type Cell, type SectionResult, type Table } from '../../lib/report.js';
import type { BenchContext, Section } from '../../lib/section.js';
import { deleteFromRegistry, loadEngine, type Engine } from '../build/engine.js';
import { buildImages, engineCosign, keyPair, PLATFORMS, type BenchImage } from './images.js';

const IMAGES = 10;
const POLICY_ROUNDS = 7;
const SIGN_ROUNDS = 5;
/** The targets. */
const TARGET_POLICY_MS = 1000;
const TARGET_BATCH_RATIO = 0.5;
const PASSWORD = 'bench-password';
const FAKE_TRIVY = resolve(REPO_ROOT, 'test/support/fake-trivy.mjs');

const PARTS = ['policy', 'sign', 'scan'] as const;
type Part = (typeof PARTS)[number];

export const signSection: Section = {
  name: 'sign',
  title: 'scan-image and sign-image: policy check, sign and verify with cosign, one call against many',
  run: runSignSection,
};

/** Samples in milliseconds, and what they say. */
interface Stat {
  samples: number[];
  median: number;
  min: number;
  max: number;
}

function stat(samples: number[]): Stat {
  return { samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

const statData = (s: Stat) => ({
  medianMs: round(s.median),
  minMs: round(s.min),
  maxMs: round(s.max),
  samplesMs: s.samples.map((x) => round(x)),
});

/** `1.23 s (1.10–1.40)`. */
const spread = (s: Stat) => `${fmtMs(s.median)} (${fmtMs(s.min)}–${fmtMs(s.max)})`;
const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface PolicyResult {
  one: Stat;
  /** Ten images one after the other, the whole. */
  tenSequential: Stat;
  /** Ten images at once (Promise.all), the whole. */
  tenConcurrent: Stat;
  manifestsPerImage: number;
}

interface BatchResult {
  one: Stat;
  /** One call with ten images. */
  batch: Stat;
  /** Ten calls with one image each, summed per round. */
  separate: Stat;
}

interface SignResult {
  cosign: string;
  sign: BatchResult;
  verify: BatchResult;
}

interface Outcome<T> {
  value?: T;
  error?: string;
}

async function attempt<T>(ctx: BenchContext, part: string, fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await fn() };
  } catch (err) {
    ctx.log(`sign: ${part} failed: ${(err as Error).message}`);
    return { error: (err as Error).message };
  }
}

async function runSignSection(ctx: BenchContext): Promise<SectionResult> {
  const wanted = (process.env['BKA_BENCH_SIGN_PARTS'] ?? PARTS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Part => (PARTS as readonly string[]).includes(s));
  const engine = await loadEngine();
  const runId = `${Date.now().toString(36)}-${process.pid}`;
  const scratch = ctx.tempDir('sign');
  ctx.log(`sign: building ${IMAGES} two-platform images (run ${runId}) on ${engine.registry}`);
  const t0 = performance.now();
  const images = await buildImages(engine, `${scratch}/images`, IMAGES, runId);
  const buildMs = performance.now() - t0;

  let policy: Outcome<PolicyResult> = {};
  let sign: Outcome<SignResult> = {};
  let scan: Outcome<BatchResult> = {};
  try {
    if (wanted.includes('policy'))
      policy = await attempt(ctx, 'policy', () => measurePolicy(engine, images, ctx));
    if (wanted.includes('sign'))
      sign = await attempt(ctx, 'sign', () => measureSign(engine, images, scratch, ctx));
    if (wanted.includes('scan')) scan = await attempt(ctx, 'scan', () => measureScan(images, scratch, ctx));
  } finally {
    await deleteFromRegistry(
      engine,
      images.map((i) => i.tag),
    ).catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }

  const tables: Table[] = [];
  if (wanted.includes('policy')) tables.push(policyTable(policy));
  if (wanted.includes('sign')) tables.push(signTable(sign));
  if (wanted.includes('scan')) tables.push(scanTable(scan));
  return {
    tables,
    data: {
      runId,
      parts: wanted,
      images: IMAGES,
      platforms: PLATFORMS,
      buildMs: round(buildMs),
      runtime: actionRuntime().version,
      target: { policyPerImageMs: TARGET_POLICY_MS, oneCallOverTenCalls: TARGET_BATCH_RATIO },
      policy: policy.value
        ? {
            rounds: POLICY_ROUNDS,
            manifestsPerImage: policy.value.manifestsPerImage,
            one: statData(policy.value.one),
            tenSequential: statData(policy.value.tenSequential),
            tenConcurrent: statData(policy.value.tenConcurrent),
            perImageMs: round(policy.value.tenSequential.median / IMAGES),
            pass: perImage(policy.value) < TARGET_POLICY_MS,
          }
        : { error: policy.error ?? 'not run' },
      sign: sign.value
        ? {
            rounds: SIGN_ROUNDS,
            cosign: sign.value.cosign,
            sign: batchData(sign.value.sign),
            verify: batchData(sign.value.verify),
          }
        : { error: sign.error ?? 'not run' },
      scan: scan.value
        ? { rounds: SIGN_ROUNDS, trivy: 'stand-in (test/support/fake-trivy.mjs)', ...batchData(scan.value) }
        : { error: scan.error ?? 'not run' },
    },
  };
}

// ---- policy ------------------------------------------------------------------------------------

const SETTINGS = (engine: Engine): PolicySettings => ({
  'base-allowlist': { allow: [`${engine.registry}/base/*`] },
});

async function measurePolicy(engine: Engine, images: BenchImage[], ctx: BenchContext): Promise<PolicyResult> {
  const check = async (ref: string) => {
    // A session of its own per image, as a step checking one image opens one.
    const r = await checkImagePolicy(ref, { policy: SETTINGS(engine) });
    if (!r.passed) throw new Error(`${ref} fails the policy: ${JSON.stringify(r.verdicts)}`);
    return r;
  };
  const timed = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  ctx.log('sign: policy');
  const first = await check(images[0]!.ref); // warm-up: the modules' first run
  const one: number[] = [];
  const seq: number[] = [];
  const conc: number[] = [];
  for (let round = 0; round < POLICY_ROUNDS; round++) {
    one.push(await timed(() => check(images[round % images.length]!.ref)));
    seq.push(
      await timed(async () => {
        for (const i of images) await check(i.ref);
      }),
    );
    conc.push(await timed(() => Promise.all(images.map((i) => check(i.ref)))));
  }
  return {
    one: stat(one),
    tenSequential: stat(seq),
    tenConcurrent: stat(conc),
    manifestsPerImage: first.platforms.length + 1,
  };
}

const perImage = (p: PolicyResult) => p.tenSequential.median / IMAGES;

function policyTable(o: Outcome<PolicyResult>): Table {
  const rows: Cell[][] = [];
  const p = o.value;
  if (p) {
    rows.push(
      [
        'one image',
        spread(p.one),
        fmtMs(p.one.median),
        `< ${fmtMs(TARGET_POLICY_MS)}`,
        pass(p.one.median < TARGET_POLICY_MS),
      ],
      [
        `ten images, one after the other`,
        spread(p.tenSequential),
        fmtMs(perImage(p)),
        `< ${fmtMs(TARGET_POLICY_MS)}`,
        pass(perImage(p) < TARGET_POLICY_MS),
      ],
      [
        'ten images at once',
        spread(p.tenConcurrent),
        fmtMs(p.tenConcurrent.median / IMAGES),
        `< ${fmtMs(TARGET_POLICY_MS)}`,
        pass(p.tenConcurrent.median / IMAGES < TARGET_POLICY_MS),
      ],
    );
  } else rows.push(['error', o.error ?? '', '', '', 'FAIL']);
  return {
    title: `Image policy check (shared/policy/check.ts, in process), median of ${POLICY_ROUNDS} rounds (min–max)`,
    columns: ['images', 'wall time', 'per image', 'target', 'result'],
    rows,
    notes: [
      `Each image: the index, its ${PLATFORMS.length} platform manifests and their configs read from the loopback registry through the distribution API (a new registry session per image, as one step opens one), then every rule applied. Every image passes the policy (checked).`,
    ],
  };
}

// ---- sign and verify ---------------------------------------------------------------------------

/**
 * Runs one (`first` true) then the other per round, alternating the order, and gives the samples:
 * `one`: the single-image call; `batch`: all images in one call; `separate`: one call per image.
 */
async function measureBatch(
  rounds: number,
  call: (images: BenchImage[]) => Promise<BundleRun>,
  images: BenchImage[],
): Promise<BatchResult> {
  const one: number[] = [];
  const batch: number[] = [];
  const separate: number[] = [];
  await call([images[0]!]); // warm-up: page cache, the registry's first reads
  for (let round = 0; round < rounds; round++) {
    const doBatch = async () => batch.push((await call(images)).ms);
    const doSeparate = async () => {
      let total = 0;
      for (const i of images) {
        const r = await call([i]);
        total += r.ms;
        if (i === images[0]) one.push(r.ms);
      }
      separate.push(total);
    };
    if (round % 2 === 0) {
      await doBatch();
      await doSeparate();
    } else {
      await doSeparate();
      await doBatch();
    }
  }
  return { one: stat(one), batch: stat(batch), separate: stat(separate) };
}

async function measureSign(
  engine: Engine,
  images: BenchImage[],
  scratch: string,
  ctx: BenchContext,
): Promise<SignResult> {
  const bundle = requireBundle('sign-image');
  const cosign = await engineCosign(engine);
  const { key, pub } = await keyPair(engine, cosign.path, scratch, PASSWORD);
  const node = actionRuntime();
  const call = (inputs: Record<string, string>) => (list: BenchImage[]) =>
    runBundleOk(
      bundle,
      scratch,
      // Signatures only: the bench runs outside a workflow run, which provenance needs (its cost is
      // in the closing note of issue 15: one attest and one check per image).
      {
        'cosign-path': cosign.path,
        images: list.map((i) => i.tag).join('\n'),
        provenance: 'false',
        ...inputs,
      },
      node,
    );
  ctx.log(`sign: sign-image sign, ${SIGN_ROUNDS} rounds`);
  const sign = await measureBatch(SIGN_ROUNDS, call({ key, 'key-password': PASSWORD }), images);
  ctx.log(`sign: sign-image verify, ${SIGN_ROUNDS} rounds`);
  const verifyCall = call({ mode: 'verify', 'public-key': pub });
  const checked = await verifyCall(images);
  if (!checked.summary.includes('verified'))
    throw new Error('sign-image verify did not report verified images');
  const verify = await measureBatch(SIGN_ROUNDS, verifyCall, images);
  return { cosign: cosign.version, sign, verify };
}

function batchRows(label: string, b: BatchResult): Cell[][] {
  const ratio = b.batch.median / b.separate.median;
  return [
    [`${label} one image`, spread(b.one), '', '', ''],
    [`${label} ten images, one call`, spread(b.batch), fmtMs(b.batch.median / IMAGES), '', ''],
    [
      `${label} ten images, ten calls`,
      spread(b.separate),
      fmtMs(b.separate.median / IMAGES),
      `one call ${fmtRatio(ratio)} of ten (≤ ${fmtRatio(TARGET_BATCH_RATIO)})`,
      pass(ratio <= TARGET_BATCH_RATIO),
    ],
  ];
}

const batchData = (b: BatchResult) => ({
  oneImage: statData(b.one),
  tenInOneCall: statData(b.batch),
  tenCalls: statData(b.separate),
  oneCallOverTenCalls: round(b.batch.median / b.separate.median, 3),
  pass: b.batch.median / b.separate.median <= TARGET_BATCH_RATIO,
});

/** Debian's cosign 2.5 (the engine's) was built without a version: it reports `devel`. */
const cosignName = (version = '') =>
  version === 'devel'
    ? 'the engine’s cosign 2.5 (Debian’s build, which reports “devel”)'
    : `cosign ${version}`;

function signTable(o: Outcome<SignResult>): Table {
  const s = o.value;
  return {
    title: `sign-image with ${cosignName(s?.cosign)} (key-based), median of ${SIGN_ROUNDS} rounds (min–max)`,
    columns: ['run', 'wall time', 'per image', 'target', 'result'],
    rows: s
      ? [...batchRows('sign:', s.sign), ...batchRows('verify:', s.verify)]
      : [['error', o.error ?? '', '', '', 'FAIL']],
    notes: [
      `\`node dist/sign-image/index.js\` on ${actionRuntime().version} as the runner starts it, wall time from spawn to exit: node's start, the cosign version check, each tag resolved through the registry, cosign. Signing: an encrypted key (COSIGN_PASSWORD), \`--tlog-upload=false\`, \`--recursive\` (each image is an index of ${PLATFORMS.length} platforms, so 3 signatures per image). Verifying: \`--insecure-ignore-tlog=true\`, the index and each platform manifest.`,
      'Ten calls: the sum of ten runs of one image each, as ten steps (or ten jobs) would take. Each round signs again, so an image carries one signature more per round.',
    ],
  };
}

// ---- scan (stand-in Trivy) -----------------------------------------------------------------------

async function measureScan(images: BenchImage[], scratch: string, ctx: BenchContext): Promise<BatchResult> {
  const bundle = requireBundle('scan-image');
  const node = actionRuntime();
  ctx.log(`sign: scan-image with the stand-in Trivy, ${SIGN_ROUNDS} rounds`);
  return measureBatch(
    SIGN_ROUNDS,
    (list) =>
      runBundleOk(
        bundle,
        scratch,
        {
          images: list.map((i) => i.tag).join('\n'),
          'trivy-path': FAKE_TRIVY,
          'fail-on': 'none',
        },
        node,
        { env: { RUNNER_TOOL_CACHE: `${scratch}/tool-cache` } },
      ),
    images,
  );
}

function scanTable(o: Outcome<BatchResult>): Table {
  return {
    title: `scan-image with the stand-in Trivy, median of ${SIGN_ROUNDS} rounds (min–max)`,
    columns: ['run', 'wall time', 'per image', 'target', 'result'],
    rows: o.value ? batchRows('scan:', o.value) : [['error', o.error ?? '', '', '', 'FAIL']],
    notes: [
      `Trivy cannot run here: \`trivy-path\` names test/support/fake-trivy.mjs, a node script that checks its arguments and prints a fixed report, one run per platform (${PLATFORMS.length} per image). The figures are the action's own part (each tag resolved through the registry, the runs, reports, SARIF, summary) plus the stand-in's start; a real scan adds Trivy's own time per platform, the same in both columns, so the ratio would be closer to 1 with the real Trivy.`,
    ],
  };
}
