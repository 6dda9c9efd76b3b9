namespace ScalingScenarios.Formulas;

/// <summary>Operator symbols and precedence levels, shared by the parser's documentation, the printer and the tests.</summary>
internal static class Syntax
{
    /// <summary>Precedence levels, lowest first. Higher binds tighter.</summary>
    public const int Conditional = 1;
    public const int Comparison = 2;
    public const int Range = 3;
    public const int Additive = 4;
    public const int Multiplicative = 5;
    public const int Unary = 6;
    public const int Power = 7;
    public const int Primary = 8;

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Power => "^",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.To => "to",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract => Additive,
        BinaryOperator.Multiply or BinaryOperator.Divide => Multiplicative,
        BinaryOperator.Power => Power,
        BinaryOperator.To => Range,
        _ => Comparison,
    };

    public static int Precedence(SyntaxNode node) => node switch
    {
        ConditionalNode => Conditional,
        BinaryNode b => Precedence(b.Operator),
        UnaryNode => Unary,
        _ => Primary,
    };
}
