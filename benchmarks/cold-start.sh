#!/usr/bin/env bash
# Cold start of the CLI, for docs/performance.md: what the first validation in a fresh JVM pays.
#  1. whether an expression-language engine or a classpath scanner is in the CLI jar;
#  2. what classes the JVM loads validating one small plan, by library;
#  3. wall-clock time with hyperfine: `--version` (JVM + CLI start-up only) against `validate PLAN`.
# Usage: benchmarks/cold-start.sh [PLAN]   (default: the Devon fixture). Build plan-cli first:
#   ./mvnw -q -B -pl plan-cli -am package -DskipTests -Dmaven.javadoc.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls plan-cli/target/plan-cli-*-all.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  echo "No plan-cli/target/plan-cli-*-all.jar: build plan-cli first." >&2
  exit 2
fi
plan=${1:-examples/src/main/resources/org/productivityplan/examples/devon-2024.json}
java -version 2>&1 | head -1

echo
echo "== Expression-language engines or classpath scanners in $jar"
if unzip -Z1 "$jar" | grep -Ei '^(jakarta/el/|javax/el/|org/glassfish/expressly/|org/glassfish/web/|com/sun/el/|org/apache/el/|io/github/classgraph/|org/reflections/)' | sed 's|/[^/]*$||' | sort -u; then
  echo "(found: see above)"
else
  echo "none"
fi

echo
echo "== Classes loaded by: java -jar $jar validate $plan"
log=$(mktemp)
java -Xlog:class+load=info:file="$log" -jar "$jar" validate "$plan" > /dev/null || true
echo "total: $(grep -c 'class,load' "$log")"
grep -o 'class,load *\] [^ ]*' "$log" | awk '{print $NF}' \
  | awk -F. '{ if ($1=="java"||$1=="javax"||$1=="jdk"||$1=="sun") print $1; else print $1"."$2"."$3 }' \
  | sort | uniq -c | sort -rn | head -15
for p in jakarta.el org.glassfish.expressly org.hibernate.validator jakarta.validation; do
  echo "$p: $(grep -c " $p\." "$log" || true)"
done
rm -f "$log"

echo
echo "== Wall-clock time, fresh JVM each run"
hyperfine --warmup 2 --runs "${RUNS:-10}" -i -N \
  "java -jar $jar --version" \
  "java -jar $jar validate $plan"
