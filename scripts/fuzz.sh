#!/usr/bin/env bash
# The fuzzer's long run (issue 11): generated and mutated scenario files and formulas, N inputs in all (default
# 1,000,000), split evenly over the five generators of tests/ScalingScenarios.Tests/Fuzzing. Unlike the quick run in
# `dotnet test`, it counts failures instead of stopping at the first. Prints, per generator, the inputs tried, the
# distinct failures with the first input of each, and the slowest input; the same lines go to the report file.
# Every 10,000 inputs a progress line is added to the report, so a run stopped early still has its figures.
#   scripts/fuzz.sh [N] [REPORT] [FILTER]   e.g. scripts/fuzz.sh 1000000 artifacts/fuzz-report.txt
# FILTER narrows the generators by name (a dotnet test DisplayName filter), e.g. "formulas".
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-1000000}"
report="$(realpath -m "${2:-artifacts/fuzz-report.txt}")"
filter="FullyQualifiedName~ScenarioFuzzTests.Validate_FuzzedInputs${3:+&DisplayName~$3}"
mkdir -p "$(dirname "$report")"
[ -f "$report" ] || : > "$report"
echo "fuzz run: $inputs inputs, started $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)" | tee -a "$report"
start=$SECONDS
rc=0
# Run from a copy of the test binaries, so that building and testing can go on while a long run is under way.
dotnet build tests/ScalingScenarios.Tests -c Release
bin=artifacts/fuzz-bin
rm -rf "$bin" && mkdir -p "$bin" && cp -r tests/ScalingScenarios.Tests/bin/Release/net10.0/. "$bin"
SCALING_FUZZ_INPUTS="$inputs" SCALING_FUZZ_REPORT="$report" \
  dotnet test "$bin/ScalingScenarios.Tests.dll" --filter "$filter" \
  --logger "console;verbosity=minimal" || rc=$?
echo "fuzz run: finished $(date -u +%Y-%m-%dT%H:%M:%SZ) after $((SECONDS - start)) s, dotnet test exit code $rc" | tee -a "$report"
cat "$report"
exit "$rc"
