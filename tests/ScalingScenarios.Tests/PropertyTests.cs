using CsCheck;
using ScalingScenarios.Economics;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests;

/// <summary>
/// Property tests (issue 11, "Build and measure"): invariants that must hold for every valid input, checked with
/// CsCheck over random inputs, extreme ones included.
/// </summary>
public class PropertyTests
{
    /// <summary>
    /// How many standard errors a sample mean may be from the analytic mean. With k = 5 a correct sampler fails one
    /// random case in about 1.7 million (two-sided normal tail), so the few hundred cases here cannot fail by chance.
    /// </summary>
    private const double K = 5;

    private const int Samples = 200_000;

    public class ValueChains
    {
        [Fact]
        public void FromPassThroughMargins_AnyMargins_SharesSumToOne()
        {
            // Margins in [0, 1], at least one positive (all zero leaves no profit to share out).
            Gen.Double[0, 1].Array[1, 8].Where(m => m.Any(x => x > 0)).Sample(margins =>
            {
                var chain = ValueChain.FromPassThroughMargins([.. margins.Select((m, i) => ($"layer{i}", m))]);

                var sum = margins.Select((_, i) => chain.ShareOf($"layer{i}")).Sum();

                // Tolerance: eight additions of numbers in [0, 1] round by at most 8 ulp(1) ≈ 1.8e-15.
                sum.Should().BeApproximately(1, 1e-12);
            });
        }
    }

    public class Lerner
    {
        [Fact]
        public void CournotLerner_AnyEquilibrium_IsInZeroOne()
            => Gen.Select(Gen.Double[1, 1e6], Gen.Double[1e-6, 1e6]).Where(t => t.Item1 * t.Item2 >= 1).Sample((n, e) =>
                MarketStructure.CournotLerner(n, e).Should().BeInRange(0, 1));

        [Fact]
        public void ConductLerner_ConductUpToElasticity_IsInZeroOne()
            => Gen.Select(Gen.Double[0, 1], Gen.Double[1, 1e6]).Sample((conduct, e) =>
                MarketStructure.ConductLerner(conduct, e).Should().BeInRange(0, 1));

        [Fact]
        public void IndustryLerner_HhiUpToElasticity_IsInZeroOne()
            => Gen.Select(Gen.Double[1e-9, 1], Gen.Double[1, 1e6]).Sample((hhi, e) =>
                MarketStructure.IndustryLerner(hhi, e).Should().BeInRange(0, 1));
    }

    public class ExpectedValue
    {
        [Fact]
        public void Run_Branch_MeanIsLinearInTheBranchValues()
        {
            // With the same draws of the condition c (same variable name, same seed), mean(c ? A : B) = f A + (1 - f) B
            // exactly, where f = mean(c) is the share of samples taking the first branch: linear in A and B.
            Gen.Select(Gen.Double[0.01, 0.99], Gen.Double[-1e6, 1e6], Gen.Double[-1e6, 1e6]).Sample((p, a, b) =>
            {
                var scenario = Scenario.FromFormulas("branch",
                    [new("c", $"bernoulli({p:R})"), new("x", $"c ? {a:R} : {b:R}")], ["c", "x"]).WithSamples(2_000);

                var result = scenario.Run(scenario.Options.WithThreads(1));

                var f = result["c"].Mean;
                result["x"].Mean.Should().BeApproximately((f * a) + ((1 - f) * b), 1e-9 * (Math.Abs(a) + Math.Abs(b) + 1));
            }, iter: 40);
        }

        [Fact]
        public void Run_BranchWithUncertainValues_MeanEqualsTheWeightedSum()
        {
            // Per sample, c ? a : b equals c a + (1 - c) b when c is 0 or 1, so the two means agree up to rounding.
            Gen.Select(Gen.Double[0.01, 0.99], Gen.Double[-100, 100], Gen.Double[0.1, 10]).Sample((p, mean, sd) =>
            {
                var scenario = Scenario.FromFormulas("branch",
                    [
                        new("c", $"bernoulli({p:R})"), new("a", $"normal({mean:R}, {sd:R})"), new("b", "uniform(-5, 5)"),
                        new("x", "c ? a : b"), new("y", "c * a + (1 - c) * b"),
                    ],
                    ["x", "y"]).WithSamples(2_000);

                var result = scenario.Run();

                result["x"].Mean.Should().BeApproximately(result["y"].Mean, 1e-9 * (Math.Abs(mean) + sd + 5));
            }, iter: 40);
        }
    }

    public class Quantiles
    {
        [Fact]
        public void Quantile_AnyModel_IsMonotoneInP()
        {
            Gen.Select(Gen.Double[-1e3, 1e3], Gen.Double[1e-3, 1e3], Gen.Double[0, 1].Array[2, 20]).Sample((mean, sd, ps) =>
            {
                var model = Uncertain.Normal(mean, sd) + Uncertain.LogNormal(0, 1) * Uncertain.Bernoulli(0.3);
                var summary = model.Simulate(samples: 3_000, seed: 11);

                var sorted = ps.Order().ToArray();
                var values = sorted.Select(summary.Quantile).ToArray();

                values.Should().BeInAscendingOrder();
                new[] { summary.Min, summary.P5, summary.P10, summary.P25, summary.P50, summary.P75, summary.P90, summary.P95, summary.Max }
                    .Should().BeInAscendingOrder();
            }, iter: 50);
        }
    }

    public class SampleMeans
    {
        public static TheoryData<string> Families => ["uniform", "normal", "lognormal", "triangular", "pert", "beta", "bernoulli", "discrete"];

        /// <summary>Random valid parameters for one family, extreme ones included (tiny and huge scales, shapes near 0 and far above 1).</summary>
        private static Gen<Uncertain> Leaf(string family) => family switch
        {
            // Widths from 1e-6 (far above the spacing of doubles near 1e9) to 1e12.
            "uniform" => Gen.Select(Gen.Double[-1e9, 1e9], Gen.Double[1e-6, 1e12]).Select((lo, width) => Uncertain.Uniform(lo, lo + width)),
            "normal" => Gen.Select(Gen.Double[-1e12, 1e12], Gen.Double[1e-9, 1e12]).Select((m, s) => Uncertain.Normal(m, s)),

            // sigma up to 1.5: beyond that the lognormal's variance is so heavy-tailed that a sample mean's error is not normal at 2e5 samples.
            "lognormal" => Gen.Select(Gen.Double[-20, 20], Gen.Double[1e-6, 1.5]).Select((mu, sigma) => Uncertain.LogNormal(mu, sigma)),
            "triangular" => Gen.Select(Gen.Double[-1e9, 1e9], Gen.Double[1e-6, 1e9], Gen.Double[0, 1]).Select((lo, w, f) => Uncertain.Triangular(lo, lo + (f * w), lo + w)),
            "pert" => Gen.Select(Gen.Double[-1e9, 1e9], Gen.Double[1e-6, 1e9], Gen.Double[0, 1]).Select((lo, w, f) => Uncertain.Pert(lo, lo + (f * w), lo + w)),
            "beta" => Gen.Select(Shape, Shape).Select((a, b) => Uncertain.Beta(a, b)),
            "bernoulli" => Gen.Frequency((3, Gen.Double[0, 1]), (1, Gen.OneOf(0.0, 1.0, 1e-6, 1 - 1e-6))).Select(p => Uncertain.Bernoulli(p)),
            _ => Gen.Double[-1e6, 1e6].Array[1, 6].SelectMany(v => Gen.Double[0.01, 1].Array[v.Length].Select(w => Uncertain.Discrete(v, w))),
        };

        /// <summary>Beta shapes from 0.01 to 1000, log-uniform, so that both shapes below 1 and large ones are common.</summary>
        private static Gen<double> Shape => Gen.Double[Math.Log(0.01), Math.Log(1000)].Select(Math.Exp);

        [Theory]
        [MemberData(nameof(Families))]
        public void Simulate_RandomValidParameters_SampleMeanIsWithinFiveStandardErrorsOfTheMean(string family)
        {
            Leaf(family).Sample(leaf =>
            {
                var d = leaf.Distribution!;
                var summary = leaf.Simulate(Samples, seed: 2024);

                // Standard error of the mean sd / sqrt(n); plus the rounding of summing 2e5 values of this magnitude.
                var standardError = d.StdDev / Math.Sqrt(Samples);
                var rounding = 1e-12 * Math.Max(Math.Abs(d.Mean), d.StdDev);
                Math.Abs(summary.Mean - d.Mean).Should().BeLessThanOrEqualTo((K * standardError) + rounding, $"{d} has mean {d.Mean:R}");
            }, iter: 25, threads: 1);
        }
    }
}
