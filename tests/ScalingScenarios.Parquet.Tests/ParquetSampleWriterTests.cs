using Parquet;
using ScalingScenarios.Reporting;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Parquet.Tests;

public class ParquetSampleWriterTests
{
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

    /// <summary>Reads every column of a Parquet file back with Parquet.Net's reader, concatenating the row groups.</summary>
    private static async Task<(Dictionary<string, double[]> Columns, long[] Index, int RowGroups, IReadOnlyDictionary<string, string> Metadata)> ReadAsync(Stream stream)
    {
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var columns = fields.Skip(1).ToDictionary(f => f.Name, _ => new List<double>());
        var index = new List<long>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var ids = new long[n];
            await group.ReadAsync<long>(fields[0], ids);
            index.AddRange(ids);
            foreach (var field in fields.Skip(1))
            {
                var values = new double[n];
                await group.ReadAsync<double>(field, values);
                columns[field.Name].AddRange(values);
            }
        }

        return (columns.ToDictionary(p => p.Key, p => p.Value.ToArray()), [.. index], reader.RowGroupCount, reader.CustomMetadata);
    }

    [Fact]
    public async Task Export_Parquet_ReadBackEqualsTheRunsSamplesAndSummary()
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetSampleWriter(stream, rowGroupSize: 3000))
        {
            Model.Export(writer, ["market", "share", "profit"]);
        }

        var summary = Model.Run();
        var (columns, index, rowGroups, metadata) = await ReadAsync(stream);

        // 10,000 rows in groups of 3,000: 3,000 + 3,000 + 3,000 + 1,000, crossing the engine's 4,096-sample blocks.
        rowGroups.Should().Be(4);
        columns.Keys.Should().Equal("market", "share", "profit");
        index.Should().Equal(Enumerable.Range(0, 10_000).Select(i => (long)i));
        foreach (var name in new[] { "profit", "market" })
        {
            columns[name].Should().Equal(summary[name].Samples);
            columns[name].Average().Should().BeApproximately(summary[name].Mean, 1e-12 * summary[name].Mean, "only the summation order differs");
            var sorted = columns[name].Order().ToArray();

            // Type-7 median of 10,000 values: h = 9,999 × 0.5 = 4,999.5, halfway between the 5,000th and 5,001st smallest.
            (sorted[4999] + (0.5 * (sorted[5000] - sorted[4999]))).Should().Be(summary[name].P50);
        }

        metadata.Should().Contain("unit:profit", "USD").And.Contain("unit:market", "USD").And.NotContainKey("unit:share");
    }

    [Fact]
    public async Task Complete_TypedSchema_IsInt64IndexAndRequiredDoubles()
    {
        using var stream = new MemoryStream();
        using (var writer = new ParquetSampleWriter(stream))
        {
            writer.Begin([new SampleColumn("x")], 2);
            writer.WriteBlock([new[] { 1.5, -2.0 }]);
            writer.Complete();
        }

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();

        fields.Select(f => (f.Name, f.ClrType, f.IsNullable)).Should().Equal(("sample", typeof(long), false), ("x", typeof(double), false));
        reader.RowGroupCount.Should().Be(1);
    }

    [Fact]
    public void Dispose_AfterAFailedRun_DoesNotThrow()
    {
        using var stream = new MemoryStream();
        var writer = new ParquetSampleWriter(stream);
        writer.Begin([new SampleColumn("x")], 10);
        writer.WriteBlock([new[] { 1.0 }]);

        var act = writer.Dispose;

        act.Should().NotThrow();
        writer.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void Constructor_RowGroupSizeZero_Throws()
    {
        var act = () => new ParquetSampleWriter(new MemoryStream(), 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rowGroupSize");
    }

    [Fact]
    public void Constructor_ReadOnlyStream_Throws()
    {
        var act = () => new ParquetSampleWriter(new MemoryStream([], writable: false));

        act.Should().Throw<ArgumentException>().WithParameterName("stream").WithMessage("Expected a writable stream; got a read-only one.*");
    }

    [Fact]
    public void WriteBlock_BeforeBegin_Throws()
    {
        using var writer = new ParquetSampleWriter(new MemoryStream());

        var act = () => writer.WriteBlock([new[] { 1.0 }]);

        act.Should().Throw<InvalidOperationException>();
    }
}
