/**
 * Why `cosign verify` or `cosign verify-attestation` refused an image, in a few words, from its
 * standard error. Pure.
 */

const REASONS: [RegExp, string][] = [
  [/no signatures found|no matching attestations/i, 'no signature for this digest'],
  [
    /invalid signature when validating|crypto\/(rsa|ecdsa): verification error|failed to verify signature|signature mismatch|public key does not match/i,
    'signed, but not with this key',
  ],
  [
    /none of the expected identities matched|expected identity not found|identity .* does not match/i,
    'signed by another identity',
  ],
  [/expected oidc issuer|issuer .* does not match/i, 'signed through another OIDC issuer'],
  [/MANIFEST_UNKNOWN|manifest unknown|NAME_UNKNOWN|not found/i, 'the image is not in the registry'],
  [/UNAUTHORIZED|DENIED|authentication required|403 Forbidden/i, 'the registry refused the credentials'],
  [
    /tuf|Fulcio roots|trusted root|rekor|transparency log/i,
    'the Sigstore trust root or log could not be reached',
  ],
  [
    /connection refused|no such host|i\/o timeout|TLS handshake|http: server gave HTTP response/i,
    'the registry could not be reached',
  ],
];

/**
 * `verify-attestation`'s own messages (cosign 2.5, run for real): a wrong key is not "invalid
 * signature" as for `verify` but "no matching attestations: accepted signatures do not match
 * threshold, Found: 0, Expected 1"; no attestation at all is the same prefix with nothing after it.
 */
const ATTESTATION_REASONS: [RegExp, string][] = [
  [/accepted signatures do not match threshold/i, 'attested, but not with this key'],
  [/none of the attestations matched the predicate type/i, 'no provenance attestation (only other types)'],
];
/** Checked after the shared reasons, so an identity or registry problem keeps its own reason. */
const NO_ATTESTATION: [RegExp, string] = [
  /no matching attestations|no signatures found/i,
  'no provenance attestation for this digest',
];

/** The reason, and cosign's own last error line. */
export function verifyFailure(
  stderr: string,
  code: number,
  what: 'signature' | 'attestation' = 'signature',
): { reason: string; detail: string } {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('WARNING'));
  const detail =
    lines
      .filter((l) => /^Error:/.test(l))
      .pop()
      ?.replace(/^Error:\s*/, '') ??
    lines.pop() ??
    `cosign exited with code ${code}`;
  const table =
    what === 'attestation' ? [...ATTESTATION_REASONS, ...REASONS.slice(1), NO_ATTESTATION] : REASONS;
  const reason = table.find(([re]) => re.test(detail))?.[1] ?? 'cosign refused it';
  return { reason, detail };
}
