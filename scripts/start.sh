#!/usr/bin/env bash
# `npm start` (after the build): opens examples/ in VS Code with this extension loaded unpacked.
# - With desktop VS Code (`code` on PATH): an Extension Development Host window.
# - Otherwise: code-server (the test host, installed on first use) on 127.0.0.1:8080 or the next
#   free port (PORT=n to choose), the extension symlinked into a run-specific extensions folder.
#   Prints the URL and runs until Ctrl+C. After a rebuild, "Developer: Reload Window" picks it up.
# START_SMOKE=1: always use code-server, check the workbench and our commands came up in headless
# Chromium, then stop and exit (non-interactive check of this script).
# EXT_PATH=folder loads another extension folder instead of this repo (to test the script itself).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
EXT=${EXT_PATH:-$ROOT}
[ -n "${EXT_PATH:-}" ] || [ -f dist/client.js ] || { echo "dist/client.js missing: run \`npm run build\` first (npm start does)" >&2; exit 1; }

if [ -z "${START_SMOKE:-}" ] && command -v code >/dev/null 2>&1; then
  exec code --extensionDevelopmentPath="$EXT" "$ROOT/examples"
fi

bash scripts/test-host/install.sh

# 8080 or the next free port up to 8180
port=$(node -e '
  const net = require("net");
  const want = Number(process.env.PORT || 8080), last = process.env.PORT ? want : want + 100;
  (function next(p) {
    if (p > last) { console.error(`no free port in ${want}..${last}`); process.exit(1); }
    const s = net.createServer().once("error", () => next(p + 1)).listen(p, "127.0.0.1", () => s.close(() => console.log(p)));
  })(want);')

mkdir -p .vscode-test/runs
RUN=$(mktemp -d "$ROOT/.vscode-test/runs/start-XXXXXX")
cleanup() {
  trap - EXIT INT TERM
  echo; echo "stopping code-server"
  bash scripts/test-host/stop.sh "$RUN"
  # rm does not follow the extension symlink into the repo
  [ -n "${KEEP_RUN:-}" ] || rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash scripts/test-host/link-extension.sh "$RUN" "$EXT"
CS_PORT=$port bash scripts/test-host/start.sh "$RUN" "$ROOT/examples"
url="http://127.0.0.1:$port/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$ROOT/examples")"

if [ -n "${START_SMOKE:-}" ]; then
  EXT_PATH=$EXT node test/vscode/ui/check-start.cjs "$url"
  exit $?
fi

echo
echo "  ECS & EKS Architect in VS Code (code-server): $url"
echo "  Logs: ${RUN#$ROOT/}/cs.log    Stop: Ctrl+C"
echo
# runs until code-server exits or Ctrl+C
pg=$(cat "$RUN/cs.pid")
while kill -0 -- "-$pg" 2>/dev/null; do sleep 1; done
echo "code-server exited; log tail:"; tail -20 "$RUN/cs.log"
exit 1
