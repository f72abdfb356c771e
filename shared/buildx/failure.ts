/**
 * What a failed `docker buildx` run means: worth retrying (the registry or the network hiccuped) or
 * not (the Dockerfile, the build itself or the command is wrong), and where in the Dockerfile the
 * error sits. Pure: it reads the run's plain stderr lines and the errors of its rawjson vertexes.
 */
import { stripVTControlCharacters } from 'node:util';

export type FailureKind = 'transient' | 'permanent';

export interface Failure {
  kind: FailureKind;
  /** Short name of the matched rule, for logs and tests. */
  reason: string;
  /** The error line buildx printed (after `ERROR:`), or the last line. */
  message: string;
}

/**
 * Races inside the engine that a second attempt does not meet, checked before everything else (their
 * messages would otherwise read as permanent). containerd's snapshotter can lose a layer's parent
 * snapshot while BuildKit extracts onto it ("failed to prepare extraction snapshot ... parent
 * snapshot ... does not exist: not found": moby/buildkit#6521, seen on GitHub-hosted runners since
 * Docker 29 and here on the containerd image store); the next attempt extracts it again.
 */
const ENGINE_RACES: [string, RegExp][] = [
  ['snapshot-race', /failed to prepare extraction snapshot .*parent snapshot .* does not exist/i],
];

/**
 * Permanent failures, checked next: a build that failed on its own terms fails the same way again.
 * A RUN step's non-zero exit is permanent even when the program inside hit the network: retrying a
 * whole build for a flaky test or package mirror hides the problem.
 */
const PERMANENT: [string, RegExp][] = [
  ['dockerfile-parse', /dockerfile parse error|unknown instruction|failed to (?:read|parse) dockerfile/i],
  ['run-exit-code', /did not complete successfully: exit code/i],
  ['missing-source', /failed to compute cache key|failed to calculate checksum of ref|: not found$/i],
  ['target', /target stage .* could not be found/i],
  [
    'usage',
    /unknown flag|unknown shorthand flag|invalid argument|requires (?:exactly|at least) \d+ arg|invalid reference format/i,
  ],
  ['denied', /\b(?:401|403)\b|unauthorized|denied|authentication required/i],
  ['manifest-unknown', /manifest unknown|name unknown|repository .* not found/i],
];

/** Transient failures: the registry or the network, worth another attempt after a pause. */
const TRANSIENT: [string, RegExp][] = [
  ['registry-5xx', /\b50[0-4]\b|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out/i],
  ['rate-limit', /\b429\b|Too Many Requests|toomanyrequests/i],
  [
    'connection-reset',
    /connection reset|broken pipe|connection refused|use of closed network connection|ECONNRESET|EPIPE/i,
  ],
  ['timeout', /i\/o timeout|TLS handshake timeout|deadline exceeded|Client\.Timeout|timed out/i],
  ['unexpected-eof', /unexpected EOF|: EOF$|http2: (?:server sent GOAWAY|stream closed)/i],
  ['dns', /temporary failure in name resolution|server misbehaving/i],
];

/**
 * Classifies a failed run. Only the error itself is examined — buildx's `ERROR:` line and the
 * failing vertexes' errors — never the build's output, where a RUN step may print anything.
 */
export function classifyFailure(textLines: readonly string[], vertexErrors: readonly string[] = []): Failure {
  const stderr = textLines.join('\n');
  const message = errorMessage(stderr);
  const candidates = [message, ...vertexErrors].filter(Boolean);
  for (const [reason, re] of ENGINE_RACES) {
    if (candidates.some((c) => re.test(c))) return { kind: 'transient', reason, message };
  }
  for (const [reason, re] of PERMANENT) {
    if (candidates.some((c) => re.test(c))) return { kind: 'permanent', reason, message };
  }
  for (const [reason, re] of TRANSIENT) {
    if (candidates.some((c) => re.test(c))) return { kind: 'transient', reason, message };
  }
  return { kind: 'permanent', reason: 'unknown', message };
}

/**
 * buildx's error: the text after the last `ERROR:` line, else the last non-blank line. The same rule
 * as actions-toolkit's `Buildx.getErrorMessage` (importing that class would bundle the toolkit's
 * installers and @actions/cache).
 */
export function errorMessage(stderr: string): string {
  const lines = stripVTControlCharacters(stderr).split(/[\r\n]/);
  let last = '';
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line.startsWith('ERROR:')) return line.slice(6).trim() || 'unknown error';
    last ||= line;
  }
  return last || 'unknown error';
}

/**
 * The Dockerfile line an error points at. buildx prints the failing instruction's source as
 *
 *     Dockerfile:12
 *     --------------------
 *       11 |     COPY . .
 *       12 | >>> RUN npm test
 *     --------------------
 *
 * and older BuildKit parse errors say `dockerfile parse error on line 12`. When neither is there,
 * the failing step's instruction text (`[build 3/4] RUN npm test`) is looked up in the Dockerfile.
 */
export function dockerfileLine(
  textLines: readonly string[],
  failingStepNames: readonly string[] = [],
  dockerfileText?: string,
): number | undefined {
  for (let i = 0; i < textLines.length; i++) {
    const m = /^\s*\S*?:(\d+)\s*$/.exec(textLines[i]!);
    if (m && /^-{5,}\s*$/.test(textLines[i + 1] ?? '')) return Number(m[1]);
  }
  for (const l of textLines) {
    const m = /(?:dockerfile )?parse error on line (\d+)/i.exec(l) ?? />>>.*?line (\d+)/.exec(l);
    if (m) return Number(m[1]);
  }
  if (dockerfileText) {
    const lines = dockerfileText.split(/\r?\n/);
    for (const name of failingStepNames) {
      const instr = /^\[[^\]]*\] (.+)$/.exec(name)?.[1]?.trim();
      if (!instr) continue;
      const idx = lines.findIndex((l) => l.trim() === instr);
      if (idx >= 0) return idx + 1;
      const first = instr.split(/\s+/).slice(0, 3).join(' ');
      const loose = lines.findIndex((l) => l.trim().startsWith(first));
      if (loose >= 0) return loose + 1;
    }
  }
  return undefined;
}

/** The last `n` plain stderr lines, for an error message (the tool's own words). */
export function lastLines(textLines: readonly string[], n = 12): string[] {
  return textLines.slice(-n);
}
