// Pinned tool installs: the release file's SHA-256 checked before anything is unpacked or cached,
// the tool cache used on a second call, an unpinned platform sent to the `*-path` input.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, ToolError } from '../../shared/runtime/errors.js';
import { installPinned, type PinnedTool } from '../../shared/tools/pinned.js';
import { COSIGN } from '../../shared/tools/cosign.js';
import { TRIVY } from '../../shared/tools/trivy.js';
import { testDeps } from '../support/deps.js';

let dir: string;
let tarball: Buffer;
const saved = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bka-pinned-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'faketool'), '#!/bin/sh\necho fake 1.0\n', { mode: 0o755 });
  execFileSync('tar', ['-czf', join(dir, 'release.tar.gz'), '-C', join(dir, 'src'), 'faketool']);
  tarball = readFileSync(join(dir, 'release.tar.gz'));
  process.env['RUNNER_TOOL_CACHE'] = join(dir, 'cache');
  process.env['RUNNER_TEMP'] = join(dir, 'temp');
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tool = (sha256: string, version = '1.0.0'): PinnedTool => ({
  name: 'faketool',
  version,
  executable: 'faketool',
  pathInput: 'faketool-path',
  assets: { 'linux-x64': { url: 'https://example.test/faketool.tar.gz', sha256, format: 'tar.gz' } },
});
/** A fetch that serves the release file, counting the downloads; 503 for the first `failures`. */
function server(body: Buffer, failures = 0) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    if (calls.length <= failures) return new Response('busy', { status: 503 });
    return new Response(body);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('installPinned', () => {
  it('installs the file whose SHA-256 is the pinned one, then finds it in the tool cache', async () => {
    const s = server(tarball, 1);
    const path = await installPinned(tool(sha(tarball)), 'linux-x64', testDeps({ fetch: s.fetch }));
    expect(execFileSync(path).toString()).toBe('fake 1.0\n');
    expect(s.calls).toHaveLength(2); // one 503, retried
    const again = await installPinned(tool(sha(tarball)), 'linux-x64', testDeps({ fetch: s.fetch }));
    expect(again).toBe(path);
    expect(s.calls).toHaveLength(2);
  });

  it('installs a bare executable (cosign ships one per platform)', async () => {
    const body = Buffer.from('#!/bin/sh\necho bare 2.0\n');
    const bare: PinnedTool = {
      ...tool(sha(body), '4.0.0'),
      assets: {
        'linux-arm64': { url: 'https://example.test/faketool', sha256: sha(body), format: 'binary' },
      },
    };
    const path = await installPinned(bare, 'linux-arm64', testDeps({ fetch: server(body).fetch }));
    expect(execFileSync(path).toString()).toBe('bare 2.0\n');
  });

  it('refuses a file whose SHA-256 differs, and caches nothing', async () => {
    const s = server(Buffer.concat([tarball, Buffer.from('tampered')]));
    const err = await installPinned(
      tool(sha(tarball), '2.0.0'),
      'linux-x64',
      testDeps({ fetch: s.fetch }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as Error).message).toMatch(
      /refusing to install: .* has SHA-256 [0-9a-f]{64}, not the pinned/,
    );
    expect(existsSync(join(dir, 'cache', 'faketool', '2.0.0'))).toBe(false);
  });

  it('sends a platform without a pinned file to the path input', async () => {
    await expect(installPinned(tool('0'.repeat(64)), 'darwin-arm64', testDeps())).rejects.toThrow(InputError);
    await expect(installPinned(tool('0'.repeat(64)), 'darwin-arm64', testDeps())).rejects.toThrow(
      /input 'faketool-path'.*give its path in faketool-path/s,
    );
  });

  it('gives up after three failed downloads, naming the file', async () => {
    const s = server(tarball, 5);
    await expect(
      installPinned(tool(sha(tarball), '3.0.0'), 'linux-x64', testDeps({ fetch: s.fetch })),
    ).rejects.toThrow(/could not download https:\/\/example\.test\/faketool\.tar\.gz: HTTP 503/);
    expect(s.calls).toHaveLength(3);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['faketool']);
  });

  it.each([
    [TRIVY, '0.74.0', /^https:\/\/github\.com\/aquasecurity\/trivy\/releases\/download\/v0\.74\.0\//],
    [COSIGN, '3.1.3', /^https:\/\/github\.com\/sigstore\/cosign\/releases\/download\/v3\.1\.3\//],
  ])('pins %#: one SHA-256 per Linux architecture, from the release', (tool, version, url) => {
    expect(tool.version).toBe(version);
    expect(Object.keys(tool.assets).sort()).toEqual(['linux-arm64', 'linux-x64']);
    for (const a of Object.values(tool.assets)) {
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.url).toMatch(url);
    }
  });
});
