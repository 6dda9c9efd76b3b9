using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

/// <summary>One contract over every distribution: moments, CDF, quantile, sampling through both paths.</summary>
public class DistributionContractTests
{
    /// <summary>Samples per moment check: large enough for a 5-standard-error band to be tight, small enough for CI.</summary>
    private const int SampleCount = 200_000;

    /// <summary>
    /// A sample mean (or variance) may differ from its expectation by this many standard errors. With ~40 checks at
    /// a fixed seed, a 5-SE band fails by chance with probability below 1e-5 per check.
    /// </summary>
    private const double StandardErrors = 5;

    /// <summary>Samples per Kolmogorov–Smirnov test.</summary>
    private const int KsSampleCount = 20_000;

    /// <summary>The KS statistic's critical value at level 0.001 (1.95 / sqrt(n), Smirnov's asymptotic distribution).</summary>
    private static readonly double KsCritical = 1.95 / Math.Sqrt(KsSampleCount);

    /// <summary>Quantile(p) of a continuous distribution must give Cdf = p to this absolute precision.</summary>
    private const double InversionTolerance = 1e-9;

    public static TheoryData<string> Names => [.. Cases.Keys];

    private static readonly Dictionary<string, Func<Distribution>> Cases = new()
    {
        ["point"] = () => Distribution.Point(2.5),
        ["uniform"] = () => Distribution.Uniform(-1, 3),
        ["normal"] = () => Distribution.Normal(10, 2),
        ["lognormal"] = () => Distribution.LogNormal(1, 0.5),
        ["to"] = () => Distribution.LogNormalFromCredibleInterval(2, 20),
        ["triangular"] = () => Distribution.Triangular(0, 2, 10),
        ["pert"] = () => Distribution.Pert(0, 2, 10),
        ["beta"] = () => Distribution.Beta(2, 8),
        ["beta-small-shapes"] = () => Distribution.Beta(0.5, 0.7),
        ["beta-from-moments"] = () => Distribution.BetaFromMeanAndStdDev(0.3, 0.1),
        ["bernoulli"] = () => Distribution.Bernoulli(0.3),
        ["discrete"] = () => Distribution.Discrete([1, 5, 2], [0.2, 0.5, 0.3]),
        ["mixture"] = () => Distribution.Mixture([Distribution.Normal(0, 1), Distribution.Uniform(4, 6)], [3, 1]),
    };

    private static bool IsDiscrete(string name) => name is "point" or "bernoulli" or "discrete";

    [Theory]
    [MemberData(nameof(Names))]
    public void EngineSamples_MatchAnalyticMeanAndVariance(string name)
    {
        var d = Cases[name]();
        var summary = Uncertain.From(d).Simulate(SampleCount, seed: 7);

        AssertMoments(d, summary.Samples.ToArray());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SampleWithInjectedRandom_MatchesAnalyticMeanAndVariance(string name)
    {
        var d = Cases[name]();
        var samples = new double[SampleCount];
        d.Sample(new Random(11), samples);

        AssertMoments(d, samples);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EngineSamples_PassKolmogorovSmirnovTest(string name)
    {
        var d = Cases[name]();
        if (IsDiscrete(name))
        {
            return; // the KS bound below holds for continuous distributions only; discrete ones are covered by their moments.
        }

        var samples = Uncertain.From(d).Simulate(KsSampleCount, seed: 13).Samples.Order().ToArray();

        KolmogorovSmirnov(d, samples).Should().BeLessThan(KsCritical);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SampleWithInjectedRandom_PassesKolmogorovSmirnovTest(string name)
    {
        var d = Cases[name]();
        if (IsDiscrete(name))
        {
            return;
        }

        var samples = new double[KsSampleCount];
        d.Sample(new Random(17), samples);
        Array.Sort(samples);

        KolmogorovSmirnov(d, samples).Should().BeLessThan(KsCritical);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SampleWithInjectedRandom_SameSeed_SameValues(string name)
    {
        var d = Cases[name]();

        d.Sample(new Random(3)).Should().Be(d.Sample(new Random(3)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cdf_IsMonotoneFromZeroToOne(string name)
    {
        var d = Cases[name]();
        var lo = d.Quantile(0.001) - 1;
        var hi = d.Quantile(0.999) + 1;
        var previous = 0.0;
        for (var i = 0; i <= 400; i++)
        {
            var c = d.Cdf(lo + ((hi - lo) * i / 400));
            c.Should().BeInRange(0, 1);
            c.Should().BeGreaterThanOrEqualTo(previous);
            previous = c;
        }

        d.Cdf(lo).Should().BeLessThan(0.01);
        d.Cdf(hi).Should().BeGreaterThan(0.99);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quantile_InvertsCdf(string name)
    {
        var d = Cases[name]();
        foreach (var p in new[] { 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99 })
        {
            var q = d.Quantile(p);
            if (IsDiscrete(name))
            {
                // The generalized inverse: the smallest x with F(x) >= p.
                d.Cdf(q).Should().BeGreaterThanOrEqualTo(p);
                d.Cdf(q - 1e-9).Should().BeLessThan(p);
            }
            else
            {
                d.Cdf(q).Should().BeApproximately(p, InversionTolerance, $"Cdf(Quantile({p}))");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quantile_OutsideUnitInterval_Throws(string name)
    {
        var d = Cases[name]();

        var act = () => d.Quantile(1.5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "p")
            .WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'p')");
    }

    [Fact]
    public void LogNormalFromCredibleInterval_PutsBoundsAtFifthAndNinetyFifthPercentiles()
    {
        var d = Distribution.LogNormalFromCredibleInterval(2000, 20000);

        d.Quantile(0.05).Should().BeApproximately(2000, 1e-6);
        d.Quantile(0.95).Should().BeApproximately(20000, 1e-5);
    }

    [Fact]
    public void BetaFromMeanAndStdDev_HasThoseMoments()
    {
        var d = Distribution.BetaFromMeanAndStdDev(0.3, 0.1);

        d.Mean.Should().BeApproximately(0.3, 1e-12);
        d.StdDev.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Pert_MeanIsWeightedAverageOfMinModeMax()
    {
        // (min + 4 mode + max) / 6 = (0 + 8 + 10) / 6 = 3.
        Distribution.Pert(0, 2, 10).Mean.Should().BeApproximately(3, 1e-12);
    }

    [Fact]
    public void Mixture_WeightsAreNormalized()
    {
        var d = Distribution.Mixture([Distribution.Point(0), Distribution.Point(10)], [1, 3]);

        d.Mean.Should().BeApproximately(7.5, 1e-12);
    }

    public class InvalidParameters
    {
        [Fact]
        public void Uniform_MaxNotAboveMin_Throws()
        {
            var act = () => Distribution.Uniform(3, 1);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "max")
                .WithMessage("Expected min < max; got min = 3 and max = 1. (Parameter 'max')");
        }

        [Fact]
        public void Uniform_NaN_Throws()
        {
            var act = () => Distribution.Uniform(double.NaN, 1);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "min")
                .WithMessage("Expected a finite number; got NaN. (Parameter 'min')");
        }

        [Fact]
        public void Point_Infinity_Throws()
        {
            var act = () => Distribution.Point(double.PositiveInfinity);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "value")
                .WithMessage("Expected a finite number; got Infinity. (Parameter 'value')");
        }

        [Fact]
        public void Normal_NonPositiveStdDev_Throws()
        {
            var act = () => Distribution.Normal(0, -1);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "stdDev")
                .WithMessage("Expected a positive number (> 0); got -1. (Parameter 'stdDev')");
        }

        [Fact]
        public void LogNormal_NonPositiveSigma_Throws()
        {
            var act = () => Distribution.LogNormal(0, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "sigma")
                .WithMessage("Expected a positive number (> 0); got 0. (Parameter 'sigma')");
        }

        [Fact]
        public void LogNormalFromCredibleInterval_NonPositiveLow_Throws()
        {
            var act = () => Distribution.LogNormalFromCredibleInterval(0, 5);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "low")
                .WithMessage("Expected a positive number (> 0); got 0. (Parameter 'low')");
        }

        [Fact]
        public void LogNormalFromCredibleInterval_HighNotAboveLow_Throws()
        {
            var act = () => Distribution.LogNormalFromCredibleInterval(5, 5);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "high")
                .WithMessage("Expected low < high for a 90% credible interval; got low = 5 and high = 5. (Parameter 'high')");
        }

        [Fact]
        public void Triangular_ModeOutsideRange_Throws()
        {
            var act = () => Distribution.Triangular(0, 5, 4);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "mode")
                .WithMessage("Expected a number in [min, max] = [0, 4]; got 5. (Parameter 'mode')");
        }

        [Fact]
        public void Pert_MaxNotAboveMin_Throws()
        {
            var act = () => Distribution.Pert(2, 2, 2);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "max")
                .WithMessage("Expected min < max; got min = 2 and max = 2. (Parameter 'max')");
        }

        [Fact]
        public void Beta_NonPositiveShape_Throws()
        {
            var act = () => Distribution.Beta(2, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "beta")
                .WithMessage("Expected a positive number (> 0); got 0. (Parameter 'beta')");
        }

        [Fact]
        public void BetaFromMeanAndStdDev_Impossible_Throws()
        {
            var act = () => Distribution.BetaFromMeanAndStdDev(0.5, 0.6);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "stdDev")
                .WithMessage("Expected a standard deviation below sqrt(mean (1 - mean)) = 0.5 (no beta distribution with mean 0.5 spreads more); got 0.6. (Parameter 'stdDev')");
        }

        [Fact]
        public void BetaFromMeanAndStdDev_MeanOutsideOpenUnitInterval_Throws()
        {
            var act = () => Distribution.BetaFromMeanAndStdDev(1, 0.1);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "mean")
                .WithMessage("Expected a number in (0, 1); got 1. (Parameter 'mean')");
        }

        [Fact]
        public void Bernoulli_ProbabilityOutsideUnitInterval_Throws()
        {
            var act = () => Distribution.Bernoulli(1.5);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "p")
                .WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'p')");
        }

        [Fact]
        public void Discrete_LengthMismatch_Throws()
        {
            var act = () => Distribution.Discrete([1, 2], [1]);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "weights")
                .WithMessage("Expected one weight per item of 'values' (2); got 1 weights. (Parameter 'weights')");
        }

        [Fact]
        public void Discrete_Empty_Throws()
        {
            var act = () => Distribution.Discrete([], []);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "values")
                .WithMessage("Expected at least one value; got none. (Parameter 'values')");
        }

        [Fact]
        public void Mixture_NegativeWeight_Throws()
        {
            var act = () => Distribution.Mixture([Distribution.Point(1), Distribution.Point(2)], [1, -1]);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "weights[1]")
                .WithMessage("Expected a non-negative number (>= 0); got -1. (Parameter 'weights[1]')");
        }

        [Fact]
        public void Mixture_ZeroWeights_Throws()
        {
            var act = () => Distribution.Mixture([Distribution.Point(1)], [0]);

            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "weights")
                .WithMessage("Expected weights with a positive finite sum; got a sum of 0. (Parameter 'weights')");
        }

        [Fact]
        public void Sample_NullRandom_Throws()
        {
            var act = () => Distribution.Uniform(0, 1).Sample(null!);

            act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "random");
        }
    }

    /// <summary>sup |F_n(x) − F(x)| over sorted samples.</summary>
    private static double KolmogorovSmirnov(Distribution d, double[] sorted)
    {
        var n = sorted.Length;
        var worst = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = d.Cdf(sorted[i]);
            worst = Math.Max(worst, Math.Max(f - ((double)i / n), ((i + 1.0) / n) - f));
        }

        return worst;
    }

    private static void AssertMoments(Distribution d, double[] samples)
    {
        var n = samples.Length;
        var mean = samples.Average();
        var variance = samples.Sum(x => (x - mean) * (x - mean)) / n;
        var fourth = samples.Sum(x => Math.Pow(x - mean, 4)) / n;

        var meanSe = Math.Sqrt(d.Variance / n);
        mean.Should().BeApproximately(d.Mean, (StandardErrors * meanSe) + 1e-12, "the sample mean");

        // Standard error of the sample variance: sqrt((mu4 - sigma^4) / n), with mu4 estimated from the sample.
        var varianceSe = Math.Sqrt(Math.Max(0, fourth - (variance * variance)) / n);
        variance.Should().BeApproximately(d.Variance, (StandardErrors * varianceSe) + 1e-12, "the sample variance");
    }
}
