/** The plan-matrix entry of the `app` fixture (test/fixtures/build/app), as build-service's tests give it. */
import type { MatrixEntry } from '../../shared/plan/types.js';

export function appEntry(over: Partial<MatrixEntry> & Pick<MatrixEntry, 'image'>): MatrixEntry {
  return {
    version: 1,
    service: 'app',
    name: 'app',
    'compose-file': 'compose.yaml',
    context: 'app',
    dockerfile: 'app/Dockerfile',
    target: 'prod',
    targets: { dev: 'dev', prod: 'prod' },
    platforms: 'linux/amd64',
    depends_on: [],
    wave: 0,
    'cache-scope': 'fixtures',
    ...over,
  };
}
