using ScalingScenarios.Scaling;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Scenarios;

/// <summary>
/// Issue 11, classes 5 and 7 (library side): mistakes that were silently accepted are errors with a location, and
/// messages never show the library's internal names. Each test fails on the code before the fix.
/// </summary>
public class AcceptedMistakesTests
{
    private static string File(string variables, string extra = "")
        => $$"""{ "name": "t", "samples": 1000, "variables": { {{variables}} }, "outputs": ["a"]{{extra}} }""";

    public class Duplicates
    {
        [Theory]
        [InlineData("""{ "variables": ["a", "b"], "rankCorrelation": 0.5 }""", 0.5)]
        [InlineData("""{ "variables": ["b", "a"], "rankCorrelation": -0.2 }""", -0.2)]
        public void Validate_SameCorrelationPairTwice_IsAnErrorAtTheSecond(string second, double secondValue)
        {
            var text = File("\"a\": \"normal(0, 1)\", \"b\": \"normal(0, 1)\"",
                $$""", "correlations": [ { "variables": ["a", "b"], "rankCorrelation": 0.5 }, {{second}} ]""");

            var error = Scenario.Validate(text).Should().ContainSingle($"the pair is given again with {secondValue}").Which;

            error.Field.Should().Be("correlations[1]");
            error.Column.Should().Be(text.LastIndexOf("{ \"variables\"", StringComparison.Ordinal) + 1);
            error.Message.Should().EndWith("expected each pair of variables once; found the pair "
                + (secondValue > 0 ? "'a', 'b'" : "'b', 'a'") + " again (first in correlations[0]).");
        }

        [Fact]
        public void Validate_RankCorrelationGivenTwiceInOnePair_IsAnError()
        {
            var text = File("\"a\": \"normal(0, 1)\", \"b\": \"normal(0, 1)\"",
                """, "correlations": [ { "variables": ["a", "b"], "rankCorrelation": 0.5, "rankCorrelation": 0.9 } ]""");

            var error = Scenario.Validate(text).Should().ContainSingle().Which;

            (error.Field, error.Found).Should().Be(("correlations[0]", "the field 'rankCorrelation' twice"));
        }

        [Theory]
        [InlineData("descriptions")]
        [InlineData("units")]
        public void Validate_DuplicateKeyInAnnotations_IsAnErrorAtTheSecondKey(string field)
        {
            var text = File("\"a\": \"1\"", $$""", "{{field}}": { "a": "first", "a": "second" }""");

            var error = Scenario.Validate(text).Should().ContainSingle().Which;

            error.Field.Should().Be($"{field}.a");
            error.Column.Should().Be(text.LastIndexOf("\"a\": \"second\"", StringComparison.Ordinal) + 1);
            error.Message.Should().EndWith($"expected each variable once in {field}; found a second entry for 'a'.");
        }

        [Fact]
        public void Validate_DuplicateVariable_IsAnErrorAtTheSecondName()
        {
            var text = File("\"a\": \"1\", \"a\": \"2\"");

            var error = Scenario.Validate(text).Should().ContainSingle().Which;

            (error.Field, error.Found).Should().Be(("variables.a", "a second definition of 'a'"));
        }

        [Fact]
        public void TierLadderCreate_DuplicateLabels_Throws()
        {
            var assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, 2.0));

            var act = () => TierLadder.Create(TierBasis.Parameters, [1e9, 1e10, 1e11], ["small", "large", "Large "], assumptions);

            act.Should().Throw<ArgumentException>().Which.Should().Match<ArgumentException>(e =>
                e.ParamName == "labels" && e.Message == "Expected a different label for each tier; got 'Large' twice. (Parameter 'labels')");
        }
    }

    public class Messages
    {
        [Theory]
        [InlineData("")]
        [InlineData("  // only a comment\n")]
        [InlineData("{ \"name\": \"t\"")]
        [InlineData("{ \"name\": \"t\" } }")]
        public void Validate_BrokenJson_UsesNoSerializerVocabulary(string text)
        {
            var error = Scenario.Validate(text).Should().ContainSingle().Which;

            error.Kind.Should().Be(ScenarioErrorKind.JsonSyntax);
            error.Message.Should().NotContainAny("isFinalBlock", "payload", "JSON token", "LineNumber", "(Parameter");
        }

        [Fact]
        public void Validate_EmptyFile_SaysSo()
            => Scenario.Validate(string.Empty).Should().ContainSingle().Which.Found
                .Should().Be("no JSON value: the file is empty or only white space and comments");

        [Fact]
        public void Validate_NegativeLowBound_SuggestsNormalOrAPositiveRange()
        {
            var error = Scenario.Validate(File("\"a\": \"-1 to 5\"")).Should().ContainSingle().Which;

            error.Message.Should().Be("line 1, variable 'a', character 1: expected a positive number (> 0) for low in 'low to high'; found -1. "
                + "'low to high' is a log-normal range, so both bounds must be positive; for a range that includes 0 or negative values write normal(mean, stdDev) or uniform(low, high).");
        }

        [Fact]
        public void Validate_BoundsInTheWrongOrder_SaysToWriteTheSmallerFirst()
            => Scenario.Validate(File("\"a\": \"5 to 1\"")).Should().ContainSingle().Which.Hint
                .Should().Be("Write the smaller bound first: 'low to high'.");

        [Fact]
        public void Run_UncertainLowBoundBelowZero_NamesTheVariableAndFormulaNotAMapNode()
        {
            // normal(0, 1) is negative in about half the samples, so the first few samples already fail.
            var scenario = Scenario.Parse(File("\"lo\": \"normal(0, 1)\", \"a\": \"lo to 100\""));

            var act = () => scenario.Run();

            act.Should().Throw<SimulationException>().Which.Message
                .Should().StartWith("The function of 'a: lo to 100 (log centre)' threw at sample ")
                .And.Contain("expected bounds with 0 < low < high; got low = -")
                .And.NotContain("map(");
        }

        [Fact]
        public void Run_UncertainBoundThatOverflows_NamesBothHelperNodesAfterTheFormula()
        {
            // Found by the fuzzer (docs/reliability.md): with b in [~1, ~10], ln(1e272) ≈ 626 makes the log-normal's centre
            // ≈ 314 and its spread ≈ 190, so some sample is e^(>709) = +∞. The inputs used to include an internal 'map(b, 1E+272)'.
            var scenario = Scenario.Parse(File("\"b\": \"1 to 10\", \"a\": \"b to 1e272\""));

            var act = () => scenario.Run();

            act.Should().Throw<SimulationException>().Which.Message
                .Should().StartWith("'a' produced +∞ at sample ")
                .And.Contain("a: b to 1E+272 (log centre) = ")
                .And.Contain("a: b to 1E+272 (log spread) = ")
                .And.NotContain("map(");
        }

        [Fact]
        public void Run_UncertainBetaMomentsOutOfRange_NamesTheVariableAndFormulaNotAMapNode()
        {
            // A standard deviation of 0 has no beta distribution (k = m (1 - m) / s² - 1 would be +∞); it used to surface as
            // "'map((b / 20), 0)' produced +∞".
            var scenario = Scenario.Parse(File("\"b\": \"1 to 10\", \"a\": \"betaMeanSd(b / 20, 0)\""));

            var act = () => scenario.Run();

            act.Should().Throw<SimulationException>().Which.Message
                .Should().StartWith("The function of 'a: betaMeanSd(b / 20, 0) (moments)' threw at sample 0 ")
                .And.EndWith("expected 0 < mean < 1 and 0 < stdDev < sqrt(mean (1 - mean)); got mean = 0.09847249464517847 and stdDev = 0.")
                .And.NotContain("map(");
        }

        [Fact]
        public void Run_UncertainBoundsThatCross_NamesTheVariableAndFormula()
        {
            var scenario = Scenario.Parse(File("\"hi\": \"uniform(0.5, 0.9)\", \"a\": \"1 to hi\""));

            var act = () => scenario.Run();

            act.Should().Throw<SimulationException>().Which.Message
                .Should().Contain("'a: 1 to hi (log centre)'").And.Contain("got low = 1 and high = 0.");
        }

        [Fact]
        public void Validate_NullVariableName_InFromFormulas_NamesTheArgument()
        {
            var act = () => Scenario.FromFormulas("t", [new KeyValuePair<string, string>(null!, "1")], ["a"]);

            act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("variables");
        }
    }
}
