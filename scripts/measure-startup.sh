#!/usr/bin/env bash
# Whole-process start-up of the tool (issue 12, docs/performance.md "Start-up"): wall time and peak RSS of short
# commands and of a 1e6-sample run, for each build named on the command line, runs alternating between builds.
# Prints one Markdown row per command and build: the median of RUNS runs (wall in ms from `date +%s%N`, peak RSS from
# `/usr/bin/time -f %M`), and the load average before and after.
#   scripts/measure-startup.sh [RUNS] NAME=PROGRAM ...
#   scripts/measure-startup.sh 7 native=artifacts/startup/native/scaling-scenarios jit=src/ScalingScenarios.Cli/bin/Release/net10.0/scaling-scenarios
# Without builds it makes two: the native tool (dotnet publish -r linux-x64, Native AOT) and the JIT build.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
builds=("$@")
if [ "${#builds[@]}" -eq 0 ]; then
  dotnet publish src/ScalingScenarios.Cli -c Release -r linux-x64 -o artifacts/startup/native >/dev/null
  dotnet build src/ScalingScenarios.Cli -c Release >/dev/null
  builds=(native=artifacts/startup/native/scaling-scenarios jit=src/ScalingScenarios.Cli/bin/Release/net10.0/scaling-scenarios)
fi
commands=("--help" "--version" "tiers" "run" "run --samples 1e6 --format json")
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs per cell; $(nproc) cores"
echo
echo "| command | build | wall (median) | peak RSS (median) |"
echo "|---|---|---|---|"
for c in "${!commands[@]}"; do
  read -r -a words <<<"${commands[$c]}"
  for build in "${builds[@]}"; do "${build#*=}" "${words[@]}" >/dev/null 2>&1; done # warm the file cache once
  for ((i = 0; i < runs; i++)); do
    for build in "${builds[@]}"; do
      name=${build%%=*}
      start=$(date +%s%N)
      /usr/bin/time -f "%M" -o "$tmp/rss" "${build#*=}" "${words[@]}" >/dev/null 2>"$tmp/err"
      end=$(date +%s%N)
      echo $(((end - start) / 1000000)) >>"$tmp/$c.$name.wall"
      cat "$tmp/rss" >>"$tmp/$c.$name.rss"
    done
  done
  for build in "${builds[@]}"; do
    name=${build%%=*}
    printf '| `%s` | %s | %s ms | %s MB |\n' "${commands[$c]}" "$name" "$(median <"$tmp/$c.$name.wall")" \
      "$(median <"$tmp/$c.$name.rss" | awk '{printf "%.0f", $1 / 1024}')"
  done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
