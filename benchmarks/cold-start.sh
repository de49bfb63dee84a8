#!/usr/bin/env bash
# The first-query benchmarks in a ReadyToRun build, as an app that cares about start-up would ship: each method timed
# once in each of RUNS fresh processes, then the median and the range. Usage: benchmarks/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish benchmarks/RelationsData.Benchmarks -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" > "$out/publish.log"

# Writes data/dataset.json beside the program and checks that the YAML and JSON loaders read what the tables hold.
dotnet "$out/RelationsData.Benchmarks.dll" --list flat > /dev/null

for method in GeneratedEvents GeneratedEventsLinq GeneratedAllTables YamlDotNet SystemTextJson \
    GeneratedEventsLoad GeneratedAllTablesLoad YamlDotNetLoad SystemTextJsonLoad; do
  for _ in $(seq "$runs"); do
    dotnet "$out/RelationsData.Benchmarks.dll" --cold-start "$method" | awk '{ print $2 }'
  done | sort -g | awk -v name="$method" '{ t[NR] = $1 } END { printf "%-24s median %8.2f ms  (%.2f to %.2f, %d runs)\n", name, t[int((NR + 1) / 2)], t[1], t[NR], NR }'
done
