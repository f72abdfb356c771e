// Metrics without a gateway: the exposition text (escaping, values, naming rules, duplicates), the
// families built from a build result, the grouping key's path (`@base64` for `/` and empty values)
// and the push's retries and outcomes against a fake fetch.
import { describe, expect, it } from '@jest/globals';
import type { BuildResult } from '../../shared/contracts/build-result.js';
import {
  escapeHelp,
  escapeLabelValue,
  exposition,
  formatValue,
  nameProblem,
} from '../../shared/metrics/exposition.js';
import { FAMILIES, metricGroups, platformLabel } from '../../shared/metrics/families.js';
import { fromBuildResult, withFindings } from '../../shared/metrics/results.js';
import { findingsFor } from '../../shared/contracts/findings.js';
import type { ScanResult } from '../../shared/contracts/scan-result.js';
import {
  base64Url,
  deletePullRequestGroups,
  gatewayTarget,
  groupPath,
  groupingSegment,
  pullRequestGroupings,
  pushGroup,
} from '../../shared/metrics/pushgateway.js';
import { testDeps } from '../support/deps.js';
import { scanResult, severityCounts, signResult } from '../support/metrics-fixtures.js';

describe('exposition', () => {
  it('escapes backslash, double quote and line feed in label values, backslash and line feed in help', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    expect(escapeHelp('a\\b"c\nd')).toBe('a\\\\b"c\\nd');
  });

  it('writes values as Go parses them', () => {
    expect([NaN, Infinity, -Infinity, 0, 1.5, 1e21, -3].map(formatValue)).toEqual([
      'NaN',
      '+Inf',
      '-Inf',
      '0',
      '1.5',
      '1e+21',
      '-3',
    ]);
  });

  it('writes HELP, TYPE and sorted labels, no timestamp, and ends with a newline', () => {
    const text = exposition([
      {
        name: 'bka_x_seconds',
        help: 'line one\nline "two"',
        type: 'gauge',
        samples: [{ labels: { z: 'q"uote', a: 'back\\slash' }, value: 2 }],
      },
      { name: 'bka_empty_bytes', help: 'no samples', type: 'gauge', samples: [] },
    ]);
    expect(text).toBe(
      '# HELP bka_x_seconds line one\\nline "two"\n# TYPE bka_x_seconds gauge\n' +
        'bka_x_seconds{a="back\\\\slash",z="q\\"uote"} 2\n',
    );
    expect(exposition([])).toBe('');
  });

  it.each([
    ['bka_builds_total', 'gauge', /counters only/],
    ['bka_builds', 'counter', /does not end in _total/],
    ['build_seconds', 'gauge', /bka_/],
    ['bka_build_milliseconds', 'gauge', /base units/],
    ['bka-x', 'gauge', /not a valid metric name/],
  ] as const)('refuses the name %s as a %s', (name, type, why) => {
    expect(nameProblem({ name, type })).toMatch(why);
    expect(() => exposition([{ name, type, help: '', samples: [{ labels: {}, value: 1 }] }])).toThrow(why);
  });

  it('accepts a counter in _total', () => {
    expect(nameProblem({ name: 'bka_pushes_total', type: 'counter' })).toBeUndefined();
  });

  it('refuses reserved or invalid label names and two samples with the same labels', () => {
    const family = (labels: Record<string, string>[]) => [
      {
        name: 'bka_a_ratio',
        help: 'h',
        type: 'gauge' as const,
        samples: labels.map((l) => ({ labels: l, value: 1 })),
      },
    ];
    expect(() => exposition(family([{ __name__: 'x' }]))).toThrow(/__name__/);
    expect(() => exposition(family([{ 'a-b': 'x' }]))).toThrow(/a-b/);
    expect(() =>
      exposition(
        family([
          { a: '1', b: '2' },
          { b: '2', a: '1' },
        ]),
      ),
    ).toThrow(/appears twice/);
  });
});

const BUILD: BuildResult = {
  version: 1,
  mode: 'build',
  service: 'api',
  variant: 'prod',
  image: '127.0.0.1:5000/acme/api',
  digest: 'sha256:' + 'a'.repeat(64),
  ref: '',
  tags: [],
  platforms: ['linux/arm64', 'linux/amd64'],
  metadata: {},
  durationMs: 12_345,
  cacheHitRatio: 0.5,
  cachedSteps: 1,
  cacheableSteps: 2,
  imageSize: 2048,
  layers: 3,
  perPlatform: [
    { platform: 'linux/amd64', digest: 'sha256:' + 'b'.repeat(64), size: 2048, layers: 3 },
    { platform: 'linux/arm64', digest: 'sha256:' + 'c'.repeat(64), size: 1024, layers: 3 },
  ],
  steps: [
    {
      name: '[linux/amd64 build 1/2] RUN npm ci',
      kind: 'instruction',
      instruction: 'RUN',
      platform: 'linux/amd64',
      durationMs: 0,
      cached: true,
    },
    {
      name: '[linux/amd64 build 2/2] COPY . .',
      kind: 'instruction',
      instruction: 'COPY',
      platform: 'linux/amd64',
      durationMs: 1500,
      cached: false,
    },
    { name: 'exporting to image', kind: 'export', durationMs: 900, cached: false },
  ],
  cacheMisses: [],
  cache: [],
  warnings: [],
  command: 'docker buildx build',
  attempts: 1,
  retried: [],
};

describe('families', () => {
  it('are all named by the conventions, with help text', () => {
    for (const f of Object.values(FAMILIES)) {
      expect({ name: f.name, problem: nameProblem(f) }).toEqual({ name: f.name, problem: undefined });
      expect(f.help.length).toBeGreaterThan(10);
    }
  });

  it('maps a build result: seconds, ratio, instruction steps only, images per platform', () => {
    const m = fromBuildResult(BUILD);
    expect(m.build?.durationSeconds).toBe(12.345);
    expect(m.build?.steps.map((s) => [s.name, s.durationSeconds, s.cached])).toEqual([
      ['[linux/amd64 build 1/2] RUN npm ci', 0, true],
      ['[linux/amd64 build 2/2] COPY . .', 1.5, false],
    ]);
    expect(m.images).toEqual([
      { platform: 'linux/amd64', sizeBytes: 2048, layers: 3 },
      { platform: 'linux/arm64', sizeBytes: 1024, layers: 3 },
    ]);
    expect(fromBuildResult({ ...BUILD, mode: 'merge' }).build).toBeUndefined();
  });

  it('puts every result of a service in one group, a merge repeating sizes only once', () => {
    const run = { repository: 'acme/app', workflow: 'ci', branch: 'feature/x', pr: '7' };
    const groups = metricGroups(run, [
      { ...fromBuildResult(BUILD), vulnerabilities: { HIGH: 2, CRITICAL: 0 }, signed: true, verified: false },
      fromBuildResult({ ...BUILD, mode: 'merge' }),
      fromBuildResult({ ...BUILD, service: 'web', variant: undefined as never }),
    ]);
    expect(groups.map((g) => g.grouping)).toEqual([
      {
        job: 'buildkit-actions',
        repository: 'acme/app',
        workflow: 'ci',
        branch: 'feature/x',
        service: 'api',
        variant: 'prod',
        pr: '7',
      },
      {
        job: 'buildkit-actions',
        repository: 'acme/app',
        workflow: 'ci',
        branch: 'feature/x',
        service: 'web',
        variant: '',
        pr: '7',
      },
    ]);
    const text = exposition(groups[0]!.families);
    const platform = platformLabel(BUILD.platforms);
    expect(platform).toBe('linux/amd64,linux/arm64');
    expect(text).toContain(`bka_build_duration_seconds{platform="${platform}"} 12.345\n`);
    expect(text).toContain(`bka_build_cache_hit_ratio{platform="${platform}"} 0.5\n`);
    expect(text).toContain(
      'bka_build_step_cached{platform="linux/amd64",step="[linux/amd64 build 1/2] RUN npm ci"} 1\n',
    );
    expect(text.match(/^bka_image_size_bytes/gm)).toHaveLength(2);
    expect(text).toContain(`bka_image_vulnerabilities{platform="${platform}",severity="HIGH"} 2\n`);
    expect(text).toContain(`bka_image_signed{platform="${platform}"} 1\n`);
    expect(text).toContain(`bka_image_signature_verified{platform="${platform}"} 0\n`);
    expect(text).not.toContain('bka_builder_cpu_seconds');
    expect(text).not.toMatch(/repository=|service=/);
  });
});

describe('results joined by digest', () => {
  const counts = (high: number) => severityCounts({ MEDIUM: 1, HIGH: high });
  const scan = (digest: string, high: number): ScanResult => scanResult(digest, counts(high));
  const sign = signResult;

  it("takes the last scan and signature of the build's digest or a platform's, and nothing of other images", () => {
    const other = 'sha256:' + 'f'.repeat(64);
    const m = withFindings(
      BUILD,
      findingsFor(
        [scan(BUILD.digest, 1), scan(other, 9), scan(BUILD.perPlatform[1]!.digest, 4)],
        [
          sign('sign', BUILD.digest, 'signed'),
          sign('verify', BUILD.digest, 'failed'),
          sign('verify', other, 'verified'),
        ],
      ),
    );
    expect(m.vulnerabilities).toEqual(counts(4));
    expect(m).toMatchObject({ signed: true, verified: false });
  });

  it("carries the builder's usage from the build result and the policy's counts from the scan", () => {
    const withPolicy = scan(BUILD.digest, 0);
    withPolicy.images[0]!.policy = { passed: false, errors: 2, warnings: 1, rules: [], violations: [] };
    const m = withFindings(
      { ...BUILD, builder: { cpuSeconds: 12.5, memoryPeakBytes: 1024 } },
      findingsFor([withPolicy], []),
    );
    expect(m.build?.builder).toEqual({ cpuSeconds: 12.5, memoryPeakBytes: 1024 });
    expect(m.policyViolations).toEqual({ error: 2, warning: 1 });
  });

  it('leaves out what no step reported', () => {
    const m = withFindings(BUILD, findingsFor([], []));
    expect(m).toEqual(fromBuildResult(BUILD));
    expect(Object.keys(m)).not.toEqual(expect.arrayContaining(['vulnerabilities']));
    expect(
      withFindings({ ...BUILD, digest: '', perPlatform: [] }, findingsFor([scan('', 3)], [])),
    ).not.toHaveProperty('vulnerabilities');
  });
});

describe('grouping key', () => {
  it('writes URL-safe base64 with padding, = for empty', () => {
    expect(base64Url('')).toBe('=');
    expect(base64Url('feature/x')).toBe('ZmVhdHVyZS94');
    // standard base64 would give `fn5+` and `w7/Dv8O/`: the URL-safe alphabet has - and _
    expect(base64Url('~~~')).toBe('fn5-');
    expect(base64Url('??')).toBe('Pz8=');
    expect(base64Url('\u00ff\u00ff\u00ff')).toBe('w7_Dv8O_');
  });

  it('uses @base64 for a value with / or an empty one, plain escaping otherwise', () => {
    expect(groupingSegment('repository', 'acme/app')).toBe('repository@base64/YWNtZS9hcHA=');
    expect(groupingSegment('pr', '')).toBe('pr@base64/=');
    // a URL parser would resolve these as path steps and push to another group
    expect(groupingSegment('workflow', '..')).toBe('workflow@base64/Li4=');
    expect(new URL(`http://gw/metrics/job/j/${groupingSegment('workflow', '..')}`).pathname).toBe(
      '/metrics/job/j/workflow@base64/Li4=',
    );
    expect(groupingSegment('workflow', 'CI build #1')).toBe('workflow/CI%20build%20%231');
    expect(() => groupingSegment('bad-name', 'x')).toThrow(/bad-name/);
  });

  it('puts the job first and refuses a group without one', () => {
    expect(groupPath({ service: 'api', job: 'j/k', pr: '' })).toBe(
      '/metrics/job@base64/ai9r/service/api/pr@base64/=',
    );
    expect(() => groupPath({ job: '', service: 'api' })).toThrow(/job/);
  });
});

describe('push', () => {
  const group = metricGroups({ repository: 'acme/app', workflow: 'ci', branch: 'main' }, [
    fromBuildResult(BUILD),
  ])[0]!;

  it('PUTs the exposition to the group URL with its content type', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const deps = testDeps({
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        return new Response('', { status: 200 });
      }) as typeof fetch,
    });
    const outcome = await pushGroup(group, { url: 'http://gw:9091/prefix/' }, deps);
    expect(outcome).toEqual({
      ok: true,
      url: expect.stringContaining('/prefix/metrics/job/'),
      status: 200,
      attempts: 1,
    });
    expect(calls[0]!.url).toBe(
      'http://gw:9091/prefix/metrics/job/buildkit-actions/repository@base64/YWNtZS9hcHA=/workflow/ci/branch/main/service/api/variant/prod/pr@base64/=',
    );
    expect(calls[0]!.init.method).toBe('PUT');
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toMatch(
      /^text\/plain; version=0.0.4/,
    );
    expect(String(calls[0]!.init.body)).toMatch(/\n$/);
  });

  it('retries 5xx and network errors with the shared backoff, then reports the gateway unreachable', async () => {
    const pauses: number[] = [];
    let n = 0;
    const deps = testDeps({
      fetch: (async () => {
        n++;
        if (n % 2) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
        return new Response('busy', { status: 503 });
      }) as typeof fetch,
      sleep: async (ms: number) => void pauses.push(ms),
    });
    const outcome = await pushGroup(
      group,
      { url: 'http://gw', retries: 3, backoff: { baseMs: 100, maxMs: 250 } },
      deps,
    );
    expect(n).toBe(4);
    // random() is 0.5 in testDeps: 0.75 of min(max, base * 2^attempt)
    expect(pauses).toEqual([75, 150, 188]);
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'unreachable',
      level: 'warning',
      status: 503,
      attempts: 4,
    });
    const failing = await pushGroup(group, { url: 'http://gw', retries: 0, failOnError: true }, deps);
    expect(failing).toMatchObject({ ok: false, reason: 'unreachable', level: 'error', attempts: 1 });
    expect(!failing.ok && failing.message).toMatch(/ECONNREFUSED \(after 1 attempts\)/);
  });

  it('moves credentials in the URL to a Basic Authorization header, out of every URL it logs', async () => {
    expect(gatewayTarget('https://ci:p%40ss@gw.example:9091/push/')).toEqual({
      base: 'https://gw.example:9091/push',
      headers: { Authorization: `Basic ${Buffer.from('ci:p@ss').toString('base64')}` },
    });
    const seen: { url: string; auth: string | undefined }[] = [];
    const deps = testDeps({
      fetch: (async (url: string, init: RequestInit) => {
        seen.push({ url, auth: (init.headers as Record<string, string>)['Authorization'] });
        return new Response('down', { status: 502 });
      }) as typeof fetch,
    });
    const outcome = await pushGroup(group, { url: 'http://ci:secret@gw', retries: 1 }, deps);
    expect(seen.map((s) => s.url.includes('secret'))).toEqual([false, false]);
    expect(seen[0]!.auth).toBe(`Basic ${Buffer.from('ci:secret').toString('base64')}`);
    expect(!outcome.ok && outcome.message).not.toContain('secret');
  });

  it('does not retry a 400 and names what the gateway said', async () => {
    let n = 0;
    const deps = testDeps({
      fetch: (async () => {
        n++;
        return new Response('pushed metrics are invalid or inconsistent\n', { status: 400 });
      }) as typeof fetch,
    });
    const outcome = await pushGroup(group, { url: 'http://gw', method: 'POST' }, deps);
    expect(n).toBe(1);
    expect(outcome).toMatchObject({ ok: false, reason: 'rejected', status: 400 });
    expect(!outcome.ok && outcome.message).toMatch(/^POST .*: 400 pushed metrics are invalid/);
  });

  it("finds a pull request's groups in the API listing and deletes only those", async () => {
    const labels = (pr: string, repository = 'acme/app', job = 'buildkit-actions') => ({
      labels: { job, repository, pr, service: 's' },
    });
    const api = {
      status: 'success',
      data: [labels('7'), labels('8'), labels('7', 'other/repo'), labels('7', 'acme/app', 'x'), labels('')],
    };
    expect(pullRequestGroupings(api, 'acme/app', '7')).toEqual([labels('7').labels]);
    expect(pullRequestGroupings(api, 'acme/app', '')).toEqual([]);
    const methods: string[] = [];
    const deps = testDeps({
      fetch: (async (url: string, init: RequestInit) => {
        methods.push(`${init.method} ${url}`);
        return init.method === 'GET' ? Response.json(api) : new Response('', { status: 202 });
      }) as typeof fetch,
    });
    const { deleted } = await deletePullRequestGroups('acme/app', '7', { url: 'http://gw' }, deps);
    expect(deleted).toHaveLength(1);
    expect(methods).toEqual([
      'GET http://gw/api/v1/metrics',
      'DELETE http://gw/metrics/job/buildkit-actions/repository@base64/YWNtZS9hcHA=/pr/7/service/s',
    ]);
  });
});
