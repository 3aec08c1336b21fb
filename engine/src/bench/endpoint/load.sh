#!/usr/bin/env bash
# The endpoint load test by hand (see BENCHMARKS.md, "Endpoint"): builds the engine's test classes, then runs
# dev.stepwise.engine.http.load.LoadDriver with the given options, e.g.
#
#   engine/src/bench/endpoint/load.sh --clients 16 --requests 10000                # serves in-process, file database
#   engine/src/bench/endpoint/load.sh --endpoint http://127.0.0.1:8083 --clients 16 --requests 10000  # a running serve
#
# Exit status: 0 when nothing acknowledged was lost, duplicated or wrong; 1 when something was; 2 for bad usage.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$repo"
mvn -B -q -o -pl engine -am test-compile
mvn -B -q -o -pl engine dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
exec java -cp "engine/target/test-classes:engine/target/classes:$(cat engine/target/test.classpath)" \
    dev.stepwise.engine.http.load.LoadDriver "$@"
