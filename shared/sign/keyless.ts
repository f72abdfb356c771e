/**
 * Keyless signing with the workflow's OIDC token, and the identity policy a keyless signature is
 * verified against. Pure but for the token request, which comes in as a function.
 */
import { InputError } from '../runtime/errors.js';
import type { Trust } from './args.js';

/** The issuer of GitHub Actions' OIDC tokens, the default for `certificate-oidc-issuer`. */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

export interface IdentityInputs {
  identity: string;
  identityRegexp: string;
  issuer: string;
}

/**
 * The keyless trust policy: exactly one of the identity and its regexp, an https issuer. A regexp
 * must be anchored at both ends: cosign matches it anywhere in the identity (Go's MatchString), so
 * `https://github.com/acme/app/` would also accept a workflow of `evil/https://github.com/acme/app/…`.
 *
 * @throws InputError naming the input and the fix
 */
export function identityPolicy(i: IdentityInputs): Extract<Trust, { kind: 'keyless' }> {
  if (i.identity && i.identityRegexp)
    throw new InputError('both certificate-identity and certificate-identity-regexp are set.', {
      input: 'certificate-identity-regexp',
      fix: 'give one of them: the exact identity, or an anchored regular expression.',
    });
  if (!i.identity && !i.identityRegexp)
    throw new InputError('keyless verification needs the identity that signed.', {
      input: 'certificate-identity',
      fix: 'set certificate-identity (e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main) or certificate-identity-regexp.',
    });
  if (i.identityRegexp) {
    if (!i.identityRegexp.startsWith('^') || !i.identityRegexp.endsWith('$'))
      throw new InputError(
        `'${i.identityRegexp}' is not anchored: cosign would match it anywhere in the identity.`,
        {
          input: 'certificate-identity-regexp',
          fix: 'start it with ^ and end it with $ (e.g. ^https://github\\.com/acme/app/\\.github/workflows/[^/]+@refs/tags/v.*$).',
        },
      );
    try {
      new RegExp(i.identityRegexp);
    } catch (err) {
      throw new InputError(`'${i.identityRegexp}' is not a regular expression: ${(err as Error).message}.`, {
        input: 'certificate-identity-regexp',
        fix: 'write it in Go RE2 syntax (no look-around, no back-references).',
      });
    }
    if (/\(\?[=!<]|\\[1-9]/.test(i.identityRegexp))
      throw new InputError(
        `'${i.identityRegexp}' uses look-around or a back-reference, which Go's RE2 lacks.`,
        {
          input: 'certificate-identity-regexp',
          fix: 'write it in Go RE2 syntax.',
        },
      );
  }
  const issuer = i.issuer || GITHUB_OIDC_ISSUER;
  if (!/^https:\/\/[^\s/]+/.test(issuer))
    throw new InputError(`'${issuer}' is not an https issuer URL.`, {
      input: 'certificate-oidc-issuer',
      fix: `use the issuer of the signing workflow's tokens (GitHub: ${GITHUB_OIDC_ISSUER}).`,
    });
  return {
    kind: 'keyless',
    ...(i.identity ? { identity: i.identity } : { identityRegexp: i.identityRegexp }),
    issuer,
  };
}

/**
 * The identity Fulcio puts in the certificate of a GitHub workflow run: the workflow file at its
 * ref (`https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`), or undefined
 * outside a run. `ref` is the job's workflow when it differs (a called reusable workflow, as the
 * token names it).
 */
export function workflowIdentity(
  env: NodeJS.ProcessEnv,
  ref = env['GITHUB_WORKFLOW_REF'],
): string | undefined {
  if (!ref) return undefined;
  return `${(env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')}/${ref}`;
}

/**
 * Checks that the job may ask for an OIDC token (the runner sets these variables only with
 * `permissions: id-token: write`).
 *
 * @throws InputError naming `keyless` and the permission
 */
export function requireIdTokenPermission(env: NodeJS.ProcessEnv): void {
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    throw new InputError(
      'keyless signing needs the workflow’s OIDC token, and this job cannot ask for one.',
      {
        input: 'keyless',
        fix: 'give the job `permissions: id-token: write` (a pull request from a fork never gets it), or sign with `key`.',
      },
    );
}
