#!/usr/bin/env bash
# Whole-process wall time and peak RSS of `scaling-scenarios run` in the in-memory and bounded-memory modes
# (docs/performance.md, "Memory"). Usage: scripts/measure-memory.sh [CLI] [RUN...]
#   CLI: the built tool (default: src/ScalingScenarios.Cli/bin/Release/net10.0/scaling-scenarios; copy it elsewhere first
#        if you build while this runs). RUN: interview-1e6, interview-1e6-64MB, interview-1e7, interview-1e7-64MB,
#        interview-1e8, interview-1e8-256MB, two-1e8, two-1e9 (default: the 1e6 and 1e7 runs).
# With MEASURE_KEEP=DIR each run's JSON is kept as DIR/RUN.json (to compare the modes' numbers with cmp or jq).
# Each run prints: name, wall seconds, peak RSS in KB (GNU time), the load average before it, and the JSON's boundedMemory flags.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-src/ScalingScenarios.Cli/bin/Release/net10.0/scaling-scenarios}
shift || true
runs=("$@")
[ ${#runs[@]} -gt 0 ] || runs=(interview-1e6 interview-1e6-64MB interview-1e7 interview-1e7-64MB)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# A 2-output model without branches (5 leaves): the issue's "2-output model" for 1e8 and 1e9 samples.
cat > "$out/two.json" <<'JSON'
{ "name": "two outputs", "variables": { "market": "1e12 to 1e13", "share": "beta(2, 8)", "margin": "uniform(0.2, 0.5)",
  "revenue": "market * share", "profit": "revenue * margin" }, "outputs": ["revenue", "profit"] }
JSON
for run in "${runs[@]}"; do
  IFS=- read -r model samples budget <<< "$run"
  args=(run)
  [ "$model" = two ] && args+=("$out/two.json")
  args+=(--samples "$samples" --format json)
  [ -n "${budget:-}" ] && args+=(--max-memory "$budget")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -f "%e %M" -o "$out/time" "$cli" "${args[@]}" > "$out/result.json"
  read -r wall rss < "$out/time"
  flags=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('bounded' if d.get('boundedMemory') else 'in-memory', 'branches:', ('bounded' if d.get('branches', {}).get('boundedMemory') else 'in-memory') if 'branches' in d else '-')" "$out/result.json")
  printf '%-22s %8s s %10s KB  load %s  %s\n' "$run" "$wall" "$rss" "$load" "$flags"
  if [ -n "${MEASURE_KEEP:-}" ]; then cp "$out/result.json" "$MEASURE_KEEP/$run.json"; fi
done
