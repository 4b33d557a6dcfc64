#!/usr/bin/env bash
# Bulk validation for docs/performance.md: `plan validate --jsonl` over a file of N small plans
# under a 256 MiB heap. Prints the wall time, plans per second, the peak RSS and the heap occupied
# after each garbage collection (flat from start to end = constant memory).
# Usage: benchmarks/bulk.sh [N]   (default 100000; the file is generated once in /tmp).
# Build first: ./mvnw -q -B -pl plan-cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-100000}
heap=${HEAP:-256m}
file=${FILE:-/tmp/plans-$n.jsonl}
jar=$(ls plan-cli/target/plan-cli-*-all.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  echo "Build plan-cli and benchmarks first (see the header of this script)." >&2
  exit 2
fi
if [ ! -f "$file" ]; then
  java -cp benchmarks/target/benchmarks.jar org.productivityplan.benchmarks.JsonlGenerator "$file" "$n"
fi
echo "$(wc -l < "$file") plans, $(du -h "$file" | cut -f1) in $file; heap -Xmx$heap"

gclog=$(mktemp)
timing=$(mktemp)
out=$(mktemp)
status=0
/usr/bin/time -v -o "$timing" java -Xmx"$heap" -Xlog:gc:file="$gclog" -jar "$jar" \
  validate --jsonl "$file" --format json > "$out" || status=$?
echo "exit status $status (1 = some plan has an error-level finding)"
echo "reports written: $(wc -l < "$out"); plans not valid: $(grep -c '"valid":false' "$out" || true)"
wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}')
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
echo "wall $wall = ${secs}s; $(awk -v n="$(wc -l < "$file")" -v s="$secs" 'BEGIN{printf "%.0f", n/s}') plans/s"
grep -E 'User time|System time|Maximum resident' "$timing" | sed 's/^\s*//'
echo "heap after GC (MiB), first / median / max / last, over $(grep -c -- '->' "$gclog") collections:"
vals=$(grep -o '[0-9]*M->[0-9]*M' "$gclog" | sed 's/.*->//; s/M$//')
echo "  $(echo "$vals" | head -1) / $(echo "$vals" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
  "/ $(echo "$vals" | sort -n | tail -1) / $(echo "$vals" | tail -1)"
rm -f "$gclog" "$timing" "$out"
