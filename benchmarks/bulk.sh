#!/usr/bin/env bash
# Bulk validation for docs/performance.md: `plan validate --jsonl` over a file of N small plans
# under a 256 MiB heap. Prints the wall time, plans per second, the peak RSS and the heap occupied
# after each garbage collection (flat from start to end = constant memory).
# Usage: benchmarks/bulk.sh [N]   (default 100000; the file is generated once in /tmp).
# Build first: ./mvnw -q -B -pl plan-cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/lib.sh

n=${1:-100000}
heap=${HEAP:-256m}
file=${FILE:-/tmp/plans-$n.jsonl}
require_jars
generate_plans "$file" "$n"
echo "$(wc -l < "$file") plans, $(du -h "$file" | cut -f1) in $file; heap -Xmx$heap"

gclog=$(mktemp)
timing=$(mktemp)
out=$(mktemp)
status=0
/usr/bin/time -v -o "$timing" java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" \
  validate --jsonl "$file" --format json > "$out" || status=$?
echo "exit status $status (1 = some plan has an error-level finding)"
echo "reports written: $(wc -l < "$out"); plans not valid: $(grep -c '"valid":false' "$out" || true)"
report_time "$timing" "$(wc -l < "$file")"
echo "heap after GC (MiB), first / median / max / last, over $(grep -c -- '->' "$gclog") collections:"
vals=$(heap_after_gc "$gclog")
echo "  $(echo "$vals" | head -1) / $(echo "$vals" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
  "/ $(echo "$vals" | sort -n | tail -1) / $(echo "$vals" | tail -1)"
rm -f "$gclog" "$timing" "$out"
