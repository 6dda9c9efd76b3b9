namespace ScalingScenarios.Reporting;

/// <summary>Rich display of the result types in .NET Interactive hosts: their HTML table, their Markdown, and their one-line text.</summary>
/// <remarks>Found through <see cref="TypeFormatterSourceAttribute"/>; the host calls <see cref="CreateTypeFormatters"/>.</remarks>
internal sealed class DisplayFormatterSource
{
    /// <summary>The formatters for "text/html", "text/markdown" and "text/plain".</summary>
    /// <returns>Objects with a <c>MimeType</c> property and a <c>Format(object, TextWriter)</c> method, as the host expects.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The host calls it on an instance it creates.")]
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter("text/html", value => (value as IRichDisplay)?.ToHtml()),
        new DisplayFormatter("text/markdown", value => (value as IRichDisplay)?.ToMarkdown()),
        new DisplayFormatter("text/plain", value => value is IRichDisplay ? value.ToString() : null),
    ];
}
