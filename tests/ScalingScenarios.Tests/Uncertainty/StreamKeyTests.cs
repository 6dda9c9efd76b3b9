using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

/// <summary>Random streams are keyed on stable ids, parameter values and chosen names, never on display text.</summary>
public class StreamKeyTests
{
    [Fact]
    public void StreamId_EveryNodeKind_HasOneAndTheyDiffer()
    {
        var ids = Enum.GetValues<NodeKind>().Select(k => k.StreamId()).ToList();

        ids.Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
    }

    [Fact]
    public void DistributionLeaf_WithTheSameParametersButAnotherDescription_DrawsTheSameNumbers()
    {
        // '2 to 20' is lognormal(mu, sigma) with mu = (ln 2 + ln 20) / 2 and sigma = (ln 20 - ln 2) / (2 * 1.6449); only the text differs.
        var interval = Distribution.LogNormalFromCredibleInterval(2, 20);
        var mu = (Math.Log(2) + Math.Log(20)) / 2;
        var sigma = (Math.Log(20) - Math.Log(2)) / (2 * 1.6448536269514722);
        var plain = Distribution.LogNormal(mu, sigma);

        interval.ToString().Should().NotBe(plain.ToString());
        Uncertain.From(interval).Simulate(5000, seed: 3).Samples.Should().Equal(Uncertain.From(plain).Simulate(5000, seed: 3).Samples);
    }

    [Fact]
    public void FormulaLeaf_StreamFollowsVariableAndPosition_NotItsText()
    {
        // The leaf is labelled "x: uniform(0, 1)" in one file and "x: uniform(0, 2)" in the other; both are x's first
        // random leaf, so they use the same uniforms U and 2 * U equals 0 + (2 - 0) * U exactly.
        static IReadOnlyList<double> X(string formula)
            => Scenario.FromFormulas("s", [new("x", formula)], ["x"]).Run(SimulationOptions.Default.WithSamples(5000)).Outputs[0].Samples;

        X("uniform(0, 2) + 1").Should().Equal(X("uniform(0, 1) * 2 + 1"));
    }

    [Fact]
    public void FormulaLeaves_OfOneVariable_AreIndependentDraws()
    {
        var samples = Scenario.FromFormulas("s", [new("d", "uniform(0, 1) - uniform(0, 1)")], ["d"]).Run(SimulationOptions.Default.WithSamples(5000)).Outputs[0];

        samples.StdDev.Should().BeGreaterThan(0.3, "two independent U(0, 1) differ with standard deviation sqrt(1/6) = 0.41");
    }
}
