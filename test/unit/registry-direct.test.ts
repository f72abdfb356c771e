// Reading a pushed manifest straight from the registry with docker's credentials (config.json auths,
// credential helpers), against a loopback fake that speaks the distribution API and asks for Basic
// auth; and build-service's fallback to `buildx imagetools inspect` when the direct read fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { manifestReader } from '../../shared/buildx/imagetools.js';
import { readManifestDirect } from '../../shared/registry/read-manifest.js';
import { splitName } from '../../shared/oci/reference.js';
import type { Exec as ExecFn } from '../../shared/runtime/deps.js';
import type { ExecOptions, ExecResult } from '../../shared/runtime/exec.js';
import { likeExecTool, testDeps } from '../support/deps.js';
import { authHost, dockerCredential } from '../../shared/registry/docker-auth.js';
import { createNodeFetch, nodeFetch, proxiedHost } from '../../shared/registry/http.js';

const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:c', size: 2 },
  layers: [
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:l1', size: 700 },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: 'sha256:l2', size: 300 },
  ],
});
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const USER = 'ci';
const PASS = 's3cret';

let server: Server;
let host = '';
const seen: { url: string; auth?: string }[] = [];
let serveWrongBytes = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    const expected = `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fake"' }).end();
      return;
    }
    if (req.url === `/v2/team/api/manifests/${DIGEST}`) {
      const body = serveWrongBytes ? MANIFEST.replace('700', '701') : MANIFEST;
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' }).end(body);
      return;
    }
    res
      .writeHead(404, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A docker config whose `auths` entry for the fake registry carries the credentials. */
const loggedIn = () => ({
  env: { DOCKER_CONFIG: '/cfg' },
  readConfig: (path: string) =>
    path === '/cfg/config.json'
      ? JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${USER}:${PASS}`).toString('base64') } } })
      : undefined,
});

describe('docker credentials', () => {
  it('compares auths keys by host, Docker Hub under all its names', () => {
    expect(authHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(authHost('registry-1.docker.io')).toBe('docker.io');
    expect(authHost('http://127.0.0.1:5000/v2/')).toBe('127.0.0.1:5000');
    expect(authHost('ghcr.io')).toBe('ghcr.io');
  });

  it('reads a base64 auths entry, identity tokens, and nothing when not logged in', async () => {
    const config = {
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:pw:with:colons').toString('base64') },
        'ghcr.io': { identitytoken: 'refresh' },
      },
    };
    const deps = { env: { DOCKER_CONFIG: '/c' }, readConfig: () => JSON.stringify(config) };
    expect(await dockerCredential('docker.io', deps)).toEqual({
      username: 'hub',
      password: 'pw:with:colons',
    });
    expect(await dockerCredential('ghcr.io', deps)).toEqual({ identityToken: 'refresh' });
    expect(await dockerCredential('quay.io', deps)).toBeUndefined();
    expect(await dockerCredential('quay.io', { readConfig: () => undefined })).toBeUndefined();
    expect(await dockerCredential('quay.io', { readConfig: () => '{not json' })).toBeUndefined();
  });

  it('asks the per-registry helper, then the store, with the server on stdin', async () => {
    const asked: { cmd: string; input?: string }[] = [];
    const exec = async (cmd: string, _args: string[], o: ExecOptions): Promise<ExecResult> => {
      asked.push({ cmd, input: o.input });
      if (cmd === 'docker-credential-ecr-login')
        return { code: 0, stdout: JSON.stringify({ Username: 'AWS', Secret: 'tok' }), stderr: '' };
      if (cmd === 'docker-credential-pass' && o.input === 'https://index.docker.io/v1/')
        return { code: 0, stdout: JSON.stringify({ Username: '<token>', Secret: 'idt' }), stderr: '' };
      return { code: 1, stdout: 'credentials not found in native keychain', stderr: '' };
    };
    const config = {
      credsStore: 'pass',
      credHelpers: { '1234.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login' },
      auths: { 'ghcr.io': { auth: Buffer.from('u:p').toString('base64') } },
    };
    const deps = { env: { DOCKER_CONFIG: '/c' }, readConfig: () => JSON.stringify(config), exec };
    expect(await dockerCredential('1234.dkr.ecr.eu-west-1.amazonaws.com', deps)).toEqual({
      username: 'AWS',
      password: 'tok',
    });
    expect(await dockerCredential('docker.io', deps)).toEqual({ identityToken: 'idt' });
    // The store has no entry: the auths entry is used.
    expect(await dockerCredential('ghcr.io', deps)).toEqual({ username: 'u', password: 'p' });
    expect(asked.map((a) => a.cmd)).toEqual([
      'docker-credential-ecr-login',
      'docker-credential-pass',
      'docker-credential-pass',
    ]);
    expect(asked[2]!.input).toBe('ghcr.io');
  });
});

describe('readManifestDirect', () => {
  it('splits names as docker does', () => {
    expect(splitName('api')).toEqual({ host: 'docker.io', repository: 'library/api' });
    expect(splitName('acme/api')).toEqual({ host: 'docker.io', repository: 'acme/api' });
    expect(splitName('localhost/api')).toEqual({ host: 'localhost', repository: 'api' });
    expect(splitName('127.0.0.1:5000/a/b')).toEqual({ host: '127.0.0.1:5000', repository: 'a/b' });
  });

  it('fetches the manifest with the logged-in credentials and checks its digest', async () => {
    seen.length = 0;
    const m = await readManifestDirect(`${host}/team/api@${DIGEST}`, { auth: loggedIn() });
    expect(m.digest).toBe(DIGEST);
    expect(m.json.layers?.map((l) => l.size)).toEqual([700, 300]);
    expect(seen.at(-1)!.auth).toMatch(/^Basic /);
  });

  it('refuses bytes that do not match the digest, a tag, and a registry that refuses it', async () => {
    serveWrongBytes = true;
    try {
      await expect(readManifestDirect(`${host}/team/api@${DIGEST}`, { auth: loggedIn() })).rejects.toThrow(
        /digest is sha256:/,
      );
    } finally {
      serveWrongBytes = false;
    }
    await expect(readManifestDirect(`${host}/team/api:v1`, { auth: loggedIn() })).rejects.toThrow(
      /not pinned/,
    );
    await expect(
      readManifestDirect(`${host}/team/api@${DIGEST}`, { auth: { readConfig: () => undefined }, retries: 0 }),
    ).rejects.toThrow(/401/);
  });
});

describe('manifestReader', () => {
  const buildxAnswer = JSON.stringify({ layers: [{ size: 1 }] });
  const fakeBuildx = () => {
    const calls: string[][] = [];
    const exec: ExecFn = async (_c, args) => {
      calls.push(args);
      return { code: 0, stdout: buildxAnswer, stderr: '' };
    };
    return { exec, calls };
  };

  it('reads directly when it can, without starting buildx', async () => {
    const b = fakeBuildx();
    const read = manifestReader(
      { retries: 0, direct: { auth: loggedIn() } },
      testDeps({ exec: likeExecTool(b.exec) }),
    );
    expect((await read(`${host}/team/api@${DIGEST}`)).json.layers).toHaveLength(2);
    expect(b.calls).toEqual([]);
  });

  it('opens the session ahead (prepare) and reads each manifest with one request on it', async () => {
    const b = fakeBuildx();
    const read = manifestReader(
      { retries: 0, direct: { auth: loggedIn() } },
      testDeps({ exec: likeExecTool(b.exec) }),
    );
    seen.length = 0;
    // The session answers the base endpoint's Basic challenge while the build would run.
    await read.prepare(`${host}/team/api`);
    expect(seen).toEqual([{ url: '/v2/' }]);
    seen.length = 0;
    expect((await read(`${host}/team/api@${DIGEST}`)).digest).toBe(DIGEST);
    expect((await read(`${host}/team/api@${DIGEST}`)).digest).toBe(DIGEST);
    expect(seen).toEqual([
      { url: `/v2/team/api/manifests/${DIGEST}`, auth: expect.stringMatching(/^Basic /) },
      { url: `/v2/team/api/manifests/${DIGEST}`, auth: expect.stringMatching(/^Basic /) },
    ]);
    expect(b.calls).toEqual([]);
  });

  it('a session that cannot open leaves the read to buildx', async () => {
    const b = fakeBuildx();
    const read = manifestReader(
      {
        retries: 0,
        direct: {
          auth: {
            env: { DOCKER_CONFIG: '/c' },
            readConfig: () => JSON.stringify({ auths: { [host]: { identitytoken: 'r' } } }),
          },
        },
      },
      testDeps({ exec: likeExecTool(b.exec) }),
    );
    await read.prepare(`${host}/team/api`);
    expect((await read(`${host}/team/api@${DIGEST}`)).raw).toBe(buildxAnswer);
    expect(b.calls).toHaveLength(1);
  });

  it('falls back to buildx imagetools inspect, saying why at debug level', async () => {
    const b = fakeBuildx();
    const debug: string[] = [];
    const read = manifestReader(
      {
        retries: 0,
        builder: 'ci',
        direct: { auth: { readConfig: () => undefined } },
        debug: (m) => debug.push(m),
      },
      testDeps({ exec: likeExecTool(b.exec) }),
    );
    const m = await read(`${host}/team/api@${DIGEST}`);
    expect(m.raw).toBe(buildxAnswer);
    expect(b.calls).toEqual([
      ['buildx', 'imagetools', 'inspect', '--builder', 'ci', '--raw', `${host}/team/api@${DIGEST}`],
    ]);
    expect(debug.join('\n')).toMatch(/directly failed .*401.*asking buildx/);
  });
});

describe('nodeFetch', () => {
  it('follows redirects, keeping credentials only on the same host, and reads headers in any case', async () => {
    const seenAuth: Record<string, string | undefined> = {};
    const other = createServer((req, res) => {
      seenAuth['other'] = req.headers.authorization;
      res.writeHead(200, { 'Docker-Content-Digest': 'sha256:x' }).end('blob');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherPort = (other.address() as AddressInfo).port;
    const first = createServer((req, res) => {
      if (req.url === '/start') {
        seenAuth['start'] = req.headers.authorization;
        res.writeHead(307, { Location: '/same' }).end();
      } else {
        seenAuth['same'] = req.headers.authorization;
        res.writeHead(302, { Location: `http://127.0.0.1:${otherPort}/elsewhere` }).end();
      }
    });
    await new Promise<void>((r) => first.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(first.address() as AddressInfo).port}/start`;
      const res = await nodeFetch(url, { headers: { Authorization: 'Basic abc' }, redirect: 'follow' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('blob');
      expect(res.headers.get('docker-content-digest')).toBe('sha256:x');
      expect(seenAuth).toEqual({ start: 'Basic abc', same: 'Basic abc', other: undefined });
      const manual = await nodeFetch(url, { redirect: 'manual' });
      expect(manual.status).toBe(307);
    } finally {
      await Promise.all([first, other].map((s) => new Promise<void>((r) => s.close(() => r()))));
    }
  });
});

describe('nodeFetch limits', () => {
  it('gives up on a registry that accepts the connection and never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v2/`;
      await expect(createNodeFetch(200)(url)).rejects.toThrow(
        /no answer from 127\.0\.0\.1:\d+ within 200 ms/,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('knows which hosts a proxy setting covers', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost,.internal,registry.corp' };
    expect(proxiedHost('ghcr.io', env)).toBe(true);
    expect(proxiedHost('registry.corp:5000', env)).toBe(false);
    expect(proxiedHost('cache.internal', env)).toBe(false);
    expect(proxiedHost('ghcr.io', {})).toBe(false);
    expect(proxiedHost('ghcr.io', { http_proxy: 'http://p', no_proxy: '*' })).toBe(false);
  });

  it('leaves a proxied registry to buildx', async () => {
    await expect(
      readManifestDirect(`ghcr.io/acme/api@${DIGEST}`, {
        auth: { env: { HTTPS_PROXY: 'http://proxy:3128' }, readConfig: () => undefined },
      }),
    ).rejects.toThrow(/through a proxy/);
  });
});
