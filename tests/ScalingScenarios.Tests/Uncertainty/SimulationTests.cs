using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class SimulationTests
{
    /// <summary>Monte Carlo estimates may differ from closed forms by this many standard errors (fixed seeds; chance failure &lt; 1e-5).</summary>
    private const double StandardErrors = 5;

    private static SimulationOptions Options(int samples = 50_000, long seed = 42, int threads = 2)
        => SimulationOptions.Default.WithSamples(samples).WithSeed(seed).WithThreads(threads);

    /// <summary>A model with every kind of node, used by the determinism tests.</summary>
    private static (Uncertain Output, Uncertain Other) DemoModel()
    {
        var pHolds = Uncertain.Uniform(0.55, 0.75).Named("pHolds");
        var holds = Uncertain.Bernoulli(pHolds).Named("holds");
        var poolIfHolds = Uncertain.To(2000, 20000);
        var poolIfNot = Uncertain.To(200, 2000);
        var pool = (holds * poolIfHolds) + ((1 - holds) * poolIfNot);
        var layerShare = Uncertain.Beta(2, 8);
        var margin = Uncertain.Uniform(0.2, 0.5);
        var savings = Uncertain.Uniform(0.1, 0.3);
        var infShare = Uncertain.Uniform(0.5, 0.9);
        var marginAfter = 1 - ((1 - margin) * (1 - (infShare * savings)));
        var extra = Uncertain.Mixture([Uncertain.Normal(0, 1), Uncertain.Triangular(0, 1, 3), Uncertain.Pert(margin, 0.6, 0.9)], [1, 2, 1]);
        var mapped = Uncertain.Map(x => Math.Max(0, x), extra);
        var profit = (pool * layerShare * marginAfter) + Uncertain.If(holds > 0.5, mapped, Uncertain.Sqrt(Uncertain.Abs(extra)));
        return (profit.Named("layerProfit"), Uncertain.Exp(Uncertain.Min(margin, savings)).Named("other"));
    }

    public class Determinism
    {
        [Fact]
        public void SameSeed_AnyThreadCount_BitIdenticalSummaries()
        {
            var (output, other) = DemoModel();
            var results = new[] { 1, 2, 8 }.Select(t => Simulation.Run(Options(samples: 30_000, threads: t), output, other)).ToArray();

            foreach (var r in results.Skip(1))
            {
                for (var k = 0; k < 2; k++)
                {
                    r.Outputs[k].Mean.Should().Be(results[0].Outputs[k].Mean);
                    r.Outputs[k].StdDev.Should().Be(results[0].Outputs[k].StdDev);
                    r.Outputs[k].P95.Should().Be(results[0].Outputs[k].P95);
                    r.Outputs[k].Samples.Should().Equal(results[0].Outputs[k].Samples);
                }
            }
        }

        [Fact]
        public void SameSeed_ReversedAndShuffledChunkOrder_BitIdenticalMoments()
        {
            var (output, _) = DemoModel();
            var model = CompiledModel.Compile([output]);
            var chunks = (30_000 + SimulationEngine.ChunkSize - 1) / SimulationEngine.ChunkSize;
            var kept = new bool[model.Count];
            kept[model.RootSlots[0]] = true;
            var inOrder = SimulationEngine.Run(model, 30_000, 42, 1, kept, null, CancellationToken.None);
            var reversed = SimulationEngine.Run(model, 30_000, 42, 2, kept, null, CancellationToken.None, [.. Enumerable.Range(0, chunks).Reverse()]);
            var shuffled = Enumerable.Range(0, chunks).ToArray();
            new Random(5).Shuffle(shuffled);
            var random = SimulationEngine.Run(model, 30_000, 42, 3, kept, null, CancellationToken.None, shuffled);

            foreach (var other in new[] { reversed, random })
            {
                other.Moments[model.RootSlots[0]].Should().Be(inOrder.Moments[model.RootSlots[0]]);
                other.Kept[model.RootSlots[0]].Should().Equal(inOrder.Kept[model.RootSlots[0]]);
            }
        }

        [Fact]
        public void SameSeed_SameProcess_RepeatedRuns_Identical()
        {
            var (output, _) = DemoModel();
            var (output2, _) = DemoModel();

            output.Simulate(20_000, 9).Samples.Should().Equal(output2.Simulate(20_000, 9).Samples);
        }

        [Fact]
        public void DifferentSeeds_DifferentSamples()
        {
            var x = Uncertain.Normal(0, 1);

            x.Simulate(1000, 1).Samples.Should().NotEqual(x.Simulate(1000, 2).Samples);
        }

        [Fact]
        public void AddingUnrelatedLeaf_LeavesExistingLeavesUnchanged()
        {
            var a = Uncertain.Uniform(0, 1);
            var b = Uncertain.Normal(5, 2).Named("b");
            var before = Simulation.Run(Options(10_000), a, b);

            // A new model: an unrelated leaf first (so it is discovered before the others), then the same leaves.
            var unrelated = Uncertain.LogNormal(0, 1);
            var a2 = Uncertain.Uniform(0, 1);
            var b2 = Uncertain.Normal(5, 2).Named("b");
            var after = Simulation.Run(Options(10_000), unrelated, a2 + 0, b2);

            after.Outputs[1].Samples.Should().Equal(before.Outputs[0].Samples);
            after.Outputs[2].Samples.Should().Equal(before.Outputs[1].Samples);
        }

        [Fact]
        public void TwoUnnamedEqualLeaves_AreIndependent()
        {
            var a = Uncertain.Uniform(0, 1);
            var b = Uncertain.Uniform(0, 1);
            var result = Simulation.Run(Options(10_000), a, b, a - b);

            result.Outputs[0].Samples.Should().NotEqual(result.Outputs[1].Samples);
            result.Outputs[2].StdDev.Should().BeGreaterThan(0.3); // sd of U1 - U2 is sqrt(1/6) = 0.41
        }

        [Fact]
        public void ReusedNode_IsPerfectlyCorrelated()
        {
            var a = Uncertain.LogNormal(0, 1);
            var summary = (a - a).Simulate(10_000);

            summary.Min.Should().Be(0);
            summary.Max.Should().Be(0);
        }
    }

    public class ClosedForms
    {
        [Fact]
        public void MeanOfProductOfIndependentInputs_IsProductOfMeans()
        {
            // E[XY] = E[X] E[Y] = 0.5 * 10 * 0.2 = 1 for X ~ U(0, 1), Y ~ N(10, 2), Z ~ Beta(2, 8).
            var x = Uncertain.Uniform(0, 1);
            var y = Uncertain.Normal(10, 2);
            var z = Uncertain.Beta(2, 8);
            var summary = (x * y * z).Simulate(200_000, 3);

            summary.Mean.Should().BeApproximately(1.0, StandardErrors * summary.StandardError);
        }

        [Fact]
        public void SquiggleDemoModel_MeanMatchesClosedForm()
        {
            // The peer's demo.squiggle. Its inputs are independent, so
            // E[profit] = E[pool] E[share] E[marginAfter], with E[pool] = E[p] E[a to b] + (1 - E[p]) E[c to d],
            // E[lognormal] = exp(mu + sigma^2 / 2), E[beta(2, 8)] = 0.2 and
            // E[marginAfter] = 1 - (1 - E[margin]) (1 - E[infShare] E[savings]) = 1 - 0.65 * 0.86 = 0.441.
            static double LogNormalMean(double low, double high)
            {
                var mu = (Math.Log(low) + Math.Log(high)) / 2;
                var sigma = (Math.Log(high) - Math.Log(low)) / (2 * 1.6448536269514722);
                return Math.Exp(mu + (sigma * sigma / 2));
            }

            var expected = ((0.65 * LogNormalMean(2000, 20000)) + (0.35 * LogNormalMean(200, 2000))) * 0.2 * 0.441; // 488.17

            var pHolds = Uncertain.Uniform(0.55, 0.75);
            var holds = Uncertain.Bernoulli(pHolds);
            var pool = (holds * Uncertain.To(2000, 20000)) + ((1 - holds) * Uncertain.To(200, 2000));
            var marginAfter = 1 - ((1 - Uncertain.Uniform(0.2, 0.5)) * (1 - (Uncertain.Uniform(0.5, 0.9) * Uncertain.Uniform(0.1, 0.3))));
            var summary = (pool * Uncertain.Beta(2, 8) * marginAfter).Simulate(400_000, 21);

            expected.Should().BeApproximately(488.17, 0.01);
            summary.Mean.Should().BeApproximately(expected, StandardErrors * summary.StandardError);
        }

        [Fact]
        public void ProbabilityAbove_OfLogNormal_MatchesClosedForm()
        {
            // P(X > t) = 1 - Phi((ln t - mu) / sigma); here mu = 0, sigma = 1, t = 2: 1 - Phi(0.693147) = 0.244109.
            const double expected = 0.24410859578558275;
            var summary = Uncertain.LogNormal(0, 1).Simulate(200_000, 5);
            var se = Math.Sqrt(expected * (1 - expected) / summary.Count);

            summary.ProbabilityAbove(2).Should().BeApproximately(expected, StandardErrors * se);
            summary.ProbabilityBelow(2).Should().BeApproximately(1 - expected, StandardErrors * se);
        }

        [Fact]
        public void SumOfIndependentNormals_HasSummedVariance()
        {
            // Var(X + Y) = 3^2 + 4^2 = 25, sd 5. The sd estimate's standard error is about sd / sqrt(2n).
            var summary = (Uncertain.Normal(1, 3) + Uncertain.Normal(2, 4)).Simulate(200_000, 8);

            summary.Mean.Should().BeApproximately(3, StandardErrors * summary.StandardError);
            summary.StdDev.Should().BeApproximately(5, StandardErrors * 5 / Math.Sqrt(2 * 200_000.0));
        }

        [Fact]
        public void BernoulliWithUncertainP_HasMeanOfP()
        {
            // E[Bernoulli(p)] with p ~ U(0.6, 0.7) is E[p] = 0.65.
            var summary = Uncertain.Bernoulli(Uncertain.Uniform(0.6, 0.7)).Simulate(100_000, 4);

            summary.Mean.Should().BeApproximately(0.65, StandardErrors * Math.Sqrt(0.65 * 0.35 / 100_000));
        }

        [Fact]
        public void UniformWithUncertainBounds_HasExpectedMean()
        {
            // E[U(a, b)] = (E[a] + E[b]) / 2 = (1 + 5) / 2 = 3 with a ~ U(0, 2), b ~ U(4, 6).
            var summary = Uncertain.Uniform(Uncertain.Uniform(0, 2), Uncertain.Uniform(4, 6)).Simulate(100_000, 4);

            summary.Mean.Should().BeApproximately(3, StandardErrors * summary.StandardError);
        }

        [Fact]
        public void Operators_MatchScalarArithmetic()
        {
            var x = Uncertain.Uniform(1, 2);
            var outputs = new[]
            {
                (Node: x - 3, F: (Func<double, double>)(v => v - 3)),
                (Node: 3 / x, F: v => 3 / v),
                (Node: -x, F: v => -v),
                (Node: Uncertain.Pow(x, 2.5), F: v => Math.Pow(v, 2.5)),
                (Node: Uncertain.Log(x), F: Math.Log),
                (Node: Uncertain.Log10(x), F: Math.Log10),
                (Node: Uncertain.Exp(x), F: Math.Exp),
                (Node: Uncertain.Sqrt(x), F: Math.Sqrt),
                (Node: Uncertain.Clamp(x, 1.2, 1.8), F: v => Math.Clamp(v, 1.2, 1.8)),
                (Node: Uncertain.Max(x, 1.5), F: v => Math.Max(v, 1.5)),
                (Node: Uncertain.Min(x, 1.5), F: v => Math.Min(v, 1.5)),
                (Node: x > 1.5, F: v => v > 1.5 ? 1 : 0),
                (Node: x <= 1.5, F: v => v <= 1.5 ? 1 : 0),
                (Node: Uncertain.If(x < 1.5, x, 0), F: v => v < 1.5 ? v : 0),
                (Node: Uncertain.Map((v, w) => v * w, x, 2), F: v => v * 2),
                (Node: Uncertain.Map(span => span[0] + span[1] + span[2], x, 1, 2), F: v => v + 3),
            };
            var result = Simulation.Run(Options(5000), [x, .. outputs.Select(o => o.Node)]);
            var xs = result.Outputs[0].Samples;

            for (var k = 0; k < outputs.Length; k++)
            {
                var samples = result.Outputs[k + 1].Samples;
                for (var i = 0; i < xs.Count; i += 97)
                {
                    samples[i].Should().BeApproximately(outputs[k].F(xs[i]), 1e-12 * Math.Max(1, Math.Abs(samples[i])), $"output {result.Outputs[k + 1].Name} at sample {i}");
                }
            }
        }
    }

    public class Failures
    {
        [Fact]
        public void LogOfNegative_ThrowsNamingNodeAndSample()
        {
            var x = Uncertain.Uniform(-1, 1).Named("x");
            var y = Uncertain.Log(x).Named("logX");

            var act = () => y.Simulate(1000);

            var error = act.Should().Throw<SimulationException>().Which;
            error.NodeName.Should().Be("logX");
            error.SampleIndex.Should().BeGreaterThanOrEqualTo(0);
            error.Message.Should().StartWith($"'logX' produced NaN at sample {error.SampleIndex} (inputs: x = -");
        }

        [Fact]
        public void DivisionByZero_ReportsInfinity()
        {
            var act = () => (1 / (Uncertain.Bernoulli(0.5).Named("coin"))).Named("ratio").Simulate(1000);

            act.Should().Throw<SimulationException>().Which.Message.Should().Contain("'ratio' produced +∞ at sample");
        }

        [Fact]
        public void ErrorReport_IsTheSameForAnyThreadCount()
        {
            var y = Uncertain.Log(Uncertain.Normal(3, 1)).Named("y");
            var errors = new[] { 1, 2, 8 }.Select(t =>
            {
                var act = () => Simulation.Run(Options(100_000, threads: t), y);
                return act.Should().Throw<SimulationException>().Which;
            }).ToArray();

            errors.Select(e => e.SampleIndex).Distinct().Should().ContainSingle();
            errors.Select(e => e.Message).Distinct().Should().ContainSingle();
        }

        [Fact]
        public void NaNInBranchNotTaken_IsNotAnError()
        {
            var x = Uncertain.Uniform(-1, 1);
            var safe = Uncertain.If(x > 0, Uncertain.Log(x), 0);

            var summary = safe.Simulate(10_000);

            summary.Max.Should().BeLessThanOrEqualTo(0);
        }

        [Fact]
        public void NaNInMixtureComponentNotChosen_IsNotAnError()
        {
            // The first component is never chosen (weight 0), so its NaN for negative x never reaches the output.
            var x = Uncertain.Uniform(-1, 1);
            var mixture = Uncertain.Mixture([Uncertain.Log(x), x], [0, 1]);

            var summary = mixture.Simulate(10_000);

            summary.Min.Should().BeLessThan(0);
        }

        [Fact]
        public void NaNReachingOutputThroughComparison_IsAnError()
        {
            // A comparison turns NaN into 0, but the NaN still reaches the output through it: reported at its producer.
            var x = Uncertain.Uniform(-1, 1);
            var flag = (Uncertain.Sqrt(x).Named("root") > 0.5).Named("flag");

            var act = () => flag.Simulate(1000);

            act.Should().Throw<SimulationException>().Which.NodeName.Should().Be("root");
        }

        [Theory]
        [InlineData("pow")]
        [InlineData("map")]
        [InlineData("if-condition")]
        public void NaNSwallowedByAnOperation_IsStillAnError(string operation)
        {
            // pow(NaN, 0) = 1, a mapped function may ignore its input, and an If with a NaN condition picks a branch:
            // the NaN made by sqrt of a negative number must still be reported, at its producer.
            var x = Uncertain.Uniform(-1, 1);
            var root = Uncertain.Sqrt(x).Named("root");
            var output = operation switch
            {
                "pow" => Uncertain.Pow(root, 0),
                "map" => Uncertain.Map(_ => 1.0, root),
                _ => Uncertain.If(root, 1, 2),
            };

            var act = () => output.Simulate(1000);

            act.Should().Throw<SimulationException>().Which.NodeName.Should().Be("root");
        }

        [Fact]
        public void InvalidUncertainParameter_ThrowsNamingNodeSampleAndRule()
        {
            var p = Uncertain.Uniform(0.5, 1.5).Named("p");
            var coin = Uncertain.Bernoulli(p).Named("coin");

            var act = () => coin.Simulate(1000);

            var error = act.Should().Throw<SimulationException>().Which;
            error.NodeName.Should().Be("coin");
            error.Message.Should().Be($"'coin' has an invalid parameter at sample {error.SampleIndex}: p: expected a number in [0, 1]; got {p.Simulate(1000).Samples[(int)error.SampleIndex].ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        [Fact]
        public void UniformWithCrossingUncertainBounds_Throws()
        {
            var act = () => Uncertain.Uniform(Uncertain.Uniform(0, 2), 1).Named("u").Simulate(1000);

            act.Should().Throw<SimulationException>().Which.Message.Should().Contain("expected min < max; got min = ");
        }

        [Fact]
        public void ThrowingMap_IsWrapped()
        {
            var x = Uncertain.Uniform(0, 1);
            var f = Uncertain.Map(v => v > 0.5 ? throw new InvalidDataException("too big") : v, x).Named("f");

            var act = () => f.Simulate(1000);

            var error = act.Should().Throw<SimulationException>().Which;
            error.InnerException.Should().BeOfType<InvalidDataException>();
            error.Message.Should().StartWith($"The function of 'f' threw at sample {error.SampleIndex}").And.EndWith("too big");
        }

        [Fact]
        public void Cancellation_StopsTheRun()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();

            var act = () => Simulation.Run(Options(), [Uncertain.Normal(0, 1)], null, cts.Token);

            act.Should().Throw<OperationCanceledException>();
        }
    }

    [Fact]
    public void Progress_ReportsUpToOne()
    {
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);

        Simulation.Run(Options(100_000, threads: 1), [Uncertain.Normal(0, 1)], progress, CancellationToken.None);

        reports.Should().NotBeEmpty().And.BeInAscendingOrder();
        reports[^1].Should().Be(1);
    }

    [Fact]
    public void KeepSamplesFalse_GivesMomentsOnly()
    {
        var result = Simulation.Run(Options(10_000).WithKeepSamples(false), Uncertain.Normal(0, 1).Named("z"));
        var z = result["z"];

        z.HasSamples.Should().BeFalse();
        z.Samples.Should().BeEmpty();
        z.Mean.Should().BeApproximately(0, StandardErrors / 100);
        var act = () => z.P50;
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The samples of 'z' were not kept; run with SimulationOptions.WithKeepSamples(true) to get quantiles, probabilities and a histogram.");
    }

    [Fact]
    public void DeepGraph_CompilesWithoutStackOverflow()
    {
        // 20 000 chained additions of the same leaf: x + x + ... = 20 001 x, whose mean is 20 001 * 0.5.
        var x = Uncertain.Uniform(0, 1);
        var sum = x;
        for (var i = 0; i < 20_000; i++)
        {
            sum += x;
        }

        var summary = sum.Simulate(100);

        summary.Mean.Should().BeApproximately(20_001 * x.Simulate(100).Mean, 1e-6);
    }

    [Fact]
    public void BufferPlan_ChainReusesBuffers_AndNeverAliasesLiveValues()
    {
        // x feeds every step of the chain, so it stays live; each partial sum dies after the next step.
        var x = Uncertain.Uniform(0, 1);
        var sum = x;
        for (var i = 0; i < 1000; i++)
        {
            sum = (sum + x) * 1;
        }

        var model = CompiledModel.Compile([sum]);
        var plan = SimulationEngine.BufferPlan.Shared(model, new bool[model.Count]);

        plan.PhysicalCount.Should().BeLessThanOrEqualTo(5); // x, two partial sums in flight, constant 1
        for (var s = 0; s < model.Count; s++)
        {
            foreach (var input in model.Inputs[s])
            {
                plan.BufferOf[input].Should().NotBe(plan.BufferOf[s], $"node {s} must not overwrite its input {input}");
            }
        }
    }

    [Fact]
    public void KeepSamplesOf_KeepsOnlyTheChosenOutputs()
    {
        var a = Uncertain.Normal(0, 1).Named("a");
        var b = (a * 2).Named("b");

        var result = Simulation.Run(Options(5000).WithKeepSamples(false), [a, b], [b], null, CancellationToken.None);

        result["a"].HasSamples.Should().BeFalse();
        result["b"].Samples.Should().HaveCount(5000);
        result["b"].Mean.Should().Be(Simulation.Run(Options(5000), b).Outputs[0].Mean);
    }

    [Fact]
    public void KeepSamplesOf_NodeNotAnOutput_Throws()
    {
        var a = Uncertain.Normal(0, 1).Named("a");
        var other = Uncertain.Uniform(0, 1).Named("other");

        var act = () => Simulation.Run(Options(), [a], [other], null, CancellationToken.None);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "keepSamplesOf[0]")
            .WithMessage("Expected a node to keep that is one of the outputs; got 'other', which is not. (Parameter 'keepSamplesOf[0]')");
    }

    [Fact]
    public void Run_NoOutputs_Throws()
    {
        var act = () => Simulation.Run(Options());

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs")
            .WithMessage("Expected at least one output; got none. (Parameter 'outputs')");
    }

    [Fact]
    public void Result_IndexersFindOutputs()
    {
        var a = Uncertain.Normal(0, 1).Named("a");
        var result = Simulation.Run(Options(1000), a);

        result[a].Should().BeSameAs(result.Outputs[0]);
        result["a"].Should().BeSameAs(result.Outputs[0]);
        result.Samples.Should().Be(1000);
        result.Seed.Should().Be(42);
        var missing = () => result["b"];
        missing.Should().Throw<KeyNotFoundException>().WithMessage("No output is named 'b'; the outputs are: 'a'.");
    }

    public class EdgeNumbers
    {
        [Fact]
        public void ConstantOutput_MeanExactlyTheConstant_StdDevZero()
        {
            // Summing 4096 copies of 0.1 and dividing gave a mean of 0.09999999999999853 and sd 1.5e-15.
            var summary = Simulation.Run(Options(100_000), Uncertain.Constant(0.1)).Outputs[0];

            summary.Mean.Should().Be(0.1);
            summary.StdDev.Should().Be(0);
            summary.P50.Should().Be(0.1);
        }

        [Fact]
        public void UniformNear1e154_StdDevFinite()
        {
            // uniform(1e154, 2e154): sd = 1e154 / √12 (squared deviations overflowed to an infinite sd).
            var summary = Simulation.Run(Options(50_000), Uncertain.Uniform(1e154, 2e154)).Outputs[0];

            summary.StdDev.Should().BeApproximately(1e154 / Math.Sqrt(12), 0.02 * 1e154 / Math.Sqrt(12));
            summary.Mean.Should().BeApproximately(1.5e154, 0.01 * 1.5e154);
        }

        [Fact]
        public void UniformNearDoubleMax_MeanFinite()
        {
            // uniform(1e307, 1.5e308): mean (1e307 + 1.5e308) / 2 = 8.05e307 (the chunk sum overflowed to a NaN mean).
            var summary = Simulation.Run(Options(50_000), Uncertain.Uniform(1e307, 1.5e308)).Outputs[0];

            summary.Mean.Should().BeApproximately(8.05e307, 0.01 * 8.05e307);
            summary.StdDev.Should().BeApproximately(1.4e308 / Math.Sqrt(12), 0.02 * 1.4e308 / Math.Sqrt(12));
        }

        [Fact]
        public void SamplesIntMaxValue_WithoutKeptSamples_Runs()
        {
            // 2^31 − 1 samples: the chunk count overflowed int (OverflowException) before the run started.
            var summary = Simulation.Run(Options(int.MaxValue).WithKeepSamples(false), Uncertain.Constant(0.1)).Outputs[0];

            summary.Count.Should().Be(int.MaxValue);
            summary.Mean.Should().Be(0.1);
            summary.StdDev.Should().Be(0);
        }
    }

    public class Quantiles
    {
        [Fact]
        public void StandardQuantiles_EqualSortingTheSamples_BitForBit()
        {
            // Type 7 (Hyndman and Fan 1996): h = (n − 1) p, x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)) over the sorted samples.
            var (output, other) = DemoModel();
            var result = Simulation.Run(Options(300_001, threads: 2), output, other, Uncertain.Bernoulli(0.3));

            foreach (var summary in result.Outputs)
            {
                var sorted = summary.Samples.Order().ToArray();
                foreach (var p in new[] { 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95 })
                {
                    var h = (sorted.Length - 1) * p;
                    var lower = (int)Math.Floor(h);
                    var fraction = h - lower;
                    var expected = fraction > 0 ? sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower])) : sorted[lower];
                    BitConverter.DoubleToInt64Bits(summary.Quantile(p)).Should().Be(BitConverter.DoubleToInt64Bits(expected + 0.0), $"p = {p} of {summary.Name}");
                }
            }
        }
    }

    public class BoundedMemory
    {
        private static void ShouldMatch(Summary bounded, Summary kept)
        {
            bounded.Count.Should().Be(kept.Count);
            bounded.Mean.Should().Be(kept.Mean);
            bounded.StdDev.Should().Be(kept.StdDev);
            bounded.Min.Should().Be(kept.Min);
            bounded.Max.Should().Be(kept.Max);
            foreach (var p in new[] { 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95 })
            {
                BitConverter.DoubleToInt64Bits(bounded.Quantile(p)).Should().Be(BitConverter.DoubleToInt64Bits(kept.Quantile(p)), $"p = {p} of {kept.Name}");
            }

            bounded.Histogram.Should().Equal(kept.Histogram);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void BudgetTooSmall_SameNumbersAsKeptSamples_AnyThreadCount(int threads)
        {
            // Three outputs × 100 001 samples × 8 bytes = 2.4 MB > the 1 MiB budget. The third output puts 90% of its
            // samples on one value, so the bin holding most ranks is too full to gather and is refined by one more pass.
            var (output, other) = DemoModel();
            var spike = Uncertain.Mixture([Uncertain.Constant(5), Uncertain.Normal(5, 1)], [9, 1]).Named("spike");
            var options = Options(100_001, threads: threads);
            var kept = Simulation.Run(options, output, other, spike);

            var bounded = Simulation.Run(options.WithMaxMemory(1 << 20), output, other, spike);

            kept.BoundedMemory.Should().BeFalse();
            bounded.BoundedMemory.Should().BeTrue();
            for (var i = 0; i < 3; i++)
            {
                ShouldMatch(bounded.Outputs[i], kept.Outputs[i]);
            }
        }

        [Fact]
        public void SameNodeTwice_BothSummariesHaveTheQuantiles()
        {
            var a = Uncertain.Normal(0, 1);
            var options = Options(200_000);

            var bounded = Simulation.Run(options.WithMaxMemory(1 << 20), a, a);

            bounded.Outputs[1].P95.Should().Be(Simulation.Run(options, a).Outputs[0].P95);
        }

        [Fact]
        public void Bounded_NoSamples_OtherQuantilesExplainTheMode()
        {
            var summary = Simulation.Run(Options(200_000).WithMaxMemory(1 << 20), Uncertain.Normal(0, 1).Named("x")).Outputs[0];

            summary.HasSamples.Should().BeFalse();
            summary.Samples.Should().BeEmpty();
            var other = () => summary.Quantile(0.3);
            other.Should().Throw<InvalidOperationException>().WithMessage(
                "The samples of 'x' were not kept: keeping 200000 samples of 1 output needs 1.5 MiB, over the memory budget of 1 MiB, so the run used the bounded-memory mode (exact quantiles from extra passes that re-simulate the same samples). That mode gives p5, p10, p25, p50, p75, p90, p95 and the histogram; for other quantiles or probabilities raise the budget (SimulationOptions.WithMaxMemory) or run fewer samples.");
            var probability = () => summary.ProbabilityAbove(0);
            probability.Should().Throw<InvalidOperationException>();
        }

        [Fact]
        public void SamplesBeyondAnArray_KeptSamplesRequested_UsesBoundedMode()
        {
            // 2^31 − 1 samples cannot be kept in one array (at most 2^31 − 57 elements): bounded mode, whatever the budget.
            // A constant needs no selection pass, so the test is quick.
            var result = Simulation.Run(Options(int.MaxValue).WithMaxMemory(long.MaxValue), Uncertain.Constant(0.1));

            result.BoundedMemory.Should().BeTrue();
            result.Outputs[0].P50.Should().Be(0.1);
            result.Outputs[0].Histogram.Should().Equal(new HistogramBin(0.1, 0.1, int.MaxValue));
        }
    }

    public class StreamChunks
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void AnyThreadCount_ChunksInOrder_SameSamplesAsKeptRun(int threads)
        {
            var (output, other) = DemoModel();
            var samples = 30_000; // 7 full chunks of 4096 and a last one of 1328
            var expected = Simulation.Run(Options(samples, threads: 1), output, other);
            var streamed = new[] { new List<double>(), new List<double>() };
            var indices = new List<int>();
            var starts = new List<long>();

            var result = Simulation.Stream(Options(samples, threads: threads).WithKeepSamples(false), [output, other], chunk =>
            {
                indices.Add(chunk.Index);
                starts.Add(chunk.Start);
                chunk.OutputCount.Should().Be(2);
                for (var o = 0; o < 2; o++)
                {
                    streamed[o].AddRange(chunk.Output(o).ToArray());
                }
            }, null, CancellationToken.None);

            indices.Should().Equal(Enumerable.Range(0, 8));
            starts.Should().Equal(indices.Select(i => i * 4096L));
            streamed[0].Should().Equal(expected.Outputs[0].Samples);
            streamed[1].Should().Equal(expected.Outputs[1].Samples);
            result.Outputs[0].Mean.Should().Be(expected.Outputs[0].Mean);
            result.Outputs[0].HasSamples.Should().BeFalse();
        }

        [Fact]
        public void SameNodeTwice_BothOutputsGetItsSamples()
        {
            var a = Uncertain.Normal(0, 1);

            Simulation.Stream(Options(5000), [a, a], chunk => chunk.Output(1).ToArray().Should().Equal(chunk.Output(0).ToArray()), null, CancellationToken.None);
        }

        [Fact]
        public void CallbackThrows_RunStopsAndRethrowsTheSameException()
        {
            var a = Uncertain.Normal(0, 1);
            var thrown = new IOException("disk full");
            var calls = 0;

            var act = () => Simulation.Stream(Options(200_000, threads: 2), [a], chunk =>
            {
                calls++;
                if (chunk.Index == 3)
                {
                    throw thrown;
                }
            }, null, CancellationToken.None);

            act.Should().Throw<IOException>().Which.Should().BeSameAs(thrown);
            calls.Should().Be(4, "chunks 0–3 were delivered and nothing after the failing callback");
        }

        [Fact]
        public void ModelFailsInALaterChunk_EarlierChunksDeliveredThenSimulationException()
        {
            // u > 0.99995 happens about once in 20 000 samples, so the first failure lies well after chunk 0 (seed fixed).
            var u = Uncertain.Uniform(0, 1);
            var failing = Uncertain.Map(x => x > 0.99995 ? throw new InvalidDataException("too big") : x, u);
            var delivered = new List<int>();

            var act = () => Simulation.Stream(Options(400_000, threads: 2), [failing], chunk => delivered.Add(chunk.Index), null, CancellationToken.None);

            var error = act.Should().Throw<SimulationException>().Which;
            var failingChunk = (int)(error.SampleIndex / 4096);
            failingChunk.Should().BePositive();
            delivered.Should().Equal(Enumerable.Range(0, failingChunk));
        }

        [Fact]
        public void OutputIndexOutOfRange_Throws()
        {
            var a = Uncertain.Normal(0, 1);
            Exception? caught = null;

            Simulation.Stream(Options(100), [a], chunk => caught ??= Record.Exception(() => chunk.Output(1)), null, CancellationToken.None);

            caught.Should().BeOfType<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Expected an output index in [0, 0]; got 1.");
        }

        [Fact]
        public void NullCallback_Throws()
        {
            var act = () => Simulation.Stream(Options(100), [Uncertain.Normal(0, 1)], null!, null, CancellationToken.None);

            act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "onChunk");
        }
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    /// <summary>Several graphs on the same chunks (<see cref="CompiledModel.Join"/>), derived outputs across them, and folds in sample order.</summary>
    public class JointRuns
    {
        /// <summary>Two graphs built separately from the same names, as two branches of a scenario are, and a derived x₁ − x₂.</summary>
        private static (IReadOnlyList<Uncertain>[] Graphs, Uncertain Difference) Model()
        {
            Uncertain Graph(double shift) => (Uncertain.Normal(0, 1).Named("x") + shift).Named("y");
            var (first, second) = (Graph(0), Graph(2));
            var difference = Uncertain.MapChunk("difference", static (_, inputs, dst) =>
            {
                for (var j = 0; j < dst.Length; j++)
                {
                    dst[j] = inputs[1][j] - inputs[0][j];
                }
            }, first, second);
            return ([[first], [second]], difference);
        }

        [Fact]
        public void RunJoint_LeafNamedAlikeInTwoGraphs_DrawsTheSameNumbersInBoth()
        {
            var (graphs, difference) = Model();
            var options = Options(10_000);

            var joint = Simulation.RunJoint(options, graphs, [difference], [], null, CancellationToken.None);

            // Each graph draws what it draws alone (compiled in one graph, the second "x" would be another stream) ...
            joint.Outputs[0].Samples.Should().Equal(Simulation.Run(options, graphs[0][0]).Outputs[0].Samples);
            joint.Outputs[1].Samples.Should().Equal(Simulation.Run(options, graphs[1][0]).Outputs[0].Samples);
            // ... so (x + 2) − x is 2 in every sample, up to the rounding of x + 2.
            joint.Outputs[2].Samples.Should().OnlyContain(d => Math.Abs(d - 2) < 1e-12);
        }

        [Fact]
        public void Join_NodesThatComputeTheSameInTwoGraphs_ShareOneSlot_AndGiveEachGraphItsOwnNumbers()
        {
            // Two graphs built separately, as two branches of a scenario are: the same leaves "a" and "b" and the same
            // "a * b", then each its own last step. Compiled alone each graph has 4 slots (a, b, a * b, its last node) plus a
            // constant; joined, the second adds only what differs: its constant and its last node.
            IReadOnlyList<Uncertain> Graph(double shift)
            {
                var a = Uncertain.Uniform(1, 2).Named("a");
                var b = Uncertain.To(10, 100).Named("b");
                return [((a * b).Named("ab") + shift).Named("y")];
            }

            var graphs = new[] { Graph(0), Graph(3) };
            var separate = graphs.Sum(g => CompiledModel.Compile(g).Count);
            var joined = CompiledModel.Join(graphs, []);

            joined.Count.Should().Be(separate - 3, "a, b and ab are one slot each; the constants 0 and 3 and both y differ");
            var options = Options(20_000);
            var joint = Simulation.RunJoint(options, graphs, [], [], null, CancellationToken.None);
            for (var g = 0; g < graphs.Length; g++)
            {
                var alone = Simulation.Run(options, graphs[g][0]).Outputs[0];
                joint.Outputs[g].Samples.Should().Equal(alone.Samples, "graph {0} draws what it draws alone", g);
                BitConverter.DoubleToInt64Bits(joint.Outputs[g].Mean).Should().Be(BitConverter.DoubleToInt64Bits(alone.Mean));
                joint.Outputs[g].Name.Should().Be(alone.Name);
            }
        }

        [Fact]
        public void Join_SameNameButOtherParametersOrAnotherName_KeepsTheirOwnSlots()
        {
            // "a" with other bounds (a preset that changes a range) draws other numbers; "a2" with the same bounds is another
            // variable, shown under its own name; "a" as a normal with the same two parameters is another distribution
            // (only the sampler differs): none may share the first graph's slot.
            IReadOnlyList<Uncertain>[] graphs =
            [
                [(Uncertain.Uniform(1, 2).Named("a") * 2).Named("y")],
                [(Uncertain.Uniform(1, 3).Named("a") * 2).Named("y")],
                [(Uncertain.Uniform(1, 2).Named("a2") * 2).Named("y")],
                [(Uncertain.Normal(1, 2).Named("a") * 2).Named("y")],
            ];

            var joined = CompiledModel.Join(graphs, []);

            // Each graph compiles to 3 slots (the leaf, a distribution with constant parameters; the factor 2; y). Joined,
            // the factor 2 is one slot for all four (the same value, unnamed) and each graph keeps its own leaf and its own y.
            graphs.Select(g => CompiledModel.Compile(g).Count).Should().AllBeEquivalentTo(3);
            joined.Count.Should().Be(9);
            var normal = Simulation.RunJoint(Options(5_000), graphs, [], [], null, CancellationToken.None).Outputs[3];
            normal.Samples.Should().Equal(Simulation.Run(Options(5_000), graphs[3][0]).Outputs[0].Samples, "the normal is sampled as a normal");
            normal.Min.Should().BeLessThan(2, "a normal(1, 2) doubled goes below 2; the uniform(1, 2) doubled never does");
            var joint = Simulation.RunJoint(Options(5_000), graphs, [], [], null, CancellationToken.None);
            joint.Outputs[1].Samples.Should().Equal(Simulation.Run(Options(5_000), graphs[1][0]).Outputs[0].Samples);
            joint.Outputs[1].Max.Should().BeGreaterThan(4, "uniform(1, 3) * 2 reaches past 4 in 5 000 samples");
            joint.Outputs[0].Max.Should().BeLessThanOrEqualTo(4);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void RunJoint_OrderedPasses_SeeEveryChunkInOrderWithTheSameValuesInBothModes(int threads)
        {
            // Three passes over 50 000 samples (13 chunks, the last of 848): with kept samples passes 1 and 2 replay them; in
            // the bounded mode (3 outputs × 50 000 × 8 bytes = 1.2 MB, over a 1 MiB budget) pass 1 rides on the first
            // re-simulation and pass 2 gets one more. Each pass must see the same chunks with the same values.
            var (graphs, difference) = Model();
            List<(int Index, long Start, double Sum)>[] Fold(SimulationOptions options)
            {
                var seen = new[] { new List<(int, long, double)>(), new List<(int, long, double)>(), new List<(int, long, double)>() };
                Action<SampleChunk> Pass(int k) => chunk => seen[k].Add((chunk.Index, chunk.Start, chunk.Output(0).ToArray().Sum() + chunk.Output(2).ToArray().Sum()));
                var result = Simulation.RunJoint(options, graphs, [difference], [Pass(0), Pass(1), Pass(2)], null, CancellationToken.None);
                result.BoundedMemory.Should().Be(options.MaxMemoryBytes == 1 << 20);
                return seen;
            }

            var options = Options(50_000, threads: threads);
            var kept = Fold(options);
            var bounded = Fold(options.WithMaxMemory(1 << 20));

            var chunks = (50_000 + 4095) / 4096;
            foreach (var pass in kept.Concat(bounded))
            {
                pass.Select(c => c.Index).Should().Equal(Enumerable.Range(0, chunks));
                pass.Select(c => c.Start).Should().Equal(Enumerable.Range(0, chunks).Select(c => c * 4096L));
                pass.Should().Equal(kept[0]);
            }
        }

        [Fact]
        public void RunJoint_OrderedPassThrows_TheRunStopsWithThatException()
        {
            var (graphs, difference) = Model();

            var act = () => Simulation.RunJoint(Options(50_000).WithMaxMemory(1 << 20), graphs, [difference], [chunk => throw new InvalidDataException($"chunk {chunk.Index}")], null, CancellationToken.None);

            act.Should().Throw<InvalidDataException>().WithMessage("chunk 0");
        }
    }
}
