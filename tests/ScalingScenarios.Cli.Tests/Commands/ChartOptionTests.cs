using SkiaSharp;

namespace ScalingScenarios.Cli.Tests.Commands;

/// <summary><c>--chart PATH.png|.svg</c> on run, compare, sensitivity and tiers: the file is written whole or not at all.</summary>
public sealed class ChartOptionTests : IDisposable
{
    private static readonly string Interview = RepositoryFiles.Path("samples", "scenarios", "interview.json");
    private static readonly string LaterOdds = RepositoryFiles.Path("samples", "scenarios", "later-odds.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string[], int, int> Charted => new()
    {
        { "run.png", ["run", "--samples", "2000", "--output", "market"], 800, 500 },
        { "compare.png", ["compare", Interview, LaterOdds, "--samples", "2000", "--output", "market"], 1200, 500 },
        { "sensitivity.png", ["sensitivity", "--output", "modelProfit", "--samples", "2000"], 800, 500 },
        { "tiers.png", ["tiers"], 1200, 500 },
        { "presets.png", ["compare", "--preset", "odds-60-40", "--preset", "odds-70-30", "--samples", "2000"], 1200, 500 },
        { "check.png", ["check", "--samples", "2000"], 1000, 500 },

        // Over the memory budget (bounded-memory mode: no kept samples, exact histograms): run --chart used to crash.
        { "bounded-run.png", ["run", "--samples", "50000", "--max-memory", "1MB", "--output", "market"], 800, 500 },
        { "bounded-compare.png", ["compare", Interview, LaterOdds, "--samples", "50000", "--max-memory", "1MB", "--output", "market"], 1200, 500 },
    };

    [Theory]
    [MemberData(nameof(Charted))]
    public void Chart_Png_WritesAnImageOfTheCommandsSizeBesideTheUsualOutput(string name, string[] args, int width, int height)
    {
        var path = Path.Combine(_folder, name);

        var result = CliRunner.Run([.. args, "--chart", path]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotBeEmpty("the table is still printed");
        using var bitmap = SKBitmap.Decode(path);
        bitmap.Width.Should().Be(width);
        bitmap.Height.Should().BeGreaterThanOrEqualTo(height);
        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public void Chart_Svg_WritesAnSvgDocument()
    {
        var path = Path.Combine(_folder, "tiers.svg");

        var result = CliRunner.Run("tiers", "--chart", path, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(path).Should().StartWith("<svg").And.Contain("Training compute per tier");
        result.Json().GetProperty("tiers").GetArrayLength().Should().Be(8, "stdout keeps its JSON contract");
    }

    [Fact]
    public void Chart_WrongExtension_ExitsTwoNamingTheOptionAndWritesNothing()
    {
        var result = CliRunner.Run("tiers", "--chart", Path.Combine(_folder, "tiers.jpg"));

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --chart: expected a file name ending in .png or .svg; got '");
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Chart_MissingFolder_ExitsOneWithNothingOnStdoutAndNoFileLeft()
    {
        var result = CliRunner.Run("tiers", "--chart", Path.Combine(_folder, "missing", "tiers.png"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --chart: cannot write '").And.Contain("does not exist");
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Chart_ExistingFileAndInvalidRun_KeepsTheOldFile()
    {
        var path = Path.Combine(_folder, "run.png");
        File.WriteAllText(path, "old");

        var result = CliRunner.Run("run", "--samples", "0", "--output", "market", "--chart", path);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(path).Should().Be("old");
        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public void Run_ChartWithSeveralOutputsAndNoOutputOption_ExitsOneListingTheOutputs()
    {
        var result = CliRunner.Run("run", "--samples", "500", "--chart", Path.Combine(_folder, "run.png"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().MatchRegex("^error: --chart: the scenario has [0-9]+ outputs; name the one to draw with --output NAME \\(one of market, appProfit,");
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Run_OutputWithoutChart_ExitsOne()
    {
        var result = CliRunner.Run("run", "--samples", "500", "--output", "market");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --output: names the output that --chart draws; give --chart PATH.png|.svg as well.");
    }

    [Fact]
    public void Run_UnknownOutput_ExitsOneListingTheOutputs()
    {
        var result = CliRunner.Run("run", "--samples", "500", "--output", "markt", "--chart", Path.Combine(_folder, "run.png"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --output: expected one of the outputs market, appProfit,").And.Contain("got 'markt'.");
    }

    [Fact]
    public void Compare_OutputNotShared_ExitsOne()
    {
        var result = CliRunner.Run("compare", Interview, LaterOdds, "--samples", "500", "--output", "nothing", "--chart", Path.Combine(_folder, "c.png"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: --output: expected one of the shared outputs ");
    }
}
