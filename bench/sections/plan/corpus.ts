/**
 * plan-matrix's Compose loader on the real-world corpus (../shared/corpus/compose: 454 cases from 14
 * public repositories, with what Compose 2.26.1 said of each): how long loading every case takes,
 * and how its verdicts compare with Compose's. The parity itself is a test
 * (test/itg/compose-corpus.itg.test.ts); this measures it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetComposeYaml, loadComposeProject } from '../../../shared/compose/load.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { REPO_ROOT } from '../../lib/action.js';
import { median } from '../../lib/measure.js';

export const CORPUS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus', 'compose');

interface CorpusCase {
  id: string;
  repo: string;
  files: string[];
  ok: boolean;
}

export interface CorpusResult {
  cases: number;
  repositories: number;
  /** Load of every case, first pass in this process, and the median of the later passes. */
  firstMs: number;
  medianMs: number;
  samplesMs: number[];
  /** Compose accepts: loaded, or refused only for what a build needs (a missing context or Dockerfile). */
  acceptedLoaded: number;
  acceptedBuildTime: number;
  acceptedOther: number;
  /** Compose rejects: rejected, or planned with Compose's objection as a warning. */
  rejectedRejected: number;
  rejectedWarned: number;
  rejectedLoadedSilently: number;
}

/** Loads every case `passes` times; undefined when the corpus is not beside the checkout. */
export async function measureCorpus(passes: number): Promise<CorpusResult | undefined> {
  const file = join(CORPUS_DIR, 'cases.json');
  if (!existsSync(file)) return undefined;
  const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: CorpusCase[] }).cases;
  const samples: number[] = [];
  let outcome: { ok: boolean; objected: boolean; buildTime: boolean }[] = [];
  for (let pass = 0; pass < passes; pass++) {
    forgetComposeYaml();
    const t0 = performance.now();
    outcome = [];
    for (const c of cases) {
      try {
        const p = await loadComposeProject(c.files, { repoRoot: join(CORPUS_DIR, c.repo), env: {} });
        const objected = (p.warnings ?? []).some((w) => w.refused);
        outcome.push({ ok: true, objected, buildTime: false });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        outcome.push({ ok: false, objected: false, buildTime: err.details.buildTime === true });
      }
    }
    samples.push(performance.now() - t0);
  }
  const count = (pred: (c: CorpusCase, i: number) => boolean): number => cases.filter(pred).length;
  return {
    cases: cases.length,
    repositories: new Set(cases.map((c) => c.repo)).size,
    firstMs: samples[0]!,
    medianMs: median(samples.slice(1).length ? samples.slice(1) : samples),
    samplesMs: samples,
    acceptedLoaded: count((c, i) => c.ok && outcome[i]!.ok && !outcome[i]!.objected),
    acceptedBuildTime: count((c, i) => c.ok && !outcome[i]!.ok && outcome[i]!.buildTime),
    acceptedOther: count(
      (c, i) =>
        c.ok && ((outcome[i]!.ok && outcome[i]!.objected) || (!outcome[i]!.ok && !outcome[i]!.buildTime)),
    ),
    rejectedRejected: count((c, i) => !c.ok && !outcome[i]!.ok),
    rejectedWarned: count((c, i) => !c.ok && outcome[i]!.ok && outcome[i]!.objected),
    rejectedLoadedSilently: count((c, i) => !c.ok && outcome[i]!.ok && !outcome[i]!.objected),
  };
}
