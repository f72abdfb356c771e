/** What the registry client throws, and how a registry's error body is read. */

/** A registry answered with an error status; `code` is the first OCI error code when it gave one. */
export class RegistryError extends Error {
  override name = 'RegistryError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${method} ${url}: ${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * Registry credentials were not sent where they could be read on the way. The message says where
 * and why, never the credentials.
 */
export class CredentialsRefusedError extends Error {
  override name = 'CredentialsRefusedError';
}

/**
 * The first error of an OCI error body (`{"errors":[{"code","message"}]}`, distribution-spec
 * "Error Codes"); a body that is not one gives its first 200 characters as the message.
 */
export function parseOciError(text: string): { code?: string; message?: string } {
  try {
    const e = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] }).errors?.[0];
    return { code: e?.code, message: e?.message };
  } catch {
    return { message: text.trim().slice(0, 200) };
  }
}
