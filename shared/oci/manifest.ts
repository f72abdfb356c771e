/** Image manifests and indexes (image-spec manifest.md, image-index.md), parsed and as served. */
import type { Descriptor } from './descriptor.js';

/** An image manifest or an index (`manifests`), with the fields the suite reads. */
export interface Manifest {
  schemaVersion: number;
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  annotations?: Record<string, string>;
}

/** A manifest or index as read by reference. */
export interface RawManifest {
  /** The bytes as the registry served them (their sha256 is the digest). */
  raw: string;
  digest: string;
  json: Pick<Manifest, 'mediaType' | 'manifests' | 'layers' | 'config'>;
}
