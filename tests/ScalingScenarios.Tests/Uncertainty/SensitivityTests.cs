using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class SensitivityTests
{
    private static readonly SimulationOptions Options = SimulationOptions.Default.WithSamples(20_000).WithSeed(1).WithThreads(2);

    /// <summary>
    /// Held runs share every other leaf's samples with each other (common random numbers), so for a model linear in the
    /// held leaf the swing is exact up to rounding.
    /// </summary>
    private const double LinearSwingTolerance = 1e-9;

    [Fact]
    public void Analyze_LinearModel_RanksDominantInputFirstWithExactSwings()
    {
        // output = 10 A + B + 0.1 C with A, B, C ~ U(0, 1): holding a leaf at p10 = 0.1 vs p90 = 0.9 moves the mean by
        // 0.8 times its coefficient: 8, 0.8 and 0.08.
        var a = Uncertain.Uniform(0, 1).Named("A");
        var b = Uncertain.Uniform(0, 1).Named("B");
        var c = Uncertain.Uniform(0, 1).Named("C");
        var output = ((10 * a) + b + (0.1 * c)).Named("out");

        var result = Sensitivity.Analyze(output, Options);

        result.Entries.Select(e => e.LeafName).Should().Equal("A", "B", "C");
        result.Entries[0].Swing.Should().BeApproximately(8, LinearSwingTolerance);
        result.Entries[1].Swing.Should().BeApproximately(0.8, LinearSwingTolerance);
        result.Entries[2].Swing.Should().BeApproximately(0.08, LinearSwingTolerance);
        result.Entries[0].LeafLow.Should().BeApproximately(0.1, 1e-15);
        result.Entries[0].LeafHigh.Should().BeApproximately(0.9, 1e-15);

        // Pearson correlation of A with the output is 10 / sqrt(100 + 1 + 0.01) = 0.995; the rank correlation is close to it.
        result.Entries[0].RankCorrelation.Should().BeInRange(0.98, 1);
        result.Entries[2].RankCorrelation.Should().BeInRange(-0.05, 0.05);
        result.Output.Mean.Should().BeApproximately(5.55, 5 * result.Output.StandardError);
    }

    [Fact]
    public void Analyze_DecreasingInput_HasNegativeSwingAndCorrelation()
    {
        var price = Uncertain.Normal(10, 2).Named("price");
        var volume = Uncertain.Uniform(0, 1).Named("volume");
        var output = (100 - (5 * price) + volume).Named("margin");

        var result = Sensitivity.Analyze(output, Options);

        result.Entries[0].LeafName.Should().Be("price");
        result.Entries[0].RankCorrelation.Should().BeLessThan(-0.95);

        // p10 and p90 of N(10, 2) are 10 -/+ 2 * 1.2815516: the swing is -5 * 2 * 2 * 1.2815516 = -25.631.
        result.Entries[0].Swing.Should().BeApproximately(-25.631031311, 1e-6);
    }

    [Fact]
    public void Analyze_LeafWithUncertainParameter_UsesSampleQuantiles()
    {
        var p = Uncertain.Uniform(0.2, 0.8).Named("p");
        var coin = Uncertain.Bernoulli(p).Named("coin");
        var output = (coin * 100).Named("payout");

        var result = Sensitivity.Analyze(output, Options);

        var coinEntry = result.Entries.Single(e => e.LeafName == "coin");
        coinEntry.LeafLow.Should().Be(0);
        coinEntry.LeafHigh.Should().Be(1);
        coinEntry.Swing.Should().Be(100);
        result.Entries[0].LeafName.Should().Be("coin");
    }

    [Fact]
    public void Analyze_IsDeterministicAcrossThreadCounts()
    {
        var output = (Uncertain.Beta(2, 8).Named("share") * Uncertain.To(10, 100).Named("pool")).Named("profit");

        var one = Sensitivity.Analyze(output, Options.WithThreads(1));
        var two = Sensitivity.Analyze(output, Options.WithThreads(2));

        two.Entries.Select(e => (e.LeafName, e.RankCorrelation, e.Swing)).Should().Equal(one.Entries.Select(e => (e.LeafName, e.RankCorrelation, e.Swing)));
    }

    [Fact]
    public void Ranks_TiesGetAverageRank()
    {
        Sensitivity.Ranks([10, 20, 10, 30]).Should().Equal(1.5, 3, 1.5, 4);
    }

    [Fact]
    public void Analyze_NullOutput_Throws()
    {
        var act = () => Sensitivity.Analyze(null!, Options);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "output");
    }

    [Fact]
    public void Analyze_SamplesOverTheMemoryBudget_SaysWhatItNeedsAndWhatToChange()
    {
        // Two leaves and the output kept (3 × 8 bytes) plus the ranks (28 bytes) per sample: 200 000 samples need 9.9 MiB.
        var output = (Uncertain.Uniform(0, 1).Named("a") + Uncertain.Normal(0, 1).Named("b")).Named("y");

        var act = () => Sensitivity.Analyze(output, SimulationOptions.Default.WithSamples(200_000).WithMaxMemory(1 << 20));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(
            "Expected a memory budget of at least 9.9 MiB for sensitivity, which keeps and ranks the samples of every random input and of the output (200,000 samples of 2 inputs and the output; it has no bounded-memory mode), or fewer samples; got 1 MiB.*");
    }
}
