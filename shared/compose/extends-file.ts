/**
 * Reads the files `extends.file` names (Compose spec, "extends"): each file's services, interpolated
 * with the project's variables and checked like the project's own files, with their relative paths
 * resolved against that file's directory. Each file is read once per model.
 */
import { dirname } from 'node:path';
import type { SourceLocation } from '../runtime/errors.js';
import { mergeServiceMaps, type ExtendsFile, type ReadExtendsFile, type ServiceMap } from './merge.js';
import { parseComposeYaml, type ScalarInterpolator } from './yaml-values.js';
import { servicesOf } from './document.js';
import { checkDocument } from './load-checks.js';
import { resolveBuildPaths } from './relative-paths.js';
import type { Session } from './load-session.js';

/** A reader for resolveExtends that reads each extended file once. */
export function extendsReader(interp: ScalarInterpolator, session: Session): ReadExtendsFile {
  const cache = new Map<string, Promise<ExtendsFile>>();
  return (path, from) => {
    let file = cache.get(path);
    if (!file) {
      file = readExtendedFile(path, from, interp, session);
      cache.set(path, file);
    }
    return file;
  };
}

/** A file named by `extends.file`: its services, paths resolved against its own directory. */
async function readExtendedFile(
  abs: string,
  from: SourceLocation,
  interp: ScalarInterpolator,
  session: Session,
): Promise<ExtendsFile> {
  const display = session.display(abs, from);
  let services: ServiceMap = new Map();
  for (const data of parseComposeYaml(await session.read(abs, display, from), display, interp)) {
    checkDocument(data, display, session);
    const own = servicesOf(data, display);
    resolveBuildPaths(own, dirname(abs));
    services = mergeServiceMaps(services, own);
  }
  return { path: abs, display, dir: dirname(abs), services };
}
