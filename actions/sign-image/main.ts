import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeFetch } from '../../shared/registry/http.js';
import { actionDeps } from '../../shared/runtime/deps.js';
import { Outputs } from '../../shared/runtime/outputs.js';
import { run } from '../../shared/runtime/run.js';
import { writeSummary } from '../../shared/runtime/summary.js';
import { COSIGN } from '../../shared/tools/cosign.js';
import { toolBinary } from '../../shared/tools/pinned.js';
import { registryReader, registrySessions } from '../../shared/registry/resolve-image.js';
import { attestedMap, digestMap, signResultText } from '../../shared/sign/result.js';
import { signImages, verifyFailures } from '../../shared/sign/sign.js';
import { renderSignSummary } from '../../shared/sign/summary.js';
import { getInputs } from './inputs.js';

async function main(): Promise<void> {
  const inputs = await getInputs();
  const base = actionDeps(nodeFetch);
  const deps = {
    ...base,
    read: registryReader(registrySessions(inputs.request.insecureHosts, { log: base.log.warning })),
    idToken: (audience: string) => core.getIDToken(audience),
    mask: core.setSecret,
  };
  const cosignPath = await toolBinary(
    COSIGN,
    inputs.request.cosignPath,
    `${process.platform}-${process.arch}`,
    deps,
  );
  const outcome = await signImages({ ...inputs.request, cosignPath }, deps);

  // Written whether or not every image verified: report-metrics counts the failures too.
  mkdirSync(dirname(inputs.resultFile), { recursive: true });
  writeFileSync(inputs.resultFile, signResultText(outcome));
  await writeSummary(renderSignSummary(outcome));
  const failures = verifyFailures(outcome);
  if (failures) throw new Error(`${failures}. The result file is ${inputs.resultFile}.`);

  new Outputs()
    .set('digests', digestMap(outcome))
    .set('attested', attestedMap(outcome))
    .set('cosign-version', outcome.cosign.version)
    .set('cosign-major', String(outcome.cosign.major))
    .set('result-file', inputs.resultFile)
    .flush();
}

void run(main);
