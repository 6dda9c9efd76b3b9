using System.Text;

namespace ScalingScenarios.Reporting;

/// <summary>A titled table of text cells, with optional notes, that renders itself as Markdown, CSV or HTML.</summary>
/// <remarks>
/// Immutable and thread-safe: the rows handed in are copied. The CLI renders the same table to the terminal;
/// notebooks and reports use <see cref="ToMarkdown"/> and <see cref="ToCsv"/>.
/// </remarks>
public sealed class TextTable
{
    private readonly string[] _columns;
    private readonly string[][] _rows;
    private readonly string[] _notes;
    private readonly bool[] _numeric;

    /// <summary>Creates a table.</summary>
    /// <param name="title">The caption shown above the table; may be empty.</param>
    /// <param name="columns">The column headers; at least one.</param>
    /// <param name="rows">The rows; each must have exactly one cell per column.</param>
    /// <param name="notes">Lines shown under the table (caveats, sources); may be null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="notes"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no column, or a row's length differs from the number of columns.</exception>
    public TextTable(string title, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Title = title;
        _columns = [.. columns];
        if (_columns.Length == 0)
        {
            throw new ArgumentException("Expected at least one column; got none.", nameof(columns));
        }

        _rows = [.. rows.Select(r => r.ToArray())];
        for (var i = 0; i < _rows.Length; i++)
        {
            if (_rows[i].Length != _columns.Length)
            {
                throw new ArgumentException($"Expected {_columns.Length} cells in row {i}; got {_rows[i].Length}.", nameof(rows));
            }
        }

        _notes = notes is null ? [] : [.. notes];
        _numeric = [.. Enumerable.Range(0, _columns.Length).Select(c => _rows.Length > 0 && _rows.All(r => LooksNumeric(r[c])))];
    }

    /// <summary>The caption shown above the table.</summary>
    public string Title { get; }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Lines shown under the table.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Whether every cell of a column reads as a number, so that renderers right-align it.</summary>
    /// <param name="column">The column index. Range: [0, <see cref="Columns"/>.Count).</param>
    /// <returns>True for numeric columns.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the table.</exception>
    public bool IsNumeric(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _columns.Length);
        return _numeric[column];
    }

    /// <summary>Renders the table as GitHub-flavoured Markdown: a bold title, the table, then the notes as a list.</summary>
    /// <returns>The Markdown text, ending with a newline.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        if (Title.Length > 0)
        {
            sb.Append("**").Append(EscapeMarkdown(Title)).Append("**\n\n");
        }

        sb.Append("| ").AppendJoin(" | ", _columns.Select(EscapeMarkdown)).Append(" |\n");
        sb.Append('|').AppendJoin('|', _numeric.Select(n => n ? "---:" : "---")).Append("|\n");
        foreach (var row in _rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(EscapeMarkdown)).Append(" |\n");
        }

        if (_notes.Length > 0)
        {
            sb.Append('\n');
            foreach (var note in _notes)
            {
                sb.Append("- ").Append(EscapeMarkdown(note)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders the header and rows as RFC 4180 CSV (title and notes are left out).</summary>
    /// <returns>The CSV text, with "\n" line ends.</returns>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', _columns.Select(EscapeCsv)).Append('\n');
        foreach (var row in _rows)
        {
            sb.AppendJoin(',', row.Select(EscapeCsv)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Renders the table as an HTML fragment: a &lt;table&gt; with the title as its caption and the notes as a list after it; every text is HTML-escaped.</summary>
    /// <returns>The HTML text, ending with a newline. Numeric columns carry <c>style="text-align:right"</c>; the wrapper is <c>&lt;div class="scaling-table"&gt;</c>, for styling.</returns>
    /// <remarks>Self-contained: no scripts, no external references, so notebooks and the HTML report can embed it as is.</remarks>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"scaling-table\">\n<table>\n");
        if (Title.Length > 0)
        {
            sb.Append("<caption>").Append(EscapeHtml(Title)).Append("</caption>\n");
        }

        sb.Append("<thead><tr>");
        for (var c = 0; c < _columns.Length; c++)
        {
            sb.Append(_numeric[c] ? "<th style=\"text-align:right\">" : "<th>").Append(EscapeHtml(_columns[c])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                sb.Append(_numeric[c] ? "<td style=\"text-align:right\">" : "<td>").Append(EscapeHtml(row[c])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (_notes.Length > 0)
        {
            sb.Append("<ul class=\"notes\">\n");
            foreach (var note in _notes)
            {
                sb.Append("<li>").Append(EscapeHtml(note)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        return sb.Append("</div>\n").ToString();
    }

    /// <summary>Escapes text for HTML element content and double-quoted attribute values: &amp;, &lt;, &gt;, " and '.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The escaped text.</returns>
    internal static string EscapeHtml(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <inheritdoc />
    public override string ToString() => ToMarkdown();

    private static bool LooksNumeric(string cell)
    {
        // Accept what Display writes: "-$1.5T", "$16.8k", "59.9%", "×100", "1.2e+21", "1,000".
        var t = cell.Trim();
        t = t.StartsWith("-$", StringComparison.Ordinal) ? "-" + t[2..] : t.TrimStart('$', '×', 'x');
        t = t.TrimEnd('%', '×', 'x', 'k', 'M', 'B', 'T');
        return t.Length > 0 && double.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    private static string EscapeMarkdown(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string EscapeCsv(string text)
        => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
