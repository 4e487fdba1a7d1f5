#!/usr/bin/env bash
# One node:test level (unit or lsp) over its bundles in out/test/<level>, with the spec reporter:
# a skipped test shows its reason there (e.g. a missing real-world folder). The last line is
# "<level>: N passed, M failed, K skipped" (scripts/test.sh reads it).
# usage: bash scripts/node-tests.sh [--build] unit|lsp
#   --build  first bundle the extension and the tests (`node esbuild.mjs --with-tests`): the LSP
#            tests start dist/server.js and the unit tests read dist/schemas/, so both need dist/ too.
# env:   TEST_OUT=out-<name> runs the bundles of `TEST_OUT=out-<name> node esbuild.mjs --tests`.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
build=
if [ "${1:-}" = --build ]; then build=1; shift; fi
level=${1:-}
case "$level" in unit | lsp) ;; *) echo "usage: bash scripts/node-tests.sh [--build] unit|lsp" >&2; exit 2 ;; esac
if [ -n "$build" ]; then
  node esbuild.mjs --with-tests || { echo "$level: 0 passed, 1 failed, 0 skipped (build failed)"; exit 1; }
fi
dir="${TEST_OUT:-out}/test/$level"
if [ ! -d "$dir" ]; then
  echo "no $level test bundles in $dir: run \`node esbuild.mjs --with-tests\` first (or \`npm run test:$level\`, which does)"
  echo "$level: 0 passed, 1 failed, 0 skipped (not built)"
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
node --test --test-concurrency=2 --test-reporter=spec "$dir" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
count() { grep -E "^ℹ $1 [0-9]+" "$log" | tail -1 | awk '{print $3}'; }
pass=$(count pass) fail=$(count fail) skipped=$(count skipped)
# no summary at all (node crashed): one failure, so the total can never look clean
[ -n "$pass$fail" ] || fail=1
[ "$rc" -eq 0 ] || [ "${fail:-0}" -gt 0 ] || fail=1
echo "$level: ${pass:-0} passed, ${fail:-0} failed, ${skipped:-0} skipped"
exit "$rc"
