using System.Text;

namespace ScalingScenarios.Formulas;

/// <summary>Prints a syntax tree back to formula text with the fewest parentheses that keep its meaning.</summary>
/// <remarks>
/// A left-associative chain (<c>a + b + c …</c>) is printed along its left spine in a loop, so a 100,000-term sum
/// does not recurse 100,000 deep; everything else nests at most <see cref="Parser.MaxNesting"/> levels.
/// </remarks>
internal static class FormulaPrinter
{
    public static string Print(SyntaxNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>Prints a tree, cut to at most <paramref name="maxLength"/> characters (the cut ends in '…'), for messages and labels.</summary>
    public static string Print(SyntaxNode node, int maxLength)
    {
        var text = Print(node);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    private static void Write(StringBuilder sb, SyntaxNode node)
    {
        switch (node)
        {
            case NumberNode n:
                sb.Append(Token.FormatNumber(n.Value));
                break;
            case NameNode n:
                sb.Append(n.Name);
                break;
            case UnaryNode u:
                sb.Append('-');
                WriteChild(sb, u.Operand, Syntax.Precedence(u.Operand) < Syntax.Unary);
                break;
            case BinaryNode b:
                WriteBinary(sb, b);
                break;
            case ConditionalNode c:
                WriteChild(sb, c.Condition, Syntax.Precedence(c.Condition) <= Syntax.Conditional);
                sb.Append(" ? ");
                Write(sb, c.WhenTrue);
                sb.Append(" : ");
                Write(sb, c.WhenFalse);
                break;
            case CallNode call:
                sb.Append(call.Name).Append('(');
                WriteList(sb, call.Arguments);
                sb.Append(')');
                break;
            case ListNode list:
                sb.Append('[');
                WriteList(sb, list.Items);
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteBinary(StringBuilder sb, BinaryNode b)
    {
        // The left spine of a left-associative chain: b, b.Left, b.Left.Left, … while they are + - * /.
        var spine = new List<BinaryNode> { b };
        while (spine[^1].Left is BinaryNode { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide } link
            && Syntax.Precedence(spine[^1].Operator) is Syntax.Additive or Syntax.Multiplicative)
        {
            spine.Add(link);
        }

        var parens = spine.Select(Parentheses).ToList();

        // Every left parenthesis of the spine opens before its innermost left operand; each closes after its own left operand.
        sb.Append('(', parens.Count(p => p.Left));
        Write(sb, spine[^1].Left);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            if (parens[i].Left)
            {
                sb.Append(')');
            }

            sb.Append(' ').Append(Syntax.Symbol(spine[i].Operator)).Append(' ');
            WriteChild(sb, spine[i].Right, parens[i].Right);
        }
    }

    private static (bool Left, bool Right) Parentheses(BinaryNode b)
    {
        var level = Syntax.Precedence(b.Operator);
        var left = Syntax.Precedence(b.Left);
        var right = Syntax.Precedence(b.Right);
        return level switch
        {
            // Right-associative; the exponent may be a unary minus (2 ^ -1), the base may not (-2 ^ 2 is -(2 ^ 2)).
            Syntax.Power => (left <= Syntax.Power, right < Syntax.Unary),
            // Left-associative.
            Syntax.Additive or Syntax.Multiplicative => (left < level, right <= level),
            // Comparisons and 'to' do not chain.
            _ => (left <= level, right <= level),
        };
    }

    private static void WriteChild(StringBuilder sb, SyntaxNode child, bool parenthesize)
    {
        if (parenthesize)
        {
            sb.Append('(');
        }

        Write(sb, child);
        if (parenthesize)
        {
            sb.Append(')');
        }
    }

    private static void WriteList(StringBuilder sb, IReadOnlyList<SyntaxNode> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, items[i]);
        }
    }
}
