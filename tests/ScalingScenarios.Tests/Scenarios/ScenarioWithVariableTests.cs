using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioWithVariableTests
{
    private const string Json = """
        {
          "name": "t", "samples": 1000, "seed": 3,
          "variables": { "p": "uniform(0.6, 0.7)", "v": "p * 10" },
          "outputs": ["v"]
        }
        """;

    [Fact]
    public void WithVariable_Constant_ChangesTheVariableAndItsDependants()
    {
        var scenario = Scenario.Parse(Json).WithSamples(500).WithSeed(9).WithVariable("p", "0.7");

        scenario.Variable("p").Formula.Should().Be("0.7");
        (scenario.Samples, scenario.Seed).Should().Be((500, 9L), "samples and seed are kept");
        scenario.Run()["v"].Mean.Should().Be(7);
    }

    [Fact]
    public void WithVariable_LeavesTheOriginalUnchanged()
    {
        var original = Scenario.Parse(Json);

        _ = original.WithVariable("p", "0.7");

        original.Variable("p").Formula.Should().Be("uniform(0.6, 0.7)");
    }

    [Fact]
    public void WithVariable_BadFormula_GivesTheErrorAFileWouldGive()
    {
        var act = () => Scenario.Parse(Json).WithVariable("p", "unifrom(0.6, 0.7)");

        var error = act.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle().Which;
        var fromFile = Scenario.Validate(Json.Replace("\"uniform(0.6, 0.7)\"", "\"unifrom(0.6, 0.7)\"", StringComparison.Ordinal)).Should().ContainSingle().Which;
        (error.Kind, error.Variable, error.Position, error.Expected, error.Found, error.Hint)
            .Should().Be((fromFile.Kind, fromFile.Variable, fromFile.Position, fromFile.Expected, fromFile.Found, fromFile.Hint));
        error.Message.Should().Be("variable 'p', character 1: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?");
    }

    [Fact]
    public void WithVariable_UnknownName_SuggestsTheNearest()
    {
        var act = () => Scenario.Parse(Json).WithVariable("pp", "1");

        act.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Be("scenario: expected the name of a variable of 't'; found 'pp'. Did you mean 'p'?");
    }

    [Fact]
    public void WithVariable_CreatingACycle_IsReported()
    {
        var act = () => Scenario.Parse(Json).WithVariable("p", "v / 10");

        act.Should().Throw<ScenarioException>().Which.Errors.Should().Contain(e => e.Kind == ScenarioErrorKind.Cycle);
    }

    [Fact]
    public void WithOutputs_UnknownName_IsReported()
    {
        var act = () => Scenario.Parse(Json).WithOutputs(["vv"]);

        act.Should().Throw<ScenarioException>().Which.Errors.Should().ContainSingle().Which.Hint.Should().Be("Did you mean 'v'?");
    }

    [Fact]
    public void WithOutputs_Inputs_SummarizesThem()
        => Scenario.Parse(Json).WithOutputs(["p", "v"]).Run()["p"].Mean.Should().BeInRange(0.6, 0.7);

    [Fact]
    public void WithName_Renames()
        => Scenario.Parse(Json).WithName("u").Name.Should().Be("u");
}
