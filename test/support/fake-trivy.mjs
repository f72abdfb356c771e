#!/usr/bin/env node
/**
 * A stand-in for `trivy` (Trivy cannot run here: no binary, no vulnerability DB). It checks the
 * arguments scan-image gives it as Trivy 0.74's CLI takes them, and writes a report in Trivy's JSON
 * format (SchemaVersion 2) from test/fixtures/scan/reports/, chosen by platform. The fixtures are
 * written from Trivy's published format (aquasecurity/trivy pkg/types/report.go and
 * pkg/types/vulnerability.go, docs/docs/configuration/filtering.md), not from our parser.
 *
 * Environment:
 *   FAKE_TRIVY_REPORTS  directory of reports: `<os>-<arch>[-<variant>].json` for `--platform`,
 *                       `image.json` without one (default: test/fixtures/scan/reports)
 *   FAKE_TRIVY_REPORT   one report file for every run (overrides the directory)
 *   FAKE_TRIVY_LOG      a file to append each run's arguments to, one JSON array a line
 *   FAKE_TRIVY_INSECURE `1` when `--insecure` is expected, `0` when it must be absent
 *   FAKE_TRIVY_DB       `skip` (expects --skip-db-update), or a repository (expects --db-repository)
 * A wrong argument exits 2 with the reason on stderr, as Trivy's flag errors do.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const env = process.env;
if (env.FAKE_TRIVY_LOG) appendFileSync(env.FAKE_TRIVY_LOG, JSON.stringify(args) + '\n');

function fail(message) {
  process.stderr.write(`FATAL\tfake trivy: ${message}\n`);
  process.exit(2);
}

if (args[0] === 'version') {
  if (args.join(' ') !== 'version --format json') fail(`unexpected version call: ${args.join(' ')}`);
  process.stdout.write(
    JSON.stringify({
      Version: '0.74.0',
      VulnerabilityDB: { Version: 2, NextUpdate: '2026-12-07T00:00:00Z', UpdatedAt: '2026-12-06T00:00:00Z' },
    }) + '\n',
  );
  process.exit(0);
}
if (args[0] !== 'image') fail(`unknown command ${args[0]}`);

// Flags with a value, and boolean flags, that scan-image may use.
const VALUED = new Set([
  '--image-src',
  '--platform',
  '--scanners',
  '--format',
  '--output',
  '--cache-dir',
  '--db-repository',
]);
const BOOLEAN = new Set([
  '--skip-version-check',
  '--disable-telemetry',
  '--insecure',
  '--skip-db-update',
  '--skip-java-db-update',
]);
const flags = {};
const positional = [];
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  if (VALUED.has(a)) {
    if (i + 1 >= args.length) fail(`flag needs an argument: ${a}`);
    if (a in flags) fail(`${a} given twice`);
    flags[a] = args[++i];
  } else if (BOOLEAN.has(a)) flags[a] = true;
  else if (a.startsWith('-')) fail(`unknown flag: ${a}`);
  else positional.push(a);
}
if (positional.length !== 1) fail(`expected one image, got ${positional.length}`);
const ref = positional[0];
if (!/^[^@\s]+@sha256:[a-f0-9]{64}$/.test(ref)) fail(`${ref} is not pinned by digest`);
if (flags['--image-src'] !== 'remote') fail('--image-src must be remote (never the daemon)');
if (flags['--format'] !== 'json') fail('--format must be json');
if (flags['--scanners'] !== 'vuln') fail('--scanners must be vuln');
if (!flags['--output']) fail('--output is missing');
if (!flags['--cache-dir']) fail('--cache-dir is missing');
for (const f of ['--skip-version-check', '--disable-telemetry']) if (!flags[f]) fail(`${f} is missing`);
const platform = flags['--platform'] ?? '';
if (platform && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) fail(`bad --platform ${platform}`);
if (env.FAKE_TRIVY_INSECURE === '1' && !flags['--insecure']) fail('--insecure expected');
if (env.FAKE_TRIVY_INSECURE === '0' && flags['--insecure']) fail('--insecure not expected');
if (env.FAKE_TRIVY_DB === 'skip' && !flags['--skip-db-update']) fail('--skip-db-update expected');
if (env.FAKE_TRIVY_DB && env.FAKE_TRIVY_DB !== 'skip' && flags['--db-repository'] !== env.FAKE_TRIVY_DB)
  fail(`--db-repository ${env.FAKE_TRIVY_DB} expected`);
if (flags['--skip-db-update'] && flags['--db-repository']) fail('--skip-db-update with --db-repository');

const here = dirname(fileURLToPath(import.meta.url));
const dir = env.FAKE_TRIVY_REPORTS || resolve(here, '../fixtures/scan/reports');
const file =
  env.FAKE_TRIVY_REPORT || join(dir, platform ? `${platform.replace(/\//g, '-')}.json` : 'image.json');
if (!existsSync(file)) fail(`no report for platform '${platform}' (${file})`);
const report = JSON.parse(readFileSync(file, 'utf8'));
report.ArtifactName = ref;
for (const r of report.Results ?? [])
  if (typeof r.Target === 'string') r.Target = r.Target.replace(/^REPLACED/, ref);
process.stderr.write(`INFO\t[vuln] Vulnerability scanning is enabled\n`);
writeFileSync(flags['--output'], JSON.stringify(report, null, 2) + '\n');
