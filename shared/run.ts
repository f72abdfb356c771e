import * as core from '@actions/core';

/**
 * Runs an action's main (or post) function: a thrown error becomes `setFailed` with its message, so
 * the core never calls `setFailed` itself. Outputs are written by the action only after main succeeds
 * (see shared/outputs.ts), so a failure leaves no partial outputs behind.
 */
export async function run(main: () => Promise<void>, post?: () => Promise<void>): Promise<void> {
  const isPost = core.getState('isPost') === 'true';
  if (!isPost) core.saveState('isPost', 'true');
  try {
    await (isPost && post ? post() : isPost ? Promise.resolve() : main());
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
    if (err instanceof Error && err.stack && !(err.name === 'InputError')) core.debug(err.stack);
  }
}
