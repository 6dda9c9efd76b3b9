using System.Globalization;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioExportTests
{
    // 10,000 samples: two full engine chunks of 4,096 and a partial one (1,808), so block boundaries are crossed.
    private const int Samples = 10_000;

    private const string Json = """
        {
          "name": "export",
          "samples": 10000,
          "seed": 11,
          "variables": {
            "market": "1000 to 10000",
            "share": "beta(3, 7)",
            "profit": "market * share"
          },
          "outputs": ["profit", "market"],
          "units": { "profit": "USD", "market": "USD" }
        }
        """;

    private static readonly Scenario Model = Scenario.Parse(Json);

    /// <summary>Reads the CSV back as columns keyed by header (the parser a user would write: split and parse invariantly).</summary>
    private static Dictionary<string, double[]> ReadCsv(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return header.Select((name, c) => (name, values: rows.Select(r => r[c]).ToArray())).ToDictionary(p => p.name, p => p.values);
    }

    private static string ExportCsv(Scenario scenario, IEnumerable<string>? variables, out ScenarioResult result)
    {
        var text = new StringWriter();
        result = scenario.Export(new CsvSampleWriter(text), variables);
        return text.ToString();
    }

    [Fact]
    public void Export_Csv_ReadBackEqualsTheRunsSamplesAndSummary()
    {
        var csv = ExportCsv(Model, null, out var exported);
        var summary = Model.Run();

        var columns = ReadCsv(csv);

        columns.Keys.Should().Equal("sample", "profit", "market");
        columns["sample"].Should().Equal(Enumerable.Range(0, Samples).Select(i => (double)i));
        foreach (var name in new[] { "profit", "market" })
        {
            var values = columns[name];
            var s = summary[name];

            // The very doubles of the run (round-trip text), and so the same summary statistics.
            values.Should().Equal(s.Samples);
            exported[name].Mean.Should().Be(s.Mean);
            values.Average().Should().BeApproximately(s.Mean, 1e-12 * Math.Abs(s.Mean), "only the summation order differs");
            values.Min().Should().Be(s.Min);
            values.Max().Should().Be(s.Max);
            TypeSevenQuantile(values, 0.5).Should().Be(s.P50);
            TypeSevenQuantile(values, 0.05).Should().Be(s.P5);
            TypeSevenQuantile(values, 0.95).Should().Be(s.P95);
        }
    }

    [Fact]
    public void Export_AnInput_GivesTheSameDrawsAsRunningItAsAnOutput()
    {
        var csv = ExportCsv(Model, ["share", "profit"], out _);
        var asOutput = Scenario.Parse(Json.Replace("\"outputs\": [\"profit\", \"market\"]", "\"outputs\": [\"share\"]", StringComparison.Ordinal)).Run();

        var columns = ReadCsv(csv);

        columns.Keys.Should().Equal("sample", "share", "profit");
        columns["share"].Should().Equal(asOutput["share"].Samples, "a variable's draws depend on the seed, its name and the chunk only");
    }

    [Fact]
    public void Export_WithoutKeptSamples_StillExportsAndReturnsMoments()
    {
        var text = new StringWriter();

        var result = Model.Export(new CsvSampleWriter(text), ["market"], Model.Options.WithKeepSamples(false));

        ReadCsv(text.ToString())["market"].Should().Equal(Model.Run()["market"].Samples);
        result["profit"].HasSamples.Should().BeFalse();
        result["profit"].Mean.Should().Be(Model.Run()["profit"].Mean);
    }

    [Fact]
    public void Export_ConstantVariable_WritesItOnEveryRow()
    {
        var scenario = Scenario.Parse("""{ "name": "c", "samples": 5000, "variables": { "k": 0.5, "x": "k * uniform(0, 1)" }, "outputs": ["x"] }""");
        var text = new StringWriter();

        scenario.Export(new CsvSampleWriter(text), ["k", "x"]);

        ReadCsv(text.ToString())["k"].Should().HaveCount(5000).And.OnlyContain(v => v == 0.5);
    }

    [Fact]
    public void Export_OneThreadOrTwo_WritesTheSameText()
    {
        var one = new StringWriter();
        var two = new StringWriter();

        Model.Export(new CsvSampleWriter(one), ["share", "profit"], Model.Options.WithThreads(1));
        Model.Export(new CsvSampleWriter(two), ["share", "profit"], Model.Options.WithThreads(2));

        two.ToString().Should().Be(one.ToString());
    }

    [Fact]
    public void Export_SinkReceivesBlocksInSampleOrder()
    {
        var sink = new RecordingSink();

        Model.Export(sink);

        // ceil(10,000 / 4,096) = 3 blocks: 4,096 + 4,096 + 1,808.
        sink.Blocks.Should().Equal((0L, 4096), (4096L, 4096), (8192L, 1808));
        sink.Columns.Select(c => c.ToString()).Should().Equal("profit [USD]", "market [USD]");
    }

    [Fact]
    public void Export_UnknownVariable_ThrowsWithSuggestion()
    {
        var act = () => Model.Export(new RecordingSink(), ["markt"]);

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected the name of a variable of 'export'; got 'markt'. Did you mean 'market'?");
    }

    [Fact]
    public void Export_VariableTwice_Throws()
    {
        var act = () => Model.Export(new RecordingSink(), ["market", "market"]);

        act.Should().Throw<ArgumentException>().WithMessage("Expected each variable to export once; 'market' is listed twice.*");
    }

    [Fact]
    public void Export_NullSink_Throws()
    {
        var act = () => Model.Export(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("sink");
    }

    public class WriteSamples
    {
        [Fact]
        public void WriteSamples_ChosenOutput_WritesItsKeptSamples()
        {
            var result = Model.Run();
            var text = new StringWriter();

            result.WriteSamples(new CsvSampleWriter(text), ["market"]);

            ReadCsv(text.ToString())["market"].Should().Equal(result["market"].Samples);
        }

        [Fact]
        public void WriteSamples_RunWithoutKeptSamples_Throws()
        {
            var result = Model.Run(Model.Options.WithKeepSamples(false));

            var act = () => result.WriteSamples(new RecordingSink());

            act.Should().Throw<InvalidOperationException>().WithMessage("Expected kept samples to export; 'profit' has none (run with keepSamples = true).");
        }

        [Fact]
        public void WriteSamples_NotAnOutput_Throws()
        {
            var act = () => Model.Run().WriteSamples(new RecordingSink(), ["share"]);

            act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the outputs profit, market; got 'share'.");
        }
    }

    public class SampleExportWrite
    {
        [Fact]
        public void Write_SummariesOfDifferentRuns_Throws()
        {
            var a = Model.Run()["market"];
            var b = Model.Run(Model.Options.WithSamples(100))["profit"];

            var act = () => SampleExport.Write(new RecordingSink(), a, b);

            act.Should().Throw<ArgumentException>().WithMessage("Expected summaries of one run; 'profit' has 100 samples and 'market' 10000.*");
        }
    }

    /// <summary>Numpy/R's default quantile (Hyndman and Fan 1996, definition 7), written out independently of the engine.</summary>
    private static double TypeSevenQuantile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    private sealed class RecordingSink : SampleSink
    {
        public List<(long First, int Length)> Blocks { get; } = [];

        protected override void OnBegin(IReadOnlyList<SampleColumn> columns, long sampleCount)
        {
        }

        protected override void OnWriteBlock(long firstSample, IReadOnlyList<ReadOnlyMemory<double>> columns) => Blocks.Add((firstSample, columns[0].Length));

        protected override void OnComplete()
        {
        }
    }
}
