#!/usr/bin/env bash
# Starts code-server in its own process group and waits (at most 30 s) until it answers /healthz.
# usage: start.sh RUNDIR FOLDER [extra code-server args...]
#   RUNDIR gets ud/ (user data), exts/ (extensions), cs.log, cs.pid (= process-group id), cs.port.
#   CS_PORT=n picks the port (default: any free one). Stop with: stop.sh RUNDIR
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
[ $# -ge 2 ] || { echo "usage: $0 RUNDIR FOLDER [code-server args...]" >&2; exit 2; }
RUN=$(mkdir -p "$1" && cd "$1" && pwd); FOLDER=$2; shift 2
[ -f "$CODE_SERVER" ] || { echo "test host not installed: run scripts/test-host/install.sh" >&2; exit 1; }

mkdir -p "$RUN/ud/User" "$RUN/exts"
touch "$RUN/config.yaml"   # an empty config keeps code-server from writing ~/.config/code-server/config.yaml
# quiet user settings (no welcome page, AI panels, telemetry, updates or schema downloads),
# unless the caller wrote its own
[ -f "$RUN/ud/User/settings.json" ] || cp "$(dirname "${BASH_SOURCE[0]}")/settings.json" "$RUN/ud/User/settings.json"

PORT=${CS_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
setsid node "$CODE_SERVER" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --config "$RUN/config.yaml" \
  "$@" "$FOLDER" >"$RUN/cs.log" 2>&1 </dev/null &
echo $! >"$RUN/cs.pid"
echo "$PORT" >"$RUN/cs.port"

deadline=$((SECONDS + 30))
while [ $SECONDS -lt $deadline ]; do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; then
    echo "code-server ready on 127.0.0.1:$PORT (pgid $(cat "$RUN/cs.pid"))"
    exit 0
  fi
  if ! kill -0 "$(cat "$RUN/cs.pid")" 2>/dev/null; then
    echo "code-server exited during start-up:" >&2; tail -30 "$RUN/cs.log" >&2; exit 1
  fi
  sleep 0.1
done
echo "code-server did not answer /healthz within 30 s:" >&2; tail -30 "$RUN/cs.log" >&2
"$(dirname "${BASH_SOURCE[0]}")/stop.sh" "$RUN"
exit 1
