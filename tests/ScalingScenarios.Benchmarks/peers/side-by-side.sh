#!/usr/bin/env bash
# Whole process, side by side: `scaling-scenarios run samples/scenarios/interview.json --format json` against
# Squiggle 0.10 on the same model (interview.squiggle, through run-squiggle.mjs), issue 12's first target.
#
#   tests/ScalingScenarios.Benchmarks/peers/side-by-side.sh [tool]
#
# tool            the scaling-scenarios executable (or its .dll) to measure; also SCALING_TOOL=path. Default: the JIT
#                 Release build of src/ScalingScenarios.Cli, built first. A Native AOT binary works the same way.
# RUNS=5          runs of each tool per sample count, alternating (ours, Squiggle, ours, ...)
# SIZES="1e5 1e6" sample counts to time. Squiggle's peak memory grows about linearly (~2.2 GB at 1e6 here), so 1e7
#                 (~20 GB) would exhaust this shared 24 GB machine: add it only on a machine with the memory to spare.
# CHECK_SAMPLES=1e6  sample count of the agreement check (both tools once; means within 5 standard errors)
# BRANCHES=0      a diagnostic: both models without the scenario's two branches (a copy of interview.json without its
#                 "branches" object, and interview.squiggle cut at its "== branches ==" line), i.e. one simulation of the
#                 11 outputs instead of three plus the mixture and expected values.
#
# Prints the agreement table, every run's wall time and peak RSS (/usr/bin/time -f "%e %M"), the load average
# before each sample count, and per sample count the medians and the ratios Squiggle / ours.
# Without node (or npm for the first install) it says so and exits 0: the comparison is skipped, not failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-5}"
sizes="${SIZES:-1e5 1e6}"
check_samples="${CHECK_SAMPLES:-1e6}"

if [ ! -x /usr/bin/time ]; then
    echo "side-by-side: /usr/bin/time (GNU time) is needed for wall time and peak RSS; skipping." >&2
    exit 0
fi
. "$here/squiggle-ready.sh"
squiggle_ready side-by-side "$here" || exit 0

tool="${1:-${SCALING_TOOL:-}}"
if [ -z "$tool" ]; then
    echo "side-by-side: building the Release CLI"
    dotnet build "$root/src/ScalingScenarios.Cli/ScalingScenarios.Cli.csproj" -c Release -v quiet -nologo > /dev/null
    tool="$root/src/ScalingScenarios.Cli/bin/Release/net10.0/scaling-scenarios"
fi
if [ ! -e "$tool" ]; then
    echo "side-by-side: no tool at $tool" >&2
    exit 2
fi
ours_cmd=("$tool")
case "$tool" in
    *.dll) ours_cmd=(dotnet "$tool") ;;
esac

scenario="$root/samples/scenarios/interview.json"
model="$here/interview.squiggle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "${BRANCHES:-1}" = "0" ]; then
    # Remove the "branches" member: from its key to the brace that closes its object, and the comma after it.
    node -e '
        const fs = require("fs");
        const text = fs.readFileSync(process.argv[1], "utf-8");
        const start = text.indexOf("\"branches\": {");
        if (start < 0) { console.error("no \"branches\" in " + process.argv[1]); process.exit(2); }
        let depth = 0, i = text.indexOf("{", start), inString = false;
        for (; i < text.length; i++) {
            const c = text[i];
            if (inString) { if (c === "\\") i++; else if (c === "\"") inString = false; continue; }
            if (c === "\"") inString = true;
            else if (c === "{") depth++;
            else if (c === "}" && --depth === 0) break;
        }
        let end = i + 1;
        if (text[end] === ",") end++;
        fs.writeFileSync(process.argv[2], text.slice(0, start) + text.slice(end));
    ' "$scenario" "$work/interview-no-branches.json"
    sed '/^\/\/ == branches ==/,$d' "$model" > "$work/interview-no-branches.squiggle"
    echo "{ outputs: outputs }" >> "$work/interview-no-branches.squiggle"
    scenario="$work/interview-no-branches.json"
    model="$work/interview-no-branches.squiggle"
    echo "BRANCHES=0: both models without the scenario's branches"
fi

count() { awk -v n="$1" 'BEGIN { printf "%d", n + 0 }'; } # 1e6 -> 1000000 (run-squiggle.mjs wants an integer)

echo "tool: ${ours_cmd[*]}"
echo "Squiggle: $(node -p "require('$here/node_modules/@quri/squiggle-lang/package.json').version"), node $(node --version)"
echo "machine: $(nproc) cores; $(uptime | sed 's/.*load average/load average/')"
echo

echo "== agreement at $check_samples samples"
"${ours_cmd[@]}" run "$scenario" --samples "$(count "$check_samples")" --format json > "$work/ours.json"
node "$here/run-squiggle.mjs" "$model" "$(count "$check_samples")" > "$work/squiggle.json"
node "$here/compare.mjs" "$work/ours.json" "$work/squiggle.json" 5
echo

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() { # measure <file> <command...>: runs the command (a program, not a shell function), appends "wall_s peak_kb"
    local out="$1"
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
    cat "$work/time" >> "$out"
}

summary=()
for n in $sizes; do
    : > "$work/ours.$n"
    : > "$work/squiggle.$n"
    echo "== $n samples, $runs runs each, alternating; before: $(uptime | sed 's/.*load average/load average/')"
    for ((r = 1; r <= runs; r++)); do
        measure "$work/ours.$n" "${ours_cmd[@]}" run "$scenario" --samples "$(count "$n")" --format json
        measure "$work/squiggle.$n" node "$here/run-squiggle.mjs" "$model" "$(count "$n")"
        echo "run $r: ours $(tail -n 1 "$work/ours.$n" | awk '{ printf "%.2f s %.0f MB", $1, $2 / 1024 }'), Squiggle $(tail -n 1 "$work/squiggle.$n" | awk '{ printf "%.2f s %.0f MB", $1, $2 / 1024 }')"
    done
    load_after="$(uptime | sed 's/.*load average: //')"
    ow=$(awk '{ print $1 }' "$work/ours.$n" | median)
    om=$(awk '{ print $2 }' "$work/ours.$n" | median)
    sw=$(awk '{ print $1 }' "$work/squiggle.$n" | median)
    sm=$(awk '{ print $2 }' "$work/squiggle.$n" | median)
    summary+=("$(awk -v n="$n" -v sw="$sw" -v sm="$sm" -v ow="$ow" -v om="$om" -v load="$load_after" 'BEGIN {
        printf "| %s | %.2f s, %.0f MB | %.2f s, %.0f MB | %.1f× | %.1f× | %s |", n, sw, sm / 1024, ow, om / 1024, sw / ow, sm / om, load }')")
    echo
done

echo "== medians (whole process; ratio = Squiggle / ours)"
echo "| samples | Squiggle 0.10 | scaling-scenarios | time ratio | memory ratio | load average after |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
