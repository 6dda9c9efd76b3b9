using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioTests
{
    // Monte Carlo tolerance: with 200,000 samples the standard error of a mean of a [0, 10] variable is below 0.015;
    // 0.05 is more than three standard errors, so a correct binding cannot fail by chance with the fixed seed.
    private const double MeanTolerance = 0.05;
    private const int Samples = 200_000;

    private static string File(string variables, string outputs, string extra = "")
        => $$"""{ "name": "t", "samples": {{Samples}}, "seed": 7, {{extra}} "variables": { {{variables}} }, "outputs": [{{outputs}}] }""";

    private static ScenarioResult Run(string variables, string outputs) => Scenario.Parse(File(variables, outputs)).Run();

    private static ScenarioError SingleError(string variables, string outputs = "\"x\"")
        => Scenario.Validate(File(variables, outputs)).Should().ContainSingle().Which;

    public class Parse
    {
        [Fact]
        public void Parse_DesignExample_ReadsEveryFieldAndDefaults()
        {
            const string Json = """
                {
                  "name": "Model-layer profit",
                  "variables": {
                    "pContinue": "uniform(0.6, 0.7)",
                    "market": "bernoulli(pContinue) ? (1000 to 10000) : (100 to 1000)",
                    "share": "beta(3, 7)",
                    "profit": "market * share"
                  },
                  "outputs": ["profit", "market"]
                }
                """;

            var scenario = Scenario.Parse(Json);

            (scenario.Name, scenario.Samples, scenario.Seed).Should().Be(("Model-layer profit", 100_000, 42L));
            scenario.Variables.Select(v => v.Name).Should().Equal("pContinue", "market", "share", "profit");
            scenario.Outputs.Select(v => v.Name).Should().Equal("profit", "market");
            scenario.Variable("profit").Node.Name.Should().Be("profit");
            scenario.Variable("market").Formula.Should().Be("bernoulli(pContinue) ? (1000 to 10000) : (100 to 1000)");
        }

        [Fact]
        public void Parse_InvalidFile_ThrowsWithEveryError()
        {
            var act = () => Scenario.Parse(File("\"x\": \"unifrom(1, 2)\", \"y\": \"normal(1)\"", "\"z\""));

            act.Should().Throw<ScenarioException>().Which.Errors.Select(e => e.Kind).Should().Equal(
                ScenarioErrorKind.UnknownFunction, ScenarioErrorKind.ArgumentCount, ScenarioErrorKind.UnknownOutput);
        }

        [Fact]
        public void Variable_UnknownName_SuggestsTheNearest()
        {
            var scenario = Scenario.Parse(File("\"share\": 1", "\"share\""));

            var act = () => scenario.Variable("shares");

            act.Should().Throw<KeyNotFoundException>().WithMessage("Expected the name of a variable of 't'; got 'shares'. Did you mean 'share'?");
        }

        [Fact]
        public void WithSamples_Zero_Throws()
        {
            var scenario = Scenario.Parse(File("\"x\": 1", "\"x\""));

            var act = () => scenario.WithSamples(0);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "samples" && e.Message == "Expected an integer >= 1; got 0. (Parameter 'samples')");
        }
    }

    public class InvalidParameters
    {
        [Fact]
        public void Uniform_MinAboveMax_PointsAtMax()
            => SingleError("\"x\": \"2 * uniform(3, 1)\"").Message.Should().Be(
                "line 1, variable 'x', character 16: expected min < max for max in uniform(min, max); found min = 3 and max = 1.");

        [Fact]
        public void To_NegativeLow_PointsAtLow()
            => SingleError("\"x\": \"-1 to 5\"").Message.Should().Be(
                "line 1, variable 'x', character 1: expected a positive number (> 0) for low in 'low to high'; found -1. "
                + "'low to high' is a log-normal range, so both bounds must be positive; for a range that includes 0 or negative values write normal(mean, stdDev) or uniform(low, high).");

        [Fact]
        public void To_LowAboveHigh_PointsAtHigh()
            => SingleError("\"x\": \"5 to 1\"").Message.Should().Be(
                "line 1, variable 'x', character 6: expected low < high for a 90% credible interval for high in 'low to high'; found low = 5 and high = 1. "
                + "Write the smaller bound first: 'low to high'.");

        [Fact]
        public void Beta_ZeroAlpha_PointsAtAlpha()
            => SingleError("\"x\": \"beta(0, 1)\"").Message.Should().Be(
                "line 1, variable 'x', character 6: expected a positive number (> 0) for alpha in beta(alpha, beta); found 0.");

        [Fact]
        public void Mixture_NegativeWeight_PointsAtWeights()
        {
            var error = SingleError("\"x\": \"mixture([1, 2], [0.5, -0.5])\"");

            error.Kind.Should().Be(ScenarioErrorKind.InvalidParameter);
            error.Position.Should().Be(17);
            error.Found.Should().Contain("-0.5");
        }

        [Fact]
        public void ConstantFromOtherVariables_IsCheckedToo()
            => SingleError("\"lo\": 3, \"hi\": \"lo - 2\", \"x\": \"uniform(lo, hi)\"").Found.Should().Be("min = 3 and max = 1");

        [Fact]
        public void Discrete_UncertainValue_IsATypeMismatch()
            => SingleError("\"x\": \"discrete([1, uniform(0, 1)], [1, 1])\"").Message.Should().Be(
                "line 1, variable 'x', character 14: expected a constant number for 'values' of discrete; found an uncertain value. Only mixture's components may be uncertain; weights and discrete values are fixed numbers.");

        [Fact]
        public void DivisionByZeroOfConstants_IsReported()
            => SingleError("\"x\": \"1 / (2 - 2)\"").Message.Should().Be(
                "line 1, variable 'x', character 3: expected a finite result; found ∞ from 1 / (2 - 2).");

        [Fact]
        public void DependantsOfABadVariable_AreNotReportedAgain()
            => Scenario.Validate(File("\"x\": \"uniform(3, 1)\", \"y\": \"x * 2\", \"z\": \"y + 1\"", "\"z\"")).Should().ContainSingle();
    }

    public class Semantics
    {
        [Fact]
        public void VariableUsedTwice_IsTheSameDrawInEverySample()
            => Run("\"x\": \"normal(0, 1)\", \"d\": \"x - x\"", "\"d\"")["d"].StdDev.Should().Be(0);

        [Fact]
        public void Alias_KeepsPerfectCorrelation()
            => Run("\"a\": \"uniform(0, 1)\", \"b\": \"a\", \"d\": \"a - b\"", "\"d\", \"b\"")["d"].Max.Should().Be(0);

        [Fact]
        public void TwoCalls_AreIndependentDraws()
        {
            // Var(U1 - U2) = 2/12 for independent U(0, 1); its standard deviation is about 0.408.
            Run("\"d\": \"uniform(0, 1) - uniform(0, 1)\"", "\"d\"")["d"].StdDev.Should().BeApproximately(Math.Sqrt(2.0 / 12), 0.01);
        }

        [Fact]
        public void Conditional_OnBernoulli_HasTheMixedMean()
        {
            // E = 0.3 * 10 + 0.7 * 0 = 3.
            Run("\"x\": \"bernoulli(0.3) ? 10 : 0\"", "\"x\"")["x"].Mean.Should().BeApproximately(3, MeanTolerance);
        }

        [Fact]
        public void To_HasItsBoundsAtThe5thAnd95thPercentiles()
        {
            var s = Run("\"x\": \"2 to 3 * 10\"", "\"x\"")["x"];

            // 2 to (3 * 10): the 5th percentile is 2 and the 95th is 30 (1% relative tolerance for sampling noise at the tails).
            s.P5.Should().BeApproximately(2, 0.02);
            s.P95.Should().BeApproximately(30, 0.3);
        }

        [Fact]
        public void To_WithUncertainBounds_StaysBetweenItsBoundsMedians()
        {
            var s = Run("\"lo\": \"uniform(1, 2)\", \"x\": \"lo to 100\"", "\"x\"")["x"];

            // The median of 'lo to 100' is sqrt(lo * 100), so between sqrt(100) = 10 and sqrt(200) = 14.1.
            s.P50.Should().BeInRange(10, 14.2);
        }

        [Fact]
        public void Sum_IsLinearInMeans()
        {
            var result = Run("\"a\": \"normal(1, 2)\", \"b\": \"1 to 10\", \"c\": \"a + 2 * b\"", "\"a\", \"b\", \"c\"");

            // Summed over the same samples, the mean of a + 2b equals mean(a) + 2 mean(b) up to rounding.
            result["c"].Mean.Should().BeApproximately(result["a"].Mean + (2 * result["b"].Mean), 1e-9);
        }

        [Fact]
        public void MathAndMixtures_Bind()
        {
            var result = Run(
                "\"m\": \"mixture([1, normal(10, 1)], [0.5, 0.5])\", \"k\": \"discrete([4, 5], [1, 3])\", \"c\": \"clamp(m, 2, 8) + max(1, 2, k) + min(k, 4) + pow(2, 3) + sqrt(4) + abs(-1) + log10(100) + log(exp(1)) + betaMeanSd(0.3, 0.1) * 0\"",
                "\"m\", \"k\", \"c\"");

            result["m"].Mean.Should().BeApproximately(5.5, MeanTolerance);
            result["k"].Mean.Should().BeApproximately(4.75, MeanTolerance);
            // E[clamp(m, 2, 8)] = 0.5 * 2 + 0.5 * 8 (almost surely) = 5; max(1, 2, k) = k; min(k, 4) = 4; the constants add 8 + 2 + 1 + 2 + 1 = 14.
            result["c"].Mean.Should().BeApproximately(5 + 4.75 + 4 + 14, MeanTolerance);
        }

        [Fact]
        public void Run_IsTheSameOnOneAndTwoThreads()
        {
            var scenario = Scenario.Parse(File("\"a\": \"beta(3, 7)\", \"b\": \"a * (1 to 10)\"", "\"b\""));

            var one = scenario.Run(scenario.Options.WithThreads(1))["b"];
            var two = scenario.Run(scenario.Options.WithThreads(2))["b"];

            (two.Mean, two.P5, two.P95, two.Max).Should().Be((one.Mean, one.P5, one.P95, one.Max));
        }

        [Fact]
        public void AddingAnUnrelatedVariable_DoesNotChangeExistingResults()
        {
            var before = Run("\"a\": \"uniform(0, 1)\", \"b\": \"a * normal(5, 1)\"", "\"b\"")["b"];
            var after = Run("\"z\": \"normal(0, 1)\", \"a\": \"uniform(0, 1)\", \"b\": \"a * normal(5, 1)\"", "\"b\", \"z\"")["b"];

            (after.Mean, after.P50).Should().Be((before.Mean, before.P50));
        }

        [Fact]
        public void UncertainParameterOutOfRange_FailsTheRunNamingTheVariable()
        {
            var scenario = Scenario.Parse(File("\"p\": \"normal(0.5, 1)\", \"x\": \"bernoulli(p)\"", "\"x\""));

            var act = () => scenario.Run();

            act.Should().Throw<SimulationException>();
        }
    }
}

public class ScenarioGuardTests
{
    [Fact]
    public void Parse_Null_Throws()
    {
        var act = () => Scenario.Parse(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("json");
    }

    [Fact]
    public void ResultIndexer_UnknownOutput_ListsTheOutputs()
    {
        var result = Scenario.Parse("""{ "name": "t", "samples": 10, "variables": { "a": 1, "b": "a + 1" }, "outputs": ["a", "b"] }""").Run();

        var act = () => result["c"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the outputs a, b; got 'c'.");
    }
}

public class ScenarioFromFormulasTests
{
    [Fact]
    public void FromFormulas_BuildsAndRuns()
    {
        var scenario = Scenario.FromFormulas(
            "demo",
            [new("n", "4"), new("profit", "1e9 * share / n"), new("share", "beta(3, 7)")],
            ["profit"]).WithSamples(50_000).WithSeed(1);

        // E[profit] = 1e9 * E[beta(3, 7)] / 4 = 1e9 * 0.3 / 4 = 7.5e7 (1% tolerance: the standard error is about 0.3%).
        scenario.Run()["profit"].Mean.Should().BeApproximately(7.5e7, 7.5e5);
    }

    [Fact]
    public void FromFormulas_Errors_AreLocatedByVariableNotByGeneratedLines()
    {
        var act = () => Scenario.FromFormulas("demo", [new("x", "unifrom(1, 2)")], ["x"]);

        act.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle().Which.Message
            .Should().Be("variable 'x', character 1: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?");
    }

    [Fact]
    public void FromFormulas_EmptyName_Throws()
    {
        var act = () => Scenario.FromFormulas(" ", [new("x", "1")], ["x"]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Parse_LeadingByteOrderMark_IsIgnored()
        => Scenario.Parse("\uFEFF{ \"name\": \"b\", \"variables\": { \"x\": 1 }, \"outputs\": [\"x\"] }").Name.Should().Be("b");
}

public class ScenarioResultTableTests
{
    [Fact]
    public void ToTable_ShowsUnitsDescriptionsAndTheRunsFacts()
    {
        var result = Scenario.Parse("""
            { "name": "t", "description": "d", "samples": 1000, "seed": 3,
              "variables": { "m": "1e12", "p": 0.25 }, "outputs": ["m", "p"],
              "descriptions": { "m": "market" }, "units": { "m": "USD", "p": "percent" } }
            """).Run();

        var table = result.ToTable();

        table.Title.Should().Be("t");
        table.Columns.Should().Equal("Output", "Mean", "5%", "Median", "95%", "What it is");
        table.Rows[0].Should().Equal("m", "$1T", "$1T", "$1T", "$1T", "market");
        table.Rows[1].Should().Equal("p", "25%", "25%", "25%", "25%", "-");
        table.Notes[0].Should().Be("d");
        table.Notes[^1].Should().StartWith("1,000 samples, seed 3; simulated in ");
    }
}
