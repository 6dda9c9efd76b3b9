using System.Globalization;
using System.Text;

namespace ScalingScenarios;

/// <summary>
/// Formats a list of <see cref="ScenarioError"/>s for a terminal or a log, as <c>validate</c> and <c>run</c> print them:
/// a header, then each error with a short excerpt of its formula or file line and a caret under the problem.
/// </summary>
/// <remarks>
/// The output is bounded whatever the input: at most <see cref="MaxErrorsShown"/> errors are shown, followed by
/// "… and N more errors", and each excerpt is at most <see cref="ScenarioError.ExcerptWidth"/> characters, so a small
/// hostile file (thousands of errors on one long line) cannot produce gigabytes of text. Pure and thread-safe.
/// </remarks>
public static class ScenarioErrorReport
{
    /// <summary>The most errors <see cref="Format"/> shows; the rest are counted.</summary>
    public const int MaxErrorsShown = 20;

    /// <summary>Formats errors found in one scenario file.</summary>
    /// <param name="source">How to name the file in the header, e.g. its path.</param>
    /// <param name="errors">The errors, in file order (as <see cref="Scenarios.Scenario.Validate(string)"/> returns them).</param>
    /// <param name="sourceText">The file's text, to show the line of a problem outside a formula; may be null.</param>
    /// <returns>
    /// Lines separated by '\n' (no trailing newline): <c>source: N errors</c>, then per error two spaces and its
    /// <see cref="ScenarioError.Message"/>, then its excerpt and caret indented by four spaces.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="sourceText"/> is null.</exception>
    public static string Format(string source, IReadOnlyList<ScenarioError> errors, string? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(errors);
        var sb = new StringBuilder();
        sb.Append(ScenarioError.Printable(ScenarioError.Shorten(source, 200))).Append(": ")
            .Append(errors.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(errors.Count == 1 ? " error" : " errors");
        for (var i = 0; i < Math.Min(errors.Count, MaxErrorsShown); i++)
        {
            var error = errors[i];
            sb.Append("\n  ").Append(error.Message);
            if (error.ToCaretDisplay(sourceText) is { } caret)
            {
                sb.Append("\n  ").Append(caret.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        if (errors.Count > MaxErrorsShown)
        {
            var more = errors.Count - MaxErrorsShown;
            sb.Append("\n  … and ").Append(more.ToString("N0", CultureInfo.InvariantCulture))
                .Append(more == 1 ? " more error" : " more errors").Append(" (the first ")
                .Append(MaxErrorsShown.ToString(CultureInfo.InvariantCulture)).Append(" are shown).");
        }

        return sb.ToString();
    }
}
