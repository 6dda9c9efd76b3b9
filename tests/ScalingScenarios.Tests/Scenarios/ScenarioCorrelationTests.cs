using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioCorrelationTests
{
    // Sampling error of a Spearman correlation at n = 100,000 is about 1/sqrt(n) ≈ 0.003; 0.02 leaves a wide margin.
    private const double RankTolerance = 0.02;

    private static string File(string variables, string correlations, string outputs)
        => $$"""{ "name": "c", "samples": 100000, "variables": { {{variables}} }, "correlations": [{{correlations}}], "outputs": [{{outputs}}] }""";

    [Fact]
    public void Correlations_StatedRank_IsRealizedAndKeepsEachDistribution()
    {
        var result = Scenario.Parse(File(
            "\"a\": \"1 to 10\", \"b\": \"beta(2, 5)\", \"c\": \"uniform(0, 1)\", \"ab\": \"a * b\"",
            """{ "variables": ["a", "b"], "rankCorrelation": 0.6 }, { "variables": ["b", "c"], "rankCorrelation": -0.3 }""",
            "\"a\", \"b\", \"c\", \"ab\"")).Run();

        Spearman(result["a"].Samples, result["b"].Samples).Should().BeApproximately(0.6, RankTolerance);
        Spearman(result["b"].Samples, result["c"].Samples).Should().BeApproximately(-0.3, RankTolerance);
        // beta(2, 5) keeps its mean 2 / 7 (analytic) under the correlation.
        result["b"].Mean.Should().BeApproximately(2.0 / 7, 0.005);
    }

    [Fact]
    public void Correlations_OfADerivedVariable_IsAnErrorAtTheEntry()
    {
        var error = Scenario.Validate(File("\"a\": \"1 to 10\", \"b\": \"a * 2\"", """{ "variables": ["a", "b"], "rankCorrelation": 0.5 }""", "\"b\""))
            .Should().ContainSingle().Which;

        error.Kind.Should().Be(ScenarioErrorKind.InvalidParameter);
        error.Field.Should().Be("correlations[0]");
        error.Found.Should().Contain("'b'");
    }

    [Fact]
    public void Correlations_UnknownVariable_SuggestsTheNearest()
        => Scenario.Validate(File("\"market\": \"1 to 10\", \"b\": \"uniform(0, 1)\"", """{ "variables": ["markt", "b"], "rankCorrelation": 0.5 }""", "\"b\""))
            .Should().ContainSingle().Which.Message.Should().Be("line 1, column 112, correlations[0]: expected the name of a variable; found 'markt'. Did you mean 'market'?");

    [Fact]
    public void Correlations_OutOfRange_IsReportedByTheEngineCheck()
        => Scenario.Validate(File("\"a\": \"uniform(0, 1)\", \"b\": \"uniform(0, 1)\"", """{ "variables": ["a", "b"], "rankCorrelation": 1.5 }""", "\"b\""))
            .Should().ContainSingle().Which.Kind.Should().Be(ScenarioErrorKind.InvalidParameter);

    private static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (rx, ry) = (Ranks(x), Ranks(y));
        var n = rx.Length;
        var (mx, my) = (rx.Average(), ry.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }

        return ranks;
    }
}
