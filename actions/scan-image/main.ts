import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeFetch } from '../../shared/registry/http.js';
import { actionDeps } from '../../shared/runtime/deps.js';
import { InputError } from '../../shared/runtime/errors.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { trivyVersion } from '../../shared/scan/command.js';
import { toolBinary } from '../../shared/tools/pinned.js';
import { TRIVY } from '../../shared/tools/trivy.js';
import { scanResult, worstOutput } from '../../shared/scan/result-file.js';
import { toSarif } from '../../shared/scan/sarif.js';
import { scanImages } from '../../shared/scan/scan.js';
import { renderScanSummary } from '../../shared/scan/summary.js';
import { resolveTarget } from '../../shared/scan/targets.js';
import { getInputs } from './inputs.js';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(): Promise<void> {
  const inputs = await getInputs();
  const deps = actionDeps(nodeFetch);
  const targets = [];
  for (const image of [...new Set(inputs.images)]) {
    const target = await resolveTarget(image, {
      insecureRegistries: inputs.insecureRegistries,
      fetch: deps.fetch,
      log: deps.log.warning,
    });
    deps.log.info(
      `${image} → ${target.ref}${target.platforms[0] ? ` (${target.platforms.join(', ')})` : ''}`,
    );
    targets.push(target);
  }
  const trivy = await toolBinary(TRIVY, inputs.trivy, `${process.platform}-${process.arch}`, deps);
  const version = await trivyVersion(trivy, deps.exec);
  deps.log.info(`Trivy ${version || '(version unknown)'} at ${trivy}`);
  const outcome = await scanImages(targets, { ...inputs, trivy }, deps);

  const sarifImages = outcome.images.map((i) => ({
    ref: i.ref,
    findings: i.scans.flatMap((s) => s.findings.map((finding) => ({ platform: s.platform, finding }))),
  }));
  write(inputs.sarifFile, JSON.stringify(toSarif(sarifImages, version), null, 2) + '\n');
  write(inputs.resultFile, JSON.stringify(scanResult(outcome, inputs.failOn, version), null, 2) + '\n');

  // The scan is complete: its outputs and summary are written even when the gate fails, so a later
  // `if: always()` step can upload the SARIF and report the counts.
  new Outputs()
    .set('counts', outcome.counts)
    .set('worst', worstOutput(outcome))
    .set('passed', String(outcome.passed))
    .set('sarif-file', inputs.sarifFile)
    .set('reports', outcome.images.flatMap((i) => i.scans.map((s) => s.report)).join('\n'))
    .set('digests', outcome.images.map((i) => i.ref).join('\n'))
    .set('result-file', inputs.resultFile)
    .flush();
  await writeSummary(renderScanSummary(outcome, inputs.failOn));
  if (!outcome.passed) {
    throw new InputError(`${outcome.failing} vulnerability finding(s) of ${inputs.failOn.join(', ')}.`, {
      input: 'fail-on',
      fix: 'update the packages the summary lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.',
    });
  }
}

void run(main);
