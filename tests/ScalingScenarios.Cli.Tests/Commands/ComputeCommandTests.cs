namespace ScalingScenarios.Cli.Tests.Commands;

public class ComputeCommandTests
{
    [Fact]
    public void Compute_Parameters_Json_UsesTwentyTokensPerParameter()
    {
        // Chinchilla: 70e9 parameters × 20 = 1.4e12 tokens; 6ND = 5.88e23; eq. 10 loss 1.936645 (see ChinchillaFitTests).
        var json = CliRunner.Run("compute", "--parameters", "70e9", "--format", "json").Json();

        json.GetProperty("parameters").GetDouble().Should().Be(70e9);
        json.GetProperty("tokens").GetDouble().Should().Be(1.4e12);
        json.GetProperty("tokensPerParameter").GetDouble().Should().Be(20);
        json.GetProperty("trainingFlops").GetDouble().Should().BeApproximately(5.88e23, 1e9);
        json.GetProperty("loss").GetDouble().Should().BeApproximately(1.936645, 1e-4);
        json.GetProperty("inferenceFlopsPerToken").GetDouble().Should().Be(140e9);
        json.GetProperty("fit").GetString().Should().Be("hoffmann2022");
        json.TryGetProperty("trainingCostUsd", out _).Should().BeFalse("no hardware option was given");
    }

    [Fact]
    public void Compute_ParametersAndTokens_UsesGivenTokens()
    {
        // Gopher: 280e9 parameters on 300e9 tokens = 5.04e23 FLOPs.
        var json = CliRunner.Run("compute", "--parameters", "280e9", "--tokens", "300e9", "--format", "json").Json();

        json.GetProperty("trainingFlops").GetDouble().Should().BeApproximately(5.04e23, 1e9);
        json.GetProperty("allocation").GetString().Should().Be("givenTokens");
    }

    [Fact]
    public void Compute_Flops_AllocatesByClosedForm()
    {
        // N_opt = 1.34471 · (9.6e22)^(0.28/0.62) = 3.2190e10 (see ComputeOptimalTests).
        var json = CliRunner.Run("compute", "--flops", "5.76e23", "--format", "json").Json();

        json.GetProperty("parameters").GetDouble().Should().BeApproximately(3.2190e10, 1e7);
        json.GetProperty("allocation").GetString().Should().Be("fitClosedForm");
    }

    [Fact]
    public void Compute_BudgetUsd_ShowsCostEqualToBudgetAndTime()
    {
        var json = CliRunner.Run("compute", "--budget-usd", "1e8", "--accelerator", "h100", "--mfu", "0.4", "--usd-per-hour", "2", "--format", "json").Json();

        // $1e8 / $2 = 5e7 H100-hours.
        json.GetProperty("trainingCostUsd").GetDouble().Should().BeApproximately(1e8, 1e-3);
        json.GetProperty("acceleratorHours").GetDouble().Should().BeApproximately(5e7, 1e-6);
        json.GetProperty("wallClockDays").GetDouble().Should().BePositive();
        json.GetProperty("hardware").GetProperty("accelerator").GetString().Should().Be("h100");
    }

    [Fact]
    public void Compute_Table_WithHardware_ShowsCostRow()
    {
        var result = CliRunner.Run("compute", "--parameters", "1e11", "--usd-per-hour", "2");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Training cost").And.Contain("$1.68M").And.Contain("Wall-clock days");
    }

    [Fact]
    public void Compute_Kaplan_Flops_FollowsPointSevenThreeLaw()
    {
        // Kaplan et al. 2020, Appendix A, Table 6 and Figure 14: N_opt = 1.3e9 at one PF-day (8.64e19 FLOPs).
        var json = CliRunner.Run("compute", "--flops", "8.64e19", "--fit", "kaplan2020", "--format", "json").Json();

        json.GetProperty("parameters").GetDouble().Should().BeApproximately(1.3e9, 1e-3);
        json.GetProperty("fit").GetString().Should().Be("kaplan2020");
    }

    [Theory]
    [InlineData("--parameters", "NaN", "error: --parameters: Expected a finite number; got NaN.\n")]
    [InlineData("--parameters", "0", "error: --parameters: Expected a positive number (> 0); got 0.\n")]
    [InlineData("--flops", "Infinity", "error: --flops: Expected a finite number; got Infinity.\n")]
    [InlineData("--budget-usd", "0", "error: --budget-usd: Expected a positive number (> 0); got 0.\n")]
    public void Compute_InvalidNumber_ExitsOneWithOneLineError(string option, string value, string error)
    {
        var result = CliRunner.Run("compute", option, value);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(error);
    }

    [Fact]
    public void Compute_NoSize_ExitsOne()
    {
        var result = CliRunner.Run("compute");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: expected exactly one of --parameters, --flops or --budget-usd.\n");
    }

    [Fact]
    public void Compute_TokensWithoutParameters_ExitsOne()
        => CliRunner.Run("compute", "--flops", "1e24", "--tokens", "1e12").ExitCode.Should().Be(1);

    [Fact]
    public void Compute_NotANumber_IsUsageError()
        => CliRunner.Run("compute", "--parameters", "lots").ExitCode.Should().Be(2);

    [Fact]
    public void Compute_Help_ExplainsUnitsAndDefaults()
    {
        var result = CliRunner.Run("compute", "--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("--budget-usd").And.Contain("FLOPs").And.Contain("default 20").And.Contain("hoffmann2022");
    }

    [Fact]
    public void Compute_Shape_AddsAttentionTerm()
    {
        // GPT-3 175B shape: 2·N = 3.5e11 plus 2 · 96 · 2048 · 12288 = 4.831838e9 (Kaplan et al. 2020, Table 1).
        var json = CliRunner.Run("compute", "--parameters", "175e9", "--tokens", "300e9", "--shape", "96,2048,12288", "--format", "json").Json();

        json.GetProperty("inferenceFlopsPerToken").GetDouble().Should().BeApproximately(3.5e11 + 4.831838e9, 1e3);
        json.GetProperty("shape").GetProperty("layers").GetInt32().Should().Be(96);
    }

    [Fact]
    public void Compute_BadShape_ExitsOne()
    {
        var result = CliRunner.Run("compute", "--parameters", "1e9", "--shape", "96,2048");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("error: --shape: expected three integers n_layer,n_ctx,d_attn such as 96,2048,12288; got '96,2048'.\n");
    }
}
