using System.Globalization;
using System.Text;

namespace ScalingScenarios;

/// <summary>
/// One problem found in a formula or a scenario file: where it is (variable, character position, file line),
/// what was expected and what was found.
/// </summary>
/// <remarks>
/// <see cref="Message"/> reads, for example,
/// <c>variable 'market', character 14: expected a function name; found unknown function 'unifrom'. Did you mean 'uniform'?</c>
/// Immutable and thread-safe.
/// </remarks>
public sealed class ScenarioError
{
    /// <summary>
    /// The most characters of a formula or a file line that <see cref="ToCaretDisplay()"/> shows: a window around the
    /// problem, cut with '…', so that an error in a 1 MB one-line file prints one short line, not the file.
    /// </summary>
    public const int ExcerptWidth = 80;

    /// <summary>The most characters a name, a field or a quoted text takes in <see cref="Message"/> (longer ones are cut with '…').</summary>
    public const int MaxQuoted = 60;

    /// <summary>The most characters of <see cref="Expected"/>, <see cref="Found"/> or <see cref="Hint"/> that <see cref="Message"/> shows.</summary>
    public const int MaxPart = 300;

    /// <summary>Creates an error.</summary>
    /// <param name="kind">What kind of problem this is.</param>
    /// <param name="expected">What was expected, e.g. "a function name". Must not be empty.</param>
    /// <param name="found">What was found instead, e.g. "unknown function 'unifrom'". Must not be empty.</param>
    /// <param name="variable">The variable whose formula has the problem, or null when the problem is elsewhere in the file.</param>
    /// <param name="position">The character position inside the formula, counting from 1, or null. Range: [1, ∞).</param>
    /// <param name="length">How many characters the problem spans (for underlining). Range: [1, ∞).</param>
    /// <param name="hint">A suggestion such as "Did you mean 'uniform'?", or null.</param>
    /// <param name="line">The line in the scenario file, counting from 1, or null. Range: [1, ∞).</param>
    /// <param name="column">The column in the scenario file, counting from 1, or null. Range: [1, ∞).</param>
    /// <param name="field">The field of the scenario file concerned (e.g. "outputs[1]" or "samples") when it is not a variable's formula, or null.</param>
    /// <param name="formula">The text of the formula, for showing the position with a caret, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="expected"/> or <paramref name="found"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position, line, column or length is less than 1.</exception>
    public ScenarioError(
        ScenarioErrorKind kind,
        string expected,
        string found,
        string? variable = null,
        int? position = null,
        int length = 1,
        string? hint = null,
        int? line = null,
        int? column = null,
        string? field = null,
        string? formula = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        ArgumentException.ThrowIfNullOrEmpty(found);
        if (position is { } p)
        {
            Guard.AtLeast(p, 1, nameof(position));
        }

        if (line is { } l)
        {
            Guard.AtLeast(l, 1, nameof(line));
        }

        if (column is { } c)
        {
            Guard.AtLeast(c, 1, nameof(column));
        }

        Guard.AtLeast(length, 1);
        Kind = kind;
        Expected = expected;
        Found = found;
        Variable = variable;
        Position = position;
        Length = length;
        Hint = string.IsNullOrEmpty(hint) ? null : hint;
        Line = line;
        Column = column;
        Field = field;
        Formula = formula;
    }

    /// <summary>What kind of problem this is.</summary>
    public ScenarioErrorKind Kind { get; }

    /// <summary>What was expected, e.g. "a function name" or "2 arguments (min, max) for uniform".</summary>
    public string Expected { get; }

    /// <summary>What was found instead, e.g. "unknown function 'unifrom'" or "3".</summary>
    public string Found { get; }

    /// <summary>The variable whose formula has the problem, or null when the problem is elsewhere in the file.</summary>
    public string? Variable { get; }

    /// <summary>The character position of the problem inside the variable's formula, counting from 1, or null.</summary>
    public int? Position { get; }

    /// <summary>How many characters of the formula the problem spans (at least 1).</summary>
    public int Length { get; }

    /// <summary>A suggestion such as "Did you mean 'uniform'?", or null.</summary>
    public string? Hint { get; }

    /// <summary>The line in the scenario file, counting from 1, or null when not known.</summary>
    public int? Line { get; }

    /// <summary>The column in the scenario file, counting from 1, or null when not known.</summary>
    public int? Column { get; }

    /// <summary>The field of the scenario file concerned (e.g. "outputs[1]", "samples") when the problem is not in a formula, or null.</summary>
    public string? Field { get; }

    /// <summary>The formula's text (for showing the position with a caret), or null.</summary>
    public string? Formula { get; }

    /// <summary>Where the problem is, e.g. "line 12, variable 'market', character 14", "line 20, column 16, outputs[1]" or "name".</summary>
    public string Location
    {
        get
        {
            var parts = new List<string>(3);
            if (Line is { } line)
            {
                parts.Add(Column is { } column && Variable is null
                    ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}")
                    : string.Create(CultureInfo.InvariantCulture, $"line {line}"));
            }

            if (Variable is not null)
            {
                parts.Add($"variable '{Shorten(Variable, MaxQuoted)}'");
            }
            else if (Field is not null)
            {
                parts.Add(Shorten(Field, MaxQuoted));
            }

            if (Position is { } position)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"character {position}"));
            }

            return parts.Count == 0 ? "scenario" : string.Join(", ", parts);
        }
    }

    /// <summary>The full message: location, what was expected, what was found, and the hint.</summary>
    /// <remarks>
    /// Bounded whatever the input: names and fields are cut to <see cref="MaxQuoted"/> characters and each part to
    /// <see cref="MaxPart"/>; control characters (ESC, NUL, …) are written as <c>\u001B</c>, so a message never
    /// carries terminal escapes from a file.
    /// </remarks>
    public string Message
        => Printable($"{Location}: expected {Shorten(Expected, MaxPart)}; found {Shorten(Found, MaxPart)}."
            + (Hint is null ? string.Empty : " " + Shorten(Hint, MaxPart)));

    /// <summary>The formula with a caret line under the problem, for terminals; null when there is no formula or position.</summary>
    /// <returns>Two lines ("  formula\n  ^^^"), or null. A long formula is shown as a window of at most <see cref="ExcerptWidth"/> characters around the problem.</returns>
    public string? ToCaretDisplay() => ToCaretDisplay(null);

    /// <summary>
    /// The formula, or else the file's line, with a caret line under the problem, for terminals; null when neither is known.
    /// </summary>
    /// <param name="sourceText">The scenario file's text, for problems outside a formula (located by <see cref="Line"/> and <see cref="Column"/>); may be null.</param>
    /// <returns>
    /// Two lines ("  text\n  ^^^"), or null. At most <see cref="ExcerptWidth"/> characters of the formula or line are shown,
    /// around the problem, with '…' where it is cut; tabs become spaces and control characters '?'.
    /// </returns>
    public string? ToCaretDisplay(string? sourceText)
    {
        if (Formula is not null && Position is { } position)
        {
            return Excerpt(Formula.AsSpan(), position - 1, Length);
        }

        if (sourceText is not null && Line is { } line && Column is { } column && FindLine(sourceText, line, out var start, out var length))
        {
            return Excerpt(sourceText.AsSpan(start, length).TrimEnd('\r'), column - 1, 1);
        }

        return null;
    }

    /// <summary>Cuts a text to <paramref name="max"/> characters, ending in '…' when cut.</summary>
    internal static string Shorten(string text, int max)
        => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>Writes control characters as <c>\uXXXX</c>.</summary>
    internal static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Finds line <paramref name="line"/> (from 1) of a text without splitting the whole text; false past the end.</summary>
    private static bool FindLine(string text, int line, out int start, out int length)
    {
        start = 0;
        length = 0;
        for (var i = 1; i < line; i++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return false;
            }

            start = next + 1;
        }

        var end = text.IndexOf('\n', start);
        length = (end < 0 ? text.Length : end) - start;
        return true;
    }

    /// <summary>A window of at most <see cref="ExcerptWidth"/> characters of <paramref name="text"/> around [offset, offset + length), with a caret line.</summary>
    private static string Excerpt(ReadOnlySpan<char> text, int offset, int length)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        length = Math.Max(1, Math.Min(length, Math.Max(1, text.Length - offset)));

        // Show a third of the width before the problem when the text must be cut.
        var start = text.Length <= ExcerptWidth ? 0 : Math.Clamp(offset - (ExcerptWidth / 3), 0, text.Length - ExcerptWidth);
        var end = Math.Min(text.Length, start + ExcerptWidth);
        var window = new StringBuilder(ExcerptWidth + 2);
        if (start > 0)
        {
            window.Append('…');
        }

        foreach (var c in text[start..end])
        {
            window.Append(c == '\t' ? ' ' : char.IsControl(c) ? '?' : c);
        }

        if (end < text.Length)
        {
            window.Append('…');
        }

        var caret = new StringBuilder();
        caret.Append(' ', offset - start + (start > 0 ? 1 : 0));
        caret.Append('^', Math.Max(1, Math.Min(length, end - offset)));
        return "  " + window + "\n  " + caret;
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
