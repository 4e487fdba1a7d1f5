#!/usr/bin/env bash
# Stops what start.sh started: the whole process group (server, extension hosts, watchers),
# TERM first, KILL after 5 s. Safe to call twice or when nothing runs.
# usage: stop.sh RUNDIR
PG=$(cat "${1:?usage: stop.sh RUNDIR}/cs.pid" 2>/dev/null) || exit 0
[ -n "$PG" ] || exit 0
kill -TERM -- "-$PG" 2>/dev/null || { rm -f "$1/cs.pid"; exit 0; }
for _ in $(seq 1 50); do
  kill -0 -- "-$PG" 2>/dev/null || { rm -f "$1/cs.pid"; exit 0; }
  sleep 0.1
done
kill -KILL -- "-$PG" 2>/dev/null
rm -f "$1/cs.pid"
exit 0
