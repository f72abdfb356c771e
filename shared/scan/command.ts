/**
 * Trivy's command line for one platform of one image: read from the registry by digest (never from
 * a daemon), vulnerabilities only, JSON out. Filtering (severity, unfixed, ignore files) is done on
 * the report here rather than by Trivy, so the summary can say what was ignored and why.
 */
import { isNamedHost } from '../registry/hosts.js';
import { parseReference, splitName } from '../oci/reference.js';

export interface TrivyRun {
  /** `name@sha256:...`: Trivy is never given a tag. */
  ref: string;
  /** `os/arch[/variant]`; '' for a single-platform manifest. */
  platform: string;
  /** Where Trivy writes its JSON report. */
  output: string;
  /** Trivy's cache (the vulnerability DB and layer analyses), under the runner's tool cache. */
  cacheDir: string;
  /** `host[:port]` entries the user named insecure: `--insecure` only when the image is on one. */
  insecureRegistries: readonly string[];
  /** A mirror of the vulnerability DB (`--db-repository`). */
  dbRepository?: string;
  /** Use the cached DB as it is (`--skip-db-update`). */
  skipDbUpdate?: boolean;
}

/** True when the image's registry is one the user named insecure (an entry without port: any port). */
export function onInsecureRegistry(ref: string, insecure: readonly string[]): boolean {
  return isNamedHost(splitName(parseReference(ref)?.name ?? ref).host, insecure);
}

/**
 * The arguments of `trivy` for one run. Pure.
 *
 * @throws Error when `ref` is not pinned by digest (a bug: callers resolve tags first)
 */
export function trivyArgs(r: TrivyRun): string[] {
  if (!parseReference(r.ref)?.digest) throw new Error(`${r.ref} is not pinned by digest`);
  return [
    'image',
    '--image-src',
    'remote',
    ...(r.platform ? ['--platform', r.platform] : []),
    '--scanners',
    'vuln',
    '--format',
    'json',
    '--output',
    r.output,
    '--cache-dir',
    r.cacheDir,
    '--skip-version-check',
    '--disable-telemetry',
    ...(onInsecureRegistry(r.ref, r.insecureRegistries) ? ['--insecure'] : []),
    ...(r.dbRepository ? ['--db-repository', r.dbRepository] : []),
    ...(r.skipDbUpdate ? ['--skip-db-update', '--skip-java-db-update'] : []),
    r.ref,
  ];
}

/** Trivy's version (`trivy version --format json`), or '' when it does not say. */
export async function trivyVersion(
  trivy: string,
  exec: (
    cmd: string,
    args: string[],
    opts?: { allowFailure?: boolean },
  ) => Promise<{ code: number; stdout: string }>,
): Promise<string> {
  const r = await exec(trivy, ['version', '--format', 'json'], { allowFailure: true });
  try {
    const v = (JSON.parse(r.stdout) as { Version?: unknown }).Version;
    return r.code === 0 && typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}
