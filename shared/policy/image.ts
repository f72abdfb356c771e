/**
 * What the policy reads of an image, per platform: the manifest's layers and annotations and the
 * image config (image-spec config.md, with Docker's `Healthcheck` field). No I/O: ./read.ts fills it.
 */
import { BASE_DIGEST_ANNOTATION, BASE_NAME_ANNOTATION } from '../oci/base-annotations.js';

/** The image config blob, with the fields the rules read. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  config?: {
    User?: string;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    /** Docker's field (BuildKit writes it for HEALTHCHECK); `["NONE"]` turns a base's check off. */
    Healthcheck?: { Test?: string[] | null } | null;
  } | null;
  history?: { created_by?: string; empty_layer?: boolean }[] | null;
}

/** One platform's image: its manifest digest, compressed layer sizes, annotations and config. */
export interface PlatformImage {
  /** `os/arch[/variant]`. */
  platform: string;
  digest: string;
  /** Compressed size of each layer, in manifest order. */
  layers: number[];
  /** The platform manifest's annotations over the index's. */
  annotations: Record<string, string>;
  config: ImageConfig;
}

/** An image as the policy sees it: every platform of an index, or the one of a manifest. */
export interface PolicyImage {
  /** `name@sha256:...`. */
  ref: string;
  platforms: PlatformImage[];
}

/**
 * The base image of a platform: `explicit` (the build result's resolved FROM) when given, else its
 * base annotations (`name@digest` when both are set); undefined when neither says.
 */
export function baseOf(p: PlatformImage, explicit?: string): string | undefined {
  if (explicit) return explicit;
  const name = p.annotations[BASE_NAME_ANNOTATION];
  if (!name) return undefined;
  const digest = p.annotations[BASE_DIGEST_ANNOTATION];
  return digest && !name.includes('@') ? `${name}@${digest}` : name;
}
