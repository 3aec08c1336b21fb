#!/usr/bin/env bash
# Runs the black-box client-compatibility harness (real AWS SDKs) against `stepwise serve`.
#
#   scripts/client-compat.sh [run.mjs arguments...]      default: --suite all
#
# Needs Node 20+ and npm, and the app built first: mvn -B -DskipTests package
# The harness is read from $CLIENT_COMPAT_DIR (default: ../shared/client-compat beside the repository) and copied
# to a temporary folder, so that its node_modules never land in the repository. The server gets a fresh data folder
# and a free port, and is stopped when the harness ends. Exit status: the harness's (0 when nothing failed).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness_source="${CLIENT_COMPAT_DIR:-$repo/../shared/client-compat}"
jar="$repo/app/target/stepwise-app.jar"

if [[ ! -f "$harness_source/run.mjs" ]]; then
  echo "client-compat: no harness at $harness_source (set CLIENT_COMPAT_DIR)" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "client-compat: $jar is missing; build it first: mvn -B -DskipTests package" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/client-compat.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cp -r "$harness_source/." "$work/harness"
rm -rf "$work/harness/node_modules"
(cd "$work/harness" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# --port 0: the server takes a free port and names it in its ready line. The output file exists before the
# server starts, so that polling it never races the background shell's redirection.
: >"$work/serve.out"
java -cp "$jar:$repo/app/target/lib/*" dev.stepwise.app.Main serve --port 0 --data "$work/data" \
  >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!

endpoint=""
for _ in $(seq 1 600); do
  endpoint="$(sed -n 's/^Listening on \(http:[^ ]*\)$/\1/p' "$work/serve.out" | head -n 1)"
  [[ -n "$endpoint" ]] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "client-compat: stepwise serve exited before it was ready:" >&2
    cat "$work/serve.err" >&2
    exit 2
  fi
  sleep 0.1
done
if [[ -z "$endpoint" ]]; then
  echo "client-compat: stepwise serve printed no ready line within 60 s" >&2
  exit 2
fi

args=("$@")
if [[ ${#args[@]} -eq 0 ]]; then
  args=(--suite all)
fi
status=0
(cd "$work/harness" && node run.mjs --endpoint "$endpoint" --outbox-url "$endpoint/_stepwise/outbox" "${args[@]}") \
  || status=$?
if [[ -s "$work/serve.err" ]]; then
  echo "--- stepwise serve stderr ---" >&2
  cat "$work/serve.err" >&2
fi
exit "$status"
