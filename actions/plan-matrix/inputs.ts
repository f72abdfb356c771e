import * as core from '@actions/core';
import { composeEnvironment } from '../../shared/compose/environment.js';
import { InputError } from '../../shared/runtime/errors.js';
import { revisionProblem } from '../../shared/git/git.js';
import { readGitHubContext } from '../../shared/github/context.js';
import { getBool, getDirectory, getInt, getList, getString } from '../../shared/runtime/inputs.js';
import type { PlanRequest } from '../../shared/plan/plan.js';

/** Reads and validates every input before the first side effect; the token is masked first. */
export function getInputs(): PlanRequest {
  const token = getString('token');
  if (token) core.setSecret(token);
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const repoRoot = getDirectory('working-directory', workspace);
  const composeFiles = getList('compose-files');
  const changedFiles = getList('changed-files');
  const changedRaw = getString('changed-files');
  const base = revision('base');
  const head = revision('head');
  const all = getBool('all', false);
  const maxJobs = getInt('max-jobs', 256, 1, 256);
  const github = readGitHubContext(process.env);
  return {
    repoRoot,
    composeFiles: composeFiles.length ? composeFiles : undefined,
    manifest: getString('manifest') || undefined,
    base,
    head,
    changedFiles: changedRaw ? changedFiles : undefined,
    all,
    maxJobs,
    event: github.eventName
      ? {
          eventName: github.eventName,
          payload: github.payload,
          sha: github.sha || undefined,
          ref: github.ref || undefined,
        }
      : undefined,
    github: {
      token: token || undefined,
      apiUrl: github.apiUrl || undefined,
      repository: github.repository || undefined,
    },
    // Compose interpolation sees the user's variables, not the runner's (${INPUT_TOKEN} is unset).
    env: composeEnvironment(process.env),
  };
}

/** The `base` or `head` input; one git would read as an option is refused here, naming the input. */
function revision(input: 'base' | 'head'): string | undefined {
  const rev = getString(input);
  if (!rev) return undefined;
  const problem = revisionProblem(rev);
  if (problem) {
    throw new InputError(`revision ${JSON.stringify(rev)} is refused: ${problem}.`, {
      input,
      fix: 'give a commit sha, branch or tag (a name that does not start with `-`).',
    });
  }
  return rev;
}
