/**
 * The cosign sign-image runs: the binary `cosign-path` names, else the pinned release
 * (shared/tools/cosign.ts), checked against its SHA-256 and kept in the runner's tool cache.
 */
import { COSIGN } from '../tools/cosign.js';
import { installPinned, type InstallDeps } from '../tools/pinned.js';

/**
 * @param pathInput the `cosign-path` input ('' when unset)
 * @param platform `process.platform`-`process.arch` of the runner
 */
export async function cosignBinary(pathInput: string, platform: string, deps: InstallDeps): Promise<string> {
  return pathInput || installPinned(COSIGN, platform, deps);
}
