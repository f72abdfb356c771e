/**
 * sign-image's result file (its `result-file` output), for report-metrics: what was signed or
 * verified, by digest, with which cosign and why a verification failed.
 */
import type { CosignMajor } from './version.js';

/** The major version of the file; a reader refuses any other. */
export const SIGN_RESULT_VERSION = 1;

export interface ImageOutcome {
  /** The reference as given. */
  input: string;
  image: string;
  digest: string;
  /** `image@digest`. */
  ref: string;
  /** The tag the digest was resolved from. */
  tag?: string;
  /** An index, signed with `--recursive` (each platform manifest too). */
  index: boolean;
  platforms: string[];
  status: 'signed' | 'verified' | 'failed';
  /** Why verification failed, in a few words, and cosign's own error line. */
  reason?: string;
  detail?: string;
  /** The platform manifests that failed verification, when only some did. */
  failedPlatforms?: string[];
  /** The SLSA provenance attestation of the digest; absent with `provenance: false`. */
  provenance?: ProvenanceOutcome;
}

export interface ProvenanceOutcome {
  /**
   * sign: `attested` (made and checked right after), `skipped` (no workflow run to describe), or
   * `failed` (it does not verify). verify: `verified` or `failed`.
   */
  status: 'attested' | 'verified' | 'skipped' | 'failed';
  /** The predicate file attested (sign). */
  predicate?: string;
  /** Whether the predicate describes the build (from a build result) or only the workflow run. */
  from?: 'build-result' | 'workflow';
  /** Why it was skipped or failed, and cosign's own error line. */
  reason?: string;
  detail?: string;
}

export interface SignOutcome {
  mode: 'sign' | 'verify';
  /** `key` or `keyless`. */
  method: 'key' | 'keyless';
  cosign: { version: string; major: CosignMajor; path: string };
  /** Keyless: the identity signed as (sign) or required (verify). */
  identity?: string;
  issuer?: string;
  images: ImageOutcome[];
  durationMs: number;
}

export interface SignResult extends SignOutcome {
  version: typeof SIGN_RESULT_VERSION;
}

/** The result file's text: the document as indented JSON. Pure. */
export function signResultText(outcome: SignOutcome): string {
  return JSON.stringify({ version: SIGN_RESULT_VERSION, ...outcome } satisfies SignResult, null, 2) + '\n';
}

/** `{ "<input>": "<image@digest>" }` of the images whose provenance was attested or verified: the `attested` output. Pure. */
export function attestedMap(outcome: SignOutcome): Record<string, string> {
  return Object.fromEntries(
    outcome.images
      .filter(
        (i) =>
          i.status !== 'failed' &&
          (i.provenance?.status === 'attested' || i.provenance?.status === 'verified'),
      )
      .map((i) => [i.input, i.ref]),
  );
}

/** `{ "<input>": "<image@digest>" }` of the images signed or verified: the `digests` output. Pure. */
export function digestMap(outcome: SignOutcome): Record<string, string> {
  return Object.fromEntries(outcome.images.filter((i) => i.status !== 'failed').map((i) => [i.input, i.ref]));
}
