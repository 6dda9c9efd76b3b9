using System.Globalization;

namespace ScalingScenarios.Reporting;

/// <summary>
/// Writes raw samples as CSV, one row per sample: a <c>sample</c> column (the 0-based sample index) and one column
/// per variable, with numbers in the invariant culture's shortest round-trip form, so reading them back gives the
/// very same doubles.
/// </summary>
/// <remarks>
/// RFC 4180 with "\n" line ends; the header holds the variable names only (a unit is not a CSV cell: Parquet exports
/// carry units as metadata). Rows are written block by block as they arrive, so memory does not grow with the sample
/// count. The writer does not own the <see cref="TextWriter"/>: <see cref="SampleSink.Complete"/> flushes it and the
/// caller disposes it. Not thread-safe (the sink protocol never calls it concurrently).
/// </remarks>
public sealed class CsvSampleWriter : SampleSink
{
    private readonly TextWriter _writer;
    private readonly char[] _number = new char[32];

    /// <summary>Creates a writer onto <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the CSV text goes (for example a <see cref="StreamWriter"/> over a file).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public CsvSampleWriter(TextWriter writer)
    {
        _writer = Guard.NotNull(writer);
    }

    /// <inheritdoc />
    protected override void OnBegin(IReadOnlyList<SampleColumn> columns, long sampleCount)
    {
        _writer.Write(SampleColumnName);
        foreach (var column in columns)
        {
            _writer.Write(',');
            _writer.Write(Escape(column.Name));
        }

        _writer.Write('\n');
    }

    /// <inheritdoc />
    protected override void OnWriteBlock(long firstSample, IReadOnlyList<ReadOnlyMemory<double>> columns)
    {
        var length = columns[0].Length;
        for (var row = 0; row < length; row++)
        {
            WriteIndex(firstSample + row);
            for (var c = 0; c < columns.Count; c++)
            {
                _writer.Write(',');
                WriteNumber(columns[c].Span[row]);
            }

            _writer.Write('\n');
        }
    }

    /// <inheritdoc />
    protected override void OnComplete() => _writer.Flush();

    private void WriteNumber(double value)
    {
        // "R" gives the shortest text that parses back to the same double (at most 24 characters).
        value.TryFormat(_number, out var n, "R", CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, n);
    }

    private void WriteIndex(long value)
    {
        value.TryFormat(_number, out var n, default, CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, n);
    }

    private static string Escape(string cell)
        => cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
