using ScalingScenarios.Formulas;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Formulas;

/// <summary>
/// The binder: constant folding, one node per variable, leaves through the distribution table, and library violations
/// turned into positioned errors from their data (the parameter a violation names is the argument underlined).
/// </summary>
public class FormulaBinderTests
{
    private static ScenarioError SingleError(string formula)
        => Scenario.Validate($$"""{ "name": "t", "variables": { "x": "{{formula}}" }, "outputs": ["x"] }""").Should().ContainSingle().Which;

    private static Uncertain Bind(params (string Name, string Formula)[] variables)
    {
        var scenario = Scenario.FromFormulas("t", variables.Select(v => new KeyValuePair<string, string>(v.Name, v.Formula)), [variables[^1].Name]);
        return scenario.Variable(variables[^1].Name).Node;
    }

    [Theory]
    [InlineData("normal(0, -1)", 11, "a positive number (> 0) for stdDev in normal(mean, stdDev)", "-1")]
    [InlineData("uniform(3, 1)", 12, "min < max for max in uniform(min, max)", "min = 3 and max = 1")]
    [InlineData("triangular(0, 5, 4)", 15, "a number in [min, max] = [0, 4] for mode in triangular(min, mode, max)", "5")]
    [InlineData("studentT(0, 1, 0)", 16, "a positive number (> 0) for degreesOfFreedom in studentT(location, scale, degreesOfFreedom)", "0")]
    [InlineData("logUniform(0, 10)", 12, "a positive number (> 0) for min in logUniform(min, max)", "0")]
    [InlineData("logUniform(10, 10)", 16, "min < max for max in logUniform(min, max)", "min = 10 and max = 10")]
    [InlineData("bernoulli(1.5)", 11, "a number in [0, 1] for p in bernoulli(p)", "1.5")]
    [InlineData("chainSuccess(2, 3)", 14, "a number in [0, 1] for stepReliability in chainSuccess(stepReliability, steps)", "2")]
    public void InvalidConstantParameter_IsAnErrorAtTheArgumentTheViolationNames(string formula, int position, string expected, string found)
    {
        var error = SingleError(formula);

        error.Kind.Should().Be(ScenarioErrorKind.InvalidParameter);
        error.Position.Should().Be(position);
        error.Expected.Should().Be(expected);
        error.Found.Should().Be(found);
    }

    [Fact]
    public void ConstantSubExpressions_AreFolded()
        => Bind(("a", "2 * 3"), ("x", "a + 4 * 0.5")).IsConstant.Should().BeTrue();

    [Fact]
    public void DistributionCall_WithConstantParameters_IsADistributionLeaf()
    {
        var node = Bind(("x", "logUniform(1, 100)"));

        node.Distribution.Should().NotBeNull();
        node.Distribution!.Mean.Should().BeApproximately(99 / Math.Log(100), 1e-12, "(max - min) / ln(max / min)");
    }

    [Fact]
    public void DistributionCall_WithUncertainParameters_IsASampledLeafOfItsSpec()
    {
        var node = Bind(("s", "uniform(1, 2)"), ("x", "studentT(0, s, 5)"));

        // The variable is the leaf itself (named "x"), whose parameters are the constants 0 and 5 and the node s.
        node.Kind.Should().Be(NodeKind.Sampled);
        node.Payload.Should().BeSameAs(DistributionSpecs.StudentT);
        node.Name.Should().Be("x");
    }

    [Fact]
    public void EveryCatalogFunction_ItsExampleBindsAndRuns()
    {
        // Names in the examples (a, b, revenue, cost, share) are given as variables, so every example is a complete formula.
        foreach (var function in FormulaFunctions.All)
        {
            var variables = new List<KeyValuePair<string, string>>
            {
                new("a", "2"), new("b", "3"), new("revenue", "uniform(5, 6)"), new("cost", "2"), new("share", "0.4"),
                new("result", function.Example),
            };

            var act = () => Scenario.FromFormulas("t", variables, ["result"]).Run(SimulationOptions.Default.WithSamples(500));

            act.Should().NotThrow(function.Name);
        }
    }

    [Fact]
    public void Alias_OfARandomVariable_SharesItsDraws()
    {
        var scenario = Scenario.FromFormulas("t", [new("a", "uniform(0, 1)"), new("b", "a")], ["a", "b"]);
        var result = scenario.Run(SimulationOptions.Default.WithSamples(1000));

        result["a"].Samples.Should().Equal(result["b"].Samples);
    }

    [Fact]
    public void Correlation_OfTheSameVariableWithItself_IsAnError()
    {
        var errors = Scenario.Validate("""
            { "name": "t", "variables": { "a": "uniform(0, 1)", "b": "uniform(0, 1)" },
              "correlations": [{ "variables": ["a", "a"], "rankCorrelation": 0.5 }], "outputs": ["a"] }
            """);

        errors.Should().NotBeEmpty();
    }
}
