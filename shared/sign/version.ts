/**
 * Which cosign runs: its version from `cosign version --json`, and its major (2 or 3), whose
 * defaults differ (3.x: the new bundle format, a signing config fetched over the network). A build
 * without a version (Debian's says `devel`) is told apart by its defaults in `cosign sign --help`.
 */
import type { Exec } from '../runtime/deps.js';

export type CosignMajor = 2 | 3;

export interface CosignInfo {
  /** The binary run. */
  path: string;
  /** `v2.5.0`, or `devel` for a build without one. */
  version: string;
  major: CosignMajor;
  /** How the major was found: from the version, or from the defaults `sign --help` prints. */
  source: 'version' | 'help';
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)/;

/** `{ version, major }` from `cosign version` (text or `--json`) output; major undefined when not a release. Pure. */
export function parseCosignVersion(output: string): { version: string; major?: number } {
  let version: string;
  try {
    version = String((JSON.parse(output) as { gitVersion?: unknown }).gitVersion ?? '');
  } catch {
    version = /GitVersion:\s*(\S+)/.exec(output)?.[1] ?? '';
  }
  const m = SEMVER.exec(version);
  return { version: version || 'unknown', ...(m && { major: Number(m[1]) }) };
}

/**
 * The major whose defaults `cosign sign --help` shows: 3.x fetches a signing config by default
 * (`--use-signing-config=true`); 2.5 has no such flag and 2.6 defaults it to false. Pure.
 */
export function majorFromHelp(help: string): CosignMajor {
  return /--use-signing-config=true/.test(help) ? 3 : 2;
}

/** True when `version` is at least `min` (`3.0.4`); false for a version that is not a release. Pure. */
export function atLeast(version: string, min: string): boolean {
  const a = SEMVER.exec(version);
  const b = SEMVER.exec(min);
  if (!a || !b) return false;
  for (let i = 1; i <= 3; i++) {
    const d = Number(a[i]) - Number(b[i]);
    if (d !== 0) return d > 0;
  }
  return true;
}

/**
 * Runs `cosign version --json` (and `cosign sign --help` for a build without a version).
 *
 * @throws Error naming the binary when it cannot run or is neither 2.x nor 3.x
 */
export async function detectCosign(path: string, exec: Exec): Promise<CosignInfo> {
  const out = await exec(path, ['version', '--json'], { allowFailure: true });
  if (out.code !== 0)
    throw new Error(
      `${path} version exited with code ${out.code}: ${out.stderr.trim().split('\n').pop() ?? ''}`,
    );
  const { version, major } = parseCosignVersion(out.stdout);
  if (major === 2 || major === 3) return { path, version, major, source: 'version' };
  if (major !== undefined)
    throw new Error(`cosign ${version} (${path}) is not supported: use cosign 2.x or 3.x.`);
  const help = await exec(path, ['sign', '--help'], { allowFailure: true });
  return { path, version, major: majorFromHelp(help.stdout + help.stderr), source: 'help' };
}
