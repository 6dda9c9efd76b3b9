using System.Globalization;
using System.Text;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>Makes text from the user or a file safe to print on a terminal: control characters are shown, never sent raw.</summary>
internal static class Printable
{
    /// <summary>
    /// The text with every control character (ESC, NUL, BEL, …, except tab and newline) replaced by a visible escape such as
    /// <c>\u001B</c>, so that an escape sequence from a file cannot recolour, clear or retitle the terminal.
    /// </summary>
    public static string Sanitize(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A value quoted in a message: sanitized, with newlines and tabs also shown as escapes, and cut at 60 characters.</summary>
    public static string Quote(string text)
    {
        var oneLine = Sanitize(text).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }

    private static bool IsUnsafe(char c)
        => c != '\n' && c != '\t' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
}
