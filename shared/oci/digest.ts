/** Content digests: what a registry names a manifest or blob by (image-spec descriptor.md "Digests"). */
import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the bytes (a string counts as its UTF-8 bytes). */
export function sha256Digest(bytes: string | Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
