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

    // The cases are split by what can be asserted of them, as Math.NET's distribution tests are: continuous ones take
    // every check; discrete ones their moments and the generalized inverse (no KS bound for steps); extreme parameters
    // their moments (a near-two-point beta has no resolvable quantiles); heavy tails without a finite variance the KS
    // test and the quantiles. No test returns early for a kind it does not apply to.
    private static readonly Dictionary<string, Func<Distribution>> Continuous = new()
    {
        ["uniform"] = () => Distribution.Uniform(-1, 3),
        ["normal"] = () => Distribution.Normal(10, 2),
        ["lognormal"] = () => Distribution.LogNormal(1, 0.5),
        ["to"] = () => Distribution.LogNormalFromCredibleInterval(2, 20),
        ["triangular"] = () => Distribution.Triangular(0, 2, 10),
        ["pert"] = () => Distribution.Pert(0, 2, 10),
        ["beta"] = () => Distribution.Beta(2, 8),
        ["beta-small-shapes"] = () => Distribution.Beta(0.5, 0.7),
        ["beta-below-log-space-threshold"] = () => Distribution.Beta(0.08, 5),
        ["beta-from-moments"] = () => Distribution.BetaFromMeanAndStdDev(0.3, 0.1),
        ["studentT"] = () => Distribution.StudentT(1, 2, 8),
        ["logUniform"] = () => Distribution.LogUniform(0.01, 100),
        ["mixture"] = () => Distribution.Mixture([Distribution.Normal(0, 1), Distribution.Uniform(4, 6)], [3, 1]),
    };

    private static readonly Dictionary<string, Func<Distribution>> Discrete = new()
    {
        ["point"] = () => Distribution.Point(2.5),
        ["bernoulli"] = () => Distribution.Bernoulli(0.3),
        ["discrete"] = () => Distribution.Discrete([1, 5, 2], [0.2, 0.5, 0.3]),
    };

    /// <summary>Issue 11: tiny beta shapes were biased (beta(0.002, 0.002) had mean 0.524, betaMeanSd(0.5, 0.4999) 0.871).</summary>
    private static readonly Dictionary<string, Func<Distribution>> Extreme = new()
    {
        ["beta-0.002"] = () => Distribution.Beta(0.002, 0.002),
        ["beta-1e-5"] = () => Distribution.Beta(1e-5, 1e-5),
        ["beta-skewed-tiny"] = () => Distribution.Beta(0.01, 3),
        ["beta-both-below-threshold"] = () => Distribution.Beta(0.05, 0.08), // 5% of its mass lies within 1e-16 of 1, where doubles round to 1: no KS
        ["betaMeanSd-0.5-0.4999"] = () => Distribution.BetaFromMeanAndStdDev(0.5, 0.4999),
        ["beta-large-shapes"] = () => Distribution.Beta(2000, 3000),
        ["normal-tiny-stdDev"] = () => Distribution.Normal(1e9, 1e-3),
        ["uniform-narrow"] = () => Distribution.Uniform(1, 1 + 1e-9),
        ["logUniform-wide"] = () => Distribution.LogUniform(1e-6, 1e6),
        ["studentT-large-df"] = () => Distribution.StudentT(0, 1, 1e6),
    };

    private static readonly Dictionary<string, Func<Distribution>> HeavyTailed = new()
    {
        ["studentT-df-1.5"] = () => Distribution.StudentT(0, 1, 1.5),
        ["studentT-df-0.5"] = () => Distribution.StudentT(3, 2, 0.5),
    };

    private static readonly Dictionary<string, Func<Distribution>> All = new[] { Continuous, Discrete, Extreme, HeavyTailed }
        .SelectMany(d => d).ToDictionary();

    public static TheoryData<string> WithMoments => [.. Continuous.Keys, .. Discrete.Keys, .. Extreme.Keys];

    public static TheoryData<string> ContinuousNames => [.. Continuous.Keys, .. HeavyTailed.Keys];

    public static TheoryData<string> DiscreteNames => [.. Discrete.Keys];

    public static TheoryData<string> Names => [.. All.Keys];

    [Theory]
    [MemberData(nameof(WithMoments))]
    public void EngineSamples_MatchAnalyticMeanAndVariance(string name)
    {
        var d = All[name]();
        var summary = Uncertain.From(d).Simulate(SampleCount, seed: 7);

        AssertMoments(d, summary.Samples.ToArray());
    }

    [Theory]
    [MemberData(nameof(WithMoments))]
    public void SampleWithInjectedRandom_MatchesAnalyticMeanAndVariance(string name)
    {
        var d = All[name]();
        var samples = new double[SampleCount];
        d.Sample(new Random(11), samples);

        AssertMoments(d, samples);
    }

    [Theory]
    [MemberData(nameof(ContinuousNames))]
    public void EngineSamples_PassKolmogorovSmirnovTest(string name)
    {
        var d = All[name]();
        var samples = Uncertain.From(d).Simulate(KsSampleCount, seed: 13).Samples.Order().ToArray();

        KolmogorovSmirnov(d, samples).Should().BeLessThan(KsCritical);
    }

    [Theory]
    [MemberData(nameof(ContinuousNames))]
    public void SampleWithInjectedRandom_PassesKolmogorovSmirnovTest(string name)
    {
        var d = All[name]();
        var samples = new double[KsSampleCount];
        d.Sample(new Random(17), samples);
        Array.Sort(samples);

        KolmogorovSmirnov(d, samples).Should().BeLessThan(KsCritical);
    }

    /// <summary>
    /// The per-sample path (parameters that are nodes) draws the same distribution as the constant one, for every family
    /// of the table and for the extreme beta shapes: the sampled node's moments match the analytic ones.
    /// </summary>
    [Theory]
    [InlineData("uniform", new[] { -1.0, 3 })]
    [InlineData("normal", new[] { 10.0, 2 })]
    [InlineData("lognormal", new[] { 1.0, 0.5 })]
    [InlineData("triangular", new[] { 0.0, 2, 10 })]
    [InlineData("pert", new[] { 0.0, 2, 10 })]
    [InlineData("beta", new[] { 2.0, 8 })]
    [InlineData("beta", new[] { 0.002, 0.002 })]
    [InlineData("beta", new[] { 0.01, 3 })]
    [InlineData("bernoulli", new[] { 0.3 })]
    [InlineData("studentT", new[] { 1.0, 2, 8 })]
    [InlineData("logUniform", new[] { 0.01, 100 })]
    public void PerSampleParameters_MatchAnalyticMeanAndVariance(string family, double[] values)
    {
        var spec = DistributionSpecs.Find(family)!;
        var zero = 0 * Uncertain.Uniform(0, 1);
        var node = Uncertain.Sampled(spec, [.. values.Select(v => v + zero)]);

        AssertMoments(spec.Create(values), node.Simulate(SampleCount, seed: 19).Samples.ToArray());
    }

    [Fact]
    public void PerSampleCases_CoverEveryFamilyOfTheTable()
    {
        var covered = typeof(DistributionContractTests).GetMethod(nameof(PerSampleParameters_MatchAnalyticMeanAndVariance))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]);

        covered.Should().Contain(DistributionSpecs.All.Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SampleWithInjectedRandom_SameSeed_SameValues(string name)
    {
        var d = All[name]();

        d.Sample(new Random(3)).Should().Be(d.Sample(new Random(3)));
    }

    [Theory]
    [MemberData(nameof(ContinuousNames))]
    [MemberData(nameof(DiscreteNames))]
    public void Cdf_IsMonotoneFromZeroToOne(string name)
    {
        var d = All[name]();
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
    [MemberData(nameof(ContinuousNames))]
    public void Quantile_InvertsCdf(string name)
    {
        var d = All[name]();
        foreach (var p in new[] { 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99 })
        {
            d.Cdf(d.Quantile(p)).Should().BeApproximately(p, InversionTolerance, $"Cdf(Quantile({p}))");
        }
    }

    [Theory]
    [MemberData(nameof(DiscreteNames))]
    public void Quantile_OfDiscrete_IsTheGeneralizedInverse(string name)
    {
        var d = All[name]();
        foreach (var p in new[] { 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99 })
        {
            // The smallest x with F(x) >= p.
            var q = d.Quantile(p);
            d.Cdf(q).Should().BeGreaterThanOrEqualTo(p);
            d.Cdf(q - 1e-9).Should().BeLessThan(p);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quantile_OutsideUnitInterval_Throws(string name)
    {
        var d = All[name]();

        var act = () => d.Quantile(1.5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "p")
            .WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'p')");
    }

    [Fact]
    public void StudentT_Moments_AreTheTextbookOnes()
    {
        // Mean = location for df > 1; variance = scale^2 df / (df - 2) = 4 * 8 / 6 for df = 8; infinite for 1 < df <= 2; undefined below.
        Distribution.StudentT(1, 2, 8).Mean.Should().Be(1);
        Distribution.StudentT(1, 2, 8).Variance.Should().BeApproximately(32.0 / 6, 1e-12);
        Distribution.StudentT(0, 1, 1.5).Variance.Should().Be(double.PositiveInfinity);
        double.IsNaN(Distribution.StudentT(0, 1, 1).Mean).Should().BeTrue();
    }

    [Fact]
    public void StudentT_Quantile_MatchesTheTable()
    {
        // Two-sided 95% critical values of Student's t (any statistics table): 12.706 for 1 df, 2.776 for 4, 2.228 for 10.
        Distribution.StudentT(0, 1, 1).Quantile(0.975).Should().BeApproximately(12.706, 5e-4);
        Distribution.StudentT(0, 1, 4).Quantile(0.975).Should().BeApproximately(2.776, 5e-4);
        Distribution.StudentT(0, 1, 10).Quantile(0.975).Should().BeApproximately(2.228, 5e-4);
    }

    [Fact]
    public void LogUniform_Moments_FollowFromTheLogScale()
    {
        // On [1, e]: mean (e - 1) / ln e = e - 1; median e^(1/2); each decade of [1, 1000] holds a third of the mass.
        Distribution.LogUniform(1, Math.E).Mean.Should().BeApproximately(Math.E - 1, 1e-12);
        Distribution.LogUniform(1, Math.E).Quantile(0.5).Should().BeApproximately(Math.Sqrt(Math.E), 1e-12);
        Distribution.LogUniform(1, 1000).Cdf(10).Should().BeApproximately(1.0 / 3, 1e-12);
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
