#!/usr/bin/env bash
# The designer's speed on a generated definition: open + layout + first paint, pan/zoom frame times, text edit to
# canvas. Usage (from the repository root):
#   designer/src/bench/canvas-bench.sh [STATES [OPENS [EDITS]]] [--headless] [--nested] [--warm-up]
#   default: 500 states, 6 opens, 8 text edits, in a real window (on a virtual X display when there is no DISPLAY);
#   --headless: Monocle's headless platform with the software renderer instead of a window;
#   --nested: every block of ten states inside a Map of its own (a container per block on the canvas);
#   --warm-up: the designer's warm-up (DesignerWarmUp) runs to its end first, as the application runs it after start.
set -euo pipefail
cd "$(dirname "$0")/../../.."
args=() headless=false
for a in "$@"; do
  if [[ $a == --headless ]]; then headless=true; else args+=("$a"); fi
done

mvn -B -q -Pbench -pl designer -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -DskipTests
cp="designer/target/test-classes:designer/target/classes:$(cat designer/target/bench.classpath)"
jvm=(-Djavafx.animation.fullspeed=true -Xmx1g)
if $headless; then
  jvm+=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k)
fi
run=(java "${jvm[@]}" -cp "$cp" dev.stepwise.designer.bench.CanvasBenchmark "${args[@]}")
if ! $headless && [[ -z ${DISPLAY:-} ]]; then
  run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}")
fi
"${run[@]}"
