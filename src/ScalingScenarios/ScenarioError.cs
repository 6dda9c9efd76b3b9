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
                parts.Add($"variable '{Variable}'");
            }
            else if (Field is not null)
            {
                parts.Add(Field);
            }

            if (Position is { } position)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"character {position}"));
            }

            return parts.Count == 0 ? "scenario" : string.Join(", ", parts);
        }
    }

    /// <summary>The full message: location, what was expected, what was found, and the hint.</summary>
    public string Message => $"{Location}: expected {Expected}; found {Found}." + (Hint is null ? string.Empty : " " + Hint);

    /// <summary>The formula with a caret line under the problem, for terminals; null when there is no formula or position.</summary>
    /// <returns>Two lines ("  formula\n  ^^^"), or null.</returns>
    public string? ToCaretDisplay()
    {
        if (Formula is null || Position is not { } position)
        {
            return null;
        }

        var caret = new StringBuilder();
        caret.Append(' ', Math.Min(position - 1, Formula.Length));
        caret.Append('^', Math.Max(1, Math.Min(Length, Formula.Length - position + 1)));
        return "  " + Formula + "\n  " + caret;
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
