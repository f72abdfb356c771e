// BuildKit daemon settings: sizes, durations, mirrors, the generated buildkitd.toml and its merge
// with buildkitd-config-inline, the daemon.json equivalent, and the TOML reader/writer under them.
import { configBytes, parseBytes } from '../../shared/format/bytes.js';
import { describe, expect, it } from '@jest/globals';
import {
  dockerdEquivalent,
  formatDuration,
  hasCustomSettings,
  parseDuration,
  parseInsecureRegistries,
  parseMirrors,
  renderBuildkitdToml,
  type BuildkitdSettings,
} from '../../shared/builder/buildkitd-config.js';
import { parseToml } from '../../shared/builder/buildkitd-toml.js';
import { InputError } from '../../shared/runtime/errors.js';

const GB = 1024 ** 3;
const DEFAULTS: BuildkitdSettings = {
  maxParallelism: 0,
  gcKeepStorage: 10 * GB,
  gcKeepDuration: 720 * 3600,
  mirrors: {},
  insecureRegistries: [],
  inline: '',
};

describe('sizes and durations', () => {
  it.each([
    ['10GB', 10 * GB],
    ['10gb', 10 * GB],
    ['512MiB', 512 * 1024 ** 2],
    ['1.5GB', 1.5 * GB],
    ['1024', 1024],
    ['0', 0],
    ['2T', 2 * 1024 ** 4],
  ])('parseBytes(%s) = %d', (text, bytes) => {
    expect(parseBytes(text, 'gc-keep-storage')).toBe(bytes);
  });

  it.each(['ten', '10 parsecs', '-1GB', '', 'GB'])('parseBytes rejects %p naming the input', (text) => {
    expect(() => parseBytes(text, 'cache-max-size')).toThrow(InputError);
    expect(() => parseBytes(text, 'cache-max-size')).toThrow(/input 'cache-max-size'.*Fix: use a number/);
  });

  it.each([
    ['720h', 720 * 3600],
    ['30d', 30 * 86400],
    ['1h30m', 5400],
    ['90s', 90],
    ['3600', 3600],
    ['0', 0],
  ])('parseDuration(%s) = %d s', (text, seconds) => {
    expect(parseDuration(text, 'gc-keep-duration')).toBe(seconds);
  });

  it.each(['30 days', 'h', '1w', '-5h'])('parseDuration rejects %p', (text) => {
    expect(() => parseDuration(text, 'gc-keep-duration')).toThrow(
      /input 'gc-keep-duration': .* is not a duration/,
    );
  });

  it('formats back to the units people write', () => {
    expect(configBytes(10 * GB)).toBe('10GB');
    expect(configBytes(1536 * 1024 ** 2)).toBe('1536MB');
    expect(configBytes(1000)).toBe('1000B');
    expect(formatDuration(720 * 3600)).toBe('720h');
    expect(formatDuration(90 * 60)).toBe('90m');
    expect(formatDuration(45)).toBe('45s');
  });
});

describe('registry mirrors and insecure registries', () => {
  it('reads Docker Hub mirrors, per-registry mirrors and http:// mirrors', () => {
    expect(
      parseMirrors([
        'mirror.gcr.io',
        'https://hub.mirror.example/',
        'ghcr.io=ghcr-mirror.example:5000,10.0.0.2:5000/ghcr',
        'http://127.0.0.1:5001',
      ]),
    ).toEqual({
      mirrors: {
        'docker.io': ['mirror.gcr.io', 'hub.mirror.example', '127.0.0.1:5001'],
        'ghcr.io': ['ghcr-mirror.example:5000', '10.0.0.2:5000/ghcr'],
      },
      http: ['127.0.0.1:5001'],
    });
  });

  it.each(['ghcr.io=', 'not a host', 'registry-1.docker.io=ftp://x'])(
    'rejects the mirror line %p',
    (line) => {
      expect(() => parseMirrors([line])).toThrow(/input 'registry-mirrors'/);
    },
  );

  it('reads insecure hosts and rejects paths', () => {
    expect(parseInsecureRegistries(['127.0.0.1:5000', 'http://registry.local', '[::1]:5000'])).toEqual([
      '127.0.0.1:5000',
      'registry.local',
      '[::1]:5000',
    ]);
    expect(() => parseInsecureRegistries(['registry.local/path'])).toThrow(
      /input 'insecure-registries'.*host\[:port\]/,
    );
  });
});

describe('buildkitd.toml', () => {
  it('writes the defaults as two GC rules (unused for 30 days, then a 10GB cap)', () => {
    expect(renderBuildkitdToml(DEFAULTS)).toBe(
      [
        '[worker.oci]',
        'gc = true',
        '',
        '[[worker.oci.gcpolicy]]',
        'keepDuration = 2592000',
        '',
        '[[worker.oci.gcpolicy]]',
        'all = true',
        'keepBytes = 10737418240',
        '',
      ].join('\n'),
    );
  });

  it('writes every setting', () => {
    const text = renderBuildkitdToml({
      ...DEFAULTS,
      maxParallelism: 4,
      mirrors: { 'docker.io': ['mirror.gcr.io'] },
      insecureRegistries: ['127.0.0.1:5000'],
    });
    expect(text).toBe(
      [
        '[worker.oci]',
        'max-parallelism = 4',
        'gc = true',
        '',
        '[[worker.oci.gcpolicy]]',
        'keepDuration = 2592000',
        '',
        '[[worker.oci.gcpolicy]]',
        'all = true',
        'keepBytes = 10737418240',
        '',
        '[registry."docker.io"]',
        'mirrors = [ "mirror.gcr.io" ]',
        '',
        '[registry."127.0.0.1:5000"]',
        'http = true',
        'insecure = true',
        '',
      ].join('\n'),
    );
    expect(parseToml(text)).toEqual({
      worker: {
        oci: {
          'max-parallelism': 4,
          gc: true,
          gcpolicy: [{ keepDuration: 2592000 }, { all: true, keepBytes: 10 * GB }],
        },
      },
      registry: {
        'docker.io': { mirrors: ['mirror.gcr.io'] },
        '127.0.0.1:5000': { http: true, insecure: true },
      },
    });
  });

  it('turns a GC rule off with 0, and writes nothing when everything is off', () => {
    expect(parseToml(renderBuildkitdToml({ ...DEFAULTS, gcKeepDuration: 0 }))).toEqual({
      worker: { oci: { gc: true, gcpolicy: [{ all: true, keepBytes: 10 * GB }] } },
    });
    expect(renderBuildkitdToml({ ...DEFAULTS, gcKeepDuration: 0, gcKeepStorage: 0 })).toBe('\n');
  });

  it('merges inline TOML into the generated tables', () => {
    const inline = [
      'debug = true',
      '[worker.oci]',
      'snapshotter = "overlayfs"',
      '[registry."docker.io"]',
      'ca = ["/etc/certs/ca.pem"]',
      '[[registry."ghcr.io".keypair]]',
      'key = "/k.pem"',
      'cert = "/c.pem"',
    ].join('\n');
    const doc = parseToml(
      renderBuildkitdToml({ ...DEFAULTS, mirrors: { 'docker.io': ['mirror.gcr.io'] }, inline }),
    );
    expect(doc).toEqual({
      worker: {
        oci: {
          gc: true,
          gcpolicy: [{ keepDuration: 2592000 }, { all: true, keepBytes: 10 * GB }],
          snapshotter: 'overlayfs',
        },
      },
      registry: {
        'docker.io': { mirrors: ['mirror.gcr.io'], ca: ['/etc/certs/ca.pem'] },
        'ghcr.io': { keypair: [{ key: '/k.pem', cert: '/c.pem' }] },
      },
      debug: true,
    });
  });

  it.each([
    [
      '[worker.oci]\nmax-parallelism = 2',
      { maxParallelism: 4 },
      /sets worker\.oci\.max-parallelism, which max-parallelism already sets/,
    ],
    [
      '[[worker.oci.gcpolicy]]\nkeepBytes = 1',
      {},
      /worker\.oci\.gcpolicy, which gc-keep-storage \/ gc-keep-duration already sets.*0 turns a rule off/,
    ],
    [
      '[registry."docker.io"]\nmirrors = ["x"]',
      { mirrors: { 'docker.io': ['y'] } },
      /registry\."docker\.io"\.mirrors, which registry-mirrors/,
    ],
  ])('rejects inline TOML that redefines a generated key: %p', (inline, over, message) => {
    const run = () => renderBuildkitdToml({ ...DEFAULTS, ...over, inline });
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^input 'buildkitd-config-inline': /);
  });

  it('rejects invalid inline TOML with the line of the fault', () => {
    expect(() =>
      renderBuildkitdToml({ ...DEFAULTS, inline: 'debug = true\n[grpc]\naddress = [unix:///x]\n' }),
    ).toThrow(/input 'buildkitd-config-inline': is not valid TOML: line 3: .*invalid value/);
    expect(() => renderBuildkitdToml({ ...DEFAULTS, inline: '[grpc]\n[grpc]\n' })).toThrow(
      /line 2: .*redefine an already defined table/,
    );
  });

  it('gives dockerd the same settings through daemon.json keys', () => {
    expect(
      dockerdEquivalent({
        ...DEFAULTS,
        mirrors: { 'docker.io': ['mirror.gcr.io'], 'ghcr.io': ['x'] },
        insecureRegistries: ['127.0.0.1:5000'],
      }),
    ).toEqual({
      builder: {
        gc: {
          enabled: true,
          defaultKeepStorage: '10GB',
          policy: [{ filter: ['unused-for=720h'] }, { keepStorage: '10GB', all: true }],
        },
      },
      'registry-mirrors': ['https://mirror.gcr.io'],
      'insecure-registries': ['127.0.0.1:5000'],
    });
    expect(dockerdEquivalent({ ...DEFAULTS, gcKeepDuration: 0, gcKeepStorage: 0 })).toEqual({});
  });

  it('tells default settings from custom ones', () => {
    expect(hasCustomSettings(DEFAULTS)).toBe(false);
    expect(hasCustomSettings({ ...DEFAULTS, maxParallelism: 2 })).toBe(true);
    expect(hasCustomSettings({ ...DEFAULTS, gcKeepStorage: 5 * GB })).toBe(true);
    expect(hasCustomSettings({ ...DEFAULTS, inline: 'debug = true' })).toBe(true);
  });
});
