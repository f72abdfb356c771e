/** Commands shown to people (logs, errors, summaries): one quoting rule, POSIX shell style. */

/** An argument as a shell would need it: bare when it is safe, single-quoted otherwise. */
export function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as one line (secrets are never in an argument list: they go by file or variable). */
export function displayCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quoteArg).join(' ');
}

/**
 * The arguments of a line `displayCommand` wrote (bare words and single-quoted parts, `'\''` for a
 * quote): how a result file's `command` is read back. Pure.
 */
export function splitCommand(line: string): string[] {
  const args: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote in: ${line}`);
      cur = (cur ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && line[i + 1] === "'") {
      cur = (cur ?? '') + "'";
      i++;
    } else if (c === ' ') {
      if (cur !== undefined) args.push(cur);
      cur = undefined;
    } else {
      cur = (cur ?? '') + c;
    }
  }
  if (cur !== undefined) args.push(cur);
  return args;
}
