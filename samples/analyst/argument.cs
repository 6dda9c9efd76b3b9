#!/usr/bin/env -S dotnet run
// The argument check as a C# file-based app: each claim of the interview (C01-C14) with its inputs, the computed
// value and whether the stated conclusion follows; then the same check under a sceptic's odds, and charts of the
// numbers the argument rests on (the value chain's profit pools, the 60-40 vs 70-30 odds).
// Run it with `dotnet run argument.cs`; it writes argument.out.md and its charts next to itself.
#:package ScalingScenarios
#:package ScalingScenarios.Charts

using ScalingScenarios.Charts;
using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;

// The check on the interview scenario as written (odds of 60-70% that scaling continues): a report a student can
// hand in, claim by claim, with every input's source.
var check = ArgumentCheck.Run();
var report = new List<string> { check.ToMarkdown() };
Console.WriteLine(check.ToTable().ToMarkdown());

// Change one assumption and see which verdicts move: a sceptic's 30% odds that scaling continues.
var sceptic = ArgumentCheck.Run(InterviewScenario.Default.WithVariable("pContinue", "0.3"));
var changed = check.Checks.Zip(sceptic.Checks)
    .Where(p => p.First.Verdict != p.Second.Verdict || p.First.ValueText != p.Second.ValueText)
    .Select(p => new[] { p.First.Id, p.First.Title, $"{p.First.ValueText} ({ArgumentCheck.Describe(p.First.Verdict)})", $"{p.Second.ValueText} ({ArgumentCheck.Describe(p.Second.Verdict)})" })
    .ToList();
var moved = new TextTable("What a 30% chance that scaling continues changes", ["ID", "Check", "As written (60-70%)", "Sceptic (30%)"], changed);
report.Add(moved.ToMarkdown());
Console.WriteLine(moved.ToMarkdown());

// C04: where the profit goes, layer by layer, in the interview scenario.
var run = InterviewScenario.Default.Run();
run.ProfitPools("appProfit", "modelProfit", "cloudProfit", "chipProfit").Save(Path.Combine(here, "argument.pools.png"), 900, 450);
report.Add("![Profit pools by layer](argument.pools.png)");

// C11: the interview's two odds, 60-40 and 70-30, as presets run with the same seed (paired sample by sample).
var odds = ScenarioComparison.Run([InterviewScenario.Odds6040.Scenario, InterviewScenario.Odds7030.Scenario], labels: ["60-40", "70-30"]);
report.Add(odds.ToMarkdown());
Charts.Comparison("totalProfit", [.. odds.Results]).Save(Path.Combine(here, "argument.odds.png"), 1000, 450);
report.Add("![60-40 vs 70-30](argument.odds.png)");

File.WriteAllText(Path.Combine(here, "argument.out.md"), string.Join("\n\n", report) + "\n");
Console.WriteLine($"Wrote {Path.Combine(here, "argument.out.md")}");
var uncovered = Enum.GetValues<ClaimId>().Where(id => !check.Checks.Any(c => c.Claims.Contains(id))).ToList();
if (uncovered.Count > 0)
{
    Console.Error.WriteLine($"No check covers {string.Join(", ", uncovered)}.");
    return 1;
}

return 0;
