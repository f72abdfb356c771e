/** The image policy, end to end: read the image from its registry, apply the rules, report. */
import { parseReference } from '../oci/reference.js';
import { openDirectSession, type DirectReadOptions, type DirectSession } from '../registry/session.js';
import { resolvePolicy, type PolicySettings } from './config.js';
import { evaluatePolicy, type PolicyReport } from './evaluate.js';
import { readPolicyImage } from './read.js';

export interface PolicyCheckOptions {
  /** The manifest's policy for the service (`settingsFor(manifest, key).policy`); defaults otherwise. */
  policy?: PolicySettings;
  /** The base image the build resolved (the build result's FROM); else the base annotations. */
  base?: string;
  /** How to reach the registry (docker's credentials are used; loopback hosts are plain HTTP). */
  registry?: DirectReadOptions;
  /** An open session for the image's repository, to reuse. */
  session?: Promise<DirectSession>;
}

/**
 * Checks the image `name@sha256:...` (every platform of an index) against the policy.
 *
 * @throws InputError for a `max-size` that is not a size; Error or RegistryError when the image
 *   cannot be read.
 */
export async function checkImagePolicy(ref: string, opts: PolicyCheckOptions = {}): Promise<PolicyReport> {
  const policy = resolvePolicy(opts.policy);
  const parsed = parseReference(ref);
  if (!parsed?.digest) throw new Error(`${ref} is not pinned by digest (name@sha256:...)`);
  const { client, repository } = await (opts.session ?? openDirectSession(parsed.name, opts.registry));
  const image = await readPolicyImage(ref, client, repository);
  return evaluatePolicy(image, policy, opts.base);
}
