using System.Diagnostics;
using System.Reflection;

namespace ScalingScenarios.Charts.Tests;

/// <summary>
/// Text must render on a machine with no system fonts. A child process runs in its own mount namespace
/// (<c>unshare --mount --map-root-user</c>) with an empty tmpfs over /usr/share/fonts, the folder ScottPlot's SkiaSharp
/// build scans, and with FONTCONFIG_FILE naming a configuration without font folders (for fontconfig-based builds), so it
/// sees no system font at all; it renders a chart to a PNG and the test looks for text pixels in the title band. A bare
/// ScottPlot plot under the same conditions is the control: it must have no text there, which shows that the fonts really
/// were hidden. Linux only, as the project's CI.
/// </summary>
public sealed class NoSystemFontsTests : IDisposable
{
    private const int Width = 600;
    private const int TitleBandHeight = 36;

    // A title of ~25 characters at 15 px covers well over 300 dark pixels; a blank band has none.
    private const int MinimumTitlePixels = 100;

    private readonly string _folder = Directory.CreateTempSubdirectory("charts-nofonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Histogram_NoSystemFonts_TitleHasTextPixels()
    {
        var (png, output) = RunProbe("charts");

        output.Should().Contain("system font families: 0", "the child process must see no system font");
        using var bitmap = TestData.Decode(png);
        bitmap.Width.Should().Be(Width);
        TestData.TextPixels(bitmap, Width / 10, 0, Width * 9 / 10, TitleBandHeight).Should().BeGreaterThan(MinimumTitlePixels);
    }

    [Fact]
    public void BareScottPlot_NoSystemFonts_TitleIsBlank()
    {
        var (png, output) = RunProbe("scottplot");

        output.Should().Contain("system font families: 0");
        using var bitmap = TestData.Decode(png);
        TestData.TextPixels(bitmap, Width / 10, 0, Width * 9 / 10, TitleBandHeight).Should().Be(0, "without a font ScottPlot draws no text: the control for the test above");
    }

    private (byte[] Png, string Output) RunProbe(string mode)
    {
        var probe = typeof(NoSystemFontsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FontProbe").Value!;
        File.Exists(probe).Should().BeTrue($"the font probe is built with the tests ({probe})");
        var config = Path.Combine(_folder, "fonts.conf");
        File.WriteAllText(config, $"<?xml version=\"1.0\"?>\n<fontconfig><cachedir>{_folder}/cache</cachedir></fontconfig>\n");
        var png = Path.Combine(_folder, mode + ".png");
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--mount", "--map-root-user", "sh", "-c", "mount -t tmpfs none /usr/share/fonts && exec \"$0\" \"$@\"", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"])
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(png);
        start.ArgumentList.Add(mode);
        start.Environment["FONTCONFIG_FILE"] = config;
        start.Environment.Remove("FONTCONFIG_PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error);
        return (File.ReadAllBytes(png), output);
    }
}
