// ArgumentCheck: walks the interview's argument claim by claim with the public API, as a package consumer would.
// 1. the built-in scenario and its branches; 2. the check with its verdicts; 3. one assumption changed; 4. two presets compared.
using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

var scenario = InterviewScenario.Default.WithSamples(50_000);
Console.WriteLine($"{scenario.Name}: {scenario.Variables.Count} variables, branches {string.Join(" / ", scenario.Branches.Select(b => $"{b.Name} (p = {b.Probability})"))}");

// The futures (C11, C12): each branch's mean, the expected value over the branches and when it breaks even.
var branches = scenario.Run().Branches!;
var ev = branches.ExpectedValue("profitPerFirmAfterTraining");
Console.WriteLine($"A builder's yearly profit after one $100B run: E = {Display.Usd(ev.Mean)} ± {Display.Usd(ev.StandardError)}");
foreach (var outcome in branches.Outcomes)
{
    Console.WriteLine($"  given {outcome.Name,-9} {Display.Usd(outcome.Result["profitPerFirmAfterTraining"].Mean)}");
}

var breakEven = branches.BreakEvenProbability("continues", "profitPerFirmAfterTraining");
Console.WriteLine($"  it pays when P(continues) > {(breakEven is { } q ? Display.Percent(q) : "never")}");

// The check: every claim, its computed value and whether the stated conclusion follows.
var check = ArgumentCheck.Run(scenario);
foreach (var verdict in Enum.GetValues<CheckVerdict>())
{
    var ids = check.Checks.Where(c => c.Verdict == verdict).Select(c => c.Id).ToList();
    Console.WriteLine($"\n{ArgumentCheck.Describe(verdict)} ({ids.Count}): {string.Join(", ", ids)}");
}

foreach (var row in check.For(ClaimId.C05).Checks)
{
    Console.WriteLine($"\n{row.Id} {row.Title}\n  {row.ValueText}: {ArgumentCheck.Describe(row.Verdict)}\n  {row.Reasoning}");
}

// Change one assumption and re-run: the tier read in parameters makes a frontier run cost about $1.7M, not $100B.
var parameters = ArgumentCheck.Run(InterviewScenario.TiersInParameters.Scenario.WithSamples(50_000));
var voi = parameters.Checks.Single(c => c.Id == "C11+C02");
Console.WriteLine($"\nOn the parameter reading, {voi.Title.ToLowerInvariant()}: {voi.ValueText} ({ArgumentCheck.Describe(voi.Verdict)})");

// Two presets side by side on the same random numbers: how much do ten points of odds change?
var comparison = ScenarioComparison.Run([InterviewScenario.Odds6040.Scenario, InterviewScenario.Odds7030.Scenario],
    scenario.Options, ["odds-60-40", "odds-70-30"]);
var total = comparison.Outputs.Single(o => o.Name == "totalProfit");
var difference = total.Differences[0];
Console.WriteLine($"\ntotalProfit, 70-30 minus 60-40: {Display.Usd(difference.MeanDifference)} on average; "
    + $"the paired difference is positive in {Display.Percent(difference.ProbabilityPositive ?? 0)} of samples "
    + $"(90% interval {Display.Usd(difference.Paired!.P5)} to {Display.Usd(difference.Paired.P95)})");
