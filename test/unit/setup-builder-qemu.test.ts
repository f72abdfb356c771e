// QEMU emulation: which platforms need it, the binfmt_misc registration line, where emulators
// registered here reach the builder, and the registration commands.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '../../shared/runtime/deps.js';
import {
  describeSteps,
  emulatedPlatforms,
  emulationIsLocal,
  ensureEmulation,
  findInterpreters,
  hostArch,
  parseBinfmtEntry,
  planEmulation,
  readBinfmt,
  registerEmulators,
  registrationLine,
  type BinfmtEntry,
} from '../../shared/qemu/emulation.js';

const AARCH64 = parseBinfmtEntry(
  'qemu-aarch64',
  readFileSync('test/fixtures/setup-builder/binfmt-qemu-aarch64.txt', 'utf8'),
);

describe('binfmt_misc entries', () => {
  it('parses a registered handler (captured from the engine)', () => {
    expect(AARCH64).toEqual({
      name: 'qemu-aarch64',
      enabled: true,
      interpreter: expect.stringMatching(/qemu-aarch64-static$/),
      flags: 'OCF',
    });
  });

  it('reads a binfmt_misc folder, and nothing when it is not mounted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-binfmt-'));
    try {
      expect(readBinfmt(dir)).toEqual([]);
      writeFileSync(join(dir, 'register'), '');
      writeFileSync(join(dir, 'status'), 'enabled\n');
      writeFileSync(
        join(dir, 'qemu-riscv64'),
        'disabled\ninterpreter /usr/bin/qemu-riscv64-static\nflags: F\n',
      );
      expect(readBinfmt(dir)).toEqual([
        { name: 'qemu-riscv64', enabled: false, interpreter: '/usr/bin/qemu-riscv64-static', flags: 'F' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('registration line', () => {
  it('matches what QEMU and the engine register for aarch64, with the fix-binary flag', () => {
    expect(registrationLine('arm64', '/usr/bin/qemu-aarch64-static')).toBe(
      String.raw`:qemu-aarch64:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-aarch64-static:FOC`,
    );
  });

  it('decodes to the magic and mask the kernel shows for the registered entry', () => {
    const line = registrationLine('arm64', '/x');
    const [, , , , magic, mask] = line.split(':');
    const hex = (s: string) => s.replace(/\\x([0-9a-f]{2})/g, '$1').replace(/ELF/, '454c46');
    const entry = readFileSync('test/fixtures/setup-builder/binfmt-qemu-aarch64.txt', 'utf8');
    expect(entry).toContain(`magic ${hex(magic!)}`);
    expect(entry).toContain(`mask ${hex(mask!)}`);
  });

  it.each([
    [
      's390x',
      String.raw`:qemu-s390x:M::\x7fELF\x02\x02\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x16:`,
    ],
    ['ppc64le', String.raw`\xfe\xff\xff\x00:/q:FOC`],
    ['arm', String.raw`:qemu-arm:M::\x7fELF\x01\x01\x01`],
    ['riscv64', String.raw`\x02\x00\xf3\x00:`],
  ])('%s', (arch, part) => {
    expect(registrationLine(arch, '/q')).toContain(part);
  });

  it('knows no magic for an unknown architecture', () => {
    expect(() => registrationLine('wasm', '/q')).toThrow(/no QEMU binfmt magic/);
  });
});

describe('planEmulation', () => {
  const none: BinfmtEntry[] = [];
  const onPath = { aarch64: '/p/qemu-aarch64-static', riscv64: '/p/qemu-riscv64-static' };

  it.each<[string, string[], string, BinfmtEntry[], Record<string, string>, string[]]>([
    [
      'native platforms need nothing',
      ['linux/amd64', 'linux/amd64/v2', 'linux/386'],
      'amd64',
      none,
      {},
      ['native', 'native', 'native'],
    ],
    ['a registered emulator is used', ['linux/arm64'], 'amd64', [AARCH64], {}, ['registered']],
    [
      'a disabled one is not',
      ['linux/arm64'],
      'amd64',
      [{ ...AARCH64, enabled: false }],
      onPath,
      ['register'],
    ],
    [
      'binaries on PATH are registered once per target',
      ['linux/arm64', 'linux/arm64/v8', 'linux/riscv64'],
      'amd64',
      none,
      onPath,
      ['register', 'registered', 'register'],
    ],
    ['missing binaries are reported', ['linux/s390x'], 'amd64', none, onPath, ['missing']],
    [
      'an arm64 host runs arm/v7 and needs amd64 emulated',
      ['linux/arm/v7', 'linux/amd64'],
      'arm64',
      none,
      {},
      ['native', 'missing'],
    ],
    [
      'other operating systems are skipped',
      ['windows/amd64', 'darwin/arm64'],
      'amd64',
      none,
      {},
      ['skip', 'skip'],
    ],
    [
      'buildkit-qemu entries count',
      ['linux/arm64'],
      'amd64',
      [{ ...AARCH64, name: 'buildkit-qemu-aarch64' }],
      {},
      ['registered'],
    ],
  ])('%s', (_, platforms, host, registered, interpreters, actions) => {
    expect(planEmulation(platforms, host, registered, interpreters).map((s) => s.action)).toEqual(actions);
  });

  it('describes each step for the summary and lists the emulated platforms', () => {
    const steps = planEmulation(['linux/amd64', 'linux/arm64', 'linux/s390x'], 'amd64', [AARCH64], {});
    expect(describeSteps(steps)).toEqual([
      { platform: 'linux/amd64', action: 'native', detail: '' },
      { platform: 'linux/arm64', action: 'registered', detail: 'qemu-aarch64 (flags OCF)' },
      { platform: 'linux/s390x', action: 'missing', detail: 'qemu-s390x-static is not on PATH' },
    ]);
    expect(emulatedPlatforms(steps)).toEqual(['linux/arm64']);
  });
});

describe('where emulation applies', () => {
  it.each<[string, string, string, boolean]>([
    ['docker', '', '', true],
    ['docker', '', 'unix:///run/docker.sock', true],
    ['docker', '', 'tcp://10.1.1.1:2376', false],
    ['docker-container', 'tcp://127.0.0.1:2375', '', true],
    ['remote', 'unix:///tmp/buildkitd.sock', '', true],
    ['remote', 'tcp://127.0.0.1:1234', '', true],
    ['remote', 'tcp://buildkitd:1234', '', false],
    ['kubernetes', '', '', false],
  ])('%s endpoint %p DOCKER_HOST %p → %p', (driver, endpoint, dockerHost, local) => {
    expect(emulationIsLocal(driver, endpoint, dockerHost)).toBe(local);
  });

  it('maps the host architecture', () => {
    expect(hostArch('x64')).toBe('amd64');
    expect(hostArch('arm64')).toBe('arm64');
    expect(hostArch('ppc64')).toBe('ppc64le');
  });
});

describe('registration', () => {
  function recorder(): Exec & { calls: { args: string[]; input?: string }[] } {
    const calls: { args: string[]; input?: string }[] = [];
    const fn = (async (cmd: string, args: string[], opts?: { input?: string }) => {
      calls.push({ args: [cmd, ...args], input: opts?.input });
      return { code: 0, stdout: '', stderr: '' };
    }) as Exec & { calls: typeof calls };
    fn.calls = calls;
    return fn;
  }

  it('mounts binfmt_misc when needed and writes each line through tee, not a shell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-binfmt-'));
    try {
      const exec = recorder();
      const steps = planEmulation(['linux/arm64', 'linux/riscv64'], 'amd64', [], {
        aarch64: '/q/qemu-aarch64-static',
        riscv64: '/q/qemu-riscv64-static',
      });
      expect(await registerEmulators(steps, exec, dir)).toEqual(['linux/arm64', 'linux/riscv64']);
      const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
      expect(exec.calls).toEqual([
        { args: [...sudo, 'mount', '-t', 'binfmt_misc', 'binfmt_misc', dir], input: undefined },
        {
          args: [...sudo, 'tee', join(dir, 'register')],
          input: registrationLine('arm64', '/q/qemu-aarch64-static'),
        },
        {
          args: [...sudo, 'tee', join(dir, 'register')],
          input: registrationLine('riscv64', '/q/qemu-riscv64-static'),
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing when nothing needs registering', async () => {
    const exec = recorder();
    expect(await registerEmulators(planEmulation(['linux/amd64'], 'amd64', [], {}), exec)).toEqual([]);
    expect(exec.calls).toEqual([]);
  });

  it('fails before any side effect with what is missing and how to fix it', async () => {
    const exec = recorder();
    const machine = { host: 'amd64', binfmt: [], interpreters: {} };
    await expect(
      ensureEmulation(['linux/amd64', 'linux/arm64', 'linux/s390x'], 'docker', '', exec, machine),
    ).rejects.toThrow(
      /No QEMU emulation for linux\/arm64 \(qemu-aarch64-static is not on PATH\), linux\/s390x .*apt-get install -y qemu-user-static.*tonistiigi\/binfmt --install arm64,s390x.*remove linux\/arm64, linux\/s390x from platforms/,
    );
    expect(exec.calls).toEqual([]);
    expect(await ensureEmulation(['linux/s390x'], 'kubernetes', '', exec, machine)).toEqual([]);
  });

  it('finds qemu-*-static binaries on PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bka-qemu-'));
    try {
      writeFileSync(join(dir, 'qemu-aarch64-static'), '');
      writeFileSync(join(dir, 'qemu-aarch64'), '');
      expect(findInterpreters(`/nonexistent:${dir}`)).toEqual({ aarch64: join(dir, 'qemu-aarch64-static') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
