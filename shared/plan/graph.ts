/** Build-order graph: cycle detection and dependency waves. Pure. */
import { InputError } from '../runtime/errors.js';

/** Throws an InputError naming the first dependency cycle found, e.g. `a → b → c → a`. */
export function assertAcyclic(deps: ReadonlyMap<string, readonly string[]>, where: string): void {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const stack: string[] = [];
  const visit = (k: string): void => {
    state.set(k, 1);
    stack.push(k);
    for (const d of [...(deps.get(k) ?? [])].sort()) {
      if (state.get(d) === 1) {
        const cycle = [...stack.slice(stack.indexOf(d)), d];
        throw new InputError(`dependency cycle: ${cycle.join(' → ')}.`, {
          fix: `remove one of these dependencies (${where}) so the services can be built in order.`,
        });
      }
      if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(k, 2);
  };
  for (const k of [...deps.keys()].sort()) if (!state.has(k)) visit(k);
}

/**
 * Dependency level of each planned key: 0 with no planned dependency, else one more than its
 * deepest planned dependency. Dependencies outside the plan are already built and impose no order.
 */
export function levels(
  planned: readonly string[],
  deps: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const inPlan = new Set(planned);
  const level = new Map<string, number>();
  const get = (k: string): number => {
    const known = level.get(k);
    if (known !== undefined) return known;
    const own = (deps.get(k) ?? []).filter((d) => inPlan.has(d)).map(get);
    const l = own.length ? Math.max(...own) + 1 : 0;
    level.set(k, l);
    return l;
  };
  for (const k of planned) get(k);
  return level;
}

/** Keys that depend on `from`, directly or transitively, with the direct dependency that links them. */
export function dependents(
  from: Iterable<string>,
  deps: ReadonlyMap<string, readonly string[]>,
): Map<string, { via: string }> {
  const reverse = new Map<string, string[]>();
  for (const [k, ds] of deps) for (const d of ds) reverse.set(d, [...(reverse.get(d) ?? []), k]);
  const out = new Map<string, { via: string }>();
  const queue = [...from];
  const seen = new Set(queue);
  while (queue.length) {
    const k = queue.shift()!;
    for (const dep of (reverse.get(k) ?? []).sort()) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      out.set(dep, { via: k });
      queue.push(dep);
    }
  }
  return out;
}
