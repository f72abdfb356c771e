/** OCI platform strings (`os/arch[/variant]`): as buildx accepts them for `--platform`, and as written for a descriptor. */
import type { Platform } from './descriptor.js';

const OS = new Set([
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'aix',
  'plan9',
]);
const ARCH = new Set([
  'amd64',
  'arm64',
  'arm',
  '386',
  'ppc64le',
  'ppc64',
  's390x',
  'riscv64',
  'mips64le',
  'mips64',
  'mipsle',
  'mips',
  'loong64',
  'wasm',
]);
const VARIANTS: Record<string, Set<string>> = {
  arm: new Set(['v5', 'v6', 'v7', 'v8']),
  arm64: new Set(['v8', 'v8.0', 'v8.1', 'v8.2', 'v9']),
  amd64: new Set(['v1', 'v2', 'v3', 'v4']),
};

/** Returns why a platform string is invalid, or undefined when it is valid. */
export function platformProblem(platform: string): string | undefined {
  const parts = platform.split('/');
  if (parts.length < 2 || parts.length > 3) return `'${platform}' is not of the form os/arch[/variant]`;
  const [os, arch, variant] = parts as [string, string, string | undefined];
  if (!OS.has(os)) return `'${os}' in '${platform}' is not a known OS`;
  if (!ARCH.has(arch)) return `'${arch}' in '${platform}' is not a known architecture`;
  if (variant !== undefined && !VARIANTS[arch]?.has(variant))
    return `'${variant}' is not a variant of ${arch}`;
  return undefined;
}

export const PLATFORM_FIX = 'use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.';

/** A descriptor's platform as `os/arch[/variant]`. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
