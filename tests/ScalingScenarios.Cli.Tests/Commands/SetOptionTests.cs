namespace ScalingScenarios.Cli.Tests.Commands;

public class SetOptionTests
{
    [Fact]
    public void Run_Set_ChangesTheVariableAndTheBranchProbabilities()
    {
        var result = CliRunner.Run("run", "--set", "pContinue=0.7", "--samples", "2000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var branches = result.Json().GetProperty("branches").GetProperty("branches");
        branches[0].GetProperty("name").GetString().Should().Be("continues");
        branches[0].GetProperty("probabilityMean").GetDouble().Should().BeApproximately(0.7, 1e-12);
        branches[1].GetProperty("probabilityMean").GetDouble().Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void Run_SetTwice_AppliesBoth()
    {
        var result = CliRunner.Run("run", "--set", "marketIfContinues=2e12", "--set", "marketIfStops=2e12", "--samples", "1000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var market = result.Json().GetProperty("outputs").GetProperty("market");
        (market.GetProperty("min").GetDouble(), market.GetProperty("max").GetDouble()).Should().Be((2e12, 2e12));
    }

    [Fact]
    public void Sensitivity_Set_MakesTheInputConstant()
    {
        var result = CliRunner.Run("sensitivity", "--output", "market", "--set", "pContinue=0.65", "--samples", "2000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json().GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("input").GetString()).Should().NotContain("pContinue");
    }
}
