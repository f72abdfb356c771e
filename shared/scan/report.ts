/**
 * Trivy's JSON report (`trivy image --format json`, SchemaVersion 2) and a tolerant reader. The
 * types follow Trivy's own, github.com/aquasecurity/trivy pkg/types/report.go (Report, Result) and
 * pkg/types/vulnerability.go (DetectedVulnerability, which embeds trivy-db's Vulnerability): every
 * field there is `omitempty`, so every field here is optional, and a report without `Results` or
 * without `Vulnerabilities` is a clean image.
 */
import { InputError } from '../runtime/errors.js';

/** One vulnerability as Trivy reports it (the fields the suite reads). */
export interface TrivyVulnerability {
  VulnerabilityID?: string;
  PkgID?: string;
  PkgName?: string;
  /** Set for language packages (a wheel's METADATA, a jar, a go binary). */
  PkgPath?: string;
  PkgIdentifier?: { PURL?: string; UID?: string; BOMRef?: string };
  InstalledVersion?: string;
  FixedVersion?: string;
  /** `fixed`, `affected`, `will_not_fix`, `fix_deferred`, `end_of_life`, ... */
  Status?: string;
  Severity?: string;
  SeveritySource?: string;
  PrimaryURL?: string;
  Title?: string;
  Description?: string;
  References?: string[];
}

export interface TrivyResult {
  Target?: string;
  /** `os-pkgs`, `lang-pkgs`, ... */
  Class?: string;
  Type?: string;
  Vulnerabilities?: TrivyVulnerability[] | null;
}

export interface TrivyReport {
  SchemaVersion?: number;
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: { OS?: { Family?: string; Name?: string }; ImageID?: string; RepoDigests?: string[] };
  Results?: TrivyResult[] | null;
}

/** A vulnerability found in one package of one image platform, flattened from the report. */
export interface Finding {
  id: string;
  pkg: string;
  installed: string;
  fixed: string;
  /** Upper-case, one of SEVERITIES; anything Trivy did not rate is UNKNOWN. */
  severity: string;
  status: string;
  url: string;
  title: string;
  /** The result's target (`image (debian 12.5)`, `usr/lib/node_modules/x/package.json`). */
  target: string;
  /** The package's file, for language packages. */
  path: string;
  purl: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Parses Trivy's JSON output. Pure.
 *
 * @param source where the text comes from, for the error
 * @throws InputError when the text is not a JSON object or names a schema version other than 2
 */
export function parseTrivyReport(text: string, source: string): TrivyReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`Trivy's report ${source} is not JSON: ${(err as Error).message}.`, {
      fix: 'run Trivy with --format json (trivy-path must name Trivy itself, not a wrapper that prints more).',
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`Trivy's report ${source} is not a JSON object.`, {
      fix: 'use Trivy 0.20 or later (SchemaVersion 2 reports).',
    });
  }
  const report = value as TrivyReport;
  if (report.SchemaVersion !== undefined && report.SchemaVersion !== 2) {
    throw new InputError(`Trivy's report ${source} has SchemaVersion ${String(report.SchemaVersion)}.`, {
      fix: 'use a Trivy release that writes SchemaVersion 2 (0.20 to 0.74 do).',
    });
  }
  return report;
}

/** Every vulnerability of a report as a Finding; missing fields become ''. Pure. */
export function findings(report: TrivyReport): Finding[] {
  const out: Finding[] = [];
  for (const r of Array.isArray(report.Results) ? report.Results : []) {
    if (!r || typeof r !== 'object') continue;
    for (const v of Array.isArray(r.Vulnerabilities) ? r.Vulnerabilities : []) {
      if (!v || typeof v !== 'object') continue;
      out.push({
        id: str(v.VulnerabilityID),
        pkg: str(v.PkgName),
        installed: str(v.InstalledVersion),
        fixed: str(v.FixedVersion),
        severity: normalSeverity(str(v.Severity)),
        status: str(v.Status),
        url: str(v.PrimaryURL),
        title: str(v.Title),
        target: str(r.Target),
        path: str(v.PkgPath),
        purl: str(v.PkgIdentifier?.PURL),
      });
    }
  }
  return out;
}

/** The five levels Trivy rates, lowest first. */
export const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

function normalSeverity(s: string): Severity {
  const up = s.toUpperCase();
  return (SEVERITIES as readonly string[]).includes(up) ? (up as Severity) : 'UNKNOWN';
}
