#!/usr/bin/env bash
# Packs the scaling-scenarios tool as .NET 10 per-platform tool packages into a folder feed (issue 12):
#   ScalingScenarios.Cli             the pointer package: names the platform packages, carries no program
#   ScalingScenarios.Cli.linux-x64   Native AOT (needs clang and zlib1g-dev; about 2 minutes on 2 cores)
#   ScalingScenarios.Cli.linux-arm64, .osx-arm64, .win-x64   framework-dependent ReadyToRun (cross-compiled here)
#   ScalingScenarios.Cli.any         framework-dependent, for every other platform with the .NET 10 runtime
# `dotnet tool install ScalingScenarios.Cli` picks the package of the machine's platform, else `any`.
#   scripts/pack-tool.sh VERSION OUTDIR [RID ...]   (default: every RID of ToolPackageRuntimeIdentifiers)
# Extra MSBuild arguments go in PACK_ARGS (e.g. PACK_ARGS=-warnaserror).
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: scripts/pack-tool.sh VERSION OUTDIR [RID ...]}"
out="${2:?usage: scripts/pack-tool.sh VERSION OUTDIR [RID ...]}"
shift 2
project=src/ScalingScenarios.Cli/ScalingScenarios.Cli.csproj
if [ "$#" -eq 0 ]; then
  IFS=';' read -r -a rids <<<"$(dotnet msbuild "$project" -getProperty:ToolPackageRuntimeIdentifiers)"
else
  rids=("$@")
fi
# The pointer package (also made by `dotnet pack ScalingScenarios.sln`, so kept when it is already there).
if [ ! -f "$out/ScalingScenarios.Cli.$version.nupkg" ]; then
  # shellcheck disable=SC2086 # PACK_ARGS is a list of words
  dotnet pack "$project" -c Release -p:Version="$version" -o "$out" ${PACK_ARGS:-}
fi
for rid in "${rids[@]}"; do
  start=$SECONDS
  # shellcheck disable=SC2086
  dotnet pack "$project" -c Release -r "$rid" -p:Version="$version" -o "$out" ${PACK_ARGS:-}
  echo "packed ScalingScenarios.Cli.$rid $version ($((SECONDS - start)) s)"
done
