namespace ScalingScenarios.Reporting;

/// <summary>A result that renders itself for people: as a <see cref="TextTable"/>, and so as Markdown and HTML.</summary>
/// <remarks>Implemented by the result types that carry <see cref="TypeFormatterSourceAttribute"/>; <see cref="DisplayFormatterSource"/> uses it.</remarks>
internal interface IRichDisplay
{
    /// <summary>The result as an HTML fragment.</summary>
    /// <returns>Escaped HTML.</returns>
    string ToHtml();

    /// <summary>The result as Markdown.</summary>
    /// <returns>GitHub-flavoured Markdown.</returns>
    string ToMarkdown();
}
