using System.Text.RegularExpressions;

namespace ScalingScenarios.Charts.Tests;

public sealed partial class ChartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("charts-save-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(800, 500)]
    [InlineData(320, 200)]
    [InlineData(1200, 450)]
    public void ToPng_Size_ImageHasThatSize(int width, int height)
    {
        using var bitmap = TestData.Decode(TestData.InterviewResult.Histogram("market").ToPng(width, height));

        bitmap.Width.Should().Be(width);
        bitmap.Height.Should().Be(height);
    }

    [Fact]
    public void ToPng_Histogram_TitleBandHasText()
    {
        using var bitmap = TestData.Decode(TestData.InterviewResult.Histogram("market").ToPng(800, 500));

        TestData.TextPixels(bitmap, 80, 0, 720, 36).Should().BeGreaterThan(100);
    }

    [Fact]
    public void ToPng_TwoPanels_BothHalvesHaveTitles()
    {
        var assumptions = Scaling.TierAssumptions.Create(Scaling.ChinchillaFit.Hoffmann2022, Scaling.Hardware.Create(Scaling.Accelerator.H100Sxm, 2));

        using var bitmap = TestData.Decode(Charts.TierLadder(assumptions).ToPng(1200, 500));

        TestData.TextPixels(bitmap, 50, 0, 550, 36).Should().BeGreaterThan(100);
        TestData.TextPixels(bitmap, 650, 0, 1150, 36).Should().BeGreaterThan(100);
    }

    [Fact]
    public void ToSvg_Size_RootElementHasThatSizeAndTheTitleAsText()
    {
        var chart = TestData.InterviewResult.Histogram("market");

        var svg = chart.ToSvg(640, 480);

        svg.Should().StartWith("<svg");
        SizeAttributes().Match(svg).Groups[1].Value.Should().Be("640");
        SizeAttributes().Match(svg).Groups[2].Value.Should().Be("480");
        svg.Should().Contain("market: 5,000 samples").And.Contain("font-family=\"Inter,");
        svg.Should().NotContain("href=\"http", "a chart references nothing outside itself");
    }

    [Theory]
    [InlineData(99, 500)]
    [InlineData(800, 10_001)]
    public void ToPng_SizeOutOfRange_ThrowsOutOfRange(int width, int height)
    {
        var act = () => TestData.InterviewResult.Histogram("market").ToPng(width, height);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.SVG")]
    public void Save_PngOrSvg_WritesTheFileAndNoTemporaryFile(string name)
    {
        var path = Path.Combine(_folder, name);

        TestData.InterviewResult.Histogram("market").Save(path, 400, 300);

        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            TestData.Decode(bytes).Width.Should().Be(400);
        }
        else
        {
            System.Text.Encoding.UTF8.GetString(bytes).Should().StartWith("<svg");
        }

        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public void Save_ExistingFile_IsReplaced()
    {
        var path = Path.Combine(_folder, "chart.svg");
        File.WriteAllText(path, "old");

        TestData.InterviewResult.Histogram("market").Save(path);

        File.ReadAllText(path).Should().StartWith("<svg");
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    [Fact]
    public void Save_UnknownExtension_ThrowsArgumentExceptionAndWritesNothing()
    {
        var act = () => TestData.InterviewResult.Histogram("market").Save(Path.Combine(_folder, "chart.jpg"));

        act.Should().Throw<ArgumentException>().WithParameterName("path").WithMessage("Expected a chart file ending in .png or .svg; got '*chart.jpg'.*");
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Save_MissingFolder_ThrowsDirectoryNotFoundAndWritesNothing()
    {
        var act = () => TestData.InterviewResult.Histogram("market").Save(Path.Combine(_folder, "missing", "chart.png"));

        act.Should().Throw<DirectoryNotFoundException>();
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void ToHtml_Chart_FigureWithInlineSvgAndEscapedTitle()
    {
        var html = Charts.Histogram(TestData.InterviewResult["market"], "USD", title: "a <b> & c").ToHtml(400, 300);

        html.Should().StartWith("<figure").And.Contain("aria-label=\"a &lt;b&gt; &amp; c\"").And.Contain("<svg");
    }

    [Fact]
    public void ToString_Histogram_NamesTitleAndPanels()
    {
        TestData.InterviewResult.Histogram("market").ToString().Should().Be("Chart: market: 5,000 samples (1 panel)");
    }

    [Fact]
    public void CreateTypeFormatters_Chart_HtmlFormatterWritesTheSvg()
    {
        var attribute = typeof(Chart).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).ToList();
        var html = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
        using var writer = new StringWriter();

        var handled = (bool)html.GetType().GetMethod("Format")!.Invoke(html, [TestData.InterviewResult.Histogram("market"), writer])!;

        handled.Should().BeTrue();
        writer.ToString().Should().Contain("<svg");
    }

    [GeneratedRegex("<svg[^>]*width=\"(\\d+)\"[^>]*height=\"(\\d+)\"")]
    private static partial Regex SizeAttributes();
}
