using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

public class FormulaErrorTests
{
    [Fact]
    public void Message_FormulaError_NamesLineVariableAndCharacter()
    {
        var error = new FormulaError(FormulaErrorKind.UnknownFunction, "a function name", "unknown function 'f'", "x", 3, hint: "Did you mean 'g'?", line: 12, column: 5);

        error.Message.Should().Be("line 12, variable 'x', character 3: expected a function name; found unknown function 'f'. Did you mean 'g'?");
        error.ToString().Should().Be(error.Message);
    }

    [Fact]
    public void Constructor_EmptyExpected_Throws()
    {
        var act = () => new FormulaError(FormulaErrorKind.Syntax, "", "x");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("expected");
    }

    [Fact]
    public void Constructor_PositionZero_Throws()
    {
        var act = () => new FormulaError(FormulaErrorKind.Syntax, "a", "b", position: 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "position" && e.Message == "Expected an integer >= 1; got 0. (Parameter 'position')");
    }

    [Fact]
    public void FormulaException_SeveralErrors_SummarizesTheFirstAndCountsTheRest()
    {
        var errors = new[]
        {
            new FormulaError(FormulaErrorKind.Syntax, "')'", "the end of the formula", "a", 4),
            new FormulaError(FormulaErrorKind.Cycle, "b", "c", "b", 1),
            new FormulaError(FormulaErrorKind.Cycle, "b", "c", "c", 1),
        };

        var ex = new FormulaException(errors);

        ex.Errors.Should().Equal(errors);
        ex.Message.Should().Be("variable 'a', character 4: expected ')'; found the end of the formula. (and 2 more errors)");
    }

    [Fact]
    public void FormulaException_NoErrors_Throws()
    {
        var act = () => new FormulaException(Array.Empty<FormulaError>());

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "errors" && e.Message == "Expected at least one error and no null entries; got none. (Parameter 'errors')");
    }
}
