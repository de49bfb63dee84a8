#!/usr/bin/env bash
# What the dataset generator costs in a fresh compiler process, as every CI and command-line build pays it: RUNS clean
# Release builds of the library without the compiler server, each csc reporting its analyzers' and generators' times.
# Prints the median and range of DatasetGenerator's time per target framework and over both, and of the whole Csc task
# time of the build (the generator's own compilation included) for context.
# Usage: benchmarks/generator-cost.sh [RUNS [BUILD ARGUMENTS...]], such as "5 -p:ReadyToRunGenerator=false" for the
# generator as plain IL.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift $(($# > 0 ? 1 : 0))
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

for run in $(seq "$runs"); do
  dotnet build src/RelationsData -c Release --no-incremental -p:UseSharedCompilation=false -p:ReportAnalyzer=true \
    -v:d -clp:PerformanceSummary "$@" > "$logs/$run.log" || { grep -E 'error|rror\(s\)' "$logs/$run.log" | tail -5; exit 1; }
done

# -v:d prints each csc's report when its task ends; the two frameworks compile at once, so a report is told apart by
# the version of the runtime's own generators it lists (Microsoft.Interop.*, Version=8.0... for net8.0).
generator_seconds() {
  awk '
    /Total generator execution time/ { in_report = 1; seconds = ""; tfm = "" }
    in_report && /RelationsData\.Generators\.DatasetGenerator$/ { seconds = $1 }
    in_report && match($0, /Microsoft\.Interop\.[A-Za-z.]+, Version=[0-9]+/) { v = substr($0, RSTART, RLENGTH); sub(/.*=/, "", v); tfm = "net" v ".0" }
    in_report && /Done executing task "Csc"/ { print tfm, seconds; in_report = 0 }
  ' "$@"
}

summarise() {
  sort -g | awk -v name="$1" '{ t[NR] = $1 * 1000 } END { printf "%-32s median %6.0f ms  (%.0f to %.0f, %d samples)\n", name, t[int((NR + 1) / 2)], t[1], t[NR], NR }'
}

samples=$(generator_seconds "$logs"/*.log)
for tfm in $(echo "$samples" | awk '{ print $1 }' | sort -u); do
  echo "$samples" | awk -v tfm="$tfm" '$1 == tfm { print $2 }' | summarise "DatasetGenerator, $tfm"
done
echo "$samples" | awk '{ print $2 }' | summarise "DatasetGenerator, all"

# The task summary gives Csc's total per build in milliseconds: the generator project's and both frameworks' compiles.
awk '/Task Performance Summary/ { in_summary = 1 } in_summary && / Csc( |$)/ { print $1 / 1000 }' "$logs"/*.log |
  summarise "Csc task, whole build (3 calls)"
