/**
 * The Trivy scan-image installs: pinned version and the SHA-256 of each Linux release tarball
 * (trivy_0.74.0_checksums.txt of aquasecurity/trivy v0.74.0). Never trivy-action or setup-trivy:
 * both had their tags hijacked in March 2026.
 */
import type { PinnedTool } from './pinned.js';

const RELEASE = 'https://github.com/aquasecurity/trivy/releases/download/v0.74.0';

export const TRIVY: PinnedTool = {
  name: 'trivy',
  version: '0.74.0',
  executable: 'trivy',
  pathInput: 'trivy-path',
  assets: {
    'linux-x64': {
      url: `${RELEASE}/trivy_0.74.0_Linux-64bit.tar.gz`,
      sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
      format: 'tar.gz',
    },
    'linux-arm64': {
      url: `${RELEASE}/trivy_0.74.0_Linux-ARM64.tar.gz`,
      sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
      format: 'tar.gz',
    },
  },
};
