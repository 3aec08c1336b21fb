#!/usr/bin/env bash
# Whole-process benchmark of `stepwise run` against the peer engine (aws-local-stepfunctions), paired in one
# session on the shared workloads, as BENCHMARKS.md reports it. Needs Node 20+ and npm (the peer comes from npm).
# Usage: engine/src/bench/compare-with-peer.sh [--repeat N] [--runs N] [other bench-cli.mjs options]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
perf="$root/../shared/perf"
[ -d "$perf" ] || { echo "the shared perf workloads are not beside the repository ($perf)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$perf" "$work/perf"
(cd "$work/perf" && npm ci --no-audit --no-fund >/dev/null)

# A frozen copy of the built app, so that nothing rebuilds while the benchmark runs.
(cd "$root" && mvn -B -q -DskipTests install)
mkdir -p "$work/app"
cp -r "$root/app/target/stepwise-app.jar" "$root/app/target/lib" "$work/app/"
cat > "$work/app/stepwise" <<SH
#!/usr/bin/env bash
exec java -cp "$work/app/stepwise-app.jar:$work/app/lib/*" dev.stepwise.app.Main "\$@"
SH
chmod +x "$work/app/stepwise"

cd "$work/perf"
node bench-cli.mjs --cli "$work/app/stepwise" --vs "node peer-cli.mjs" --output-field output \
    --cli-args "--type EXPRESS" "$@"
