using ScalingScenarios.Reporting;

namespace ScalingScenarios.Charts;

/// <summary>Rich display of a <see cref="Chart"/> in .NET Interactive hosts: inline SVG as HTML, and the one-line text.</summary>
/// <remarks>Found through <see cref="TypeFormatterSourceAttribute"/>; the host calls <see cref="CreateTypeFormatters"/>.</remarks>
internal sealed class ChartFormatterSource
{
    /// <summary>The formatters: "text/html" (the chart as inline SVG) and "text/plain" (its <see cref="Chart.ToString"/>).</summary>
    /// <returns>Objects with a <c>MimeType</c> property and a <c>Format(object, TextWriter)</c> method, as the host expects.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The host calls it on an instance it creates.")]
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter("text/html", value => value is Chart chart ? chart.ToHtml() : null),
        new DisplayFormatter("text/plain", value => value is Chart chart ? chart.ToString() : null),
    ];
}
