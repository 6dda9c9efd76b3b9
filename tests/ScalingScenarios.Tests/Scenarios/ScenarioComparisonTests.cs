using System.Text.Json;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioComparisonTests
{
    private static Scenario Make(string name, string v, string extra = "")
        => Scenario.Parse($$"""{ "name": "{{name}}", "samples": 10000, "seed": 4, "variables": { "x": "normal(0, 1)", "v": "{{v}}" {{extra}} }, "outputs": ["v"{{(extra.Length > 0 ? ", \"w\"" : "")}}], "units": { "v": "USD" } }""");

    [Fact]
    public void Run_SameSeed_PairsTheSamples()
    {
        var comparison = ScenarioComparison.Run([Make("a", "x"), Make("b", "x + 1"), Make("c", "x * 2")]);

        comparison.IsPaired.Should().BeTrue();
        var v = comparison.Outputs.Should().ContainSingle().Which;
        v.Unit.Should().Be("USD");
        var b = v.Differences[0];
        // b - a = (x + 1) - x = 1 in every sample: the paired difference has no spread, and b beats a every time.
        b.Paired!.Min.Should().BeApproximately(1, 1e-12);
        b.Paired.Max.Should().BeApproximately(1, 1e-12);
        b.ProbabilityPositive.Should().Be(1);
        b.MeanDifference.Should().BeApproximately(1, 1e-9);
        // c - a = x: P(x > 0) is about one half (standard error 0.005 with 10,000 draws), its 90% interval about ±1.645.
        var c = v.Differences[1];
        c.ProbabilityPositive!.Value.Should().BeApproximately(0.5, 0.02);
        c.Paired!.P95.Should().BeApproximately(1.645, 0.06);
        c.Paired.Mean.Should().BeApproximately(c.MeanDifference, 1e-9, "the mean of the differences is the difference of the means");
    }

    [Fact]
    public void Create_DifferentSeeds_HasNoPairedDifference()
    {
        var a = Make("a", "x").Run();
        var b = Make("b", "x + 1").WithSeed(5).Run();

        var comparison = ScenarioComparison.Create([a, b]);

        comparison.IsPaired.Should().BeFalse();
        comparison.Outputs[0].Differences[0].Paired.Should().BeNull();
        comparison.Outputs[0].Differences[0].ProbabilityPositive.Should().BeNull();
    }

    [Fact]
    public void Create_NoSharedOutput_ListsEachOnesOutputs()
    {
        var a = Scenario.Parse("""{ "name": "a", "samples": 10, "variables": { "p": 1 }, "outputs": ["p"] }""").Run();
        var b = Scenario.Parse("""{ "name": "b", "samples": 10, "variables": { "q": 1 }, "outputs": ["q"] }""").Run();

        var act = () => ScenarioComparison.Create([a, b]);

        act.Should().Throw<ArgumentException>().WithMessage("Expected scenarios that share at least one output; got 'a' with p; 'b' with q. (Parameter 'results')");
    }

    [Fact]
    public void Create_OneResult_Throws()
        => FluentActions.Invoking(() => ScenarioComparison.Create([Make("a", "x").Run()])).Should().Throw<ArgumentException>()
            .WithMessage("Expected at least two results to compare; got 1. (Parameter 'results')");

    [Fact]
    public void Create_RepeatedLabels_AreMadeUnique()
        => ScenarioComparison.Run([Make("a", "x"), Make("a", "x + 1")]).Labels.Should().Equal("a", "a (2)");

    [Fact]
    public void UnsharedOutputs_ListsOutputsOnlyOneHas()
    {
        var comparison = ScenarioComparison.Run([Make("a", "x"), Make("b", "x", ", \"w\": 3")]);

        comparison.UnsharedOutputs(1).Should().Equal("w");
        comparison.ToTable().Notes.Should().Contain("Only in b: w.");
    }

    [Fact]
    public void ToCsv_WritesRawNumbersWithAUnitColumn()
    {
        var csv = ScenarioComparison.Run([Make("a", "1000000 + x * 0"), Make("b", "2500000.5 + x * 0")]).ToCsv().Split('\n');

        csv[0].Should().Be("output,unit,scenario,mean,stdDev,p5,p50,p95,meanDifference,ratio,pairedMean,pairedP5,pairedP95,probabilityPositive");
        csv[1].Should().Be("v,USD,a,1000000,0,1000000,1000000,1000000,,,,,,");
        // 2500000.5 - 1000000 = 1500000.5; ratio 2.5000005; every paired difference is 1500000.5, all positive.
        csv[2].Should().Be("v,USD,b,2500000.5,0,2500000.5,2500000.5,2500000.5,1500000.5,2.5000005,1500000.5,1500000.5,1500000.5,1");
    }

    [Fact]
    public void ToJson_IsOneObjectWithPerOutputDifferences()
    {
        using var json = JsonDocument.Parse(ScenarioComparison.Run([Make("a", "x"), Make("b", "x + 1")]).ToJson());

        var root = json.RootElement;
        root.GetProperty("baseline").GetString().Should().Be("a");
        root.GetProperty("paired").GetBoolean().Should().BeTrue();
        root.GetProperty("scenarios").GetArrayLength().Should().Be(2);
        var v = root.GetProperty("outputs").GetProperty("v");
        v.GetProperty("results").GetProperty("b").GetProperty("p50").GetDouble().Should().BeApproximately(1, 0.05);
        v.GetProperty("differences").GetProperty("b").GetProperty("paired").GetProperty("probabilityPositive").GetDouble().Should().Be(1);
    }

    [Fact]
    public void ToMarkdown_ShowsTheBaselineAndTheDifference()
    {
        var markdown = ScenarioComparison.Run([Make("a", "x"), Make("b", "x + 1")]).ToMarkdown();

        markdown.Should().Contain("| v | a |").And.Contain("baseline").And.Contain("| b |").And.Contain("100%");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_BudgetTooSmall_PairedDifferencesEqualTheKeptOnes(int threads)
    {
        // Two outputs × 100 001 samples × 8 bytes = 1.6 MB per run, over a 1 MiB budget: every run is bounded, and the paired
        // differences come from one joint run of the three scenarios. They must be those of kept samples, bit for bit.
        Scenario[] scenarios = [.. new[] { ("a", "x"), ("b", "x + uniform(0, 1)"), ("c", "x * 2") }
            .Select(p => Make(p.Item1, p.Item2, ", \"w\": \"v * x + (1 to 3)\"").WithSamples(100_001))];
        var options = scenarios[0].Options.WithThreads(threads);
        var kept = ScenarioComparison.Run(scenarios, options);

        var bounded = ScenarioComparison.Run(scenarios, options.WithMaxMemory(1 << 20));

        bounded.Results.Should().OnlyContain(r => r.BoundedMemory);
        (kept.IsPaired, bounded.IsPaired).Should().Be((true, true));
        foreach (var (b, k) in bounded.Outputs.SelectMany(o => o.Differences).Zip(kept.Outputs.SelectMany(o => o.Differences)))
        {
            var (pb, pk) = (b.Paired!, k.Paired!);
            pb.HasSamples.Should().BeFalse();
            new[] { pb.Mean, pb.StdDev, pb.Min, pb.Max, pb.P5, pb.P10, pb.P25, pb.P50, pb.P75, pb.P90, pb.P95, b.ProbabilityPositive!.Value }.Select(BitConverter.DoubleToInt64Bits)
                .Should().Equal(new[] { pk.Mean, pk.StdDev, pk.Min, pk.Max, pk.P5, pk.P10, pk.P25, pk.P50, pk.P75, pk.P90, pk.P95, k.ProbabilityPositive!.Value }.Select(BitConverter.DoubleToInt64Bits));
            pb.Histogram.Should().Equal(pk.Histogram);
        }

        bounded.ToTable().Notes.Should().Contain(n => n.StartsWith("Bounded-memory mode:", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_BoundedResults_SayWhyThereAreNoPairedDifferencesAndWhatToChange()
    {
        // Results run on their own in the bounded-memory mode kept no samples, and Create cannot re-run them.
        var options = Make("a", "x").Options.WithSamples(200_000).WithMaxMemory(1 << 20);
        var comparison = ScenarioComparison.Create([Make("a", "x").Run(options), Make("b", "x + 1").Run(options)]);

        comparison.IsPaired.Should().BeFalse();
        comparison.Outputs[0].Differences[0].Paired.Should().BeNull();
        const string Note = "The runs used the bounded-memory mode, so their samples were not kept and there are no paired differences (they need every run's samples: up to 1.5 MiB per run for 200,000 samples). Raise the memory budget to at least that (--max-memory; SimulationOptions.WithMaxMemory) or run fewer samples.";
        comparison.ToTable().Notes.Should().Contain(Note);
        using var json = JsonDocument.Parse(comparison.ToJson());
        json.RootElement.GetProperty("unpairedBecause").GetString().Should().Be(Note);
    }
}
