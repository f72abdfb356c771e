/**
 * The provenance attestation of a signed image: made with `cosign attest` from the SLSA v1
 * predicate (./provenance.ts) and checked right after with `cosign verify-attestation`, which must
 * verify against the signer and name this run; and the same check for a deployment gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../contracts/build-result.js';
import { githubContext, type GitHubContext } from '../github/context.js';
import { slug } from '../oci/reference.js';
import type { ResolvedImage } from '../registry/resolve-image.js';
import { displayCommand } from '../runtime/command-line.js';
import type { Deps } from '../runtime/deps.js';
import { InputError, ToolError } from '../runtime/errors.js';
import { attestArgs, publicKeyArgs, verifyAttestationArgs, type Signer, type Trust } from './args.js';
import { GITHUB_OIDC_ISSUER, workflowIdentity } from './keyless.js';
import { predicateText, provenanceGap, provenancePredicate, type JobWorkflow } from './provenance.js';
import { verifyFailure } from './reasons.js';
import type { ProvenanceOutcome } from './result.js';
import { maskSecret, type SecretDir } from './secrets.js';
import type { CosignInfo } from './version.js';

export type AttestDeps = Pick<Deps, 'exec' | 'log'>;

/** What attesting reads of sign-image's request. */
export interface AttestRequest {
  env: NodeJS.ProcessEnv;
  signer?: { kind: 'key'; key: string; password: string } | { kind: 'keyless' };
  /** The build result each input came from, by input. */
  builds?: Record<string, BuildResult>;
  /** Where predicate files are written. */
  predicateDir: string;
}

/** The token's file or the key's, with COSIGN_PASSWORD, as `cosign sign` and `attest` take them. */
export interface PreparedSigner {
  signer: Signer;
  env: NodeJS.ProcessEnv;
  /** Keyless: the workflow that ran the job, from the token (a reusable workflow when called). */
  jobWorkflow?: JobWorkflow;
}

export interface AttestSetup {
  github: GitHubContext;
  /** What an attestation just made is checked against: the signing key's public half, or the identity. */
  check: Trust;
  /** Every form of the step's secrets, which no predicate may contain. */
  secrets: string[];
}

/**
 * What attesting needs once per run: the GitHub context, the trust to check each attestation
 * against (`cosign public-key` of the signing key, or the job workflow's keyless identity), and the
 * secrets no predicate may hold.
 */
export async function prepareAttest(
  req: AttestRequest,
  cosign: CosignInfo,
  prepared: PreparedSigner,
  dir: SecretDir,
  deps: AttestDeps,
): Promise<AttestSetup> {
  const github = githubContext(req.env);
  const secrets: string[] = [];
  if (req.signer?.kind === 'key') {
    maskSecret(req.signer.key, (p) => secrets.push(p));
    maskSecret(req.signer.password, (p) => secrets.push(p));
  }
  let check: Trust;
  if (prepared.signer.kind === 'key') {
    const args = publicKeyArgs(prepared.signer.key);
    const res = await deps.exec(cosign.path, args, { env: prepared.env, allowFailure: true });
    if (res.code !== 0 && /decrypt/i.test(res.stderr))
      throw new InputError('the key cannot be decrypted with this password; nothing was signed.', {
        input: 'key-password',
        fix: 'give the password the key was made with (cosign generate-key-pair asks for it).',
      });
    if (res.code !== 0) throw new ToolError(displayCommand(cosign.path, args), res.code, res.stderr);
    check = { kind: 'key', publicKey: dir.write('cosign.pub', res.stdout) };
  } else {
    const identity = workflowIdentity(req.env, prepared.jobWorkflow?.ref);
    if (!identity)
      throw new Error(
        'keyless provenance cannot be checked outside a workflow run (GITHUB_WORKFLOW_REF is unset).',
      );
    check = { kind: 'keyless', identity, issuer: GITHUB_OIDC_ISSUER };
  }
  return { github, check, secrets };
}

/**
 * Attests the image's provenance (the index digest for an index) and checks it right after: the
 * attestation must verify against the signer and carry this run's invocation id.
 */
export async function attestOne(
  cosign: CosignInfo,
  prepared: PreparedSigner,
  setup: AttestSetup,
  r: ResolvedImage,
  req: AttestRequest,
  deps: AttestDeps,
): Promise<ProvenanceOutcome> {
  const gap = provenanceGap(setup.github);
  if (gap) {
    deps.log.warning(`${r.ref}: no provenance attested, ${gap}.`);
    return { status: 'skipped', reason: gap };
  }
  const build = req.builds?.[r.input];
  const predicate = provenancePredicate({
    github: setup.github,
    ...(prepared.jobWorkflow && { jobWorkflow: prepared.jobWorkflow }),
    ...(build && { build }),
  });
  mkdirSync(req.predicateDir, { recursive: true });
  const file = join(req.predicateDir, `${slug(r.ref)}.json`);
  writeFileSync(file, predicateText(predicate, setup.secrets));
  const from = build ? 'build-result' : 'workflow';

  const target = { ref: r.ref, insecure: r.insecure };
  const args = attestArgs(cosign.major, prepared.signer, target, file);
  deps.log.info(displayCommand(cosign.path, args));
  const res = await deps.exec(cosign.path, args, { env: prepared.env, allowFailure: true });
  if (res.code !== 0) throw new ToolError(displayCommand(cosign.path, args), res.code, res.stderr);

  const checkArgs = verifyAttestationArgs(cosign.major, setup.check, target);
  deps.log.info(displayCommand(cosign.path, checkArgs));
  const checked = await deps.exec(cosign.path, checkArgs, { allowFailure: true });
  if (checked.code !== 0) {
    const why = verifyFailure(checked.stderr, checked.code, 'attestation');
    deps.log.error(`${r.ref}: the provenance just attested does not verify: ${why.reason} (${why.detail})`);
    return { status: 'failed', predicate: file, from, ...why };
  }
  const invocation = predicate.runDetails.metadata.invocationId;
  if (!attestedInvocations(checked.stdout).includes(invocation)) {
    const reason = 'the attestation just made is not among those that verify';
    deps.log.error(`${r.ref}: ${reason} (invocation ${invocation}).`);
    return {
      status: 'failed',
      predicate: file,
      from,
      reason,
      detail: `no verified attestation names ${invocation}`,
    };
  }
  deps.log.info(
    `attested the provenance of ${r.ref} (${from === 'build-result' ? 'from its build result' : 'workflow run only'})`,
  );
  return { status: 'attested', predicate: file, from };
}

/**
 * The invocation ids of the provenance `verify-attestation` printed (one DSSE envelope a line).
 * cosign 2.5 re-encodes the predicate through in-toto-golang, whose field is `invocationID`. Pure.
 */
export function attestedInvocations(stdout: string): string[] {
  const ids: string[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      // A DSSE envelope, or (should a 3.x release print it) a Sigstore bundle holding one.
      const doc = JSON.parse(line) as { payload?: string; dsseEnvelope?: { payload?: string } };
      const payload = doc.payload ?? doc.dsseEnvelope?.payload ?? '';
      const st = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
        predicate?: { runDetails?: { metadata?: Record<string, unknown> } };
      };
      const m = st.predicate?.runDetails?.metadata ?? {};
      const id = m['invocationId'] ?? m['invocationID'];
      if (typeof id === 'string') ids.push(id);
    } catch {
      // not an envelope
    }
  }
  return ids;
}

/**
 * A deployment gate's check of the provenance attestation of the digest (the index digest for an
 * index), against the trust the signature was verified with.
 */
export async function verifyAttestation(
  cosign: CosignInfo,
  trust: Trust,
  r: ResolvedImage,
  deps: AttestDeps,
): Promise<ProvenanceOutcome> {
  const args = verifyAttestationArgs(cosign.major, trust, { ref: r.ref, insecure: r.insecure });
  deps.log.info(displayCommand(cosign.path, args));
  const res = await deps.exec(cosign.path, args, { allowFailure: true });
  if (res.code === 0) {
    deps.log.info(`verified the provenance attestation of ${r.ref}`);
    return { status: 'verified' };
  }
  const why = verifyFailure(res.stderr, res.code, 'attestation');
  deps.log.error(`${r.input} (${r.ref}) has no provenance that verifies: ${why.reason} (${why.detail})`);
  return { status: 'failed', ...why };
}
