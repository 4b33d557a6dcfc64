#!/usr/bin/env bash
# The short benchmark run of docs/performance.md: every benchmark at each of its sizes, one fork,
# short iterations, with JMH's gc profiler; then the Markdown tables. Under two minutes on two
# cores, build included (1 min 25 s measured at load 7). A smoke test: quote only the full suite's
# times. The full suite is `java -jar benchmarks/target/benchmarks.jar -prof gc` (the annotations'
# defaults: two forks, 5 x 2 s warm-up, 5 x 2 s measurement; about 13 minutes).
# Extra arguments go to JMH, e.g. `benchmarks/run-short.sh sdkRead` to run one benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi

results=benchmarks/target/jmh-short.json
java -jar benchmarks/target/benchmarks.jar \
  -f 1 -wi 3 -w 600ms -i 2 -r 600ms -prof gc -rf json -rff "$results" "$@"
java -cp benchmarks/target/benchmarks.jar org.productivityplan.benchmarks.ResultsTable "$results"
