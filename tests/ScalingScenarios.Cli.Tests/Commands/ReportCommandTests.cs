using System.Text.RegularExpressions;

namespace ScalingScenarios.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Report_Interview_WritesOneSelfContainedPage()
    {
        var path = Path.Combine(_folder, "report.html");

        var result = CliRunner.Run("report", "--out", path, "--samples", "3000");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be($"Wrote {path}: The interview's value chain, 3,000 samples, seed 42.\n");
        var html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("3,000 samples · seed 42 · ScalingScenarios ");
        var outputs = Regex.Count(html, "data-chart=\"histogram\"");
        outputs.Should().Be(Math.Min(Scenarios.Scenario.Parse(File.ReadAllText(RepositoryFiles.Path("samples", "scenarios", "interview.json"))).Outputs.Count, Charts.ReportOptions.DefaultMaxHistograms));
        Regex.Count(html, "<svg ").Should().Be(outputs + 2, "a histogram per output, the tornado of the first output and the argument check");
        html.Should().Contain("<section id=\"check\">");
        Regex.Count(html, "(src|href)\\s*=\\s*[\"']?(https?:|//)").Should().Be(0);
        html.Should().Contain("C11: his odds that scaling continues", "the file's comments are the assumptions' sources");
        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public void Report_OverTheMemoryBudget_DrawsTheHistogramsAndSaysWhyThereIsNoTornado()
    {
        // The bounded-memory mode keeps no samples; the report used to crash with an unhandled InvalidOperationException.
        var path = Path.Combine(_folder, "bounded.html");

        var result = CliRunner.Run("report", "--out", path, "--samples", "50000", "--max-memory", "1MB");

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(path);
        Regex.Count(html, "data-chart=\"histogram\"").Should().BeGreaterThan(0);
        Regex.Count(html, "data-chart=\"tornado\"").Should().Be(0);
        html.Should().Contain("id=\"sensitivity-skipped\"");
    }

    [Fact]
    public void Report_Json_DescribesTheFileWritten()
    {
        var path = Path.Combine(_folder, "r.html");

        var json = CliRunner.Run("report", "--out", path, "--samples", "1000", "--seed", "7", "--no-sensitivity", "--format", "json").Json();

        json.GetProperty("file").GetString().Should().Be(path);
        json.GetProperty("samples").GetInt32().Should().Be(1000);
        json.GetProperty("seed").GetInt64().Should().Be(7);
        var html = File.ReadAllText(path);
        Regex.Count(html, "<svg ").Should().Be(Regex.Count(html, "data-chart=\"histogram\"") + 1, "the histograms and the argument check, no tornado with --no-sensitivity");
        html.Should().NotContain("data-chart=\"tornado\"");
    }

    [Fact]
    public void Report_NotHtml_ExitsOneAndWritesNothing()
    {
        var result = CliRunner.Run("report", "--out", Path.Combine(_folder, "report.pdf"), "--samples", "500");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --out: expected a file name ending in .html; got '");
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Report_MissingFolder_ExitsOneAndLeavesNothing()
    {
        var result = CliRunner.Run("report", "--out", Path.Combine(_folder, "no", "report.html"), "--samples", "500", "--no-sensitivity");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --out: cannot write '");
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty();
    }

    [Fact]
    public void Report_BrokenScenario_ExitsOneAndWritesNothing()
    {
        var scenario = Path.Combine(_folder, "broken.json");
        File.WriteAllText(scenario, "{ \"name\": \"b\", \"variables\": { \"x\": \"normal(1\" }, \"outputs\": [\"x\"] }");

        var result = CliRunner.Run("report", scenario, "--out", Path.Combine(_folder, "report.html"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        Directory.GetFiles(_folder).Should().Equal(scenario);
    }
}
