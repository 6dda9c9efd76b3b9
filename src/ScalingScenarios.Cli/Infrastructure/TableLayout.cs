using ScalingScenarios.Reporting;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// Fits a <see cref="TextTable"/> into a terminal width without ever splitting a number or a word: first the text columns
/// (descriptions, sources) wrap at spaces, widest first; when even that is not enough, columns move into further tables
/// that repeat the first (key) column; when not even the key column and one more fit, or more than two tables would be
/// needed, the caller shows one record per row instead (<c>Column: value</c> lines).
/// </summary>
/// <remarks>
/// The width of a drawn table is the sum of its column widths plus three characters per column (a border and one space
/// of padding either side) plus one border. A numeric column never wraps; a text column never gets narrower than its
/// longest word. A single column wider than the terminal (one very long word) overflows rather than being cut.
/// </remarks>
internal static class TableLayout
{
    /// <summary>One drawn table: the columns it shows, in order, and the width of each.</summary>
    /// <param name="Columns">Indices into the source table's columns.</param>
    /// <param name="Widths">The width of each shown column, in characters.</param>
    /// <param name="Fits">False when even the narrowest widths (the key column and one more, at their longest word) overflow.</param>
    public sealed record Part(IReadOnlyList<int> Columns, IReadOnlyList<int> Widths, bool Fits);

    /// <summary>The characters a table of <paramref name="columns"/> columns adds to the sum of its column widths.</summary>
    public static int Overhead(int columns) => (3 * columns) + 1;

    /// <summary>Splits the table into parts that fit <paramref name="width"/> and chooses each column's width.</summary>
    public static IReadOnlyList<Part> Fit(TextTable table, int width)
    {
        var n = table.Columns.Count;
        var natural = new int[n];
        var minimum = new int[n];
        for (var c = 0; c < n; c++)
        {
            var cells = table.Rows.Select(r => r[c]).ToList();
            var longestCell = cells.Count == 0 ? 0 : cells.Max(TextWidth);
            var longestWord = cells.SelectMany(Words).Concat(Words(table.Columns[c])).DefaultIfEmpty(string.Empty).Max(w => w.Length);
            natural[c] = Math.Max(TextWidth(table.Columns[c]), longestCell);
            minimum[c] = table.IsNumeric(c) ? Math.Max(longestCell, longestWord) : longestWord;
            minimum[c] = Math.Max(minimum[c], 1);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        var groups = new List<List<int>>();
        var current = new List<int> { 0 };
        for (var c = 1; c < n; c++)
        {
            if (Fits([.. current, c], minimum, width))
            {
                current.Add(c);
            }
            else
            {
                groups.Add(current);
                current = [0, c];
            }
        }

        groups.Add(current);
        return [.. groups.Select(g => MakePart(g, natural, minimum, width))];
    }

    /// <summary>Wraps text at spaces into lines of at most <paramref name="width"/> characters; a longer word stays whole on its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length == 0)
                {
                    line = word;
                }
                else if (line.Length + 1 + word.Length <= width)
                {
                    line += " " + word;
                }
                else
                {
                    lines.Add(line);
                    line = word;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static int TextWidth(string text) => text.Split('\n').Max(l => l.Length);

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Fits(IReadOnlyList<int> columns, int[] minimum, int width)
        => columns.Sum(c => minimum[c]) + Overhead(columns.Count) <= width;

    private static Part MakePart(List<int> columns, int[] natural, int[] minimum, int width)
    {
        var widths = Shrink(columns, natural, minimum, width);
        return new Part(columns, widths, widths.Sum() + Overhead(columns.Count) <= width);
    }

    private static int[] Shrink(List<int> columns, int[] natural, int[] minimum, int width)
    {
        var widths = columns.Select(c => natural[c]).ToArray();
        var excess = widths.Sum() + Overhead(columns.Count) - width;
        while (excess > 0)
        {
            // Take one character from the widest column that can still wrap.
            var best = -1;
            for (var i = 0; i < widths.Length; i++)
            {
                if (widths[i] > minimum[columns[i]] && (best < 0 || widths[i] > widths[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            widths[best]--;
            excess--;
        }

        return widths;
    }
}
