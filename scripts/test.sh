#!/usr/bin/env bash
# `npm test`: the whole suite, three levels — unit (core, node:test), LSP (the real server over
# stdio), and real VS Code (code-server + Chromium). Ends with one "total: N passed, M failed" line.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
status=0

step() { echo; echo "=== $1"; }

step "build (extension, server, CLI, webview, test bundles)"
node esbuild.mjs --with-tests || { echo "build failed"; echo "total: 0 passed, 1 failed"; exit 1; }

step "typecheck (tsc --noEmit, strict, one tsconfig per runtime)"
npm run --silent typecheck || status=1

step "lint (ESLint with types, Prettier --check)"
npx --no-install eslint . || status=1
npx --no-install prettier --check . --log-level warn || status=1

run_node_tests() { # name dir
  local name=$1 dir=$2
  step "$name tests ($dir)"
  if [ ! -d "$dir" ]; then echo "no $name tests found"; echo "0 0" > "$LOGS/$name.count"; return 1; fi
  node --test --test-concurrency=2 --test-reporter=spec "$dir" 2>&1 | tee "$LOGS/$name.log"
  local rc=${PIPESTATUS[0]}
  local pass fail
  pass=$(grep -E '^ℹ pass [0-9]+' "$LOGS/$name.log" | tail -1 | awk '{print $3}')
  fail=$(grep -E '^ℹ fail [0-9]+' "$LOGS/$name.log" | tail -1 | awk '{print $3}')
  echo "${pass:-0} ${fail:-1}" > "$LOGS/$name.count"
  return $rc
}

run_node_tests unit out/test/unit || status=1
run_node_tests lsp out/test/lsp || status=1

step "real VS Code tests (code-server + Chromium)"
bash scripts/test-vscode.sh 2>&1 | tee "$LOGS/vscode.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
vs=$(grep -E '^vscode: [0-9]+ passed, [0-9]+ failed' "$LOGS/vscode.log" | tail -1 | sed -E 's/^vscode: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/')
echo "${vs:-0 1}" > "$LOGS/vscode.count"

step "summary"
tp=0; tf=0
for level in unit lsp vscode; do
  read -r p f < "$LOGS/$level.count"
  echo "$level: $p passed, $f failed"
  tp=$((tp + p)); tf=$((tf + f))
done
[ $tf -eq 0 ] || status=1
echo "total: $tp passed, $tf failed"
exit $status
