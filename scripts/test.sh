#!/usr/bin/env bash
# The test command (README, CI): installs and starts what the tests need (Compose v2, the BuildKit
# engine, a loopback registry, Pushgateway, QEMU; see scripts/engine.sh) and the Node 24 a runner
# runs the actions with (scripts/runner-node.sh; the bundles run on it), runs every jest suite
# (unit, repository checks, integration tests on the real tools), stops the engine if this run
# started it, and ends with the plain line `N passed, N failed` from jest's JSON results. Exits
# non-zero when a test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

bash scripts/engine.sh install || fail "engine install failed"
started=0
bash scripts/engine.sh status >/dev/null 2>&1 || started=1
# start is idempotent (about 1.5 s when warm) and rebuilds a base image whose recipe changed.
bash scripts/engine.sh start || fail "engine start failed"

# Stop exactly what this run started; an engine a developer already had running stays up.
[ "$started" -eq 1 ] && trap 'bash scripts/engine.sh stop >/dev/null 2>&1 || true' EXIT
eval "$(bash scripts/engine.sh env)"
# The suites run each action's bundle as a runner would: on Node 24 (`runs.using: node24`).
BKA_ACTION_NODE=$(bash scripts/runner-node.sh install) || fail "runner Node install failed"
export BKA_ACTION_NODE

mkdir -p .test-results
results=.test-results/jest.json
rm -f "$results"
# One suite at a time: the integration suites share one engine, and some prune its build cache.
node --experimental-vm-modules --no-warnings node_modules/jest/bin/jest.js --ci --maxWorkers=1 \
  --json --outputFile="$results" "$@"
node scripts/test-summary.mjs "$results"
