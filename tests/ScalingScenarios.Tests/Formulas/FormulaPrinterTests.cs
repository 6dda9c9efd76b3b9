using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

/// <summary>
/// The printer writes the fewest parentheses that keep a tree's meaning and numbers in shortest round-trip form; its text
/// labels leaves and messages (never random streams, so a change here moves no seeded number).
/// </summary>
public class FormulaPrinterTests
{
    private static string Reprint(string formula) => FormulaPrinter.Print(Parser.Parse(formula));

    [Theory]
    [InlineData("a*b+c", "a * b + c")]
    [InlineData("a*(b+c)", "a * (b + c)")]
    [InlineData("a/(b*c)", "a / (b * c)")]
    [InlineData("(a/b)*c", "a / b * c")]
    [InlineData("a-(b+c)", "a - (b + c)")]
    [InlineData("-(a+b)", "-(a + b)")]
    [InlineData("-a^2", "-a ^ 2")]
    [InlineData("a^(b^c)", "a ^ b ^ c")]
    [InlineData("(a+b) to (c+d)", "a + b to c + d")]
    [InlineData("a ? (b ? c : d) : e", "a ? b ? c : d : e")]
    [InlineData("a ? b : (c ? d : e)", "a ? b : c ? d : e")]
    [InlineData("(a == b) == c", "(a == b) == c")]
    public void Print_UsesTheFewestParentheses(string formula, string printed)
        => Reprint(formula).Should().Be(printed);

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("1e21", "1E+21")]
    [InlineData("70B", "70000000000")]
    [InlineData("2.50", "2.5")]
    [InlineData("1/3", "1 / 3")]
    public void Print_Numbers_InShortestRoundTripForm(string formula, string printed)
        => Reprint(formula).Should().Be(printed);

    [Fact]
    public void Print_CallsAndLists_SeparateArgumentsWithCommaSpace()
        => Reprint("discrete([1,2,3],[0.2,0.3,0.5])").Should().Be("discrete([1, 2, 3], [0.2, 0.3, 0.5])");

    [Theory]
    [InlineData("studentT(0, 1, 4) + logUniform(1, 1000)")]
    [InlineData("max(0, revenue - cost) / (1 + rate) ^ years")]
    [InlineData("bernoulli(p) ? 1 to 10 : -(2 ^ 0.5)")]
    public void Print_IsAFixedPoint(string formula)
    {
        var once = Reprint(formula);

        Reprint(once).Should().Be(once);
    }
}
