#!/usr/bin/env bash
# The synthetic events at scale: builds them as a single-node build with no build or compiler server, under
# /usr/bin/time -v, then times first use in fresh processes. Usage: benchmarks/million.sh [EVENTS] [RUNS]
# (defaults 1,000,000 and 5; `benchmarks/million.sh 100000` for the 100,000-event figures). docs/benchmarks.md says
# what it prints. The compiler's managed heap is capped at CAP_GB (default 10, fractions allowed) so that the machine
# survives; PHASES=1 also measures the compiler's memory phase by phase.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
runs=${2:-5}
cap_gb=${CAP_GB:-10}
cap_bytes=$(awk -v gb="$cap_gb" 'BEGIN { printf "0x%x", gb * 1073741824 }')
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
artifacts=(--artifacts-path "$out/artifacts" -p:SyntheticEventCount="$events")

# The compiler behind a wrapper that times each compilation by itself, so the peak memory reported is the compiler's.
csc_dll="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
cat > "$out/csc" <<WRAPPER
#!/usr/bin/env bash
name=\$(grep -ho '/out:[^ ]*' "\${@/#@/}" 2>/dev/null | head -n 1 | xargs -r basename)
DOTNET_GCHeapHardLimit=$cap_bytes exec /usr/bin/time -v -o "$out/\${name:-csc}.time" dotnet exec "$csc_dll" "\$@"
WRAPPER
chmod +x "$out/csc"
compiler=(-p:UseSharedCompilation=false -p:CscToolPath="$out" -p:CscToolExe=csc)

# The library and the generator first, so that the measured build compiles the synthetic events alone.
dotnet restore benchmarks/RelationsData.FirstUse "${artifacts[@]}" > "$out/restore.log" || { cat "$out/restore.log"; exit 1; }
dotnet build src/RelationsData "${artifacts[@]}" -c Release --no-restore > "$out/library.log" || { cat "$out/library.log"; exit 1; }

/usr/bin/time -v -o "$out/build.time" dotnet build benchmarks/RelationsData.Synthetic "${artifacts[@]}" -c Release --no-restore --no-dependencies \
  --disable-build-servers -m:1 -nodeReuse:false -v:n "${compiler[@]}" > "$out/synthetic.log" || { tail -n 30 "$out/synthetic.log"; exit 1; }
dotnet build benchmarks/RelationsData.FirstUse "${artifacts[@]}" -c Release --no-restore --no-dependencies > "$out/first-use.log" || { cat "$out/first-use.log"; exit 1; }

field() { awk -F': ' -v key="$1" '$1 ~ key { print $2 }' "$2"; }
gb() { awk -v kb="$1" 'BEGIN { printf "%.2f GB", kb / 1048576 }'; }
dll="$out/artifacts/bin/RelationsData.Synthetic/release/RelationsData.Synthetic.dll"
echo "$events events: build of the synthetic project (generate.py included)"
echo "  wall time $(field 'Elapsed \(wall clock\)' "$out/build.time"), largest process $(gb "$(field 'Maximum resident set size' "$out/build.time")")"
echo "  compiler: wall time $(field 'Elapsed \(wall clock\)' "$out/RelationsData.Synthetic.dll.time"), peak resident memory $(gb "$(field 'Maximum resident set size' "$out/RelationsData.Synthetic.dll.time")") (heap capped at $cap_gb GB)"
echo "  RelationsData.Synthetic.dll: $(stat -c %s "$dll" | awk '{ printf "%.1f MB", $1 / 1048576 }')"

# With PHASES=1, the same compilation again in one process, phase by phase (benchmarks/RelationsData.GeneratorSteps).
if [ "${PHASES:-0}" = 1 ]; then
  dotnet build benchmarks/RelationsData.GeneratorSteps -c Release > "$out/harness.log" || { cat "$out/harness.log"; exit 1; }
  grep -E '^ +[^ ]*/csc .*/out:[^ ]*/RelationsData.Synthetic.dll' "$out/synthetic.log" | sed 's/^ *//' | sed "s#^[^ ]*#$csc_dll#" > "$out/csc.txt"
  echo "  the same compilation in one process (heap capped at $cap_gb GB), phase by phase:"
  DOTNET_GCHeapHardLimit=$cap_bytes \
    dotnet benchmarks/RelationsData.GeneratorSteps/bin/Release/net10.0/RelationsData.GeneratorSteps.dll "$out/csc.txt" benchmarks/RelationsData.Synthetic phases | sed 's/^/    /'
fi

# The same program precompiled (ReadyToRun), as an app that cares about start-up ships, the synthetic tables included.
dotnet publish benchmarks/RelationsData.FirstUse "${artifacts[@]}" -c Release --no-build -p:PublishReadyToRun=true \
  -o "$out/r2r" > "$out/r2r.log" || { cat "$out/r2r.log"; exit 1; }
first_use=$(find "$out/artifacts/bin/RelationsData.FirstUse" -name RelationsData.FirstUse.dll | head -n 1)

python3 benchmarks/alternate.py --runs "$runs" \
  --build "First use of $events events (JIT)" "dotnet $first_use" \
  --build "First use of $events events (ReadyToRun)" "dotnet $out/r2r/RelationsData.FirstUse.dll" \
  --methods $(dotnet "$first_use" --list)
