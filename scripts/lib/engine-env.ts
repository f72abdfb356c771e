/**
 * The environment `scripts/engine.sh env` prints (`export K=V` lines), read without a shell: the
 * demo and the bench pass it to docker and to the action bundles they run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The variables `engine.sh env` sets that docker and the action bundles need. */
export const ENGINE_VARS = [
  'PATH',
  'DOCKER_HOST',
  'DOCKER_CONFIG',
  'BKA_REGISTRY',
  'BKA_BASE_NODE',
  'BKA_BASE_NODE_RUNTIME',
  'BKA_BASE_PYTHON',
  'BKA_BASE_PYTHON_RUNTIME',
  'BKA_BASE_BUSYBOX',
  'BKA_BASE_DEBIAN',
] as const;

/** Runs `scripts/engine.sh env` (side-effect free) and returns its variables. */
export function readEngineEnv(root: string, outer: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const text = execFileSync('bash', [join(root, 'scripts/engine.sh'), 'env'], { encoding: 'utf8' });
  return parseExports(text, outer);
}

/** Reads `export K=V` lines as bash would, without a shell: V is what `printf %q` writes. */
export function parseExports(text: string, outer: NodeJS.ProcessEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = /^export ([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (!m) throw new Error(`unexpected line from engine.sh env: ${line}`);
    vars[m[1]!] = shellWord(m[2]!, (name) => vars[name] ?? outer[name] ?? '');
  }
  return vars;
}

const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', e: '\x1b', a: '\x07', b: '\b', f: '\f' };

/** One shell word: backslash escapes, '...', $'...', and $NAME / ${NAME} from `lookup`. */
function shellWord(word: string, lookup: (name: string) => string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const rest = word.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\\(.)/s.exec(rest))) out += m[1];
    else if ((m = /^'([^']*)'/.exec(rest))) out += m[1];
    else if ((m = /^\$'((?:[^'\\]|\\.)*)'/s.exec(rest)))
      out += m[1]!.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (_, e: string) =>
        e[0] === 'x' && e.length > 1
          ? String.fromCharCode(parseInt(e.slice(1), 16))
          : /^[0-7]/.test(e)
            ? String.fromCharCode(parseInt(e, 8))
            : (ANSI_C[e] ?? e),
      );
    else if ((m = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(rest))) out += lookup(m[1] ?? m[2]!);
    else if ((m = /^[^\\'$"`]+/.exec(rest))) out += m[0];
    else throw new Error(`cannot read the shell word ${word} from engine.sh env.`);
    i += m[0].length;
  }
  return out;
}
