#!/usr/bin/env -S dotnet run
// A 10-minute tour of ScalingScenarios as a C# file-based app: build a scenario, run it, chart it, change one
// assumption, compare the two runs, and export the raw samples for pandas, R or Excel.
// Run it with `dotnet run tour.cs` (see README.md beside it); it writes tour.out.md, its charts and the exports
// next to itself.
#:package ScalingScenarios
#:package ScalingScenarios.Charts
#:package ScalingScenarios.Parquet

using System.Globalization;
using ScalingScenarios.Charts;
using ScalingScenarios.Parquet;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;
var report = new List<string> { "# A 10-minute tour of ScalingScenarios", "" };

// 1. A scenario is a set of named formulas, as in a scenario file (samples/scenarios/*.json). "a to b" is a
//    log-normal with 90% of its mass between a and b; a variable used twice is the same draw in each sample.
static string Model(string name, string odds) => $$"""
    {
      "name": "{{name}}",
      "variables": {
        "pContinue": "{{odds}}",                                      // C11: the odds that scaling continues
        "market": "bernoulli(pContinue) ? (1T to 10T) : (100B to 1T)", // C03: AI spending per year
        "modelShare": "uniform(0.20, 0.40) * pert(0.40, 0.45, 0.75)",  // C04: inference share x model margin
        "modelProfit": "market * modelShare",
        "firms": "discrete([4, 5], [0.5, 0.5])",                       // C05: 4 or 5 frontier builders
        "profitPerFirm": "modelProfit / firms"
      },
      "outputs": ["market", "modelProfit", "profitPerFirm"],
      "units": { "pContinue": "percent", "market": "USD", "modelProfit": "USD", "profitPerFirm": "USD" }
    }
    """;

var baseline = Scenario.Parse(Model("Baseline", "uniform(0.6, 0.7)"));
string[] outputs = [.. baseline.Outputs.Select(o => o.Name)];

// 2. Run it: 100,000 samples, seed 42 unless you say otherwise; the same seed gives the same numbers on any machine.
var baseRun = baseline.Run();
report.Add(baseRun.ToMarkdown());
Console.WriteLine(baseRun.ToMarkdown());

// Chart it: a histogram of the market shows the two futures (scaling continues or stops) as two humps.
baseRun.Histogram("market").Save(Path.Combine(here, "tour.market.png"));
report.Add("![Histogram of the market](tour.market.png)");

// 3. Change one assumption: a sceptic's 30-40% odds that scaling continues. Everything else is unchanged,
//    and the other variables keep their random streams, so the difference is the assumption's alone.
var sceptic = Scenario.Parse(Model("Sceptic", "uniform(0.3, 0.4)"));
var scepticRun = sceptic.Run();

// 4. Compare the two runs side by side.
var comparison = new TextTable(
    "Baseline (60-70% odds) vs sceptic (30-40%), means",
    ["Output", "Baseline", "Sceptic", "Change"],
    outputs.Select(o => new[]
    {
        o,
        Display.Usd(baseRun[o].Mean),
        Display.Usd(scepticRun[o].Mean),
        Display.Percent((scepticRun[o].Mean / baseRun[o].Mean) - 1),
    }),
    [string.Create(CultureInfo.InvariantCulture, $"P(model-layer profit > $500B a year): {Display.Percent(baseRun["modelProfit"].ProbabilityAbove(500e9))} vs {Display.Percent(scepticRun["modelProfit"].ProbabilityAbove(500e9))}.")]);
report.Add(comparison.ToMarkdown());
Console.WriteLine(comparison.ToMarkdown());

// Same seed, so the two runs are paired sample by sample: the chart's second panel is the difference's distribution.
baseRun.ComparisonChart("modelProfit", scepticRun).Save(Path.Combine(here, "tour.comparison.png"), 1000, 450);
report.Add("![Baseline vs sceptic](tour.comparison.png)");

// 5. Raw samples out: one row per sample, the outputs plus chosen inputs, streamed block by block.
//    CSV is in the core package; Parquet comes from ScalingScenarios.Parquet.
string[] exported = ["pContinue", "market", "modelProfit"];
var csvPath = Path.Combine(here, "tour.samples.csv");
using (var csv = new StreamWriter(csvPath))
{
    baseline.Export(new CsvSampleWriter(csv), exported);
}

var parquetPath = Path.Combine(here, "tour.samples.parquet");
ScenarioResult exportedRun;
using (var file = File.Create(parquetPath))
using (var parquet = new ParquetSampleWriter(file))
{
    exportedRun = baseline.Export(parquet, exported);
}

// The export holds the very samples the summary was computed from.
var csvMean = File.ReadLines(csvPath).Skip(1).Average(line => double.Parse(line.Split(',')[2], CultureInfo.InvariantCulture));
var exportNote = string.Create(CultureInfo.InvariantCulture,
    $"Exported {exportedRun.Samples:N0} rows of {string.Join(", ", exported)} to tour.samples.csv and tour.samples.parquet; mean market in the CSV {Display.Usd(csvMean)}, in the summary {Display.Usd(exportedRun["market"].Mean)}.");
report.Add(exportNote);
Console.WriteLine(exportNote);

if (Math.Abs(csvMean - exportedRun["market"].Mean) > 1e-9 * exportedRun["market"].Mean)
{
    Console.Error.WriteLine("The exported CSV does not match the run's summary.");
    return 1;
}

File.WriteAllText(Path.Combine(here, "tour.out.md"), string.Join("\n\n", report) + "\n");
Console.WriteLine($"Wrote {Path.Combine(here, "tour.out.md")}");
return 0;
