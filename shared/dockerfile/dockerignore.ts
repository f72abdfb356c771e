/**
 * .dockerignore handling with @balena/dockerignore, which implements moby's pattern matcher (the
 * same rules `docker buildx build` applies): patterns are cleaned, a leading '/' is dropped, `**`
 * spans directories, `!` re-includes, and a path is excluded when it or a parent matches.
 */
import dockerignoreModule from '@balena/dockerignore';
import { posix } from 'node:path';

// The package is CommonJS (`module.exports = factory`) while its typings declare a default export;
// under Node's ESM interop the default import *is* the factory, under some bundlers `.default` is.
type Factory = (opts?: { ignorecase?: boolean }) => { add(p: string[]): { ignores(p: string): boolean } };
const dockerignore: Factory =
  (dockerignoreModule as unknown as { default?: Factory }).default ??
  (dockerignoreModule as unknown as Factory);

export interface IgnoreFile {
  /** Repository-relative path of the file the patterns came from. */
  path: string;
  patterns: string[];
}

/** Parses .dockerignore text: one pattern a line, `#` comments, blank lines dropped. */
export function parseDockerignore(text: string): readonly string[] {
  let patterns = parsedIgnores.get(text);
  if (!patterns) {
    patterns = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    if (parsedIgnores.size >= PARSED_IGNORES_MAX) parsedIgnores.clear();
    parsedIgnores.set(text, patterns);
  }
  return patterns;
}

// Monorepos repeat ignore files (one per service, copied from a template): each text is parsed once,
// and the services that share it share one (read-only) pattern list.
const parsedIgnores = new Map<string, readonly string[]>();
const PARSED_IGNORES_MAX = 1024;

/** A predicate over context-relative paths: true when the path is not sent to the builder. */
export function compileIgnore(patterns: readonly string[]): (contextPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const ig = dockerignore({ ignorecase: false }).add([...patterns]);
  return (p) => ig.ignores(p);
}

/**
 * The candidate ignore files for a build, in precedence order: `<Dockerfile>.dockerignore` beside
 * the Dockerfile (buildx prefers it), then `<context>/.dockerignore`. Paths are repository-relative.
 */
export function dockerignoreCandidates(context: string, dockerfile: string | undefined): string[] {
  const ctxIgnore = context === '.' ? '.dockerignore' : `${context}/.dockerignore`;
  if (!dockerfile) return [ctxIgnore];
  return [posix.join(posix.dirname(dockerfile), posix.basename(dockerfile) + '.dockerignore'), ctxIgnore];
}
