namespace ScalingScenarios.Formulas;

/// <summary>
/// The hand-written recursive-descent parser of the formula language. One method per precedence level,
/// lowest first:
/// <code>
/// formula        = conditional END
/// conditional    = comparison [ "?" conditional ":" conditional ]        right-associative
/// comparison     = range [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") range ]   does not chain
/// range          = additive [ "to" additive ]                              does not chain
/// additive       = multiplicative { ("+" | "-") multiplicative }           left-associative
/// multiplicative = unary { ("*" | "/") unary }                             left-associative
/// unary          = "-" unary | power
/// power          = primary [ "^" unary ]                                   right-associative; -2^2 = -(2^2)
/// primary        = NUMBER | NAME | NAME "(" [ conditional { "," conditional } ] ")" | "(" conditional ")" | "[" [ conditional { "," conditional } ] "]"
/// </code>
/// Flat chains (<c>a + b + c …</c>, <c>a * b * c …</c>) are loops, so a 100,000-term sum parses; everything that
/// nests (brackets, call arguments, list items, unary minus, the exponent of <c>^</c>, the branches of <c>?:</c>)
/// counts one level, and more than <see cref="MaxNesting"/> open levels is a located syntax error, so that no
/// formula can overflow the stack of the parser, the checker, the binder or the printer.
/// </summary>
internal sealed class Parser
{
    /// <summary>
    /// The deepest nesting a formula may have: open brackets, call arguments, list items, unary minuses, <c>^</c>
    /// exponents and <c>?:</c> branches together. 100 levels keep every recursive pass well inside a 1 MB stack
    /// (a test runs the whole file pipeline at this depth on a 1 MB-stack thread).
    /// </summary>
    internal const int MaxNesting = 100;

    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    private Parser(string text) => _tokens = Lexer.Tokenize(text);

    private Token Current => _tokens[_index];

    /// <summary>Parses one formula.</summary>
    /// <exception cref="FormulaSyntaxException">The text does not follow the grammar.</exception>
    public static SyntaxNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var tree = parser.ParseConditional();
        if (parser.Current.Kind != TokenKind.End)
        {
            var hint = parser.Current.Kind is TokenKind.Number or TokenKind.Name or TokenKind.LeftParen
                ? "Two values follow each other without an operator between them."
                : null;
            throw parser.Error("an operator or the end of the formula", hint);
        }

        return tree;
    }

    private SyntaxNode ParseConditional()
    {
        var condition = ParseComparison();
        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        Advance();
        Enter();
        var whenTrue = ParseConditional();
        Expect(TokenKind.Colon, "':' (the else part of 'condition ? a : b')");
        var whenFalse = ParseConditional();
        _depth--;
        return new ConditionalNode(condition, whenTrue, whenFalse, condition.Start, whenFalse.End);
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseRange();
        if (ComparisonOperator(Current.Kind) is not { } op)
        {
            return left;
        }

        var opToken = Advance();
        var right = ParseRange();
        if (ComparisonOperator(Current.Kind) is not null)
        {
            throw Error("the end of the comparison (comparisons do not chain)", "Add parentheses, e.g. (a < b) * (b < c) for 'a < b < c'.");
        }

        return new BinaryNode(op, left, right, opToken.Start, left.Start, right.End);
    }

    private SyntaxNode ParseRange()
    {
        var low = ParseAdditive();
        if (Current.Kind != TokenKind.To)
        {
            return low;
        }

        var opToken = Advance();
        var high = ParseAdditive();
        if (Current.Kind == TokenKind.To)
        {
            throw Error("the end of the interval ('a to b' takes two bounds)", null);
        }

        return new BinaryNode(BinaryOperator.To, low, high, opToken.Start, low.Start, high.End);
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var opToken = Advance();
            var right = ParseMultiplicative();
            left = new BinaryNode(opToken.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, opToken.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var opToken = Advance();
            var right = ParseUnary();
            left = new BinaryNode(opToken.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide, left, right, opToken.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePower();
        }

        var minus = Advance();
        Enter();
        var operand = ParseUnary();
        _depth--;
        return new UnaryNode(operand, minus.Start, operand.End);
    }

    private SyntaxNode ParsePower()
    {
        var left = ParsePrimary();
        if (Current.Kind != TokenKind.Caret)
        {
            return left;
        }

        var opToken = Advance();
        Enter();
        var right = ParseUnary();
        _depth--;
        return new BinaryNode(BinaryOperator.Power, left, right, opToken.Start, left.Start, right.End);
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberNode(token.Value, token.Start, token.End);
            case TokenKind.Name when _tokens[_index + 1].Kind == TokenKind.LeftParen:
                {
                    Advance();
                    Advance();
                    Enter();
                    var arguments = ParseItems(TokenKind.RightParen, "')' or ',' (between arguments)");
                    _depth--;
                    return new CallNode(token.Text, arguments, token.End, token.Start, _tokens[_index - 1].End);
                }

            case TokenKind.Name:
                Advance();
                return new NameNode(token.Text, token.Start, token.End);
            case TokenKind.LeftParen:
                {
                    Advance();
                    Enter();
                    var inner = ParseConditional();
                    Expect(TokenKind.RightParen, "')'");
                    _depth--;
                    return inner;
                }

            case TokenKind.LeftBracket:
                {
                    Advance();
                    Enter();
                    var items = ParseItems(TokenKind.RightBracket, "']' or ',' (between list items)");
                    _depth--;
                    return new ListNode(items, token.Start, _tokens[_index - 1].End);
                }

            default:
                throw Error("a value (a number, a name, a function call, '(' or '[')", null);
        }
    }

    private List<SyntaxNode> ParseItems(TokenKind close, string expected)
    {
        var items = new List<SyntaxNode>();
        if (Current.Kind == close)
        {
            Advance();
            return items;
        }

        while (true)
        {
            items.Add(ParseConditional());
            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
                if (Current.Kind == close)
                {
                    // A trailing comma, as JSON with trailing commas allows: [1, 2, ].
                    Advance();
                    return items;
                }

                continue;
            }

            Expect(close, expected);
            return items;
        }
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.EqualEqual => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        _ => null,
    };

    private Token Advance() => _tokens[_index++];

    /// <summary>Opens one nesting level after its opening token was read; past <see cref="MaxNesting"/> the formula is refused at that token.</summary>
    private void Enter()
    {
        if (++_depth > MaxNesting)
        {
            var opener = _tokens[_index - 1];
            throw new FormulaSyntaxException(
                opener.Start,
                opener.Text.Length,
                $"at most {MaxNesting} levels of nesting (brackets, calls, lists, unary minus, '^' and '?:' count one level each)",
                $"{opener.Describe()} opening level {MaxNesting + 1}",
                "Split the formula into several variables, or remove redundant brackets or minus signs.");
        }
    }

    private void Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Error(expected, null);
        }

        Advance();
    }

    private FormulaSyntaxException Error(string expected, string? hint)
        => new(Current.Start, Current.Text.Length, expected, Current.Describe(), hint);
}
