using System.Globalization;
using System.Net;
using ScalingScenarios.Reporting;
using ScottPlot;
using SkiaSharp;

namespace ScalingScenarios.Charts;

/// <summary>
/// A finished chart — one or more panels side by side — that renders itself as PNG or SVG at any size, or as HTML for
/// notebooks and reports. Create one with <see cref="Charts"/> or the extension methods in <see cref="ChartExtensions"/>.
/// </summary>
/// <remarks>
/// Text is drawn with the Inter font carried by this package, so a PNG has text even where no system font is installed;
/// an SVG names the font family with common fallbacks. Rendering is deterministic and thread-safe (calls are serialized).
/// </remarks>
[TypeFormatterSource(typeof(ChartFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Chart
{
    /// <summary>The default width in pixels: 800.</summary>
    public const int DefaultWidth = 800;

    /// <summary>The default height in pixels: 500.</summary>
    public const int DefaultHeight = 500;

    /// <summary>The smallest width or height accepted, in pixels: 100.</summary>
    public const int MinSize = 100;

    /// <summary>The largest width or height accepted, in pixels: 10000.</summary>
    public const int MaxSize = 10_000;

    private const string SvgFontFamilies = "Inter, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

    private readonly Plot[] _panels;
    private readonly Lock _gate = new();

    internal Chart(string title, params Plot[] panels)
    {
        Title = title;
        _panels = panels;
        ChartFonts.EnsureRegistered();
    }

    /// <summary>Gets the chart's title (also the alternative text of its HTML image).</summary>
    public string Title { get; }

    /// <summary>Gets the number of panels drawn side by side.</summary>
    public int PanelCount => _panels.Length;

    /// <summary>The ScottPlot plots behind the panels, left to right (for tests).</summary>
    internal IReadOnlyList<Plot> Panels => _panels;

    /// <summary>Renders the chart as a PNG image.</summary>
    /// <param name="width">Width in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <param name="height">Height in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is outside its range.</exception>
    public byte[] ToPng(int width = DefaultWidth, int height = DefaultHeight)
    {
        CheckSize(width, height);
        lock (_gate)
        {
            var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info);
            surface.Canvas.Clear(SKColors.White);
            RenderPanels(surface.Canvas, width, height);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }

    /// <summary>Renders the chart as an SVG document.</summary>
    /// <param name="width">Width in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <param name="height">Height in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <returns>The SVG text (one &lt;svg&gt; element, no external references).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is outside its range.</exception>
    public string ToSvg(int width = DefaultWidth, int height = DefaultHeight)
    {
        CheckSize(width, height);
        lock (_gate)
        {
            using var stream = new MemoryStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            {
                RenderPanels(canvas, width, height);
            }

            var svg = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            var start = svg.IndexOf("<svg", StringComparison.Ordinal);
            svg = start > 0 ? svg[start..] : svg;

            // A viewBox lets pages scale the chart (max-width: 100%) instead of cropping it.
            svg = svg.Replace(
                string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\">"),
                string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"),
                StringComparison.Ordinal);
            return svg.Replace($"font-family=\"{ChartFonts.Family}\"", $"font-family=\"{SvgFontFamilies}\"", StringComparison.Ordinal);
        }
    }

    /// <summary>The chart as an HTML fragment: a &lt;figure&gt; holding the inline SVG, for notebooks and reports.</summary>
    /// <param name="width">Width in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <param name="height">Height in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <returns>The HTML; the title is HTML-escaped into the figure's aria-label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is outside its range.</exception>
    public string ToHtml(int width = DefaultWidth, int height = DefaultHeight)
        => $"<figure class=\"chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Title)}\" style=\"margin:0\">{ToSvg(width, height)}</figure>";

    /// <summary>Writes the chart to a file, as PNG or SVG by the file's extension, atomically: a temporary file in the same folder is written, then renamed over the target.</summary>
    /// <param name="path">The file to write; its extension must be ".png" or ".svg" (any case).</param>
    /// <param name="width">Width in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <param name="height">Height in pixels. Range: [<see cref="MinSize"/>, <see cref="MaxSize"/>].</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or does not end in ".png" or ".svg".</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> or <paramref name="height"/> is outside its range.</exception>
    /// <exception cref="IOException">The file could not be written; no temporary file is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public void Save(string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        var format = FormatOf(path);
        CheckSize(width, height);
        var bytes = format == ChartFormat.Png ? ToPng(width, height) : System.Text.Encoding.UTF8.GetBytes(ToSvg(width, height));
        AtomicFile.Write(path, bytes);
    }

    /// <summary>The title and the number of panels.</summary>
    /// <returns>For example "Chart: market: distribution of 100,000 samples (1 panel)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Chart: {Title} ({Display.Count(_panels.Length, "panel")})");

    /// <summary>Reads a chart file's format from its extension.</summary>
    /// <param name="path">The path.</param>
    /// <returns>PNG or SVG.</returns>
    /// <exception cref="ArgumentException">The path is empty or its extension is neither ".png" nor ".svg".</exception>
    internal static ChartFormat FormatOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".PNG" => ChartFormat.Png,
            ".SVG" => ChartFormat.Svg,
            _ => throw new ArgumentException($"Expected a chart file ending in .png or .svg; got '{path}'.", nameof(path)),
        };
    }

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSize);
    }

    private void RenderPanels(SKCanvas canvas, int width, int height)
    {
        var panelWidth = (float)width / _panels.Length;
        for (var i = 0; i < _panels.Length; i++)
        {
            var left = i * panelWidth;
            canvas.Save();
            canvas.ClipRect(new SKRect(left, 0, left + panelWidth, height));
            _panels[i].Render(canvas, new PixelRect(left, left + panelWidth, height, 0));
            canvas.Restore();
        }
    }
}
