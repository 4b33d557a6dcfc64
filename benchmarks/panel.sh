#!/usr/bin/env bash
# The panel summary at scale, for docs/performance.md: `plan panel --jsonl` over files of N
# generated plans under a 256 MiB heap. For each N prints the wall time, plans per second, the peak
# RSS and the heap occupied after each garbage collection (flat from start to end = memory that
# does not grow with the plans, apart from one small row per plan).
# Usage: benchmarks/panel.sh [N...]   (default 1000 10000; each file is generated once in /tmp).
# Build first: ./mvnw -q -B -pl plan-cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."

heap=${HEAP:-256m}
jar=$(ls plan-cli/target/plan-cli-*-all.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  echo "Build plan-cli and benchmarks first (see the header of this script)." >&2
  exit 2
fi
[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
  file=/tmp/plans-$n.jsonl
  if [ ! -f "$file" ]; then
    java -cp benchmarks/target/benchmarks.jar org.productivityplan.benchmarks.JsonlGenerator "$file" "$n"
  fi
  echo "== $(wc -l < "$file") plans, $(du -h "$file" | cut -f1) in $file; heap -Xmx$heap"
  gclog=$(mktemp)
  timing=$(mktemp)
  out=$(mktemp)
  status=0
  /usr/bin/time -v -o "$timing" java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" \
    panel --jsonl "$file" --format json -o "$out" 2>/dev/null || status=$?
  echo "exit status $status; summary of $(grep -o '"plans": [0-9]*' "$out" | head -1 | cut -d' ' -f2) plans," \
    "$(du -h "$out" | cut -f1) of JSON"
  wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "wall $wall = ${secs}s; $(awk -v n="$(wc -l < "$file")" -v s="$secs" 'BEGIN{printf "%.0f", n/s}') plans/s"
  grep -E 'User time|System time|Maximum resident' "$timing" | sed 's/^\s*//'
  vals=$(grep -o '[0-9]*M->[0-9]*M' "$gclog" | sed 's/.*->//; s/M$//')
  echo "heap after GC (MiB), over $(echo "$vals" | grep -c .) collections:"
  echo "$vals" | tr '\n' ' ' | fold -w 100 -s | sed 's/^/  /'
  echo
  rm -f "$gclog" "$timing" "$out"
done
