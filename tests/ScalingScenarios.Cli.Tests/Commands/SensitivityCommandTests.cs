namespace ScalingScenarios.Cli.Tests.Commands;

public class SensitivityCommandTests
{
    [Fact]
    public void Sensitivity_Json_RanksInputsByTheSizeOfTheirSwing()
    {
        var result = CliRunner.Run("sensitivity", "--output", "modelProfitPerFirm", "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var json = result.Json();
        json.GetProperty("output").GetString().Should().Be("modelProfitPerFirm");
        var inputs = json.GetProperty("inputs").EnumerateArray().ToList();
        inputs.Select(i => i.GetProperty("input").GetString()).Should().Contain(["marketIfContinues", "frontierFirms", "modelMargin"])
            .And.NotContain("inferenceSavings", "the per-firm profit does not depend on the savings");
        var swings = inputs.Select(i => Math.Abs(i.GetProperty("swing").GetDouble())).ToList();
        swings.Should().BeInDescendingOrder();
        // More firms share the same profit: holding the firm count high lowers the per-firm profit.
        inputs.Single(i => i.GetProperty("input").GetString() == "frontierFirms").GetProperty("swing").GetDouble().Should().BeNegative();
    }

    [Fact]
    public void Sensitivity_NoOutputOption_ExplainsTheFirstOutput()
        => CliRunner.Run("sensitivity", "--samples", "2000", "--format", "json").Json().GetProperty("output").GetString().Should().Be("market");

    [Fact]
    public void Sensitivity_Table_ExplainsTheColumns()
    {
        var result = CliRunner.Run("sensitivity", "--output", "market", "--samples", "2000");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("What drives market").And.Contain("Swing").And.Contain("Rank correlation").And.Contain("market: bernoulli(pContinue)");
    }

    [Fact]
    public void Sensitivity_UnknownOutput_ExitsOneWithASuggestion()
    {
        var result = CliRunner.Run("sensitivity", "--output", "modelProfits");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: --output: Expected the name of a variable of 'The interview's value chain'; got 'modelProfits'. Did you mean 'modelProfit'?\n");
    }

    [Fact]
    public void Sensitivity_OverTheMemoryBudget_ExitsOneSayingWhatItNeedsAndTheOption()
    {
        var result = CliRunner.Run("sensitivity", "--output", "market", "--samples", "1e6", "--max-memory", "4MB");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --max-memory: Expected a memory budget of at least 64.8 MiB for sensitivity, which keeps and ranks the samples of every random input and of the output (1,000,000 samples of 4 inputs and the output; it has no bounded-memory mode), or fewer samples; got 4 MiB.");
    }
}
