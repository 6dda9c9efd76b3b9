#!/usr/bin/env bash
# In-process, alternating: BenchmarkDotNet's ShortRun of the engine on the demo model (1e6 samples, two threads,
# DemoModelBenchmarks.EngineTwoThreads) against Squiggle 0.10's warm evaluation of the same model (demo.squiggle,
# median of runs 2-7 in one node process), issue 12's second target. On this kind of shared VM the same code runs
# 10-30% faster or slower from one minute to the next, so one pair of figures says little: this takes ROUNDS pairs,
# each engine figure right before its Squiggle figure, and prints every pair's ratio and the median ratio.
#
#   tests/ScalingScenarios.Benchmarks/peers/in-process.sh
#
# ROUNDS=3   pairs to measure (each about a minute: BenchmarkDotNet's three sample counts, then Squiggle's 7 runs)
#
# Without node (or npm for the first install) it says so and exits 0: the comparison is skipped, not failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
rounds="${ROUNDS:-3}"

. "$here/squiggle-ready.sh"
squiggle_ready in-process "$here" || exit 0

echo "in-process: building the benchmarks (Release)"
dotnet build "$root/tests/ScalingScenarios.Benchmarks/ScalingScenarios.Benchmarks.csproj" -c Release -v quiet -nologo > /dev/null
benchmarks="$root/tests/ScalingScenarios.Benchmarks/bin/Release/net10.0/ScalingScenarios.Benchmarks.dll"

# BenchmarkDotNet prints "| EngineTwoThreads | 1000000  |  14.644 ms | ..."; the mean is the third cell, in ms or us.
engine_ms() {
    local line
    line="$(cd "$root" && dotnet "$benchmarks" --filter '*DemoModelBenchmarks.EngineTwoThreads*' --job short 2>&1 \
        | grep -E '^\| EngineTwoThreads +\| 1000000 ' || true)"
    if [ -z "$line" ]; then
        echo "in-process: BenchmarkDotNet printed no 1e6 row" >&2
        exit 1
    fi
    echo "$line" | awk -F'|' '{ split($4, m, " "); v = m[1]; gsub(",", "", v); if (m[2] == "us" || m[2] == "μs") v /= 1000; if (m[2] == "s") v *= 1000; print v }'
}

squiggle_ms() {
    (cd "$here" && node run-squiggle.mjs demo.squiggle 1000000 --repeat 7 --timing-only) \
        | grep -E '"warm_eval_ms_median"' | grep -oE '[0-9]+(\.[0-9]+)?'
}

echo
echo "| round | UTC | load before | engine, 2 threads | Squiggle warm | ratio |"
echo "|---|---|---|---|---|---|"
ratios=()
for round in $(seq 1 "$rounds"); do
    when="$(date -u +%H:%M)"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    ours="$(engine_ms)"
    theirs="$(squiggle_ms)"
    ratio="$(awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "%.1f", a / b }')"
    ratios+=("$ratio")
    echo "| $round | $when | $load | $ours ms | $theirs ms | ${ratio}× |"
done

median="$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
echo
echo "median ratio over $rounds rounds: ${median}× (target: at least 100×)"
