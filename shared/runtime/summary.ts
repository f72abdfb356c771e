/** Job summary output: the runner's step summary file, or the log when run from a terminal. */
import * as core from '@actions/core';

export async function writeSummary(markdown: string): Promise<void> {
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(markdown).write();
  } else {
    core.info(markdown);
  }
}
