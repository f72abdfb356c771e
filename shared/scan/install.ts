/**
 * The Trivy scan-image runs: the binary `trivy-path` names, else the pinned release
 * (shared/tools/trivy.ts), checked against its SHA-256 and kept in the runner's tool cache.
 */
import { TRIVY } from '../tools/trivy.js';
import { installPinned, type InstallDeps } from '../tools/pinned.js';

/**
 * @param pathInput the `trivy-path` input ('' when unset)
 * @param platform `process.platform`-`process.arch` of the runner
 */
export async function trivyBinary(pathInput: string, platform: string, deps: InstallDeps): Promise<string> {
  return pathInput || installPinned(TRIVY, platform, deps);
}
