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
function imageDigests(result: Pick<BuildResult, 'digest' | 'perPlatform'>): Set<string> {
  return new Set([result.digest, ...result.perPlatform.map((p) => p.digest)].filter(Boolean));
}

interface Found<T> {
  value: T;
  /** Its place in the files' order: the later wins. */
  at: number;
}

/** Each digest's last scan, sign and verify outcome: one pass over the results. */
interface FindingsIndex {
  scan: Map<string, Found<{ image: ScannedImage; passed: boolean }>>;
  sign: Map<string, Found<ImageOutcome>>;
  verify: Map<string, Found<ImageOutcome>>;
}

function indexFindings(scans: readonly ScanResult[], signs: readonly SignResult[]): FindingsIndex {
  const index: FindingsIndex = { scan: new Map(), sign: new Map(), verify: new Map() };
  let at = 0;
  for (const s of scans)
    for (const image of s.images)
      index.scan.set(image.digest, { value: { image, passed: s.passed }, at: at++ });
  for (const s of signs)
    for (const i of s.images)
      (s.mode === 'verify' ? index.verify : index.sign).set(i.digest, { value: i, at: at++ });
  return index;
}

/** The latest of `digests`' entries in `map`. */
function latest<T>(map: Map<string, Found<T>>, digests: Set<string>): T | undefined {
  let best: Found<T> | undefined;
  for (const d of digests) {
    const f = map.get(d);
    if (f && (!best || f.at > best.at)) best = f;
  }
  return best?.value;
}

/**
 * What scan-image and sign-image found of a build's image: the results are indexed once (a report
 * joins every build with the same lists), and the function answers for each build.
 */
export function findingsFor(
  scans: readonly ScanResult[],
  signs: readonly SignResult[],
): (result: Pick<BuildResult, 'digest' | 'perPlatform'>) => ImageFindings {
  const index = indexFindings(scans, signs);
  return (result) => {
    const digests = imageDigests(result);
    if (!digests.size) return {};
    const scan = latest(index.scan, digests);
    const sign = latest(index.sign, digests);
    const verify = latest(index.verify, digests);
    return { ...(scan && { scan }), ...(sign && { sign }), ...(verify && { verify }) };
  };
}
