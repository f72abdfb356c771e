/**
 * What the steps after a build found of its image: scan-image's counts (and policy, when it checked
 * one) and sign-image's signature and verification, found by digest: the pushed digest (an index or
 * a manifest) or a platform manifest's, whichever the later step was given. Several results for one
 * digest: the last file given wins (a rerun). The one join of the three contracts. Pure.
 */
import type { ScanResult } from './scan-result.js';
import type { ImageOutcome, SignResult } from '../sign/result.js';
import type { BuildResult } from './build-result.js';

export type ScannedImage = ScanResult['images'][number];

export interface ImageFindings {
  scan?: { image: ScannedImage; passed: boolean };
  /** The last `mode: sign` outcome of the image. */
  sign?: ImageOutcome;
  /** The last `mode: verify` outcome of the image. */
  verify?: ImageOutcome;
}

/** The digests a later step may name the build's image by. */
export function imageDigests(result: Pick<BuildResult, 'digest' | 'perPlatform'>): Set<string> {
  return new Set([result.digest, ...result.perPlatform.map((p) => p.digest)].filter(Boolean));
}

export function imageFindings(
  result: Pick<BuildResult, 'digest' | 'perPlatform'>,
  scans: readonly ScanResult[],
  signs: readonly SignResult[],
): ImageFindings {
  const digests = imageDigests(result);
  if (!digests.size) return {};
  const scanned = scans.flatMap((s) => s.images.map((image) => ({ image, passed: s.passed })));
  const scan = scanned.filter((i) => digests.has(i.image.digest)).at(-1);
  const signed = signs
    .flatMap((s) => s.images.map((i) => ({ mode: s.mode, i })))
    .filter((x) => digests.has(x.i.digest));
  const sign = signed.filter((x) => x.mode === 'sign').at(-1)?.i;
  const verify = signed.filter((x) => x.mode === 'verify').at(-1)?.i;
  return { ...(scan && { scan }), ...(sign && { sign }), ...(verify && { verify }) };
}
