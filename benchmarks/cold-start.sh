#!/usr/bin/env bash
# The first-query methods (RelationsData.ColdStart) built three ways: JIT only, ReadyToRun (as an app that cares about
# start-up ships) and Native AOT. Each method timed once per fresh process, RUNS times, builds and methods alternating
# (alternate.py).
# Usage: benchmarks/cold-start.sh [RUNS]   (default 15; docs/benchmarks.md says what it prints)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
project=benchmarks/RelationsData.ColdStart

dotnet publish "$project" -c Release -r "$rid" --self-contained false -o "$out/jit" > "$out/jit.log" \
  || { cat "$out/jit.log"; exit 1; }
dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" > "$out/r2r.log" \
  || { cat "$out/r2r.log"; exit 1; }
# PublishAot is set by the project file when ColdStartAot is true (on the command line it would reach the generator).
dotnet publish "$project" -c Release -r "$rid" -p:ColdStartAot=true -o "$out/aot" > "$out/aot.log" \
  || { cat "$out/aot.log"; exit 1; }
# YamlDotNet has no trim annotations and sums its warnings up in one per kind (IL2104, IL3053); any other warning is ours.
if grep -E 'warning IL[0-9]+' "$out/aot.log" | grep -vE "warning IL(2104|3053): Assembly 'YamlDotNet'" | sort -u | grep .; then
  echo "The Native AOT build has trim or AOT warnings of its own (above)." >&2
  exit 1
fi
echo "Native AOT: no trim or AOT warnings but YamlDotNet's own summary ($(grep -cE 'warning IL(2104|3053)' "$out/aot.log" || true) lines)"

# Each build writes data/dataset.json beside itself and checks that the YAML and JSON loaders read the generated records.
dotnet "$out/jit/RelationsData.ColdStart.dll" --prepare
dotnet "$out/r2r/RelationsData.ColdStart.dll" --prepare
"$out/aot/RelationsData.ColdStart" --prepare

python3 benchmarks/alternate.py --runs "$runs" \
  --build JIT "dotnet $out/jit/RelationsData.ColdStart.dll" \
  --build ReadyToRun "dotnet $out/r2r/RelationsData.ColdStart.dll" \
  --build "Native AOT" "$out/aot/RelationsData.ColdStart" \
  --methods $(dotnet "$out/r2r/RelationsData.ColdStart.dll" --list) \
  --pair "first ActiveOn, against YamlDotNet + LINQ=YamlDotNetLinq/GeneratedEvents" \
  --pair "first ActiveOn, against YamlDotNet + the same index=YamlDotNet/GeneratedEvents" \
  --pair "first ActiveOn, against System.Text.Json + the same index=SystemTextJson/GeneratedEvents" \
  --pair "all tables + first ActiveOn, against YamlDotNet=YamlDotNet/GeneratedAllTables" \
  --pair "all tables loaded, against every YAML file=YamlDotNetLoad/GeneratedAllTablesLoad" \
  --pair "all tables loaded, against the JSON file=SystemTextJsonLoad/GeneratedAllTablesLoad" \
  --pair "events table loaded, against every YAML file=YamlDotNetLoad/GeneratedEventsLoad"
