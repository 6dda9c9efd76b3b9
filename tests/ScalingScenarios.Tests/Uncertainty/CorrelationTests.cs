using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class CorrelationTests
{
    private const int SampleCount = 50_000;

    /// <summary>
    /// A realized Spearman correlation may differ from the stated one by this much: 5 / sqrt(n) bounds 5 standard errors
    /// of a rank correlation (its standard error is at most about 1 / sqrt(n)).
    /// </summary>
    private static readonly double RankTolerance = 5 / Math.Sqrt(SampleCount);

    private static SimulationOptions Options(int threads = 2) => SimulationOptions.Default.WithSamples(SampleCount).WithSeed(3).WithThreads(threads);

    private static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
        => Sensitivity.Pearson(Sensitivity.Ranks([.. x]), Sensitivity.Ranks([.. y]));

    [Theory]
    [InlineData(0.7)]
    [InlineData(-0.5)]
    [InlineData(0.0)]
    public void Correlate_TwoLeaves_RealizedSpearmanMatches(double rho)
    {
        var (market, share) = Uncertain.Correlate(rho, Uncertain.To(100, 1000), Uncertain.Beta(2, 8));

        var result = Simulation.Run(Options(), market, share);

        Spearman(result.Outputs[0].Samples, result.Outputs[1].Samples).Should().BeApproximately(rho, RankTolerance);
    }

    [Fact]
    public void Correlate_ThreeLeaves_RealizedMatrixMatches()
    {
        double[,] matrix = { { 1, 0.6, -0.3 }, { 0.6, 1, 0.2 }, { -0.3, 0.2, 1 } };
        var leaves = Uncertain.Correlate(matrix, Uncertain.Normal(0, 1), Uncertain.Uniform(0, 5), Uncertain.Triangular(0, 1, 4));

        var result = Simulation.Run(Options(), [.. leaves]);

        for (var i = 0; i < 3; i++)
        {
            for (var j = i + 1; j < 3; j++)
            {
                Spearman(result.Outputs[i].Samples, result.Outputs[j].Samples).Should().BeApproximately(matrix[i, j], RankTolerance, $"pair ({i}, {j})");
            }
        }
    }

    [Fact]
    public void Correlate_PreservesMarginals()
    {
        // Beta(2, 8): mean 0.2, variance 16 / (100 * 11) = 0.014545.
        var (_, share) = Uncertain.Correlate(0.8, Uncertain.Normal(0, 1), Uncertain.Beta(2, 8));

        var summary = share.Simulate(SampleCount, 4);

        summary.Mean.Should().BeApproximately(0.2, 5 * summary.StandardError);
        summary.Variance.Should().BeApproximately(16.0 / 1100, 0.0005);
        summary.Min.Should().BeGreaterThanOrEqualTo(0);
        summary.Max.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Correlate_PerfectCorrelation_IsAccepted()
    {
        var (a, b) = Uncertain.Correlate(1, Uncertain.Normal(0, 1), Uncertain.Uniform(0, 1));

        var result = Simulation.Run(Options(), a, b);

        Spearman(result.Outputs[0].Samples, result.Outputs[1].Samples).Should().BeGreaterThan(0.99);
    }

    [Fact]
    public void Correlate_IsDeterministicAcrossThreadCounts()
    {
        var (a, b) = Uncertain.Correlate(0.5, Uncertain.Normal(0, 1), Uncertain.To(1, 10));
        var model = a * b;

        var one = Simulation.Run(Options(1), model).Outputs[0];
        var eight = Simulation.Run(Options(8), model).Outputs[0];

        eight.Samples.Should().Equal(one.Samples);
    }

    [Fact]
    public void Correlate_NotPositiveSemiDefinite_Throws()
    {
        double[,] matrix = { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } };

        var act = () => Uncertain.Correlate(matrix, Uncertain.Normal(0, 1), Uncertain.Normal(0, 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "rankCorrelation")
            .WithMessage("Expected a positive semi-definite matrix; got one that is not (no set of variables can have these pairwise correlations). (Parameter 'rankCorrelation')");
    }

    [Fact]
    public void Correlate_NotSymmetric_Throws()
    {
        double[,] matrix = { { 1, 0.5 }, { 0.4, 1 } };

        var act = () => Uncertain.Correlate(matrix, Uncertain.Normal(0, 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "rankCorrelation")
            .WithMessage("Expected a symmetric matrix; got 0.5 at [0, 1] and 0.4 at [1, 0]. (Parameter 'rankCorrelation')");
    }

    [Fact]
    public void Correlate_DiagonalNotOne_Throws()
    {
        double[,] matrix = { { 0.9, 0.5 }, { 0.5, 1 } };

        var act = () => Uncertain.Correlate(matrix, Uncertain.Normal(0, 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().WithMessage("Expected 1 on the diagonal; got 0.9 at [0, 0]. (Parameter 'rankCorrelation')");
    }

    [Fact]
    public void Correlate_WrongSize_Throws()
    {
        var act = () => Uncertain.Correlate(new double[3, 3], Uncertain.Normal(0, 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().WithMessage("Expected a 2×2 matrix (one row and one column per leaf); got 3×3. (Parameter 'rankCorrelation')");
    }

    [Fact]
    public void Correlate_EntryOutOfRange_Throws()
    {
        var act = () => Uncertain.Correlate(1.5, Uncertain.Normal(0, 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [-1, 1]; got 1.5. (Parameter 'rankCorrelation')");
    }

    [Fact]
    public void Correlate_LeafWithUncertainParameters_Throws()
    {
        var act = () => Uncertain.Correlate(0.5, Uncertain.Normal(Uncertain.Uniform(0, 1), 1), Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "first")
            .WithMessage("Expected a leaf built from a distribution with constant parameters; got 'normal(uniform(0, 1), 1)'. (Parameter 'first')");
    }

    [Fact]
    public void Correlate_OneLeaf_Throws()
    {
        var act = () => Uncertain.Correlate(new double[1, 1] { { 1 } }, Uncertain.Normal(0, 1));

        act.Should().Throw<ArgumentException>().WithMessage("Expected at least two leaves to correlate; got 1. (Parameter 'leaves')");
    }
}
