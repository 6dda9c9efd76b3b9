using ScalingScenarios.Formulas;

namespace ScalingScenarios.Tests.Formulas;

/// <summary>The lexer: token kinds and positions, numbers with exponents and scale suffixes, and located errors.</summary>
public class LexerTests
{
    private static IEnumerable<TokenKind> Kinds(string text) => Lexer.Tokenize(text).Select(t => t.Kind);

    [Fact]
    public void Tokenize_Operators_GivesOneTokenEachThenEnd()
        => Kinds("a + b - c * d / e ^ f").Should().Equal(
            TokenKind.Name, TokenKind.Plus, TokenKind.Name, TokenKind.Minus, TokenKind.Name, TokenKind.Star,
            TokenKind.Name, TokenKind.Slash, TokenKind.Name, TokenKind.Caret, TokenKind.Name, TokenKind.End);

    [Fact]
    public void Tokenize_TwoCharacterComparisons_AreOneToken()
        => Kinds("<= >= == != < >").Should().Equal(
            TokenKind.LessEqual, TokenKind.GreaterEqual, TokenKind.EqualEqual, TokenKind.NotEqual, TokenKind.Less, TokenKind.Greater, TokenKind.End);

    [Fact]
    public void Tokenize_To_IsAKeyword()
        => Kinds("1 to 10").Should().Equal(TokenKind.Number, TokenKind.To, TokenKind.Number, TokenKind.End);

    [Fact]
    public void Tokenize_UnicodeMinusAndTimes_AreOperators()
        => Kinds("a \u2212 b \u00D7 c").Should().Equal(TokenKind.Name, TokenKind.Minus, TokenKind.Name, TokenKind.Star, TokenKind.Name, TokenKind.End);

    [Theory]
    [InlineData("42", 42)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e9", 1e9)]
    [InlineData("2.5E-3", 2.5e-3)]
    [InlineData("40%", 0.4)]
    [InlineData("3k", 3e3)]
    [InlineData("7M", 7e6)]
    [InlineData("70B", 70e9)]
    [InlineData("1.4T", 1.4e12)]
    public void Tokenize_Number_HasItsValue(string text, double value)
    {
        var token = Lexer.Tokenize(text)[0];

        token.Kind.Should().Be(TokenKind.Number);
        token.Value.Should().BeApproximately(value, 1e-12 * value);
        token.Text.Should().Be(text);
    }

    [Fact]
    public void Tokenize_Positions_AreZeroBasedOffsets()
    {
        var tokens = Lexer.Tokenize("  ab  + 12");

        tokens.Select(t => (t.Start, t.End)).Should().Equal((2, 4), (6, 7), (8, 10), (10, 10));
    }

    [Theory]
    [InlineData("a = b", 2, "'==' (a comparison)")]
    [InlineData("a ! b", 2, "'!=' (a comparison)")]
    [InlineData("a & b", 2, "an operator")]
    [InlineData("a # b", 2, "a number, a name, an operator or a bracket")]
    public void Tokenize_UnexpectedCharacter_ThrowsAtItsPosition(string text, int offset, string expected)
    {
        var act = () => Lexer.Tokenize(text);

        var error = act.Should().Throw<FormulaSyntaxException>().Which;
        error.Offset.Should().Be(offset);
        error.Expected.Should().Be(expected);
    }

    [Theory]
    [InlineData("market", true)]
    [InlineData("_x1", true)]
    [InlineData("to", false)]
    [InlineData("1x", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void IsValidName_FollowsTheNameRule(string name, bool valid)
        => Lexer.IsValidName(name).Should().Be(valid);
}
