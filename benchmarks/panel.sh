#!/usr/bin/env bash
# The panel summary at scale, for docs/performance.md: `plan panel --jsonl` over files of N
# generated plans under a 256 MiB heap. For each N prints the wall time, plans per second, the peak
# RSS and the heap occupied after each garbage collection (flat from start to end = memory that
# does not grow with the plans, apart from one small row per plan).
# Usage: benchmarks/panel.sh [N...]   (default 1000 10000; each file is generated once in /tmp).
# Build first: ./mvnw -q -B -pl plan-cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/lib.sh

heap=${HEAP:-256m}
require_jars
[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
  file=/tmp/plans-$n.jsonl
  generate_plans "$file" "$n"
  echo "== $(wc -l < "$file") plans, $(du -h "$file" | cut -f1) in $file; heap -Xmx$heap"
  gclog=$(mktemp)
  timing=$(mktemp)
  out=$(mktemp)
  status=0
  /usr/bin/time -v -o "$timing" java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" \
    panel --jsonl "$file" --format json -o "$out" 2>/dev/null || status=$?
  echo "exit status $status; summary of $(grep -o '"plans": [0-9]*' "$out" | head -1 | cut -d' ' -f2) plans," \
    "$(du -h "$out" | cut -f1) of JSON"
  report_time "$timing" "$(wc -l < "$file")"
  vals=$(heap_after_gc "$gclog")
  echo "heap after GC (MiB), over $(echo "$vals" | grep -c .) collections:"
  echo "$vals" | tr '\n' ' ' | fold -w 100 -s | sed 's/^/  /'
  echo
  rm -f "$gclog" "$timing" "$out"
done
