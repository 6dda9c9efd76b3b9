using Parquet;
using Parquet.Schema;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Parquet;

/// <summary>
/// Writes raw samples as a Parquet file, one row per sample: a <c>sample</c> column (the 0-based sample index, int64)
/// and one double column per variable; each variable's unit is stored in the file's key-value metadata under
/// <c>unit:&lt;name&gt;</c>.
/// </summary>
/// <remarks>
/// Rows are buffered up to <see cref="RowGroupSize"/> and written one row group at a time, so memory is bounded by the
/// row-group buffer (8 bytes × (columns + 1) × <see cref="RowGroupSize"/>), not by the sample count. Built on
/// Parquet.Net (MIT); pandas (pyarrow), R (arrow) and DuckDB read the files. The writer does not own the stream:
/// <see cref="SampleSink.Complete"/> writes the footer and the caller disposes the stream. Dispose the writer when a
/// run fails part-way (the stream then holds an unfinished file for the caller to delete). Not thread-safe.
/// </remarks>
public sealed class ParquetSampleWriter : SampleSink, IDisposable
{
    /// <summary>The default number of rows per row group (65 536).</summary>
    public const int DefaultRowGroupSize = 65_536;

    /// <summary>The largest number of rows per row group (2^24).</summary>
    public const int MaxRowGroupSize = 1 << 24;

    /// <summary>The prefix of the metadata keys that hold the units (<c>unit:profit</c> → <c>USD</c>).</summary>
    public const string UnitKeyPrefix = "unit:";

    private readonly Stream _stream;
    private ParquetWriter? _writer;
    private readonly DataField<long> _indexField = new(SampleColumnName, false);
    private DataField<double>[] _fields = [];
    private double[][] _buffers = [];
    private long[] _index = [];
    private int _buffered;

    /// <summary>Creates a writer onto <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable stream, for example a file (no seeking needed).</param>
    /// <param name="rowGroupSize">Rows per row group. Range: [1, 2^24].</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is outside [1, 2^24].</exception>
    public ParquetSampleWriter(Stream stream, int rowGroupSize = DefaultRowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("Expected a writable stream; got a read-only one.", nameof(stream));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowGroupSize, MaxRowGroupSize);
        _stream = stream;
        RowGroupSize = rowGroupSize;
    }

    /// <summary>Gets the number of rows per row group.</summary>
    public int RowGroupSize { get; }

    /// <summary>Releases the Parquet writer without finishing the file when <see cref="SampleSink.Complete"/> did not run.</summary>
    public void Dispose()
    {
        var writer = _writer;
        _writer = null;
        writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    protected override void OnBegin(IReadOnlyList<SampleColumn> columns, long sampleCount)
    {
        _fields = [.. columns.Select(c => new DataField<double>(c.Name, false))];
        var size = (int)Math.Min(RowGroupSize, sampleCount);
        _buffers = [.. columns.Select(_ => new double[size])];
        _index = new long[size];
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (c.Unit is { } unit)
            {
                metadata[UnitKeyPrefix + c.Name] = unit;
            }
        }

        _writer = ParquetWriter.CreateAsync(new ParquetSchema([_indexField, .. _fields]), _stream).GetAwaiter().GetResult();
        _writer.CustomMetadata = metadata;
    }

    /// <inheritdoc />
    protected override void OnWriteBlock(long firstSample, IReadOnlyList<ReadOnlyMemory<double>> columns)
    {
        var length = columns[0].Length;
        var done = 0;
        while (done < length)
        {
            var n = Math.Min(length - done, _index.Length - _buffered);
            for (var c = 0; c < columns.Count; c++)
            {
                columns[c].Span.Slice(done, n).CopyTo(_buffers[c].AsSpan(_buffered, n));
            }

            for (var i = 0; i < n; i++)
            {
                _index[_buffered + i] = firstSample + done + i;
            }

            _buffered += n;
            done += n;
            if (_buffered == _index.Length)
            {
                FlushRowGroup();
            }
        }
    }

    /// <inheritdoc />
    protected override void OnComplete()
    {
        FlushRowGroup();
        var writer = _writer!;
        _writer = null;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); // writes the footer
        _stream.Flush();
    }

    private void FlushRowGroup()
    {
        if (_buffered == 0)
        {
            return;
        }

        using (var group = _writer!.CreateRowGroup())
        {
            group.WriteAsync<long>(_indexField, _index.AsMemory(0, _buffered)).GetAwaiter().GetResult();
            for (var c = 0; c < _fields.Length; c++)
            {
                group.WriteAsync<double>(_fields[c], _buffers[c].AsMemory(0, _buffered)).GetAwaiter().GetResult();
            }
        }

        _buffered = 0;
    }
}
