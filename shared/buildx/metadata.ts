/**
 * The buildx metadata file (`--metadata-file`): the exporter's response as JSON. Keys read here:
 * `containerimage.digest` (the pushed manifest or index), `containerimage.descriptor`, `image.name`
 * (comma-separated names pushed), `buildx.build.ref` (builder/node/ref of the build record) and
 * `buildx.build.warnings` (BuildKit ≥ 0.14 build checks).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Descriptor } from '../oci/descriptor.js';
import { DIGEST_RE } from '../oci/reference.js';

export interface BuildMetadata {
  /** The file as buildx wrote it. */
  raw: Record<string, unknown>;
  digest?: string;
  descriptor?: Descriptor;
  imageNames: string[];
  buildRef?: string;
}

/** Parses metadata JSON; an empty file or `null` (no exporter) gives an empty result. */
export function parseMetadata(text: string): BuildMetadata {
  const trimmed = text.trim();
  const value: unknown = trimmed && trimmed !== 'null' ? JSON.parse(trimmed) : {};
  const raw =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const digest = raw['containerimage.digest'];
  const names = raw['image.name'];
  const ref = raw['buildx.build.ref'];
  const descriptor = raw['containerimage.descriptor'];
  return {
    raw,
    ...(typeof digest === 'string' && DIGEST_RE.test(digest) && { digest }),
    ...(descriptor !== null && typeof descriptor === 'object'
      ? { descriptor: descriptor as Descriptor }
      : {}),
    imageNames:
      typeof names === 'string'
        ? names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
        : [],
    ...(typeof ref === 'string' && { buildRef: ref }),
  };
}

/** Reads the metadata file; undefined when buildx did not write it. */
export function readMetadata(path: string): BuildMetadata | undefined {
  if (!existsSync(path)) return undefined;
  return parseMetadata(readFileSync(path, 'utf8'));
}
