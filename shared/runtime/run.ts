import * as core from '@actions/core';

/**
 * Runs an action's main (or post) function: a thrown error becomes `setFailed` with its message, so
 * the core never calls `setFailed` itself. Outputs are written by the action only after main succeeds
 * (see shared/runtime/outputs.ts), so a failure leaves no partial outputs behind.
 *
 * Then the process ends as soon as its log is flushed. Left to end by itself, Node first disposes of
 * the V8 heap and waits for background compiler and GC tasks: 40-50 ms of plan-matrix's run on
 * 1,000 services. Writes to a pipe are asynchronous on POSIX, so stdout and stderr are flushed
 * first; the outputs, state and summary files are already written.
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
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  // Writes complete in order: the callback of an empty write comes after all earlier ones.
  return new Promise((resolve) => stream.write('', () => resolve()));
}
