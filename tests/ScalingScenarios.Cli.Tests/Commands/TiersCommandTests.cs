namespace ScalingScenarios.Cli.Tests.Commands;

public class TiersCommandTests
{
    [Fact]
    public void Tiers_Default_ShowsBothReadingsAndTheCaveat()
    {
        var result = CliRunner.Run("tiers");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("parameter reading").And.Contain("dollar reading")
            .And.Contain("Nobel-level researcher").And.Contain("Translation caveat").And.Contain("×100");
    }

    [Fact]
    public void Tiers_Json_HasTopLevelBasisAndTiersWithRequiredFields()
    {
        var json = CliRunner.Run("tiers", "--basis", "parameters", "--format", "json").Json();

        json.GetProperty("basis").GetString().Should().Be("parameters");
        json.GetProperty("caveat").GetString().Should().Contain("4-5 builders");
        var tiers = json.GetProperty("tiers");
        tiers.GetArrayLength().Should().Be(4);
        var top = tiers[3];
        top.GetProperty("basis").GetString().Should().Be("parameters");
        top.GetProperty("label").GetString().Should().Be("Nobel-level researcher");
        top.GetProperty("parameters").GetDouble().Should().Be(1e11);
        top.GetProperty("tokens").GetDouble().Should().Be(2e12);
        top.GetProperty("tokensPerParameter").GetDouble().Should().Be(20);
        top.GetProperty("trainingFlops").GetDouble().Should().BeApproximately(1.2e24, 1e12);
        top.GetProperty("inferenceFlopsPerToken").GetDouble().Should().Be(2e11);
        top.GetProperty("fit").GetString().Should().Be("hoffmann2022");
        top.GetProperty("trainingFlopsRatio").GetDouble().Should().BeApproximately(100, 1e-9);
        // 1.2e24 FLOPs / (989.4e12 · 0.40) / 3600 · $2 = $1.68452M (default H100 assumptions).
        top.GetProperty("trainingCostUsd").GetDouble().Should().BeApproximately(1.68452e6, 10);
        top.TryGetProperty("loss", out _).Should().BeTrue();
    }

    [Fact]
    public void Tiers_JsonBoth_HasEightTiers()
    {
        var json = CliRunner.Run("tiers", "--format", "json").Json();

        json.GetProperty("basis").GetString().Should().Be("both");
        json.GetProperty("tiers").GetArrayLength().Should().Be(8);
        json.GetProperty("tiers")[4].GetProperty("basis").GetString().Should().Be("trainingCostUsd");
        json.GetProperty("tiers")[4].GetProperty("trainingCostUsd").GetDouble().Should().BeApproximately(1e8, 1e-3);
    }

    [Fact]
    public void Tiers_Csv_IsOneLongTableWithBasisAndUnitColumnsAndRawNumbers()
    {
        var lines = CliRunner.Run("tiers", "--format", "csv").Out.TrimEnd('\n').Split('\n');

        lines[0].Should().Be("basis,tier,capability,quantity,value,unit");
        lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Should().Equal("parameters", "trainingCostUsd");
        // 2 readings x 4 tiers x 9 quantities, plus 2 ratios for tiers 2-4: 2 x (36 + 6) rows, one header.
        lines.Should().HaveCount(1 + (2 * 42));
        // Tier 4 of the parameter reading costs 1.2e24 / (989.4e12 * 0.40) / 3600 * $2 = $1,684,519.9 (default H100 assumptions).
        var cost = lines.Single(l => l.StartsWith("parameters,4,", StringComparison.Ordinal) && l.Contains(",trainingCostUsd,", StringComparison.Ordinal)).Split(',');
        double.Parse(cost[4], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(1.68452e6, 10);
        cost[5].Should().Be("USD");
        lines.Should().NotContain(l => l.Contains('$') || l.Contains('×'));
    }

    [Fact]
    public void Tiers_Markdown_HasTitle()
        => CliRunner.Run("tiers", "--basis", "parameters", "--format", "markdown").Out.Should().StartWith("**C02 tier ladder, parameter reading");

    [Fact]
    public void Tiers_UnknownBasis_IsAUsageErrorListingTheChoices()
    {
        var result = CliRunner.Run("tiers", "--basis", "tokens");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --basis: expected one of both, parameters, training-cost; got 'tokens'.\n");
    }

    [Fact]
    public void Tiers_NaNMfu_ExitsOneNamingTheOption()
    {
        var result = CliRunner.Run("tiers", "--mfu", "NaN");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("error: --mfu: Expected a finite number; got NaN.\n");
    }

    [Fact]
    public void Tiers_A100WithoutPrice_ExitsOne()
    {
        var result = CliRunner.Run("tiers", "--accelerator", "a100");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --usd-per-hour: required for a100");
    }

    [Fact]
    public void Tiers_UnknownFit_IsAUsageErrorWithASuggestionAndNoParameterName()
    {
        var result = CliRunner.Run("tiers", "--fit", "hoffman2022");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --fit: expected one of hoffmann2022, hoffmann2022-exact, besiroglu2024, kaplan2020; got 'hoffman2022'. Did you mean 'hoffmann2022'?\n")
            .And.NotContain("Parameter");
    }

    [Fact]
    public void Tiers_Help_ExplainsUnitsAndDefaults()
    {
        var result = CliRunner.Run("tiers", "--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("--basis").And.Contain("--usd-per-hour").And.Contain("Default 0.40").And.Contain("$1e8");
    }
}
