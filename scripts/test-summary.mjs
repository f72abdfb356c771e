// Prints `N passed, N failed` from jest's JSON results and exits non-zero when a test failed, a suite
// failed to run, or no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.test-results/jest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
// A suite that fails to load has no test results but counts as a failure.
const brokenSuites = r.numRuntimeErrorTestSuites ?? 0;
const failed = r.numFailedTests + brokenSuites;
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || r.numPassedTests === 0 ? 1 : 0);
