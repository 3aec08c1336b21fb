#!/usr/bin/env bash
# The local endpoint against cognito-local, side by side in one session (see BENCHMARKS.md, "Endpoint").
#
#   engine/src/bench/endpoint/compare-with-cognito-local.sh PERF_DIR OUT_DIR [RUNS]
#
# PERF_DIR is a copy of the shared perf folder with `npm ci` done in it; OUT_DIR receives one JSON report per run.
# Needs `mvn -B -DskipTests package` first: app/target/stepwise-app.jar and app/target/lib are copied to a frozen
# folder, so that rebuilding during the run changes nothing. Each run, in this order: cognito-bench against a fresh
# `stepwise serve`, StartSyncExecution against that same server, then cognito-bench against a fresh cognito-local.
# USERS (default 1000) and AUTH_SECONDS (default 10) are passed to cognito-bench; SYNC_SECONDS (default 10) to the
# StartSyncExecution bench.
set -euo pipefail

perf=$(cd "${1:?PERF_DIR: a perf folder with npm ci done}" && pwd)
out=$(mkdir -p "${2:?OUT_DIR}" && cd "$2" && pwd)
runs=${3:-3}
users=${USERS:-1000}
auth_seconds=${AUTH_SECONDS:-10}
sync_seconds=${SYNC_SECONDS:-10}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)

frozen=$(mktemp -d)
trap 'rm -rf "$frozen"' EXIT
cp "$repo/app/target/stepwise-app.jar" "$frozen/"
cp -r "$repo/app/target/lib" "$frozen/lib"
cp "$here/sync-execution-bench.mjs" "$perf/"

serve_pid=
stop_serve() {
  if [[ -n "$serve_pid" ]]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
    serve_pid=
  fi
}
trap 'stop_serve; rm -rf "$frozen"' EXIT

# Sets serve_pid and endpoint (not in a subshell, so that stop_serve can stop it).
start_serve() {
  local data log
  data=$(mktemp -d -p "$frozen")
  log="$data.log"
  java -cp "$frozen/stepwise-app.jar:$frozen/lib/*" dev.stepwise.app.Main serve --port 0 --data "$data" >"$log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 300); do
    if grep -q '^Listening on ' "$log"; then
      endpoint=$(sed -n 's/^Listening on //p' "$log")
      return
    fi
    kill -0 "$serve_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "stepwise serve did not start in 30 s" >&2
  exit 1
}

echo "load before: $(uptime)" | tee "$out/uptime.txt"
for run in $(seq 1 "$runs"); do
  start_serve
  (cd "$perf" && node cognito-bench.mjs --endpoint "$endpoint" --users "$users" --auth-seconds "$auth_seconds" \
      --json "$out/stepwise-cognito-$run.json" >/dev/null)
  (cd "$perf" && node sync-execution-bench.mjs --endpoint "$endpoint" --seconds "$sync_seconds" \
      --json "$out/stepwise-sync-$run.json" >/dev/null)
  stop_serve
  (cd "$perf" && node cognito-bench.mjs --users "$users" --auth-seconds "$auth_seconds" \
      --json "$out/cognito-local-$run.json" >/dev/null)
  echo "run $run done: $(uptime)" | tee -a "$out/uptime.txt"
done
node "$here/summarize.mjs" "$out"
