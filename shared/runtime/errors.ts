/**
 * Errors the core throws. Only `run()` (shared/runtime/run.ts) turns them into a failed step, so a module
 * never calls `setFailed` itself and tests can assert on the thrown value.
 */

/** Where in a file a problem sits; `line` and `column` are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * Bad input from the user: an action input, a Compose file, a Dockerfile, the manifest. The message
 * names the input (or file and line), what is wrong and how to fix it.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly details: {
      input?: string;
      location?: SourceLocation;
      fix?: string;
      /**
       * A check of what a build needs that Compose itself leaves to build time (a missing context
       * or Dockerfile): the file is valid Compose, but it cannot be built as it stands.
       */
      buildTime?: boolean;
    } = {},
  ) {
    super(InputError.format(message, details));
  }

  private static format(
    message: string,
    d: { input?: string; location?: SourceLocation; fix?: string },
  ): string {
    const where = d.location
      ? `${d.location.file}${d.location.line ? `:${d.location.line}` : ''}${d.location.line && d.location.column ? `:${d.location.column}` : ''}: `
      : '';
    const input = d.input ? `input '${d.input}': ` : '';
    const fix = d.fix ? ` Fix: ${d.fix}` : '';
    return `${input}${where}${message}${fix}`;
  }
}

/** An external tool failed; keeps the tail of its stderr for the message. */
export class ToolError extends Error {
  override name = 'ToolError';
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    const tail = stderr.trim().split('\n').slice(-8).join('\n');
    super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
  }
}
