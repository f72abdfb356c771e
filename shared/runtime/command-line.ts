/** Commands shown to people (logs, errors, summaries): one quoting rule, POSIX shell style. */

/** An argument as a shell would need it: bare when it is safe, single-quoted otherwise. */
export function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as one line (secrets are never in an argument list: they go by file or variable). */
export function displayCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quoteArg).join(' ');
}
