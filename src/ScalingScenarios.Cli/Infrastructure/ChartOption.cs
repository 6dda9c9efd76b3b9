using System.CommandLine;
using System.CommandLine.Parsing;
using ScalingScenarios.Charts;

namespace ScalingScenarios.Cli.Infrastructure;

/// <summary>
/// <c>--chart PATH.png|.svg</c>: the commands that have a chart also write it to a file, PNG or SVG by the extension,
/// atomically (a temporary file in the same folder, then a rename), after the result is computed.
/// </summary>
/// <remarks>
/// A path with another extension is a usage error (exit 2). A folder that does not exist or cannot be written is invalid
/// input (exit 1); stdout then stays empty and no file, temporary or final, is left behind.
/// </remarks>
internal sealed class ChartOption
{
    private readonly Option<string?> _chart = new("--chart")
    {
        HelpName = "PATH",
        Description = "Also draws the result as a chart into PATH: .png or .svg by the extension (written atomically; text in the bundled Inter font).",
        CustomParser = Parse,
    };

    /// <summary>Adds the option to a command.</summary>
    public void AddTo(Command command) => command.Options.Add(_chart);

    /// <summary>Whether <c>--chart</c> was given.</summary>
    public bool IsSet(ParseResult parse) => parse.GetValue(_chart) is not null;

    /// <summary>Draws and writes the chart when <c>--chart</c> was given; otherwise does nothing (and does not draw).</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="chart">Makes the chart.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public void Write(ParseResult parse, Func<Chart> chart, int width = Chart.DefaultWidth, int height = Chart.DefaultHeight)
    {
        if (parse.GetValue(_chart) is not { } path)
        {
            return;
        }

        try
        {
            chart().Save(path, width, height);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--chart: cannot write '{path}': {ex.Message}");
        }
    }

    private static string? Parse(ArgumentResult result)
    {
        if (ValueParsers.Text(result) is not { } path)
        {
            return null;
        }

        var extension = Path.GetExtension(path.Trim());
        if (!extension.Equals(".png", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            result.AddError($"{ValueParsers.OptionName(result)}: expected a file name ending in .png or .svg; got '{Printable.Quote(path)}'.");
            return null;
        }

        return path;
    }
}
