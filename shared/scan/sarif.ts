/**
 * SARIF 2.1.0 (OASIS, docs.oasis-open.org/sarif/sarif/v2.1.0) for GitHub code scanning: one run of
 * Trivy, one rule per vulnerability id, one result per finding per image. GitHub reads a rule's
 * `security-severity` (a CVSS-like score) to rank alerts; the values below sit inside GitHub's band
 * for each level (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9), since the report's
 * own CVSS scores vary by source.
 */
import { splitName, parseReference } from '../oci/reference.js';
import type { Finding } from './report.js';
import { rank } from './severity.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};
const SECURITY_SEVERITY: Record<string, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0' };

/** The findings of one image (every platform), as SARIF locates them. */
export interface SarifImage {
  /** `name@sha256:...`. */
  ref: string;
  findings: { platform: string; finding: Finding }[];
}

/** SARIF's level for a Trivy severity. */
export function sarifLevel(severity: string): 'error' | 'warning' | 'note' {
  return LEVEL[severity] ?? 'note';
}

/** The SARIF log of a scan. Pure. */
export function toSarif(images: readonly SarifImage[], trivyVersion = ''): object {
  const rules = new Map<string, { finding: Finding; severity: string }>();
  for (const img of images) {
    for (const { finding } of img.findings) {
      const seen = rules.get(finding.id);
      if (!seen || rank(finding.severity) > rank(seen.severity))
        rules.set(finding.id, { finding, severity: finding.severity });
    }
  }
  const ids = [...rules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = images.flatMap((img) => {
    const name = parseReference(img.ref)?.name ?? img.ref;
    const uri = splitName(name).repository;
    return img.findings.map(({ platform, finding: f }) => ({
      ruleId: f.id,
      ruleIndex: index.get(f.id)!,
      level: sarifLevel(f.severity),
      message: {
        text: [
          `${f.id} (${f.severity}) in ${f.pkg} ${f.installed}`,
          f.fixed ? `fixed in ${f.fixed}` : 'no fixed version',
          `image ${img.ref}${platform ? ` (${platform})` : ''}`,
          f.target && `target ${f.target}`,
        ]
          .filter(Boolean)
          .join('; '),
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
          message: { text: `${img.ref}${platform ? ` ${platform}` : ''}: ${f.pkg}@${f.installed}` },
        },
      ],
      partialFingerprints: { 'trivy/package': `${uri}:${platform}:${f.pkg}:${f.installed}:${f.id}` },
    }));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            informationUri: 'https://github.com/aquasecurity/trivy',
            ...(trivyVersion && { version: trivyVersion }),
            rules: ids.map((id) => {
              const { finding: f, severity } = rules.get(id)!;
              const text = f.title || `${id} in ${f.pkg}`;
              return {
                id,
                name: 'OsPackageVulnerability',
                shortDescription: { text },
                fullDescription: { text },
                ...(f.url && { helpUri: f.url }),
                help: { text: `${id}: ${text}${f.url ? ` (${f.url})` : ''}` },
                defaultConfiguration: { level: sarifLevel(severity) },
                properties: {
                  tags: ['vulnerability', 'security', severity],
                  precision: 'very-high',
                  ...(SECURITY_SEVERITY[severity] && { 'security-severity': SECURITY_SEVERITY[severity] }),
                },
              };
            }),
          },
        },
        results,
      },
    ],
  };
}
