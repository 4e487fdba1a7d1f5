#!/usr/bin/env bash
# `npm run test:vscode`: the real-VS-Code level. Installs the test host if needed (code-server +
# Chromium, cached in .vscode-test/host), builds if dist/ or the suites are missing, then runs
#   1. the extension-host suites (test/vscode/run-exttests.cjs: every test/vscode/suite/*.test.ts,
#      the CloudFormation template one included), and
#   2. the UI smoke test (test/vscode/ui/smoke.cjs; screenshots in test-results/screenshots/), and
#   3. the packaged extension: a VSIX built and installed into code-server (test/vscode/ui/vsix.cjs), and
#   4. the diagram UI test (test/vscode/ui/diagram.cjs: examples/ and test/fixtures/hostile-names), and
#   5. the diagram's levels (test/vscode/ui/diagram-levels.cjs: a file's neighbourhood, overview and drill-down, keys), and
#   6. the upgrade-check UI test (test/vscode/ui/upgrade.cjs: examples/).
# Exits non-zero if either fails; the last line is "vscode: N passed, M failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/test-host/install.sh || { echo "vscode: 0 passed, 1 failed (test host install failed)"; exit 1; }
# build when an output is missing or older than a source (the suites are part of `npm run build`)
stale=
for out in dist/client.js dist/server.js out/test/vscode/suite/index.js; do
  if [ ! -f "$out" ] || [ -n "$(find client/src server/src test/vscode/suite schemas -newer "$out" -type f -print -quit 2>/dev/null)" ]; then stale=$out; break; fi
done
if [ -n "$stale" ]; then
  echo "[test-vscode] building ($stale missing or stale)"
  npm run --silent build || { echo "vscode: 0 passed, 1 failed (build failed)"; exit 1; }
fi

rm -f test-results/vscode-exttests.json test-results/vscode-smoke.json test-results/vscode-vsix.json test-results/vscode-diagram.json test-results/vscode-levels.json test-results/vscode-upgrade.json
echo "[test-vscode] extension-host suites"
timeout 300 node test/vscode/run-exttests.cjs; ext=$?
echo "[test-vscode] UI smoke test"
timeout 240 node test/vscode/ui/smoke.cjs; smoke=$?
echo "[test-vscode] packaged VSIX installed into code-server"
# hang guards, not budgets: at load 24 packaging alone took 166 s and the diagram test 355 s
timeout 600 node test/vscode/ui/vsix.cjs; vsix=$?
echo "[test-vscode] UI diagram test (examples/ and hostile names)"
timeout 600 node test/vscode/ui/diagram.cjs; diagram=$?
echo "[test-vscode] UI diagram levels (neighbourhood, overview, drill-down, keyboard)"
timeout 360 node test/vscode/ui/diagram-levels.cjs; levels=$?
echo "[test-vscode] UI upgrade-check test (examples/)"
timeout 240 node test/vscode/ui/upgrade.cjs; upgrade=$?

# a runner killed by `timeout` wrote no result: count it as one failure
count() { node -e 'try { const r = require(process.argv[1]); console.log(r.passed, r.failed) } catch { console.log(0, 1) }' "$ROOT/test-results/vscode-$1.json"; }
read -r p1 f1 < <(count exttests)
read -r p2 f2 < <(count smoke)
read -r p3 f3 < <(count vsix)
read -r p4 f4 < <(count diagram)
read -r p5 f5 < <(count levels)
read -r p6 f6 < <(count upgrade)
[ $ext -eq 0 ] || [ "$f1" -gt 0 ] || f1=1
[ $smoke -eq 0 ] || [ "$f2" -gt 0 ] || f2=1
[ $vsix -eq 0 ] || [ "$f3" -gt 0 ] || f3=1
[ $diagram -eq 0 ] || [ "$f4" -gt 0 ] || f4=1
[ $levels -eq 0 ] || [ "$f5" -gt 0 ] || f5=1
[ $upgrade -eq 0 ] || [ "$f6" -gt 0 ] || f6=1
echo "vscode: $((p1 + p2 + p3 + p4 + p5 + p6)) passed, $((f1 + f2 + f3 + f4 + f5 + f6)) failed (extension host: $p1/$((p1 + f1)), UI: $p2/$((p2 + f2)), VSIX: $p3/$((p3 + f3)), diagram: $p4/$((p4 + f4)), levels: $p5/$((p5 + f5)), upgrade: $p6/$((p6 + f6)))"
[ $ext -eq 0 ] && [ $smoke -eq 0 ] && [ $vsix -eq 0 ] && [ $diagram -eq 0 ] && [ $levels -eq 0 ] && [ $upgrade -eq 0 ]
