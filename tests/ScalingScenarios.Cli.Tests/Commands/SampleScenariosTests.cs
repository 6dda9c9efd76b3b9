using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Cli.Tests.Commands;

/// <summary>Every file in samples/scenarios must stay valid and runnable, so that no example rots.</summary>
public class SampleScenariosTests
{
    public static TheoryData<string> Files() => [.. Names()];

    private static IEnumerable<string> Names()
        => Directory.GetFiles(RepositoryFiles.Path("samples", "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void SampleFile_ValidatesAndRuns(string name)
    {
        var path = RepositoryFiles.Path("samples", "scenarios", name);

        CliRunner.Run("validate", path).ExitCode.Should().Be(0);
        var result = CliRunner.Run("run", path, "--samples", "5000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Json().GetProperty("outputs").EnumerateObject().Should().NotBeEmpty();
    }

    [Fact]
    public void SampleFiles_AreAtLeastTheDocumentedOnes()
        => Names().Should().Contain(["interview.json", "branches.json", "mixtures.json", "math.json", "later-odds.json"]);

    [Fact]
    public void InterviewScenario_CitesTheClaimsItModels()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json"));

        text.Should().Contain("C03").And.Contain("C04").And.Contain("C05").And.Contain("C07").And.Contain("C11");
        Scenario.Parse(text).Outputs.Should().OnlyContain(o => o.Description != null);
    }
}

/// <summary>The interview scenario's numbers follow from its inputs (analytic checks, not snapshots).</summary>
public class InterviewScenarioTests
{
    private static readonly ScenarioResult Result = Scenario.Parse(File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json"))).Run();

    [Fact]
    public void Market_MeanIsTheOddsWeightedMeanOfTheTwoBranches()
    {
        // 'a to b' is log-normal with mu = ln sqrt(a b) and sigma = ln(b / a) / (2 * 1.6449); its mean is exp(mu + sigma^2 / 2).
        // Continues: sqrt(1e12 * 1e13) * exp(0.69998^2 / 2) = 4.040e12; stops: a tenth of that, 4.040e11. E[p] = 0.65.
        // E[market] = 0.65 * 4.040e12 + 0.35 * 4.040e11 = 2.767e12.
        var sigma = Math.Log(10) / (2 * 1.6448536269514722);
        var continues = Math.Sqrt(1e25) * Math.Exp(sigma * sigma / 2);
        var expected = (0.65 * continues) + (0.35 * continues / 10);

        // Tolerance: the standard error at 100,000 samples is about 3.1e12 / sqrt(1e5) = 1e10; 3% of the mean is about 8 standard errors.
        Result["market"].Mean.Should().BeApproximately(expected, 0.03 * expected);
    }

    [Fact]
    public void TenPercentSlice_IsATenthOfTheMarket()
        => Result["tenPercentSlice"].Mean.Should().BeApproximately(0.1 * Result["market"].Mean, 1e-6 * Result["market"].Mean);

    [Fact]
    public void TotalProfit_IsTheSumOfTheLayers()
    {
        var sum = Result["appProfit"].Mean + Result["modelProfit"].Mean + Result["cloudProfit"].Mean + Result["chipProfit"].Mean;

        // The same samples summed in a different order: equal up to floating-point rounding.
        Result["totalProfit"].Mean.Should().BeApproximately(sum, 1e-9 * sum);
    }

    [Fact]
    public void InferenceSavings_NeverLowerTheModelLayersProfit()
        => Result["savingsGain"].Min.Should().BeGreaterThanOrEqualTo(0);
}
