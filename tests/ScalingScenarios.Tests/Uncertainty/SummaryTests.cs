using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class SummaryTests
{
    /// <summary>A summary over the given samples (as a run would build it).</summary>
    private static Summary Of(params double[] samples)
    {
        var mean = samples.Average();
        var m2 = samples.Sum(x => (x - mean) * (x - mean));
        return new Summary("s", samples.Length, mean, Math.Sqrt(m2 / samples.Length), samples.Min(), samples.Max(), samples, 4);
    }

    [Fact]
    public void Percentiles_ReadFirstFromManyThreadsAtOnce_AreTheValuesOfSortingEachOutput()
    {
        // The percentiles of a run's kept outputs are one batch computed on first read. Eight outputs read by sixteen
        // threads at once, each starting with another output and percentile, must all get what sorting gives.
        var u = Uncertain.Uniform(0, 1).Named("u");
        Uncertain[] outputs = [.. Enumerable.Range(0, 8).Select(k => (u * (k + 1) + Uncertain.Normal(0, k + 1).Named($"e{k}")).Named($"y{k}"))];
        var result = Simulation.Run(SimulationOptions.Default.WithSamples(30_000).WithThreads(2), outputs);
        double[] probabilities = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];
        var read = new double[16][];

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            var summary = result.Outputs[t % 8];
            read[t] = [.. probabilities.Select((_, i) => summary.Quantile(probabilities[(i + t) % 7]))];
        });

        for (var t = 0; t < 16; t++)
        {
            var sorted = result.Outputs[t % 8].Samples.Order().ToArray();
            for (var i = 0; i < 7; i++)
            {
                var p = probabilities[(i + t) % 7];
                var h = (sorted.Length - 1) * p;
                var lower = (int)Math.Floor(h);
                var expected = sorted[lower] + ((h - lower) * (sorted[Math.Min(lower + 1, sorted.Length - 1)] - sorted[lower]));
                BitConverter.DoubleToInt64Bits(read[t][i]).Should().Be(BitConverter.DoubleToInt64Bits(expected), $"p = {p} of y{t % 8}, read by thread {t}");
            }
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 10.0)]
    [InlineData(0.5, 4.0)] // h = 4 * 0.5 = 2: x(2) = 4 after sorting [1, 2, 4, 7, 10]
    [InlineData(0.25, 2.0)] // h = 1: x(1) = 2
    [InlineData(0.1, 1.4)] // h = 0.4: 1 + 0.4 * (2 - 1)
    [InlineData(0.9, 8.8)] // h = 3.6: 7 + 0.6 * (10 - 7)
    public void Quantile_IsType7(double p, double expected)
    {
        var summary = Of(7, 1, 10, 4, 2);

        summary.Quantile(p).Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Quantile_ManyRequests_AgreeWithSortedDefinition()
    {
        var random = new Random(1);
        var samples = Enumerable.Range(0, 1001).Select(_ => Math.Round(random.NextDouble() * 20)).ToArray(); // many ties
        var summary = Of(samples);
        var sorted = samples.Order().ToArray();

        for (var k = 0; k <= 40; k++)
        {
            var p = k / 40.0;
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            var expected = lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
            summary.Quantile(p).Should().BeApproximately(expected, 1e-12, $"p = {p}");
        }

        summary.Samples.Should().Equal(samples); // selection works on a copy
    }

    [Fact]
    public void MomentsAndProbabilities_MatchHandCalculation()
    {
        // Samples 1, 2, 3, 4: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
        var summary = Of(1, 2, 3, 4);

        summary.Mean.Should().Be(2.5);
        summary.StdDev.Should().BeApproximately(Math.Sqrt(1.25), 1e-15);
        summary.StandardError.Should().BeApproximately(Math.Sqrt(1.25) / 2, 1e-15);
        summary.ProbabilityAbove(2).Should().Be(0.5);
        summary.ProbabilityBelow(2).Should().Be(0.25);
        summary.P50.Should().Be(2.5);
    }

    [Fact]
    public void Histogram_CoversAllSamplesWithEqualBins()
    {
        var summary = Of(0, 1, 2, 3, 4, 5, 6, 7, 8);

        var bins = summary.Histogram;

        bins.Should().HaveCount(4);
        bins.Sum(b => b.Count).Should().Be(9);
        bins[0].Should().Be(new HistogramBin(0, 2, 2));
        bins[^1].Should().Be(new HistogramBin(6, 8, 3));
    }

    [Fact]
    public void Histogram_ConstantSamples_OneBin()
    {
        Of(3, 3, 3).Histogram.Should().Equal(new HistogramBin(3, 3, 3));
    }

    [Fact]
    public void Run_ValuesThatDifferInTheirLastBits_MeanLiesWithinMinAndMax()
    {
        // Found by the fuzzer's well-formed files: (v2^2 + v1) - v1 + v2 with v1 = beta(0.01, 0.01) (values near 0 or 1)
        // and v2 = 1/3 is 4/9 up to the last bits; the accumulated mean came out one ulp above the largest value.
        var scenario = Scenario.FromFormulas(
            "last bits",
            [new("v1", "beta(0.01, 0.01)"), new("v2", "exp(-abs(log(abs(2) + 1)))"), new("v3", "(v2) ^ 2 + v1 - v1 + v2")],
            ["v3"]);

        var v3 = scenario.Run(SimulationOptions.Default.WithSamples(64).WithThreads(1))["v3"];

        v3.Max.Should().BeGreaterThan(v3.Min, "the values differ in their last bits");
        v3.Mean.Should().BeInRange(v3.Min, v3.Max);
    }

    [Fact]
    public void Constructor_MeanRoundedOutsideTheValues_IsClampedToThem()
    {
        var summary = new Summary("s", 2, 0.44444444444444453, 1e-16, 0.44444444444444436, 0.4444444444444445, null, 4);

        summary.Mean.Should().Be(0.4444444444444445);
    }

    [Fact]
    public void ProbabilityAbove_NaN_Throws()
    {
        var act = () => Of(1, 2).ProbabilityAbove(double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number (not NaN); got NaN. (Parameter 'threshold')");
    }

    [Fact]
    public void Quantile_OutsideUnitInterval_Throws()
    {
        var act = () => Of(1, 2).Quantile(-0.1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [0, 1]; got -0.1. (Parameter 'p')");
    }
}
