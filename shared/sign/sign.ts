/**
 * sign-image's core: pin every image to its digest, then sign it (key or keyless) or verify it
 * against a key or a keyless identity policy, with the cosign found (2.x or 3.x). Verification fails
 * closed: an image that cannot be resolved or does not verify is a failure with its reason.
 */
import type { BuildResult } from '../contracts/build-result.js';
import { displayCommand } from '../runtime/command-line.js';
import type { Deps } from '../runtime/deps.js';
import { InputError, ToolError } from '../runtime/errors.js';
import { signArgs, verifyArgs, type Signer, type Trust } from './args.js';
import { attestOne, prepareAttest, verifyAttestation, type PreparedSigner } from './attest.js';
import { workflowIdentity } from './keyless.js';
import { jobWorkflowOf } from './provenance.js';
import { verifyFailure } from './reasons.js';
import { resolveImage, type ManifestReader, type ResolvedImage } from '../registry/resolve-image.js';
import type { ImageOutcome, SignOutcome } from './result.js';
import { isPem, SecretDir } from './secrets.js';
import { atLeast, detectCosign, type CosignInfo } from './version.js';

/** A key as given: PEM text (written to a file) or a reference cosign resolves (`env://`, KMS). */
export type KeySpec = { kind: 'key'; key: string; password: string };

export interface SignRequest {
  mode: 'sign' | 'verify';
  /** References (tag or digest), each resolved to a digest. */
  images: string[];
  /** The cosign binary (cosignBinary()). */
  cosignPath: string;
  insecureHosts: string[];
  /** sign: a key, or keyless with the workflow's OIDC token. */
  signer?: KeySpec | { kind: 'keyless' };
  /** verify: a public key (PEM text, a file path or a reference), or the keyless policy. */
  trust?: Trust;
  /** Where the private directory for key files goes (RUNNER_TEMP). */
  tempDir: string;
  env: NodeJS.ProcessEnv;
  /**
   * sign: attest SLSA provenance after signing and check it right after. verify: require a
   * provenance attestation that verifies against the same trust as the signature.
   */
  provenance: boolean;
  /** The build result each input came from (`result-files`), by input. */
  builds?: Record<string, BuildResult>;
  /** Where predicate files are written (kept for the run: the result file names them). */
  predicateDir: string;
}

export interface SignDeps extends Pick<Deps, 'exec' | 'log' | 'now'> {
  read: ManifestReader;
  /** The workflow's OIDC token for `audience` (`core.getIDToken`). */
  idToken: (audience: string) => Promise<string>;
  /** `core.setSecret`. */
  mask: (value: string) => void;
}

/** Offline verification of key signatures by cosign 3.x works from this release on. */
export const OFFLINE_VERIFY_3X = '3.0.4';

/**
 * Signs or verifies every image of the request.
 *
 * @throws InputError naming `images` when an image cannot be resolved (sign); Error when cosign is
 *   missing or unsupported, or a signature cannot be made; a failed verification is not thrown but
 *   reported in the outcome
 */
export async function signImages(req: SignRequest, deps: SignDeps): Promise<SignOutcome> {
  const start = deps.now();
  const cosign = await detectCosign(req.cosignPath, deps.exec);
  deps.log.info(
    `cosign ${cosign.version} (${cosign.major}.x${cosign.source === 'help' ? ', major from its defaults' : ''}): ${cosign.path}`,
  );
  checkSupport(req, cosign, deps);

  const method = (req.mode === 'sign' ? req.signer?.kind : req.trust?.kind) ?? 'key';
  const outcome: SignOutcome = {
    mode: req.mode,
    method,
    cosign: { version: cosign.version, major: cosign.major, path: cosign.path },
    images: [],
    durationMs: 0,
  };
  if (req.mode === 'sign' && method === 'keyless') {
    const identity = workflowIdentity(req.env);
    if (identity) outcome.identity = identity;
  }
  if (req.trust?.kind === 'keyless') {
    outcome.identity = req.trust.identity ?? req.trust.identityRegexp;
    outcome.issuer = req.trust.issuer;
  }

  const resolved: (ResolvedImage | { input: string; error: string })[] = [];
  for (const input of req.images) {
    try {
      const r = await resolveImage(input, deps.read, req.insecureHosts);
      deps.log.info(
        `${input} → ${r.ref}${r.index ? ` (index: ${r.platforms.map((p) => p.platform).join(', ')})` : ''}`,
      );
      resolved.push(r);
    } catch (err) {
      resolved.push({ input, error: (err as Error).message });
    }
  }
  const unresolved = resolved.filter((r): r is { input: string; error: string } => 'error' in r);
  if (req.mode === 'sign' && unresolved.length)
    throw new InputError(`nothing was signed: ${unresolved.map((u) => u.error).join('; ')}.`, {
      input: 'images',
      fix: 'check each reference and push the image first; a registry that kept failing is worth another run once it answers.',
    });

  const dir = new SecretDir(req.tempDir);
  try {
    if (req.mode === 'sign') {
      const prepared = await prepareSigner(req, dir, deps);
      // Fulcio certifies the job's workflow: a called reusable workflow, as the token names it.
      if (prepared.jobWorkflow) outcome.identity = workflowIdentity(req.env, prepared.jobWorkflow.ref);
      const attest = req.provenance ? await prepareAttest(req, cosign, prepared, dir, deps) : undefined;
      const images = resolved as ResolvedImage[];
      // One cosign run signs them all (the key is decrypted once); each is then attested and checked.
      const signed = await signAll(cosign, prepared.signer, prepared.env, images, deps);
      for (const [n, r] of images.entries()) {
        const o = signed[n]!;
        if (attest) {
          o.provenance = await attestOne(cosign, prepared, attest, r, req, deps);
          if (o.provenance.status === 'failed') {
            o.status = 'failed';
            o.reason = `provenance: ${o.provenance.reason ?? 'does not verify'}`;
            if (o.provenance.detail) o.detail = o.provenance.detail;
          }
        }
        outcome.images.push(o);
      }
    } else {
      const trust = prepareTrust(req.trust!, dir);
      const found = resolved.filter((r): r is ResolvedImage => !('error' in r));
      // Every manifest at once; only when that fails is each checked alone, for its own reason.
      const manifests = found.reduce((n, r) => n + 1 + r.platforms.length, 0);
      const all = manifests > 1 && (await verifyAll(cosign, trust, found, deps));
      for (const r of resolved) {
        outcome.images.push(
          'error' in r
            ? {
                input: r.input,
                image: '',
                digest: '',
                ref: '',
                index: false,
                platforms: [],
                status: 'failed',
                reason: 'the reference cannot be resolved',
                detail: r.error,
              }
            : await verifyWithProvenance(cosign, trust, r, req.provenance, all, deps),
        );
      }
    }
  } finally {
    dir.remove();
  }
  outcome.durationMs = deps.now() - start;
  return outcome;
}

function checkSupport(req: SignRequest, cosign: CosignInfo, deps: SignDeps): void {
  // A provenance attestation is checked right after it is made: with a key, that is offline too.
  const offlineKeyCheck =
    (req.mode === 'verify' && req.trust?.kind === 'key') ||
    (req.mode === 'sign' && req.provenance && req.signer?.kind === 'key');
  if (!offlineKeyCheck || cosign.major !== 3) return;
  if (atLeast(cosign.version, OFFLINE_VERIFY_3X)) return;
  if (cosign.source === 'help') {
    deps.log.warning(
      `cosign ${cosign.version} has no release version: offline key verification needs ${OFFLINE_VERIFY_3X} or later on 3.x.`,
    );
    return;
  }
  throw new Error(
    `cosign ${cosign.version} cannot verify key signatures offline (3.x needs ${OFFLINE_VERIFY_3X} or later). Fix: use cosign ${OFFLINE_VERIFY_3X}+ or 2.x (cosign-path).`,
  );
}

async function prepareSigner(req: SignRequest, dir: SecretDir, deps: SignDeps): Promise<PreparedSigner> {
  const s = req.signer!;
  if (s.kind === 'keyless') {
    const token = await deps.idToken('sigstore');
    deps.mask(token);
    const jobWorkflow = jobWorkflowOf(token);
    return {
      signer: { kind: 'keyless', identityTokenFile: dir.write('oidc-token', token) },
      env: {},
      ...(jobWorkflow && { jobWorkflow }),
    };
  }
  const key = isPem(s.key) ? dir.write('cosign.key', s.key) : s.key;
  // Set even when empty: cosign takes COSIGN_PASSWORD when the variable exists and never prompts.
  return { signer: { kind: 'key', key }, env: { COSIGN_PASSWORD: s.password } };
}

function prepareTrust(trust: Trust, dir: SecretDir): Trust {
  if (trust.kind === 'key' && isPem(trust.publicKey))
    return { kind: 'key', publicKey: dir.write('cosign.pub', trust.publicKey) };
  return trust;
}

/** The signature, then (when required) the provenance attestation of the index digest. */
async function verifyWithProvenance(
  cosign: CosignInfo,
  trust: Trust,
  r: ResolvedImage,
  requireProvenance: boolean,
  /** The signature was verified already, with the other images in one run. */
  signatureVerified: boolean,
  deps: SignDeps,
): Promise<ImageOutcome> {
  const o: ImageOutcome = signatureVerified
    ? { ...base(r), status: 'verified' }
    : await verifyOne(cosign, trust, r, deps);
  if (!requireProvenance || o.status !== 'verified') return o;
  const provenance = await verifyAttestation(cosign, trust, r, deps);
  if (provenance.status === 'verified') return { ...o, provenance };
  const { reason, detail } = provenance;
  return { ...o, status: 'failed', ...(reason && { reason }), ...(detail && { detail }), provenance };
}

function base(r: ResolvedImage): Omit<ImageOutcome, 'status'> {
  return {
    input: r.input,
    image: r.name,
    digest: r.digest,
    ref: r.ref,
    ...(r.tag && { tag: r.tag }),
    index: r.index,
    platforms: r.platforms.map((p) => p.platform),
  };
}

/**
 * Signs the images with as few cosign runs as their flags allow (one per kind: index or not, insecure
 * or not): each run decrypts the key once, which costs more than signing an image.
 */
async function signAll(
  cosign: CosignInfo,
  signer: Signer,
  env: NodeJS.ProcessEnv,
  images: ResolvedImage[],
  deps: SignDeps,
): Promise<ImageOutcome[]> {
  for (const group of groupBy(images, (r) => `${r.index}/${r.insecure}`)) {
    const [first] = group;
    const args = signArgs(cosign.major, signer, {
      ref: group.map((r) => r.ref),
      insecure: first!.insecure,
      recursive: first!.index,
    });
    deps.log.info(displayCommand(cosign.path, args));
    const res = await deps.exec(cosign.path, args, { env, allowFailure: true });
    if (res.code !== 0) throw new ToolError(displayCommand(cosign.path, args), res.code, res.stderr);
    for (const r of group)
      deps.log.info(`signed ${r.ref}${r.index ? ` and its ${r.platforms.length} platform manifests` : ''}`);
  }
  return images.map((r) => ({ ...base(r), status: 'signed' }));
}

/**
 * True when one cosign run per insecure-or-not group verifies every image and platform manifest
 * (cosign stops at the first that fails, without saying which: the caller then checks each alone).
 */
async function verifyAll(
  cosign: CosignInfo,
  trust: Trust,
  images: ResolvedImage[],
  deps: SignDeps,
): Promise<boolean> {
  for (const group of groupBy(images, (r) => String(r.insecure))) {
    const refs = group.flatMap((r) => [r.ref, ...r.platforms.map((p) => p.ref)]);
    const args = verifyArgs(cosign.major, trust, { ref: refs, insecure: group[0]!.insecure });
    deps.log.info(displayCommand(cosign.path, args));
    const res = await deps.exec(cosign.path, args, { allowFailure: true });
    if (res.code !== 0) {
      deps.log.info('not every image verified: checking each one for its reason');
      return false;
    }
  }
  for (const r of images)
    deps.log.info(`verified ${r.ref}${r.index ? ` and its ${r.platforms.length} platform manifests` : ''}`);
  return true;
}

/** The items in groups of equal key, in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.values()];
}

/** Verifies the digest and, for an index, each platform manifest: every one must verify. */
async function verifyOne(
  cosign: CosignInfo,
  trust: Trust,
  r: ResolvedImage,
  deps: SignDeps,
): Promise<ImageOutcome> {
  const targets = [{ platform: '', ref: r.ref }, ...r.platforms];
  const failed: { platform: string; reason: string; detail: string }[] = [];
  for (const t of targets) {
    const args = verifyArgs(cosign.major, trust, { ref: t.ref, insecure: r.insecure });
    deps.log.info(displayCommand(cosign.path, args));
    const res = await deps.exec(cosign.path, args, { allowFailure: true });
    if (res.code !== 0) failed.push({ platform: t.platform, ...verifyFailure(res.stderr, res.code) });
  }
  if (!failed.length) {
    deps.log.info(`verified ${r.ref}${r.index ? ` and its ${r.platforms.length} platform manifests` : ''}`);
    return { ...base(r), status: 'verified' };
  }
  const first = failed[0]!;
  deps.log.error(`${r.input} (${r.ref}) does not verify: ${first.reason} (${first.detail})`);
  return {
    ...base(r),
    status: 'failed',
    reason: first.reason,
    detail: first.detail,
    ...(failed.some((f) => f.platform) && {
      failedPlatforms: failed.map((f) => f.platform || 'index'),
    }),
  };
}

/** The verification failures as one message, for a failed step. Pure. */
export function verifyFailures(o: SignOutcome): string | undefined {
  const bad = o.images.filter((i) => i.status === 'failed');
  if (!bad.length) return undefined;
  return `${bad.length} of ${o.images.length} image(s) failed verification: ${bad
    .map(
      (i) => `${i.input}${i.digest ? ` (${i.digest})` : ''}: ${i.reason}${i.detail ? ` — ${i.detail}` : ''}`,
    )
    .join('; ')}`;
}
