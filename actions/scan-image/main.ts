import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeFetch } from '../../shared/registry/http.js';
import { REGISTRY_CONCURRENCY } from '../../shared/registry/session.js';
import { mapLimit } from '../../shared/runtime/concurrency.js';
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
import { renderPolicySection, renderScanSummary } from '../../shared/scan/summary.js';
import { resolveTarget } from '../../shared/scan/targets.js';
import { checkPolicies, policyFailure, violationText } from '../../shared/scan/policy.js';
import { registryReader, registrySessions } from '../../shared/registry/resolve-image.js';
import { getInputs } from './inputs.js';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(): Promise<void> {
  const inputs = await getInputs();
  const deps = actionDeps(nodeFetch);
  // One session per repository: the tag resolution and the policy's reads share it.
  const sessions = registrySessions(inputs.insecureRegistries, { fetch: deps.fetch, log: deps.log.warning });
  const read = registryReader(sessions);
  const images = [...new Map(inputs.images.map((i) => [i.ref, i])).values()];
  const targets = await mapLimit(images, REGISTRY_CONCURRENCY, (i) => resolveTarget(i.ref, read));
  for (const t of targets)
    deps.log.info(`${t.input} → ${t.ref}${t.platforms[0] ? ` (${t.platforms.join(', ')})` : ''}`);
  // The policy reads the registry while Trivy runs.
  const policyRun =
    inputs.policy === 'off'
      ? undefined
      : checkPolicies(
          targets.map((t, n) => ({ ...images[n], ref: t.ref, name: t.name })),
          { mode: inputs.policy, manifest: inputs.manifest, sessions },
        );
  // A policy that cannot read the registry must not cost the finished scan its files and outputs:
  // its error is reported with them, below.
  let policyError: Error | undefined;
  const policySettled = policyRun?.catch((err: unknown) => {
    policyError = err instanceof Error ? err : new Error(String(err));
    return undefined;
  });
  const trivy = await toolBinary(TRIVY, inputs.trivy, `${process.platform}-${process.arch}`, deps);
  const version = await trivyVersion(trivy, deps.exec);
  deps.log.info(`Trivy ${version || '(version unknown)'} at ${trivy}`);
  const outcome = await scanImages(targets, { ...inputs, trivy }, deps);
  const policy = await policySettled;

  const sarifImages = outcome.images.map((i) => ({
    ref: i.ref,
    findings: i.scans.flatMap((s) => s.findings.map((finding) => ({ platform: s.platform, finding }))),
  }));
  write(inputs.sarifFile, JSON.stringify(toSarif(sarifImages, version), null, 2) + '\n');
  write(
    inputs.resultFile,
    JSON.stringify(scanResult(outcome, inputs.failOn, version, policy), null, 2) + '\n',
  );

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
    .set('policy-passed', String(policyError ? false : (policy?.passed ?? true)))
    .set('policy-violations', policy?.violations ?? [])
    .flush();
  await writeSummary(
    renderScanSummary(outcome, inputs.failOn) +
      '\n' +
      renderPolicySection(outcome, inputs.failOn, policy, policyError),
  );
  // A setting the policy cannot use (an InputError) fails the step as it is; a registry that could not
  // be read fails an enforced policy, and is a warning when the policy only reports.
  const unread =
    policyError && !(policyError instanceof InputError)
      ? `The image policy could not be checked: ${policyError.message}`
      : undefined;
  if (unread && inputs.policy === 'report') deps.log.warning(unread);
  for (const v of policy?.violations ?? []) {
    if (v.level === 'error' && policy?.mode === 'enforce') deps.log.error(violationText(v));
    else deps.log.warning(violationText(v));
  }
  const failures = [
    ...(outcome.passed ? [] : [vulnerabilityFailure(outcome.failing, inputs.failOn)]),
    ...(policy?.passed === false ? [policyFailure(policy)] : []),
    ...(policyError instanceof InputError ? [policyError] : []),
    ...(unread && inputs.policy === 'enforce' ? [new Error(unread)] : []),
  ];
  if (failures.length === 1) throw failures[0];
  if (failures.length) throw new Error(failures.map((f) => f.message).join('\n'));
}

function vulnerabilityFailure(failing: number, failOn: readonly string[]): InputError {
  return new InputError(`${failing} vulnerability finding(s) of ${failOn.join(', ')}.`, {
    input: 'fail-on',
    fix: 'update the packages the summary lists (the fixed versions), or ignore accepted ones in `ignore-file` with a statement and an expiry.',
  });
}

void run(main);
