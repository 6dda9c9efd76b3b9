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
        var outputs = json.GetProperty("outputs");
        outputs.EnumerateObject().Select(p => p.Name).Should().Equal("market", "appProfit", "modelProfit", "cloudProfit", "chipProfit", "totalProfit", "tenPercentSlice");
        var market = outputs.GetProperty("market");
        var difference = market.GetProperty("difference").GetProperty("mean").GetDouble();
        difference.Should().BeApproximately(market.GetProperty("b").GetProperty("mean").GetDouble() - market.GetProperty("a").GetProperty("mean").GetDouble(), 1e-3);
        // Higher odds of the larger market raise the expected market.
        difference.Should().BePositive();
        json.GetProperty("onlyInA").EnumerateArray().Select(e => e.GetString()).Should().Contain("savingsGain");
    }

    [Fact]
    public void Compare_Table_NamesBothFiles()
    {
        var result = CliRunner.Run("compare", Sample("interview.json"), Sample("later-odds.json"), "--samples", "2000");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("The interview's value chain vs Later odds (75-80%)").And.Contain("B - A").And.Contain("Only in A: modelProfitAfterSavings");
    }

    [Fact]
    public void Compare_NoSharedOutput_ExitsOne()
    {
        var result = CliRunner.Run("compare", Sample("interview.json"), Sample("math.json"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: the two scenarios share no output:");
    }
}
