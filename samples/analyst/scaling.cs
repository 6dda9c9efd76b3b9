#!/usr/bin/env -S dotnet run
// The scaling core as a C# file-based app: the C02 tier ladder on both readings (parameters or training dollars)
// and the loss curves of the built-in scaling-law fits along their compute-optimal frontier.
// Run it with `dotnet run scaling.cs`; it writes scaling.out.md and its charts next to itself.
#:package ScalingScenarios
#:package ScalingScenarios.Charts

using ScalingScenarios.Charts;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scaling;
using ScottPlot;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;
var report = new List<string> { "# The scaling core", "" };

// Every assumption explicit: eq. 10 of Hoffmann et al. 2022, H100s at 40% MFU and $2 per accelerator-hour.
var hardware = Hardware.Create(Accelerator.H100Sxm, usdPerAcceleratorHour: Hardware.ReferenceH100UsdPerHour);
var assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, hardware);

// C02: "each tier is 10x the last" read two ways. The two ladders differ by orders of magnitude at the top,
// which is the translation caveat the interview leaves open.
foreach (var basis in new[] { TierBasis.Parameters, TierBasis.TrainingCostUsd })
{
    var ladder = TierLadder.Create(basis, assumptions);
    var table = new TextTable(
        $"Tier ladder, {basis} reading",
        ["Tier", "Parameters", "Tokens", "Training FLOPs", "Cost", "Days", "Loss"],
        ladder.Tiers.Select(t => new[]
        {
            t.Label, Display.Number(t.Parameters), Display.Number(t.Tokens), Display.Number(t.TrainingFlops),
            Display.Usd(t.TrainingCostUsd), Display.Number(t.WallClockDays), Display.Number(t.Loss, 4),
        }));
    report.Add(table.ToMarkdown());
    Console.WriteLine(table.ToMarkdown());
}

report.Add(TierLadder.TranslationCaveat);

// Both readings in one chart (log axes): the same "10x per tier" is 100x apart at the top.
Charts.TierLadder(assumptions).Save(Path.Combine(here, "scaling.tiers.png"), 1000, 450);
report.Add("![Tier ladder on both readings](scaling.tiers.png)");

// Loss curves: each fit's predicted loss at its own compute-optimal split, from 1e21 to 1e27 FLOPs.
double[] budgets = [1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27];
var curves = new TextTable(
    "Loss at the compute-optimal split, by fit and training budget (FLOPs)",
    ["Fit", .. budgets.Select(b => Display.Number(b))],
    LossFit.All.Select(fit => new[] { fit.Key }.Concat(budgets.Select(b => Display.Number(ComputeOptimal.ForBudget(b, fit).Loss, 4))).ToArray()),
    [.. LossFit.All.Select(f => $"{f.Key}: {f.Name}")]);
report.Add(curves.ToMarkdown());
Console.WriteLine(curves.ToMarkdown());

// A chart of your own: ScottPlot comes with ScalingScenarios.Charts. "Inter" is the font that package embeds, so the
// text shows even where no system font is installed (it is registered once any ScalingScenarios chart exists).
var plot = new Plot();
plot.Font.Set("Inter");
var flops = Enumerable.Range(0, 61).Select(i => Math.Pow(10, 21 + (i / 10.0))).ToArray();
foreach (var fit in LossFit.All)
{
    var line = plot.Add.ScatterLine(flops.Select(Math.Log10).ToArray(), flops.Select(c => ComputeOptimal.ForBudget(c, fit).Loss).ToArray());
    line.LegendText = fit.Key;
}

plot.Title("Predicted loss at the compute-optimal split");
plot.XLabel("log10 training FLOPs");
plot.YLabel("loss (nats per token)");
plot.ShowLegend();
plot.SavePng(Path.Combine(here, "scaling.loss.png"), 800, 500);
report.Add("![Loss curves](scaling.loss.png)");

// The curves flatten: every 10x of compute buys less loss than the one before (diminishing returns, C01).
foreach (var fit in LossFit.All)
{
    var losses = budgets.Select(b => ComputeOptimal.ForBudget(b, fit).Loss).ToArray();
    var gains = losses.Zip(losses.Skip(1), (a, b) => a - b).ToArray();
    if (gains.Zip(gains.Skip(1)).Any(p => p.Second >= p.First))
    {
        Console.Error.WriteLine($"{fit.Key}: a 10x step gained more than the one before it.");
        return 1;
    }
}

File.WriteAllText(Path.Combine(here, "scaling.out.md"), string.Join("\n\n", report) + "\n");
Console.WriteLine($"Wrote {Path.Combine(here, "scaling.out.md")}");
return 0;
