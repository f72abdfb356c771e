#!/usr/bin/env bash
# The test command (README, CI): installs what the tests need into the private prefix, runs every
# jest suite (unit, repository checks and integration tests on the real tools), and ends with the
# plain line `N passed, N failed` from jest's JSON results. Exits non-zero when a test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/engine.sh install || { echo "engine install failed"; echo "0 passed, 1 failed"; exit 1; }
eval "$(bash scripts/engine.sh env)"

mkdir -p .test-results
results=.test-results/jest.json
rm -f "$results"
node --experimental-vm-modules --no-warnings node_modules/jest/bin/jest.js --ci --json --outputFile="$results" "$@"
node scripts/test-summary.mjs "$results"
