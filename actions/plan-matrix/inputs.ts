import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getBool, getInt, getList, getString } from '../../shared/inputs.js';
import type { PlanRequest } from '../../shared/plan/plan.js';

/** Reads and validates every input before the first side effect. */
export function getInputs(): PlanRequest {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const composeFiles = getList('compose-files');
  const changedFiles = getList('changed-files');
  const changedRaw = getString('changed-files');
  const eventPath = process.env['GITHUB_EVENT_PATH'];
  const token = getString('token');
  return {
    repoRoot: resolve(workspace, getString('working-directory') || '.'),
    composeFiles: composeFiles.length ? composeFiles : undefined,
    manifest: getString('manifest') || undefined,
    base: getString('base') || undefined,
    head: getString('head') || undefined,
    changedFiles: changedRaw ? changedFiles : undefined,
    all: getBool('all', false),
    maxJobs: getInt('max-jobs', 256, 1, 256),
    event: process.env['GITHUB_EVENT_NAME']
      ? {
          eventName: process.env['GITHUB_EVENT_NAME'],
          payload: eventPath && existsSync(eventPath) ? JSON.parse(readFileSync(eventPath, 'utf8')) : {},
          sha: process.env['GITHUB_SHA'],
          ref: process.env['GITHUB_REF'],
        }
      : undefined,
    github: {
      token: token || undefined,
      apiUrl: process.env['GITHUB_API_URL'],
      repository: process.env['GITHUB_REPOSITORY'],
    },
  };
}
