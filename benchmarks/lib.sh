# Shared by bulk.sh and panel.sh (sourced, not run): the command-line jar, the generated plans, and
# reading /usr/bin/time's and the GC log's figures.

# Sets $jar to the command line's jar, or exits when it or the benchmarks jar is not built.
require_jars() {
  jar=$(ls plan-cli/target/plan-cli-*-all.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
    echo "Build plan-cli and benchmarks first (see the header of this script)." >&2
    exit 2
  fi
}

# generate_plans FILE N: writes N generated plans as JSON Lines to FILE, unless it exists.
generate_plans() {
  if [ ! -f "$1" ]; then
    java -cp benchmarks/target/benchmarks.jar org.productivityplan.benchmarks.JsonlGenerator "$1" "$2"
  fi
}

# report_time TIMING N: the wall time and plans per second of a `/usr/bin/time -v` output file for N
# plans, then its CPU times and peak RSS.
report_time() {
  local wall secs
  wall=$(grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "wall $wall = ${secs}s; $(awk -v n="$2" -v s="$secs" 'BEGIN{printf "%.0f", n/s}') plans/s"
  grep -E 'User time|System time|Maximum resident' "$1" | sed 's/^\s*//'
}

# heap_after_gc GCLOG: the heap occupied after each collection of a `-Xlog:gc` file, in MiB, one a line.
heap_after_gc() {
  grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/.*->//; s/M$//'
}
