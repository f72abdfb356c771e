/**
 * A stand-in cosign for unit tests of sign-image: `version` answers the version given and `--help`
 * answers nothing; every other call is recorded with its environment and the contents and modes of
 * the files it names (a key file, a predicate), read while the call runs (the step removes them
 * afterwards), and answered by `answer`, else with success and no output.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ExecOptions, ExecResult } from '../../shared/runtime/exec.js';
import { likeExecTool } from './deps.js';

/** An encrypted cosign key whose body is a canary that must never be logged. */
export const PEM =
  '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nc2VjcmV0LWtleS1ib2R5LWNhbmFyeQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n';

export interface CosignCall {
  args: string[];
  env?: NodeJS.ProcessEnv;
  files: Record<string, { text: string; mode: number }>;
}

export function fakeCosign(
  version: string,
  answer: (args: string[]) => ExecResult | undefined = () => undefined,
) {
  const calls: CosignCall[] = [];
  const exec = likeExecTool(async (_cmd: string, args: string[], opts?: ExecOptions) => {
    if (args[0] === 'version')
      return { code: 0, stdout: JSON.stringify({ gitVersion: version }), stderr: '' };
    if (args[1] === '--help') return { code: 0, stdout: '', stderr: '' };
    const files: CosignCall['files'] = {};
    for (const a of args)
      if (a.startsWith('/') && existsSync(a))
        files[a] = { text: readFileSync(a, 'utf8'), mode: statSync(a).mode & 0o777 };
    calls.push({ args, ...(opts?.env && { env: opts.env }), files });
    return answer(args) ?? { code: 0, stdout: '', stderr: '' };
  });
  return { exec, calls };
}

/** The predicate file a call passed with `--predicate`, as it was when cosign ran. */
export function predicateOf(call: CosignCall): string | undefined {
  const i = call.args.indexOf('--predicate');
  return i >= 0 ? call.files[call.args[i + 1]!]?.text : undefined;
}
