using System.Globalization;

namespace ScalingScenarios.Formulas;

/// <summary>Turns formula text into tokens. Hand-written; numbers accept an exponent and a scale suffix (<c>%</c>, <c>k</c>, <c>M</c>, <c>B</c>, <c>T</c>).</summary>
internal static class Lexer
{
    /// <summary>The scale suffixes a number may carry, with their factors.</summary>
    internal static readonly IReadOnlyDictionary<char, double> Suffixes = new Dictionary<char, double>
    {
        ['%'] = 0.01,
        ['k'] = 1e3,
        ['M'] = 1e6,
        ['B'] = 1e9,
        ['T'] = 1e12,
    };

    /// <summary>Tokenizes the whole formula; the last token is <see cref="TokenKind.End"/>.</summary>
    /// <exception cref="FormulaSyntaxException">An unexpected character or a malformed number.</exception>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
                return tokens;
            }

            var c = text[i];
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var token = ReadNumber(text, i);
                tokens.Add(token);
                i = token.End;
                continue;
            }

            if (IsNameStart(c))
            {
                var start = i;
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                var name = text[start..i];
                tokens.Add(new Token(name == "to" ? TokenKind.To : TokenKind.Name, name, start));
                continue;
            }

            var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
            (TokenKind kind, int length) = two switch
            {
                "<=" => (TokenKind.LessEqual, 2),
                ">=" => (TokenKind.GreaterEqual, 2),
                "==" => (TokenKind.EqualEqual, 2),
                "!=" => (TokenKind.NotEqual, 2),
                _ => c switch
                {
                    '+' => (TokenKind.Plus, 1),
                    '-' or '\u2212' => (TokenKind.Minus, 1),
                    '*' or '\u00D7' => (TokenKind.Star, 1),
                    '/' => (TokenKind.Slash, 1),
                    '^' => (TokenKind.Caret, 1),
                    '(' => (TokenKind.LeftParen, 1),
                    ')' => (TokenKind.RightParen, 1),
                    '[' => (TokenKind.LeftBracket, 1),
                    ']' => (TokenKind.RightBracket, 1),
                    ',' => (TokenKind.Comma, 1),
                    '?' => (TokenKind.Question, 1),
                    ':' => (TokenKind.Colon, 1),
                    '<' => (TokenKind.Less, 1),
                    '>' => (TokenKind.Greater, 1),
                    _ => (TokenKind.End, 0),
                },
            };
            if (length == 0)
            {
                var (expected, hint) = c switch
                {
                    '=' => ("'==' (a comparison)", "A single '=' is not an operator; write '==' to compare."),
                    '!' => ("'!=' (a comparison)", null),
                    '&' or '|' => ("an operator", "There are no logical operators; multiply conditions for 'and' (a * b) or use 'max(a, b)' for 'or'."),
                    _ => ("a number, a name, an operator or a bracket", null),
                };
                throw new FormulaSyntaxException(i, 1, expected, $"'{c}'", hint);
            }

            tokens.Add(new Token(kind, text.Substring(i, length), i));
            i += length;
        }
    }

    /// <summary>Whether a name is a valid variable name: a letter or '_' first, then letters, digits or '_'; not the keyword 'to'.</summary>
    public static bool IsValidName(string name)
        => name.Length > 0 && IsNameStart(name[0]) && name.All(IsNamePart) && name != "to";

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static Token ReadNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var exponent = i;
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                var found = i >= text.Length ? "the end of the formula" : $"'{text[i]}'";
                throw new FormulaSyntaxException(exponent, i - exponent + 1, "digits after the exponent 'e'", found, null);
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        var value = double.Parse(text.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (i < text.Length && Suffixes.TryGetValue(text[i], out var factor) && !(i + 1 < text.Length && IsNamePart(text[i + 1])))
        {
            value *= factor;
            i++;
        }
        else if (i < text.Length && IsNameStart(text[i]))
        {
            var end = i;
            while (end < text.Length && IsNamePart(text[end]))
            {
                end++;
            }

            throw new FormulaSyntaxException(start, end - start, "a number or a name (names cannot start with a digit)", $"'{text[start..end]}'",
                "Numbers may end in %, k, M, B or T (e.g. 5%, 2.5B).");
        }

        if (!double.IsFinite(value))
        {
            throw new FormulaSyntaxException(start, i - start, "a finite number", $"'{text[start..i]}'", null);
        }

        return new Token(TokenKind.Number, text[start..i], start, value);
    }
}
