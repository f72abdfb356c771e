/**
 * Matched files grouped into projects as `docker compose` without `-f` groups a directory's
 * files: the default main file, with the default override file next to it folded in.
 */
import { readdirSync } from 'node:fs';
import { posix, resolve } from 'node:path';

/** `docker compose` without `-f` picks the first of these in a directory... */
const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** ...and adds the first of these next to it. */
const OVERRIDE_NAMES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

/**
 * Groups matched files into projects: a directory's default override file joins its default main
 * file (as `docker compose` without `-f` does), other files are projects of their own. A default
 * file the `!` patterns exclude takes no part: neither folded in as an override, nor as a base.
 */
export async function groupByDefaults(
  files: string[],
  root: string,
  claimed: Set<string>,
  excluded: (path: string) => boolean,
  notices: Set<string>,
): Promise<string[][]> {
  const projects = new Map<string, string[]>();
  const dirDefaults = new Map<string, { main?: string; override?: string }>();
  const defaultsOf = async (dir: string): Promise<{ main?: string; override?: string }> => {
    let d = dirDefaults.get(dir);
    if (!d) {
      const names = new Set(listNames(resolve(root, dir)));
      const join = (n: string | undefined): string | undefined => (n ? posix.join(dir, n) : undefined);
      d = {
        main: join(MAIN_NAMES.find((n) => names.has(n))),
        override: join(OVERRIDE_NAMES.find((n) => names.has(n))),
      };
      dirDefaults.set(dir, d);
    }
    return d;
  };

  for (const file of files) {
    const name = posix.basename(file);
    const { main, override } = await defaultsOf(posix.dirname(file));
    if (OVERRIDE_NAMES.includes(name)) {
      if (file !== override)
        notices.add(`${file}: skipped: docker compose uses ${override} as the override file there.`);
      else if (!main) {
        notices.add(
          `${file}: skipped: an override file with no compose.yaml next to it; name it as base.yaml:${name}.`,
        );
      } else if (claimed.has(main)) {
        notices.add(
          `${file}: skipped: its base file ${main} is listed explicitly; add it there as ${main}:${file}.`,
        );
      } else if (excluded(main)) {
        notices.add(`${file}: skipped: its base file ${main} is excluded by a ! pattern.`);
      } else projects.set(main, [main, file]);
    } else if (file === main) {
      const fold = override && !claimed.has(override) && !excluded(override);
      projects.set(file, fold ? [file, override] : [file]);
    } else {
      if (MAIN_NAMES.includes(name)) {
        notices.add(
          `${file}: planned as a project of its own; docker compose without -f would use ${main} there.`,
        );
      }
      projects.set(file, [file]);
    }
  }
  return [...projects.values()];
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
