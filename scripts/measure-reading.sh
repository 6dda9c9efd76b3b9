#!/usr/bin/env bash
# Measures how fast scenario files are read (issue 11, class 4): two minified files of about 1.2 MB, one valid
# (20,000 variables) and one with 120,000 errors, through Scenario.Validate. The log shows the file sizes;
# then BenchmarkDotNet prints its table. Takes about a minute; timings depend on the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/ScalingScenarios.Benchmarks -- --filter '*ScenarioReading*' --job short "$@"
