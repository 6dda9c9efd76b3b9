namespace ScalingScenarios.Cli.Tests.Commands;

public class CompareCommandTests
{
    private static string Sample(string name) => RepositoryFiles.Path("samples", "scenarios", name);

    [Fact]
    public void Compare_TwoFiles_ShowsSharedOutputsWithDifferences()
    {
        var result = CliRunner.Run("compare", Sample("interview.json"), Sample("later-odds.json"), "--samples", "20000", "--format", "json");

        result.ExitCode.Should().Be(0);
        var json = result.Json();
        json.GetProperty("samples").GetInt32().Should().Be(20000);
        json.GetProperty("paired").GetBoolean().Should().BeTrue();
        var outputs = json.GetProperty("outputs");
        outputs.EnumerateObject().Select(p => p.Name).Should().Equal("market", "appProfit", "modelProfit", "cloudProfit", "chipProfit", "totalProfit", "tenPercentSlice");
        var market = outputs.GetProperty("market");
        var results = market.GetProperty("results");
        var later = Sample("later-odds.json");
        var difference = market.GetProperty("differences").GetProperty(later).GetProperty("meanDifference").GetDouble();
        difference.Should().BeApproximately(results.GetProperty(later).GetProperty("mean").GetDouble() - results.GetProperty(Sample("interview.json")).GetProperty("mean").GetDouble(), 1e-3);
        // Higher odds of the larger market raise the expected market.
        difference.Should().BePositive();
        json.GetProperty("scenarios")[0].GetProperty("onlyHere").EnumerateArray().Select(e => e.GetString()).Should().Contain("savingsGain");
    }

    [Fact]
    public void Compare_Table_NamesBothFiles()
    {
        var result = CliRunner.Run("compare", Sample("interview.json"), Sample("later-odds.json"), "--samples", "2000");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Paired Δ").And.Contain("baseline").And.Contain("Only in " + Sample("interview.json") + ": modelProfitAfterSavings");
    }

    [Fact]
    public void Compare_NoSharedOutput_ExitsOne()
    {
        var result = CliRunner.Run("compare", Sample("interview.json"), Sample("math.json"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: the scenarios share no output:");
    }

    [Fact]
    public void Compare_TwoPresets_PairsTheOdds()
    {
        var result = CliRunner.Run("compare", "--preset", "odds-60-40", "--preset", "odds-70-30", "--samples", "20000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var json = result.Json();
        json.GetProperty("baseline").GetString().Should().Be("odds-60-40");
        var market = json.GetProperty("outputs").GetProperty("market").GetProperty("differences").GetProperty("odds-70-30");
        // Same seed: a sample differs only where the 70% coin says 'continues' and the 60% coin does not, so the paired
        // difference is never negative (the continues market is drawn from the same numbers) and mostly exactly 0.
        market.GetProperty("meanDifference").GetDouble().Should().BePositive();
        market.GetProperty("paired").GetProperty("p50").GetDouble().Should().Be(0);
    }

    [Fact]
    public void Compare_ThreeScenarios_ComparesEachWithTheFirst()
    {
        var result = CliRunner.Run("compare", "--preset", "inference-savings-10", "--preset", "inference-savings-20", "--preset", "inference-savings-30", "--samples", "2000", "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines[0].Should().StartWith("output,unit,scenario,mean,");
        lines.Where(l => l.StartsWith("savingsGain,", StringComparison.Ordinal)).Should().HaveCount(3);
    }

    [Fact]
    public void Compare_UnknownPreset_IsOneLineWithASuggestion()
    {
        var result = CliRunner.Run("compare", "--preset", "odds-60-41", "--preset", "odds-70-30");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --preset odds-60-41: Expected one of the presets interview, odds-60-40,").And.EndWith("Did you mean 'odds-60-40'?\n");
        result.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Compare_OneScenario_IsAUsageError()
    {
        var result = CliRunner.Run("compare", "--preset", "odds-60-40");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: compare: expected at least two scenarios");
    }

    [Fact]
    public void Compare_Set_AppliesToEveryScenario()
    {
        var result = CliRunner.Run("compare", "--preset", "odds-60-40", "--preset", "odds-70-30", "--set", "marketIfContinues=2e12", "--set", "marketIfStops=1e11", "--samples", "1000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        // With the two markets fixed at $2T and $100B, the 60-40 market's largest draw is $2T and its smallest $100B.
        result.Json().GetProperty("outputs").GetProperty("market").GetProperty("results").GetProperty("odds-60-40").GetProperty("max").GetDouble().Should().Be(2e12);
        result.Json().GetProperty("outputs").GetProperty("market").GetProperty("results").GetProperty("odds-70-30").GetProperty("min").GetDouble().Should().Be(1e11);
    }

    [Fact]
    public void Compare_OverTheMemoryBudget_BoundedModeStillPairsAndGivesTheSameNumbers()
    {
        // 10 outputs × 50 000 samples × 8 bytes = 3.8 MiB per run, over 2 MiB: every run and the paired differences are bounded.
        string[] args = ["compare", "--preset", "odds-60-40", "--preset", "odds-70-30", "--samples", "5e4", "--format", "json"];
        var kept = CliRunner.Run(args);
        var bounded = CliRunner.Run([.. args, "--max-memory", "2MB"]);

        bounded.ExitCode.Should().Be(0);
        bounded.Json().GetProperty("boundedMemory").GetBoolean().Should().BeTrue();
        bounded.Json().GetProperty("paired").GetBoolean().Should().BeTrue();
        bounded.Json().GetProperty("outputs").GetRawText().Should().Be(kept.Json().GetProperty("outputs").GetRawText());
    }
}
