using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

public class FormulaCheckerTests
{
    private static FormulaChecker.Result Check(params (string Name, string Formula)[] variables)
        => FormulaChecker.Check([.. variables.Select(v => VariableDefinition.FromFormula(v.Name, v.Formula))]);

    private static ScenarioError Single(params (string Name, string Formula)[] variables)
        => Check(variables).Errors.Should().ContainSingle().Which;

    [Fact]
    public void Check_LaterReferences_OrderDependenciesFirst()
    {
        var result = Check(("profit", "market * share"), ("market", "1 to 10"), ("share", "beta(3, 7)"));

        result.Errors.Should().BeEmpty();
        result.Order.Select(v => v.Name).Should().Equal("market", "share", "profit");
    }

    [Fact]
    public void Check_UnknownVariable_SuggestsTheNearestName()
    {
        var error = Single(("share", "beta(3, 7)"), ("profit", "1e9 * shares"));

        error.Kind.Should().Be(ScenarioErrorKind.UnknownVariable);
        error.Message.Should().Be("variable 'profit', character 7: expected a variable defined in this scenario; found unknown name 'shares'. Did you mean 'share'?");
        (error.Position, error.Length).Should().Be((7, 6));
    }

    [Fact]
    public void Check_FunctionNameWithoutParentheses_SaysItIsAFunction()
        => Single(("x", "uniform + 1")).Message.Should().Be(
            "variable 'x', character 1: expected a variable defined in this scenario; found unknown name 'uniform'. 'uniform' is a function; call it with arguments, e.g. uniform(min, max).");

    [Fact]
    public void Check_UnknownFunction_SuggestsTheNearestFunction()
    {
        var error = Single(("market", "1 + unifrom(1, 2)"));

        error.Kind.Should().Be(ScenarioErrorKind.UnknownFunction);
        error.Message.Should().Be("variable 'market', character 5: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?");
        error.ToCaretDisplay().Should().Be("  1 + unifrom(1, 2)\n      ^^^^^^^");
    }

    [Fact]
    public void Check_UnknownFunctionWithCaseDifference_SuggestsTheRightCase()
        => Single(("x", "Normal(0, 1)")).Hint.Should().Be("Did you mean 'normal'?");

    [Fact]
    public void Check_WrongArgumentCount_NamesTheParameters()
    {
        var error = Single(("x", "2 * uniform(1, 2, 3)"));

        error.Kind.Should().Be(ScenarioErrorKind.ArgumentCount);
        error.Message.Should().Be("variable 'x', character 5: expected 2 arguments (min, max) for uniform; found 3 arguments.");
    }

    [Fact]
    public void Check_VariadicTooFew_SaysAtLeast()
        => Single(("x", "max(1)")).Message.Should().Be("variable 'x', character 1: expected at least 2 arguments (a, b, ...) for max; found 1 argument.");

    [Fact]
    public void Check_VariadicMany_IsAccepted()
        => Check(("x", "max(1, 2, 3, 4)")).Errors.Should().BeEmpty();

    [Fact]
    public void Check_ListWhereANumberBelongs_IsATypeMismatch()
    {
        var error = Single(("x", "normal([1, 2], 1)"));

        error.Kind.Should().Be(ScenarioErrorKind.TypeMismatch);
        error.Message.Should().Be("variable 'x', character 8: expected a number or an uncertain value for 'mean' of normal; found a list. Lists [...] are only arguments of discrete and mixture.");
    }

    [Fact]
    public void Check_NumberWhereAListBelongs_IsATypeMismatch()
        => Single(("x", "discrete(1, [1])")).Message.Should().Be(
            "variable 'x', character 10: expected a list such as [1, 2, 3] for 'values' of discrete; found a single value.");

    [Fact]
    public void Check_ListAsWholeFormula_IsATypeMismatch()
        => Single(("x", "[1, 2]")).Found.Should().Be("a list");

    [Fact]
    public void Check_SyntaxError_IsReportedWithPosition()
    {
        var error = Single(("x", "2 * (3 + 4"));

        error.Kind.Should().Be(ScenarioErrorKind.Syntax);
        error.Message.Should().Be("variable 'x', character 11: expected ')'; found the end of the formula.");
    }

    [Fact]
    public void Check_Cycle_NamesThePathAndPointsAtTheClosingReference()
    {
        var result = Check(("a", "b + 1"), ("b", "2 * c"), ("c", "a"), ("d", "1"));

        var error = result.Errors.Should().ContainSingle().Which;
        error.Kind.Should().Be(ScenarioErrorKind.Cycle);
        error.Message.Should().Be("variable 'c', character 1: expected a variable that does not depend on itself; found the cycle a -> b -> c -> a. Variables may refer to variables defined later, but not in a circle.");
        result.Variables.Where(v => v.Failed).Select(v => v.Name).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Check_SelfReference_IsACycleOfOne()
        => Single(("x", "x + 1")).Found.Should().Be("the cycle x -> x");

    [Fact]
    public void Check_SeveralProblems_ReportsEveryOne()
    {
        var result = Check(("a", "unifrom(1, 2) + b2"), ("b", "normal(1)"), ("c", "(1 +"));

        result.Errors.Select(e => (e.Variable, e.Kind)).Should().Equal(
            ("a", ScenarioErrorKind.UnknownFunction),
            ("a", ScenarioErrorKind.UnknownVariable),
            ("b", ScenarioErrorKind.ArgumentCount),
            ("c", ScenarioErrorKind.Syntax));
    }

    [Fact]
    public void Check_PlainNumber_NeedsNoFormula()
    {
        var result = FormulaChecker.Check([VariableDefinition.FromNumber("n", 4), VariableDefinition.FromFormula("m", "n * 2")]);

        result.Errors.Should().BeEmpty();
        result.Order.Select(v => v.Name).Should().Equal("n", "m");
    }
}
