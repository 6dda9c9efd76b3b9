namespace ScalingScenarios.Formulas;

/// <summary>The binary operators of the formula language, including comparisons and the credible interval 'to'.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    To,
}

/// <summary>
/// A node of a formula's immutable syntax tree. <see cref="Start"/> and <see cref="End"/> are 0-based offsets
/// into the formula text (End is exclusive), so errors can point at the exact characters.
/// </summary>
internal abstract record SyntaxNode(int Start, int End)
{
    /// <summary>A position-free, fully parenthesized form used by tests: <c>(to 2 (* 3 10))</c>.</summary>
    public abstract string ToSExpression();
}

/// <summary>A number literal (always non-negative: a leading minus is a <see cref="UnaryNode"/>).</summary>
internal sealed record NumberNode(double Value, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => Token.FormatNumber(Value);
}

/// <summary>A reference to a variable.</summary>
internal sealed record NameNode(string Name, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => Name;
}

/// <summary>Unary minus.</summary>
internal sealed record UnaryNode(SyntaxNode Operand, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => $"(neg {Operand.ToSExpression()})";
}

/// <summary>A binary operation; <see cref="OperatorStart"/> is where the operator's text starts.</summary>
internal sealed record BinaryNode(BinaryOperator Operator, SyntaxNode Left, SyntaxNode Right, int OperatorStart, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => $"({Syntax.Symbol(Operator)} {Left.ToSExpression()} {Right.ToSExpression()})";
}

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalNode(SyntaxNode Condition, SyntaxNode WhenTrue, SyntaxNode WhenFalse, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => $"(? {Condition.ToSExpression()} {WhenTrue.ToSExpression()} {WhenFalse.ToSExpression()})";
}

/// <summary>A function call; <see cref="NameEnd"/> ends the function's name.</summary>
internal sealed record CallNode(string Name, IReadOnlyList<SyntaxNode> Arguments, int NameEnd, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression()
        => Arguments.Count == 0 ? $"({Name})" : $"({Name} {string.Join(" ", Arguments.Select(a => a.ToSExpression()))})";
}

/// <summary>A list literal <c>[a, b, c]</c> (allowed only as a function argument).</summary>
internal sealed record ListNode(IReadOnlyList<SyntaxNode> Items, int Start, int End) : SyntaxNode(Start, End)
{
    public override string ToSExpression() => $"[{string.Join(" ", Items.Select(a => a.ToSExpression()))}]";
}
