/**
 * The cosign sign-image installs: pinned version and the SHA-256 of each Linux release binary
 * (cosign_checksums.txt of sigstore/cosign v3.1.3). cosign 3.x changes defaults against 2.x (see
 * shared/sign/): the sign-image action says which major ran.
 */
import type { PinnedTool } from './pinned.js';

const RELEASE = 'https://github.com/sigstore/cosign/releases/download/v3.1.3';

export const COSIGN: PinnedTool = {
  name: 'cosign',
  version: '3.1.3',
  executable: 'cosign',
  pathInput: 'cosign-path',
  assets: {
    'linux-x64': {
      url: `${RELEASE}/cosign-linux-amd64`,
      sha256: '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71',
      format: 'binary',
    },
    'linux-arm64': {
      url: `${RELEASE}/cosign-linux-arm64`,
      sha256: 'c5d324e091826b0d7a78eb16fef316450b4eb9aaec045611c08ba06f5e73220a',
      format: 'binary',
    },
  },
};
