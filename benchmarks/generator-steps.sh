#!/usr/bin/env bash
# Where DatasetGenerator's time goes in a fresh compiler process: RUNS fresh processes per mode, alternating, each
# running the generator once with step tracking over the library's net10.0 compilation exactly as csc receives it (the
# command line of a Release build of src/RelationsData, whose generator is the precompiled Release image), under the
# SDK's own Roslyn. Modes: "cold", as csc runs it; "references", after Roslyn has read the referenced assemblies;
# "sibling", after it has bound the declarations of another compilation sharing those references (as the compile after
# the generator does); "declarations", after it has bound the library's own; so the generator's own work is told apart
# from the first binding it would otherwise pay. Prints the median (and range) of each number, per mode.
# Usage: benchmarks/generator-steps.sh [RUNS [MODES...]], such as "5 cold declarations all". TREE=PATH measures another
# checkout of the repository (its library, generator and data) with this checkout's harness, for before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift $(($# > 0 ? 1 : 0))
modes=${*:-cold references sibling declarations}
tree=$(cd "${TREE:-.}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The compile must run to be logged, hence --no-incremental; csc's command line is the line that starts with its path.
dotnet build "$tree/src/RelationsData" -c Release -f net10.0 --no-incremental -p:UseSharedCompilation=false -v:n > "$work/build.log" ||
  { grep -E 'error' "$work/build.log" | tail -5; exit 1; }
grep -E '^ +[^ ]*/csc .*/out:obj/Release/net10.0/RelationsData.dll' "$work/build.log" | sed 's/^ *//' > "$work/csc.txt"
[ -s "$work/csc.txt" ] || { echo "no csc command line in the build log" >&2; exit 1; }
dotnet build benchmarks/RelationsData.GeneratorSteps -c Release > "$work/harness.log" ||
  { grep -E 'error' "$work/harness.log" | tail -5; exit 1; }

harness=benchmarks/RelationsData.GeneratorSteps/bin/Release/net10.0/RelationsData.GeneratorSteps.dll
for run in $(seq "$runs"); do
  for mode in $modes; do
    dotnet "$harness" "$work/csc.txt" "$tree/src/RelationsData" "$mode" > "$work/$mode.$run.txt"
  done
done

cat "$work"/*.1.txt | grep -E '^(roslyn|generator|output) ' | sort -u
for mode in $modes; do
  echo "== $mode: median (min to max) of $runs processes, ms unless named"
  cat "$work/$mode".*.txt | awk '$1 != "file" && $NF ~ /^[0-9.]+$/ { name = $1; for (i = 2; i < NF; i++) name = name " " $i; print name "\t" $NF }' |
    sort -t$'\t' -k1,1 -k2,2g | awk -F'\t' '
      function flush() { if (n) printf "%-56s %8.1f  (%.1f to %.1f)\n", key, v[int((n + 1) / 2)], v[1], v[n] }
      $1 != key { flush(); key = $1; n = 0 }
      { v[++n] = $2 }
      END { flush() }'
done
uptime
