using System.Globalization;

namespace ScalingScenarios.Formulas;

/// <summary>The kinds of token of the formula language.</summary>
internal enum TokenKind
{
    Number,
    Name,
    To,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Question,
    Colon,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    EqualEqual,
    NotEqual,
    End,
}

/// <summary>One token: its kind, its text, where it starts (0-based) and, for numbers, its value.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, double Value = 0)
{
    /// <summary>The offset just after the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>How the token is named in "found …" messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the formula",
        TokenKind.Number => $"the number {Text}",
        TokenKind.Name => $"the name '{Text}'",
        TokenKind.To => "'to'",
        _ => $"'{Text}'",
    };

    /// <summary>Formats a number for messages and the printer (invariant, shortest round trip).</summary>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
