
namespace ScalingScenarios.Tests;

public class ScenarioErrorTests
{
    [Fact]
    public void Message_ScenarioError_NamesLineVariableAndCharacter()
    {
        var error = new ScenarioError(ScenarioErrorKind.UnknownFunction, "a function name", "unknown function 'f'", "x", 3, hint: "Did you mean 'g'?", line: 12, column: 5);

        error.Message.Should().Be("line 12, variable 'x', character 3: expected a function name; found unknown function 'f'. Did you mean 'g'?");
        error.ToString().Should().Be(error.Message);
    }

    [Fact]
    public void Constructor_EmptyExpected_Throws()
    {
        var act = () => new ScenarioError(ScenarioErrorKind.Syntax, "", "x");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("expected");
    }

    [Fact]
    public void Constructor_PositionZero_Throws()
    {
        var act = () => new ScenarioError(ScenarioErrorKind.Syntax, "a", "b", position: 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "position" && e.Message == "Expected an integer >= 1; got 0. (Parameter 'position')");
    }

    [Fact]
    public void ScenarioException_SeveralErrors_SummarizesTheFirstAndCountsTheRest()
    {
        var errors = new[]
        {
            new ScenarioError(ScenarioErrorKind.Syntax, "')'", "the end of the formula", "a", 4),
            new ScenarioError(ScenarioErrorKind.Cycle, "b", "c", "b", 1),
            new ScenarioError(ScenarioErrorKind.Cycle, "b", "c", "c", 1),
        };

        var ex = new ScenarioException(errors);

        ex.Errors.Should().Equal(errors);
        ex.Message.Should().Be("variable 'a', character 4: expected ')'; found the end of the formula. (and 2 more errors)");
    }

    [Fact]
    public void ScenarioException_NoErrors_Throws()
    {
        var act = () => new ScenarioException(Array.Empty<ScenarioError>());

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "errors" && e.Message == "Expected at least one error and no null entries; got none. (Parameter 'errors')");
    }
}
