using ScottPlot;
using SkiaSharp;

namespace ScalingScenarios.Charts;

/// <summary>Answers ScottPlot's requests for the family <see cref="ChartFonts.Family"/> with the embedded faces; other families go to the next resolver.</summary>
/// <remarks>Weights up to semi-bold get the regular face, heavier ones the bold face. Immutable and thread-safe.</remarks>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    internal EmbeddedFontResolver(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    internal SKTypeface Regular { get; }

    internal SKTypeface Bold { get; }

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width)
        => Matches(fontName) ? (weight >= FontWeight.Bold ? Bold : Regular) : null;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        => Matches(fontName) ? (bold ? Bold : Regular) : null;

    private static bool Matches(string fontName) => string.Equals(fontName, ChartFonts.Family, StringComparison.OrdinalIgnoreCase);
}
