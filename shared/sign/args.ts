/**
 * cosign command lines, per major, as argument arrays. No secret is ever an argument: a private key
 * is a file path (mode 0600) or a KMS/`env://` reference, its password is COSIGN_PASSWORD, the OIDC
 * token a file path. Pure.
 */
import type { CosignMajor } from './version.js';

/** How an image is signed: with a key (offline, no transparency log) or keyless (Fulcio and Rekor). */
export type Signer = { kind: 'key'; key: string } | { kind: 'keyless'; identityTokenFile: string };

/** What a signature must have been made with: a public key, or a certificate identity and issuer. */
export type Trust =
  | { kind: 'key'; publicKey: string }
  | { kind: 'keyless'; identity?: string; identityRegexp?: string; issuer: string };

export interface Target {
  /**
   * `name@sha256:...`: only ever a digest; or several, which one cosign process signs or verifies
   * in turn (a key is then decrypted once, and the registry connections are reused).
   */
  ref: string | readonly string[];
  /** Plain HTTP or an untrusted certificate (loopback and `insecure-registries` hosts). */
  insecure: boolean;
}

function registryFlags(t: Target): string[] {
  return t.insecure ? ['--allow-insecure-registry', '--allow-http-registry'] : [];
}

function pinned(ref: string | readonly string[]): string[] {
  const refs = typeof ref === 'string' ? [ref] : [...ref];
  if (!refs.length) throw new Error('no image to give cosign');
  for (const r of refs) if (!/@sha256:[a-f0-9]{64}$/.test(r)) throw new Error(`${r} is not pinned by digest`);
  return refs;
}

/**
 * `cosign sign`. Key signing is offline: nothing goes to the public transparency log (2.x:
 * `--tlog-upload=false`; 3.x also needs `--use-signing-config=false`, or it fetches a signing config
 * from the network and uses its services). Keyless signing takes the workflow's OIDC token from a file.
 */
export function signArgs(
  major: CosignMajor,
  signer: Signer,
  target: Target & { recursive: boolean },
): string[] {
  const args = ['sign', '--yes'];
  if (signer.kind === 'key') {
    args.push('--key', signer.key);
    if (major === 3) args.push('--use-signing-config=false');
    args.push('--tlog-upload=false');
  } else {
    args.push('--identity-token', signer.identityTokenFile);
  }
  if (target.recursive) args.push('--recursive');
  return [...args, ...registryFlags(target), ...pinned(target.ref)];
}

/**
 * `cosign verify`. A key signature was made offline, so the transparency log is not consulted
 * (`--insecure-ignore-tlog=true`); a keyless one is checked against the certificate's identity (exact
 * or an anchored regular expression) and issuer, and against Rekor.
 */
export function verifyArgs(major: CosignMajor, trust: Trust, target: Target): string[] {
  void major; // the same flags on 2.x and 3.x (3.x reads both bundle formats)
  const args = ['verify'];
  if (trust.kind === 'key') {
    args.push('--key', trust.publicKey, '--insecure-ignore-tlog=true');
  } else {
    if (trust.identity) args.push('--certificate-identity', trust.identity);
    else if (trust.identityRegexp) args.push('--certificate-identity-regexp', trust.identityRegexp);
    else throw new Error('a keyless verification needs a certificate identity or regexp');
    args.push('--certificate-oidc-issuer', trust.issuer);
  }
  return [...args, ...registryFlags(target), ...pinned(target.ref)];
}

/** The predicate type cosign 2.5+ and 3.x know for SLSA provenance v1. */
export const PROVENANCE_TYPE = 'slsaprovenance1';

/**
 * `cosign attest` of the SLSA v1 predicate in `predicate` (a file): cosign wraps it in the in-toto
 * Statement with the digest as subject. Offline with a key as `sign` is. No `--recursive`: cosign
 * 2.5 accepts the flag but attests the index only, so the index digest is what is attested on both
 * majors.
 */
export function attestArgs(major: CosignMajor, signer: Signer, target: Target, predicate: string): string[] {
  const args = ['attest', '--yes', '--type', PROVENANCE_TYPE, '--predicate', predicate];
  if (signer.kind === 'key') {
    args.push('--key', signer.key);
    if (major === 3) args.push('--use-signing-config=false');
    args.push('--tlog-upload=false');
  } else {
    args.push('--identity-token', signer.identityTokenFile);
  }
  return [...args, ...registryFlags(target), ...pinned(target.ref)];
}

/** `cosign verify-attestation --type slsaprovenance1`: the trust flags of `verify`. */
export function verifyAttestationArgs(major: CosignMajor, trust: Trust, target: Target): string[] {
  const [, ...rest] = verifyArgs(major, trust, target);
  return ['verify-attestation', '--type', PROVENANCE_TYPE, ...rest];
}

/** `cosign public-key`: the public half of a signing key (its password from COSIGN_PASSWORD). */
export function publicKeyArgs(key: string): string[] {
  return ['public-key', '--key', key];
}
