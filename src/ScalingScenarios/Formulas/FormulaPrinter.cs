using System.Text;

namespace ScalingScenarios.Formulas;

/// <summary>Prints a syntax tree back to formula text with the fewest parentheses that keep its meaning.</summary>
internal static class FormulaPrinter
{
    public static string Print(SyntaxNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
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
        var level = Syntax.Precedence(b.Operator);
        var left = Syntax.Precedence(b.Left);
        var right = Syntax.Precedence(b.Right);
        (bool leftParens, bool rightParens) = level switch
        {
            // Right-associative; the exponent may be a unary minus (2 ^ -1), the base may not (-2 ^ 2 is -(2 ^ 2)).
            Syntax.Power => (left <= Syntax.Power, right < Syntax.Unary),
            // Left-associative.
            Syntax.Additive or Syntax.Multiplicative => (left < level, right <= level),
            // Comparisons and 'to' do not chain.
            _ => (left <= level, right <= level),
        };
        WriteChild(sb, b.Left, leftParens);
        sb.Append(' ').Append(Syntax.Symbol(b.Operator)).Append(' ');
        WriteChild(sb, b.Right, rightParens);
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
