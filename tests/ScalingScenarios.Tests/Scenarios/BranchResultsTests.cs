using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Scenarios;

public class BranchResultsTests
{
    private static string File(string branches, string variables = "\"v\": 10, \"w\": \"v * 2\"", string outputs = "\"v\", \"w\"")
        => $$"""{ "name": "b", "samples": 20000, "seed": 5, "variables": { {{variables}} }, "outputs": [{{outputs}}], "branches": { {{branches}} } }""";

    private const string TwoConstant = """
        "up": { "probability": 0.6, "variables": { "v": 100 } },
        "down": { "probability": 0.4, "variables": { "v": -50 } }
        """;

    [Fact]
    public void Parse_ProbabilitiesSummingTo09_IsRejectedNamingTheBranchesAndTheSum()
    {
        var errors = Scenario.Validate(File("""
            "up": { "probability": 0.6, "variables": { "v": 100 } },
            "down": { "probability": 0.3 }
            """));

        var error = errors.Should().ContainSingle().Which;
        error.Field.Should().Be("branches");
        error.Message.Should().Be("line 1, column 108, branches: expected branch probabilities, each in [0, 1], that sum to 1; found up 0.6 + down 0.3 = 0.9.");
    }

    [Fact]
    public void Parse_UncertainProbabilitiesNotSummingTo1_IsRejectedAtTheFirstBadSample()
    {
        var error = Scenario.Validate(File(""" "up": { "probability": "p" }, "down": { "probability": "0.5" } """, "\"p\": \"uniform(0.4, 0.6)\", \"v\": 1", "\"v\""))
            .Should().ContainSingle().Which;

        error.Found.Should().MatchRegex(@"^up 0\.[0-9]+ \+ down 0\.5 = [0-9.]+ at sample [0-9]+$");
    }

    [Fact]
    public void Parse_ProbabilityAbove1_IsRejected()
        => Scenario.Validate(File(""" "up": { "probability": 1.5 }, "down": { "probability": -0.5 } """)).Should().ContainSingle()
            .Which.Found.Should().Be("up = 1.5");

    [Fact]
    public void Parse_OverrideOfUnknownVariable_SuggestsTheNearest()
    {
        var error = Scenario.Validate(File(""" "up": { "probability": 1, "variables": { "vv": 3 } } """)).Should().ContainSingle().Which;

        (error.Kind, error.Field, error.Hint).Should().Be((ScenarioErrorKind.UnknownVariable, "branches.up.variables.vv", "Did you mean 'v'?"));
    }

    [Fact]
    public void Parse_BadProbabilityFormula_IsLocatedInTheBranch()
    {
        var error = Scenario.Validate(File(""" "up": { "probability": "unifrom(0, 1)" } """)).Should().ContainSingle().Which;

        (error.Kind, error.Variable, error.Position).Should().Be((ScenarioErrorKind.UnknownFunction, "branches.up.probability", 1));
    }

    [Fact]
    public void Parse_BranchWithoutProbability_IsRejected()
        => Scenario.Validate(File(""" "up": { "variables": { "v": 3 } } """)).Should().ContainSingle()
            .Which.Message.Should().Contain("branches.up: expected a \"probability\" field (required)");

    [Fact]
    public void Run_ConstantBranches_GivesPerBranchValuesAndTheExpectedValue()
    {
        var result = Scenario.Parse(File(TwoConstant)).Run();

        var branches = result.Branches!;
        branches.Outcomes.Select(o => (o.Name, o.Result["v"].Mean, o.Result["w"].Mean)).Should().Equal(("up", 100.0, 200.0), ("down", -50.0, -100.0));
        // Hand calculation: 0.6 * 100 + 0.4 * (-50) = 40; w = 2 v gives 80. Constant branches: no Monte Carlo error.
        var v = branches.ExpectedValue("v");
        v.Mean.Should().BeApproximately(40, 1e-9);
        v.StandardError.Should().BeApproximately(0, 1e-9);
        v.Contributions.Should().Equal([60, -20], (a, b) => Math.Abs(a - b) < 1e-9);
        branches.ExpectedValue("w").Mean.Should().BeApproximately(80, 1e-9);
        // The base scenario (no override) is unchanged.
        result["v"].Mean.Should().Be(10);
    }

    [Fact]
    public void Mixture_ConstantBranches_DrawsEachBranchWithItsProbability()
    {
        var mixture = Scenario.Parse(File(TwoConstant)).Run().Branches!.Mixture("v");

        mixture.Samples.Should().OnlyContain(x => x == 100 || x == -50);
        // P(up) = 0.6; the standard error of a share from 20,000 draws is sqrt(0.24 / 20000) = 0.0035; allow 4 of them.
        mixture.ProbabilityAbove(0).Should().BeApproximately(0.6, 0.014);
    }

    [Fact]
    public void BreakEvenProbability_TwoBranches_SolvesTheLinearEquation()
    {
        var branches = Scenario.Parse(File(TwoConstant)).Run().Branches!;

        // q * 100 + (1 - q) * (-50) = 0  =>  q = 50 / 150 = 1/3.
        branches.BreakEvenProbability("up", "v")!.Value.Should().BeApproximately(1.0 / 3, 1e-12);
        // Threshold 25: q = 75 / 150 = 0.5.
        branches.BreakEvenProbability("up", "v", 25)!.Value.Should().BeApproximately(0.5, 1e-12);
        // 200 is above both branch values: no probability in [0, 1] reaches it.
        branches.BreakEvenProbability("up", "v", 200).Should().BeNull();
    }

    [Fact]
    public void Run_UncertainProbability_SharesRandomNumbersAcrossBranches()
    {
        var json = File(""" "up": { "probability": "p", "variables": { "v": "x + 1" } }, "down": { "probability": "1 - p", "variables": { "v": "x - 1" } } """,
            "\"p\": \"uniform(0.2, 0.8)\", \"x\": \"normal(0, 1)\", \"v\": \"x\"", "\"v\"");

        var branches = Scenario.Parse(json).Run().Branches!;

        var up = branches["up"].Result["v"].Samples;
        var down = branches["down"].Result["v"].Samples;
        // Common random numbers: x is the same draw in both branches, so up - down is exactly 2 in every sample.
        up.Zip(down, (a, b) => a - b).Should().OnlyContain(d => Math.Abs(d - 2) < 1e-12);
        // E[p (x + 1) + (1 - p)(x - 1)] = E[x] + E[2p - 1] = 0 + 0 = 0; the error of the estimate is about 1 / sqrt(20000) = 0.007.
        var ev = branches.ExpectedValue("v");
        ev.Mean.Should().BeApproximately(0, 4 * ev.StandardError);
        ev.StandardError.Should().BeInRange(0.005, 0.01);
    }

    [Fact]
    public void Branch_UnknownName_ListsTheBranches()
    {
        var act = () => Scenario.Parse(File(TwoConstant)).Branch("upp");

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the branches up, down of 'b'; got 'upp'. Did you mean 'up'?");
    }

    [Fact]
    public void Run_WithoutBranches_HasNoBranchResults()
        => Scenario.Parse("""{ "name": "t", "samples": 10, "variables": { "a": 1 }, "outputs": ["a"] }""").Run().Branches.Should().BeNull();

    /// <summary>
    /// Branched runs over the memory budget: the probabilities, every branch's outputs, the weighted sums and the mixtures go
    /// through the engine's bounded-memory mode, and every number must be the one the run with kept samples gives, bit for bit.
    /// </summary>
    [Fact]
    public void Run_BranchSwapsAVariablesDistributionForAnotherFamily_EachBranchDrawsItsOwn()
    {
        // The joint run shares the slots of nodes that compute the same; "v0" is the same name in both branches but a
        // uniform in one and a normal in the other, so it must not be shared: the normal goes below 0, the uniform never.
        var scenario = Scenario.Parse("""
            { "name": "swap", "samples": 10000, "variables": { "p": "beta(6, 4)", "v0": "uniform(0, 1)", "v1": "v0 * 2" }, "outputs": ["v1"],
              "branches": { "up": { "probability": "p", "variables": { "v0": "normal(0, 1)" } }, "down": { "probability": "1 - p" } } }
            """);

        var branches = scenario.Run().Branches!;

        branches["up"].Result["v1"].Min.Should().BeLessThan(0);
        branches["down"].Result["v1"].Min.Should().BeGreaterThanOrEqualTo(0);
        foreach (var outcome in branches.Outcomes)
        {
            outcome.Result["v1"].Samples.Should().Equal(outcome.Branch.Scenario.Run().Outputs[0].Samples, "branch '{0}' draws what it draws alone", outcome.Name);
        }
    }

    public class BoundedMemory
    {
        /// <summary>
        /// An uncertain probability, a branch that overrides a variable with a constant (so the mixture has a spike: a bin too
        /// full to gather, refined by one more pass) and a shared input x (common random numbers). 100 001 samples (the last
        /// chunk is partial) × (2 probabilities + 2 × 2 branch outputs + 2 × 2 derived) × 8 bytes = 8 MB, over a 1 MiB budget.
        /// </summary>
        private static readonly string Json = File(
            """ "up": { "probability": "p", "variables": { "v": "x + 1" } }, "down": { "probability": "1 - p", "variables": { "v": "3" } } """,
            "\"p\": \"uniform(0.2, 0.8)\", \"x\": \"normal(0, 1)\", \"v\": \"x\", \"w\": \"v * x + (2 to 5)\"")
            .Replace("\"samples\": 20000", "\"samples\": 100001", StringComparison.Ordinal);

        private static SimulationOptions Options(int threads) => Scenario.Parse(Json).Options.WithThreads(threads);

        private static void ShouldMatch(Summary bounded, Summary kept)
        {
            bounded.HasSamples.Should().BeFalse();
            (bounded.Name, bounded.Count).Should().Be((kept.Name, kept.Count));
            Bits(bounded.Mean).Should().Be(Bits(kept.Mean), $"the mean of {kept.Name}");
            Bits(bounded.StdDev).Should().Be(Bits(kept.StdDev), $"the sd of {kept.Name}");
            Bits(bounded.Min).Should().Be(Bits(kept.Min));
            Bits(bounded.Max).Should().Be(Bits(kept.Max));
            foreach (var p in new[] { 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95 })
            {
                Bits(bounded.Quantile(p)).Should().Be(Bits(kept.Quantile(p)), $"p = {p} of {kept.Name}");
            }

            bounded.Histogram.Should().Equal(kept.Histogram);
        }

        private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);

        private sealed class Recorder(System.Collections.Concurrent.ConcurrentQueue<double> reports) : IProgress<double>
        {
            public void Report(double value) => reports.Enqueue(value);
        }

        [Fact]
        public void Run_BaseKeptButBranchesBounded_SameNumbersAsTheOneJointRunOfEverything()
        {
            // Within the budget the base run joins the branches' run (8 MB here); with 3 MB the base run (2 outputs, 1.6 MB)
            // runs alone and keeps its samples while the branches use the bounded mode. Every number must be the same.
            var scenario = Scenario.Parse(Json);
            var joint = scenario.Run(Options(2));

            var split = scenario.Run(Options(2).WithMaxMemory(3 << 20));

            (joint.BoundedMemory, joint.Branches!.BoundedMemory).Should().Be((false, false));
            split.Branches!.BoundedMemory.Should().BeTrue();
            foreach (var output in new[] { "v", "w" })
            {
                split[output].HasSamples.Should().BeTrue("the base run alone fits the budget and keeps its samples");
                split[output].Samples.Should().Equal(joint[output].Samples, "the base run of {0} draws the same numbers", output);
                Bits(split[output].Mean).Should().Be(Bits(joint[output].Mean));
                Bits(split[output].P95).Should().Be(Bits(joint[output].P95));
                for (var i = 0; i < 2; i++)
                {
                    ShouldMatch(split.Branches.Outcomes[i].Result[output], joint.Branches.Outcomes[i].Result[output]);
                }

                Bits(split.Branches.ExpectedValue(output).Mean).Should().Be(Bits(joint.Branches.ExpectedValue(output).Mean));
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Run_BudgetTooSmall_SameNumbersAsKeptSamples_AnyThreadCount(int threads)
        {
            var scenario = Scenario.Parse(Json);
            var kept = scenario.Run(Options(threads));

            var bounded = scenario.Run(Options(threads).WithMaxMemory(1 << 20));

            (kept.BoundedMemory, kept.Branches!.BoundedMemory).Should().Be((false, false));
            (bounded.BoundedMemory, bounded.Branches!.BoundedMemory).Should().Be((true, true));
            var (b, k) = (bounded.Branches, kept.Branches);
            for (var i = 0; i < 2; i++)
            {
                ShouldMatch(b.Outcomes[i].Probability, k.Outcomes[i].Probability);
                b.Outcomes[i].Result.BoundedMemory.Should().BeTrue();
                foreach (var output in new[] { "v", "w" })
                {
                    ShouldMatch(b.Outcomes[i].Result[output], k.Outcomes[i].Result[output]);
                }
            }

            foreach (var output in new[] { "v", "w" })
            {
                ShouldMatch(bounded[output], kept[output]);
                ShouldMatch(b.Mixture(output), k.Mixture(output));
                var (eb, ek) = (b.ExpectedValue(output), k.ExpectedValue(output));
                (Bits(eb.Mean), Bits(eb.StandardError)).Should().Be((Bits(ek.Mean), Bits(ek.StandardError)));
                eb.Contributions.Select(Bits).Should().Equal(ek.Contributions.Select(Bits));
                b.BreakEvenProbability("up", output, 1).Should().Be(k.BreakEvenProbability("up", output, 1));
            }

            bounded.Branches.ToJson().Should().Be(kept.Branches.ToJson().Replace("\"seed\": 5,", "\"seed\": 5,\n  \"boundedMemory\": true,", StringComparison.Ordinal));
        }

        [Fact]
        public void Run_WithBranches_ReportsTheBaseRunThenTheBranchesUpTo1()
        {
            // The base run is the first third of the work (it and each of the two branches cost about the same).
            var reports = new System.Collections.Concurrent.ConcurrentQueue<double>();
            var progress = new Recorder(reports);

            Scenario.Parse(Json).Run(Options(1).WithMaxMemory(1 << 20), progress);

            reports.Should().OnlyContain(f => f >= 0 && f <= 1).And.Contain(f => f <= 1.0 / 3).And.Contain(f => f > 1.0 / 3);
            reports.Max().Should().Be(1);
        }

        [Fact]
        public void Run_BudgetTooSmall_KeepsCommonRandomNumbers()
        {
            // up's v is x + 1 and the base's v is x, drawn from the same stream: their means differ by exactly 1 up to rounding.
            var bounded = Scenario.Parse(Json).Run(Options(2).WithMaxMemory(1 << 20));

            bounded.Branches!["up"].Result["v"].Mean.Should().BeApproximately(bounded["v"].Mean + 1, 1e-12);
            bounded.Branches["down"].Result["v"].StdDev.Should().Be(0);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void Run_BudgetTooSmall_StillChecksTheProbabilitiesInEverySample(int threads)
        {
            // x > 3.9 has probability 4.8e-5: none of the 4 096 samples checked when the file is read has it, later samples do,
            // and there the probabilities sum to 0.9 + 0.5 = 1.4.
            var scenario = Scenario.Parse(File(""" "up": { "probability": "x > 3.9 ? 0.9 : 0.5" }, "down": { "probability": 0.5 } """, "\"x\": \"normal(0, 1)\", \"v\": \"x\"", "\"v\"")
                .Replace("\"samples\": 20000", "\"samples\": 100001", StringComparison.Ordinal));
            var kept = () => scenario.Run(scenario.Options.WithThreads(threads));
            var bounded = () => scenario.Run(scenario.Options.WithThreads(threads).WithMaxMemory(1 << 20));

            var expected = kept.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle().Which;
            expected.Found.Should().MatchRegex(@"^up 0\.9 \+ down 0\.5 = 1\.4 at sample [0-9]+$");
            int.Parse(expected.Found!.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(4096);
            bounded.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle().Which.Message.Should().Be(expected.Message);
        }

        [Fact]
        public void Bounded_SummariesThatNeedSamples_SayTheModeAndWhatToChange()
        {
            var mixture = Scenario.Parse(Json).Run(Options(2).WithMaxMemory(1 << 20)).Branches!.Mixture("v");

            mixture.Samples.Should().BeEmpty();
            var probability = () => mixture.ProbabilityAbove(0);

            // The joint run's kept outputs: 2 probabilities, 2 branches × 2 outputs (v, w), 2 mixtures = 8 (the weighted sums
            // are folded, not kept); 8 × 100 001 × 8 bytes = 6 400 064 bytes = 6.1 MiB.
            probability.Should().Throw<InvalidOperationException>()
                .WithMessage("The samples of 'v' were not kept: keeping 100001 samples of 8 outputs needs 6.1 MiB, over the memory budget of 1 MiB, so the run used the bounded-memory mode*raise the budget (SimulationOptions.WithMaxMemory) or run fewer samples.");
        }
    }
}
