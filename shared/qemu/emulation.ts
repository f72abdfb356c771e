/**
 * QEMU user-mode emulation for platforms the host cannot run. The decision is pure (requested
 * platforms, host architecture, registered binfmt_misc handlers → what to register); registration
 * writes the kernel's binfmt_misc line for a `qemu-<arch>-static` found on PATH, with the F
 * (fix-binary) flag so the interpreter also works inside containers whose root filesystem lacks it.
 * In CI the usual way is `docker run --privileged tonistiigi/binfmt --install <arch>`; this does the
 * same without pulling an image.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Exec } from '../runtime/deps.js';
import { isLoopbackHost } from '../registry/hosts.js';

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

interface Magic {
  /** QEMU's name for the architecture (`qemu-<name>-static`, binfmt entry `qemu-<name>`). */
  qemu: string;
  magic: string;
  mask: string;
}

// ELF header magic and mask per target, as QEMU's scripts/qemu-binfmt-conf.sh registers them
// (written with \x escapes, which the kernel decodes).
const ELF32_LE = String.raw`\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00`;
const ELF64_LE = String.raw`\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00`;
const ELF32_BE = String.raw`\x7fELF\x01\x02\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00`;
const ELF64_BE = String.raw`\x7fELF\x02\x02\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00`;
const MASK_LE = String.raw`\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff`;
const MASK_BE = String.raw`\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff`;
const MASK_X86 = String.raw`\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff`;

/** OCI architecture → QEMU target. */
const TARGETS: Record<string, Magic> = {
  amd64: { qemu: 'x86_64', magic: String.raw`${ELF64_LE}\x3e\x00`, mask: MASK_X86 },
  '386': { qemu: 'i386', magic: String.raw`${ELF32_LE}\x03\x00`, mask: MASK_X86 },
  arm64: { qemu: 'aarch64', magic: String.raw`${ELF64_LE}\xb7\x00`, mask: MASK_LE },
  arm: { qemu: 'arm', magic: String.raw`${ELF32_LE}\x28\x00`, mask: MASK_LE },
  ppc64le: {
    qemu: 'ppc64le',
    magic: String.raw`${ELF64_LE}\x15\x00`,
    mask: MASK_LE.replace(/\\xff$/, '\\x00'),
  },
  ppc64: { qemu: 'ppc64', magic: String.raw`${ELF64_BE}\x15`, mask: MASK_BE },
  s390x: { qemu: 's390x', magic: String.raw`${ELF64_BE}\x16`, mask: MASK_BE },
  riscv64: { qemu: 'riscv64', magic: String.raw`${ELF64_LE}\xf3\x00`, mask: MASK_LE },
  mips64le: { qemu: 'mips64el', magic: String.raw`${ELF64_LE}\x08\x00`, mask: MASK_LE },
  mips64: { qemu: 'mips64', magic: String.raw`${ELF64_BE}\x08`, mask: MASK_BE },
  mipsle: { qemu: 'mipsel', magic: String.raw`${ELF32_LE}\x08\x00`, mask: MASK_LE },
  mips: { qemu: 'mips', magic: String.raw`${ELF32_BE}\x08`, mask: MASK_BE },
};

/** Node's `process.arch` → OCI architecture. */
export function hostArch(nodeArch: string = process.arch): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    ia32: '386',
    arm64: 'arm64',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
    mipsel: 'mipsle',
    mips: 'mips',
  };
  return map[nodeArch] ?? nodeArch;
}

/** Architectures a host runs without emulation: amd64 runs 386, arm64 runs 32-bit arm (aarch32). */
export function nativeArchs(host: string): string[] {
  if (host === 'amd64') return ['amd64', '386'];
  if (host === 'arm64') return ['arm64', 'arm'];
  return [host];
}

/** A registered binfmt_misc handler, as `/proc/sys/fs/binfmt_misc/<name>` describes it. */
export interface BinfmtEntry {
  name: string;
  enabled: boolean;
  interpreter: string;
  flags: string;
}

/** Parses one binfmt_misc entry file. */
export function parseBinfmtEntry(name: string, text: string): BinfmtEntry {
  const field = (key: string) => new RegExp(`^${key} (.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return {
    name,
    enabled: /^enabled$/m.test(text),
    interpreter: field('interpreter'),
    flags: field('flags:?'),
  };
}

/** Reads the registered handlers (empty when binfmt_misc is not mounted). */
export function readBinfmt(dir = BINFMT_DIR): BinfmtEntry[] {
  if (!existsSync(join(dir, 'register'))) return [];
  return readdirSync(dir)
    .filter((n) => n !== 'register' && n !== 'status')
    .map((n) => parseBinfmtEntry(n, readFileSync(join(dir, n), 'utf8')));
}

export type EmulationStep =
  | { platform: string; action: 'native' }
  | { platform: string; action: 'registered'; entry: string; flags: string }
  | { platform: string; action: 'register'; qemu: string; line: string; interpreter: string }
  | { platform: string; action: 'missing'; qemu: string; reason: string }
  | { platform: string; action: 'skip'; reason: string };

/** The `qemu-<arch>-static` binaries on PATH, by QEMU target name. */
export function findInterpreters(path = process.env['PATH'] ?? ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const t of Object.values(TARGETS)) {
      const bin = join(dir, `qemu-${t.qemu}-static`);
      if (!found[t.qemu] && existsSync(bin)) found[t.qemu] = bin;
    }
  }
  return found;
}

/** The line written to binfmt_misc's `register` file: `:qemu-aarch64:M::magic:mask:interp:FOC`. */
export function registrationLine(arch: string, interpreter: string): string {
  const t = TARGETS[arch];
  if (!t) throw new Error(`no QEMU binfmt magic known for ${arch}`);
  // F: open the interpreter now, so containers need not contain it; O and C: run setuid binaries
  // with their own credentials, as QEMU's --credential option and tonistiigi/binfmt do.
  return `:qemu-${t.qemu}:M::${t.magic}:${t.mask}:${interpreter}:FOC`;
}

/**
 * Decides, per requested platform, whether it runs natively, is already emulated, can be registered
 * from a QEMU binary on PATH, or is missing. Platforms for other operating systems are skipped:
 * emulation runs Linux binaries only.
 */
export function planEmulation(
  platforms: string[],
  host: string,
  registered: BinfmtEntry[],
  interpreters: Record<string, string>,
): EmulationStep[] {
  const steps: EmulationStep[] = [];
  const native = nativeArchs(host);
  const done = new Set<string>();
  for (const platform of platforms) {
    const [os, arch = ''] = platform.split('/');
    if (os !== 'linux') {
      steps.push({
        platform,
        action: 'skip',
        reason: `no emulation for ${os}: only stages without RUN can build`,
      });
      continue;
    }
    if (native.includes(arch)) {
      steps.push({ platform, action: 'native' });
      continue;
    }
    const target = TARGETS[arch];
    if (!target) {
      steps.push({
        platform,
        action: 'missing',
        qemu: arch,
        reason: `no QEMU binfmt magic known for ${arch}`,
      });
      continue;
    }
    const entry = registered.find(
      (e) => e.enabled && (e.name === `qemu-${target.qemu}` || e.name === `buildkit-qemu-${target.qemu}`),
    );
    if (entry) {
      steps.push({ platform, action: 'registered', entry: entry.name, flags: entry.flags });
      continue;
    }
    const interpreter = interpreters[target.qemu];
    if (!interpreter) {
      steps.push({
        platform,
        action: 'missing',
        qemu: target.qemu,
        reason: `qemu-${target.qemu}-static is not on PATH`,
      });
      continue;
    }
    steps.push({
      platform,
      action: done.has(target.qemu) ? 'registered' : 'register',
      qemu: target.qemu,
      line: registrationLine(arch, interpreter),
      interpreter,
      ...(done.has(target.qemu) ? { entry: `qemu-${target.qemu}`, flags: 'FOC' } : {}),
    } as EmulationStep);
    done.add(target.qemu);
  }
  return steps;
}

/** The fix for platforms that cannot be emulated, for the error message. */
export function missingEmulationFix(missing: EmulationStep[]): string {
  const archs = [...new Set(missing.map((s) => s.platform.split('/')[1]))].join(',');
  return (
    `install QEMU user emulation before this step (Debian/Ubuntu: sudo apt-get install -y qemu-user-static, ` +
    `which registers the handlers), or run docker run --privileged --rm tonistiigi/binfmt --install ${archs}, ` +
    `or remove ${missing.map((s) => s.platform).join(', ')} from platforms.`
  );
}

/**
 * Registers the planned interpreters: mounts binfmt_misc when needed and writes each line to its
 * `register` file, through `sudo -n` when not root (GitHub-hosted runners allow it). Runs `tee`
 * with the line on standard input, so no shell parses it.
 */
export async function registerEmulators(
  steps: EmulationStep[],
  exec: Exec,
  dir = BINFMT_DIR,
): Promise<string[]> {
  const todo = steps.filter(
    (s): s is Extract<EmulationStep, { action: 'register' }> => s.action === 'register',
  );
  if (todo.length === 0) return [];
  const root = process.getuid?.() === 0;
  const priv = (cmd: string, args: string[]): [string, string[]] =>
    root ? [cmd, args] : ['sudo', ['-n', cmd, ...args]];
  if (!existsSync(join(dir, 'register')))
    await exec(...priv('mount', ['-t', 'binfmt_misc', 'binfmt_misc', dir]));
  const done: string[] = [];
  for (const step of todo) {
    await exec(...priv('tee', [join(dir, 'register')]), { input: step.line });
    done.push(step.platform);
  }
  return done;
}

/**
 * Whether emulators registered on this machine reach the builder: only when its BuildKit runs on
 * this kernel (a local dockerd, a local docker-container, a remote address on this machine). A
 * Kubernetes builder runs on the cluster's nodes, which need their own registration.
 */
export function emulationIsLocal(
  driver: string,
  endpoint: string,
  dockerHost = process.env['DOCKER_HOST'] ?? '',
): boolean {
  const local = (address: string) => {
    if (!address || address.startsWith('unix://')) return true;
    // The host of a bare `tcp://` or `http://` address (an IPv6 one in brackets), then the check.
    const host = /^(?:tcp|http):\/\/(\[[0-9a-fA-F:]*\]|[^/:[\]]+)(?::\d+)?\/?$/.exec(address)?.[1];
    return host !== undefined && isLoopbackHost(host);
  };
  switch (driver) {
    case 'kubernetes':
      return false;
    case 'remote':
      return local(endpoint);
    default:
      return /:\/\//.test(endpoint) ? local(endpoint) : local(dockerHost);
  }
}

/** Steps as summary rows: platform, action and its detail (the registration line, the entry, the reason). */
export function describeSteps(
  steps: EmulationStep[],
): { platform: string; action: string; detail: string }[] {
  return steps.map((s) => ({
    platform: s.platform,
    action: s.action,
    detail:
      s.action === 'register'
        ? s.line
        : s.action === 'registered'
          ? `${s.entry} (flags ${s.flags || 'none'})`
          : s.action === 'native'
            ? ''
            : s.reason,
  }));
}

/** Platforms that run through emulation after the steps. */
export function emulatedPlatforms(steps: EmulationStep[]): string[] {
  return steps.filter((s) => s.action === 'register' || s.action === 'registered').map((s) => s.platform);
}

/**
 * Plans and performs the registration for `platforms` on this machine (nothing when the builder's
 * kernel is elsewhere).
 *
 * @throws Error naming the platforms without emulation and how to provide it.
 */
export async function ensureEmulation(
  platforms: string[],
  driver: string,
  endpoint: string,
  exec: Exec,
  machine = { host: hostArch(), binfmt: readBinfmt(), interpreters: findInterpreters() },
): Promise<EmulationStep[]> {
  if (!emulationIsLocal(driver, endpoint)) return [];
  const steps = planEmulation(platforms, machine.host, machine.binfmt, machine.interpreters);
  const missing = steps.filter(
    (s): s is Extract<EmulationStep, { action: 'missing' }> => s.action === 'missing',
  );
  if (missing.length > 0) {
    const what = missing.map((s) => `${s.platform} (${s.reason})`).join(', ');
    throw new Error(`No QEMU emulation for ${what}. Fix: ${missingEmulationFix(missing)}`);
  }
  await registerEmulators(steps, exec);
  return steps;
}
