/**
 * `docker buildx inspect` output, read once for every reader: setup-builder's state and summary, and
 * build-service's check of the driver (a `docker` driver cannot push by digest). buildx prints
 * `Key: value` lines, the builder's first, then one block per node opened by its `Name:` line
 * (buildx/commands/inspect.go); indented lines (features, labels, GC policies) are details no reader
 * needs.
 */
import type { Exec } from '../runtime/deps.js';
import { dockerCommand } from '../buildx/runner.js';

export interface BuilderNode {
  name: string;
  endpoint?: string;
  status?: string;
  /** `v0.13.2`. */
  buildkit?: string;
  /**
   * The node's platforms; only the fixed ones (`--platform`, which buildx marks with `*`) when it
   * has some, as docker/setup-buildx-action reports them.
   */
  platforms: string[];
}

export interface BuilderInfo {
  name?: string;
  driver?: string;
  nodes: BuilderNode[];
}

/** Parses `docker buildx inspect` output (buildx 0.10 and later: `BuildKit version`, or `BuildKit`). */
export function parseInspect(text: string): BuilderInfo {
  const info: BuilderInfo = { nodes: [] };
  let node: BuilderNode | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line || /^\s/.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'name') {
      if (info.name === undefined) info.name = value;
      else info.nodes.push((node = { name: value, platforms: [] }));
    } else if (key === 'driver' && !node) info.driver = value;
    else if (!node) continue;
    else if (key === 'endpoint') node.endpoint = value;
    else if (key === 'status') node.status = value;
    else if (key === 'buildkit version' || key === 'buildkit') node.buildkit = value;
    else if (key === 'platforms') node.platforms = fixedPlatforms(value);
  }
  return info;
}

function fixedPlatforms(value: string): string[] {
  const all = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const fixed = all.filter((p) => p.includes('*'));
  return (fixed.length ? fixed : all).map((p) => p.replace(/\*/g, ''));
}

/** Platforms of every node, de-duplicated in order. */
export function platformsOf(info: BuilderInfo): string[] {
  return [...new Set(info.nodes.flatMap((n) => n.platforms))];
}

/**
 * The driver of a builder (`docker`, `docker-container`, `remote`, `kubernetes`); the current
 * builder when `builder` is empty. Undefined when buildx cannot tell (the build will then report
 * the problem itself).
 */
export async function builderDriver(
  builder: string | undefined,
  exec: Exec,
  buildx?: string,
): Promise<string | undefined> {
  const [cmd, argv] = dockerCommand(['buildx', 'inspect', ...(builder ? [builder] : [])], buildx);
  const r = await exec(cmd, argv, { allowFailure: true });
  return r.code === 0 ? parseInspect(r.stdout).driver : undefined;
}
