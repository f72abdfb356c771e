/**
 * The checks Compose makes on a whole project once its files are merged (compose-go's consistency
 * checks and the parsing of short syntaxes): references to networks, volumes, secrets, configs and
 * services that no file declares, dependency cycles, env files, short port and volume specs, sizes,
 * and a service platform its build does not produce. Pure: the one file-system question comes in.
 */
import { isMapping, type Mapping } from './merge.js';

export type TopLevelSection = 'networks' | 'volumes' | 'secrets' | 'configs';

export interface ProjectModel {
  /** Every service of the project, merged, whatever its profiles. */
  services: Map<string, Mapping>;
  /** Names each top-level section declares. */
  declared: Record<TopLevelSection, Set<string>>;
  /** True when an env file exists. Env file paths come absolute (the loader resolves them). */
  envFileExists(path: string): boolean;
  /** How a path is shown in a message (repository-relative). */
  display(path: string): string;
}

export interface ConsistencyProblem {
  service: string;
  /** The service key the problem is under. */
  key: string;
  message: string;
  /** True when a build or the plan reads that part (then the project cannot be planned). */
  buildRelevant: boolean;
}

/** Every problem Compose would refuse the project for, in a stable order (services by name). */
export function consistencyProblems(model: ProjectModel): ConsistencyProblem[] {
  const out: ConsistencyProblem[] = [];
  const names = [...model.services.keys()].sort();
  for (const name of names) {
    const svc = model.services.get(name)!;
    const add = (key: string, message: string, buildRelevant = false): void => {
      out.push({ service: name, key, message, buildRelevant });
    };
    for (const net of referencedNames(svc.networks)) {
      if (net !== 'default' && !model.declared.networks.has(net))
        add('networks', `service "${name}" refers to undefined network ${net}`);
    }
    for (const section of ['secrets', 'configs'] as const) {
      for (const ref of referencedSources(svc[section])) {
        if (!model.declared[section].has(ref))
          add(section, `service "${name}" refers to undefined ${section.slice(0, -1)} ${ref}`);
      }
    }
    volumeProblems(svc.volumes, model.declared.volumes).forEach((m) =>
      add('volumes', `service "${name}": ${m}`),
    );
    for (const dep of dependencies(svc.depends_on)) {
      if (!dep.required) continue;
      if (!model.services.has(dep.name))
        add('depends_on', `service "${name}" depends on undefined service "${dep.name}"`);
    }
    portProblems(svc.ports).forEach((m) => add('ports', `service "${name}": ${m}`));
    if (svc.shm_size !== undefined && svc.shm_size !== null && !isSize(svc.shm_size))
      add('shm_size', `service "${name}": invalid size ${JSON.stringify(svc.shm_size)} for shm_size`);
    for (const env of envFiles(svc.env_file)) {
      if (env.format) add('env_file', `service "${name}": unsupported env_file format "${env.format}"`);
      else if (env.required && !model.envFileExists(env.path))
        add('env_file', `service "${name}": env file ${model.display(env.path)} not found`);
    }
    const build = isMapping(svc.build) ? svc.build : undefined;
    const platforms = Array.isArray(build?.platforms) ? build.platforms.map(String) : [];
    if (
      typeof svc.platform === 'string' &&
      svc.platform &&
      platforms.length &&
      !platforms.includes(svc.platform)
    )
      add(
        'platform',
        `service "${name}": build.platforms must include the service's platform "${svc.platform}"`,
        true,
      );
  }
  const cycle = dependencyCycle(model.services);
  if (cycle) {
    out.push({
      service: cycle[0]!,
      key: 'depends_on',
      message: `dependency cycle detected: ${cycle.join(' -> ')}`,
      buildRelevant: false,
    });
  }
  return out;
}

/** Names of a list (`[a, b]`) or of a mapping's keys (`{a: {...}}`). */
function referencedNames(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string');
  return isMapping(v) ? Object.keys(v) : [];
}

/** Sources of a service's secrets or configs: `- name` or `- source: name`. */
function referencedSources(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) =>
    typeof x === 'string' ? [x] : isMapping(x) && typeof x.source === 'string' ? [x.source] : [],
  );
}

interface Dependency {
  name: string;
  required: boolean;
}

function dependencies(v: unknown): Dependency[] {
  if (Array.isArray(v))
    return v.filter((x) => typeof x === 'string').map((name) => ({ name, required: true }));
  if (!isMapping(v)) return [];
  return Object.entries(v).map(([name, d]) => ({
    name,
    required: !(isMapping(d) && (d.required === false || d.required === 'false')),
  }));
}

/** The first cycle of `depends_on` links, as a closed path (`a -> b -> a`); undefined when none. */
function dependencyCycle(services: Map<string, Mapping>): string[] | undefined {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'active') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'active');
    stack.push(name);
    for (const dep of dependencies(services.get(name)?.depends_on)) {
      if (!services.has(dep.name)) continue;
      const found = visit(dep.name);
      if (found) return found;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of [...services.keys()].sort()) {
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Short volume specs (`src:dst[:mode]`) with an empty part, and named volumes no file declares.
 * A source is a named volume unless it is a path (`.`, `/`, `~` or a Windows drive at its start).
 */
function volumeProblems(v: unknown, declared: Set<string>): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v) {
    let source: string | undefined;
    if (typeof item === 'string') {
      const parts = item.split(':');
      if (parts.some((p) => p === '') && !/^[A-Za-z]:[\\/]/.test(item)) {
        out.push(`invalid volume "${item}": empty section between colons`);
        continue;
      }
      source = parts.length > 1 ? parts[0] : undefined;
    } else if (isMapping(item) && (item.type === 'volume' || item.type === undefined)) {
      source = typeof item.source === 'string' && item.source ? item.source : undefined;
    }
    if (source && !/^[./~]|^[A-Za-z]:[\\/]/.test(source) && !declared.has(source))
      out.push(`refers to undefined volume ${source}`);
  }
  return out;
}

/** Short port specs (`[ip:][host:]container[/proto]`) whose container port is empty or not a number. */
function portProblems(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') continue;
    const spec = item.replace(/\/[a-z]+$/i, '');
    const container = spec.slice(spec.lastIndexOf(':') + 1);
    if (container === '') out.push(`invalid port "${item}": no container port`);
    else if (!/^\d+(-\d+)?$/.test(container)) out.push(`invalid port "${item}": ${container} is not a port`);
  }
  return out;
}

/** A byte size as Compose reads one: a number, or digits with an optional unit (`64m`, `1gb`). */
function isSize(v: unknown): boolean {
  if (typeof v === 'number') return v >= 0;
  return typeof v === 'string' && /^\d+(\.\d+)?\s*([kmgtpe]i?)?b?$/i.test(v.trim());
}

interface EnvFileRef {
  path: string;
  required: boolean;
  format?: string;
}

function envFiles(v: unknown): EnvFileRef[] {
  const items = Array.isArray(v) ? v : v == null ? [] : [v];
  return items.flatMap((item): EnvFileRef[] => {
    if (typeof item === 'string') return [{ path: item, required: true }];
    if (!isMapping(item) || typeof item.path !== 'string') return [];
    const required = !(item.required === false || item.required === 'false');
    const format = typeof item.format === 'string' && item.format ? item.format : undefined;
    return [{ path: item.path, required, ...(format ? { format } : {}) }];
  });
}
