using System.Globalization;
using Parquet;

namespace ScalingScenarios.Cli.Tests.Commands;

public sealed class RunExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("scaling-scenarios-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static Dictionary<string, double[]> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return header.Select((name, c) => (name, values: rows.Select(r => r[c]).ToArray())).ToDictionary(p => p.name, p => p.values);
    }

    /// <summary>Numpy/R's default quantile (Hyndman and Fan 1996, definition 7), written out independently of the engine.</summary>
    private static double TypeSeven(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    [Fact]
    public void Run_ExportCsv_ReadBackMatchesTheJsonSummaryOfTheSameRun()
    {
        var result = CliRunner.Run("run", "--samples", "9000", "--format", "json", "--export", PathOf("s.csv"), "--export-variables", "pContinue,market,totalProfit");

        result.ExitCode.Should().Be(0, result.Error);
        var columns = ReadCsv(PathOf("s.csv"));
        columns.Keys.Should().Equal("sample", "pContinue", "market", "totalProfit");
        columns["sample"].Should().HaveCount(9000);
        columns["pContinue"].Should().OnlyContain(p => p >= 0.6 && p <= 0.7, "pContinue is uniform(0.6, 0.7) in interview.json");
        foreach (var name in new[] { "market", "totalProfit" })
        {
            var json = result.Json().GetProperty("outputs").GetProperty(name);
            var values = columns[name];
            values.Average().Should().BeApproximately(json.GetProperty("mean").GetDouble(), 1e-12 * json.GetProperty("mean").GetDouble(), "only the summation order differs");
            values.Min().Should().Be(json.GetProperty("min").GetDouble());
            values.Max().Should().Be(json.GetProperty("max").GetDouble());
            TypeSeven(values, 0.05).Should().Be(json.GetProperty("p5").GetDouble());
            TypeSeven(values, 0.50).Should().Be(json.GetProperty("p50").GetDouble());
            TypeSeven(values, 0.95).Should().Be(json.GetProperty("p95").GetDouble());
        }

        Directory.GetFiles(_dir).Should().ContainSingle("the temporary file is renamed, not left beside it");
    }

    [Fact]
    public async Task Run_ExportParquet_ReadBackEqualsTheCsvExport()
    {
        CliRunner.Run("run", "--samples", "5000", "--export", PathOf("s.csv")).ExitCode.Should().Be(0);
        CliRunner.Run("run", "--samples", "5000", "--export", PathOf("s.parquet")).ExitCode.Should().Be(0);

        var csv = ReadCsv(PathOf("s.csv"));
        await using var stream = File.OpenRead(PathOf("s.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields();

        reader.RowGroupCount.Should().Be(1);
        fields.Select(f => f.Name).Should().Equal(csv.Keys, "the default export is every output, as in the CSV");
        reader.CustomMetadata.Should().Contain("unit:market", "USD");
        foreach (var field in fields.Skip(1))
        {
            var values = new double[5000];
            await group.ReadAsync<double>(field, values);
            values.Should().Equal(csv[field.Name]);
        }
    }

    [Fact]
    public void Run_ModelFailsDuringExport_LeavesNoFileAndKeepsTheOldOne()
    {
        File.WriteAllText(PathOf("bad.json"), """{ "name": "bad", "samples": 20000, "variables": { "x": "normal(0, 1)", "y": "sqrt(x)" }, "outputs": ["y"] }""");
        File.WriteAllText(PathOf("s.csv"), "old");

        var result = CliRunner.Run("run", PathOf("bad.json"), "--export", PathOf("s.csv"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("y");
        File.ReadAllText(PathOf("s.csv")).Should().Be("old");
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo(["bad.json", "s.csv"], "the temporary file is deleted");
    }

    [Fact]
    public void Run_ExportUnknownExtension_IsAUsageError()
    {
        var result = CliRunner.Run("run", "--export", PathOf("s.txt"));

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --export: expected a file ending in .csv or .parquet; got '");
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Fact]
    public void Run_ExportVariablesWithoutExport_IsAUsageError()
    {
        var result = CliRunner.Run("run", "--export-variables", "market");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--export-variables: needs --export PATH.csv or PATH.parquet");
    }

    [Fact]
    public void Run_ExportUnknownVariable_NamesTheOptionAndSuggests()
    {
        var result = CliRunner.Run("run", "--export", PathOf("s.csv"), "--export-variables", "market,markt");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("--export-variables: Expected the name of a variable of 'The interview's value chain'; got 'markt'. Did you mean 'market'?");
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Fact]
    public void Run_ExportIntoMissingDirectory_FailsWithoutOutput()
    {
        var result = CliRunner.Run("run", "--export", Path.Combine(_dir, "missing", "s.csv"));

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("--export: the directory '").And.Contain("missing' does not exist.");
    }
}
