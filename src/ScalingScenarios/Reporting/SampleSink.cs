using System.Globalization;
namespace ScalingScenarios.Reporting;

/// <summary>
/// Receives the raw sampled values of a run, one block of consecutive samples at a time and one column per variable,
/// so that an export (CSV, Parquet, a database) never needs a second copy of all samples.
/// </summary>
/// <remarks>
/// The protocol, checked here for every sink: <see cref="Begin"/> once, then <see cref="WriteBlock"/> for each block
/// in sample order (sample 0 first, no gaps, never more rows than announced), then <see cref="Complete"/> once after
/// exactly the announced rows. Calls are never concurrent. A caller that fails part-way stops calling and does not call
/// <see cref="Complete"/>, so a file sink is left unfinished; the command line writes to a temporary file and renames
/// it only after <see cref="Complete"/>. Derived classes implement <see cref="OnBegin"/>, <see cref="OnWriteBlock"/>
/// and <see cref="OnComplete"/>, and receive only arguments that passed the checks. Not thread-safe.
/// </remarks>
public abstract class SampleSink
{
    /// <summary>The header of the sample-index column that file sinks write first.</summary>
    public const string SampleColumnName = "sample";

    private SampleColumn[]? _columns;

    /// <summary>Gets the exported columns (empty before <see cref="Begin"/>).</summary>
    public IReadOnlyList<SampleColumn> Columns => _columns ?? [];

    /// <summary>Gets the number of samples announced to <see cref="Begin"/> (0 before it).</summary>
    public long SampleCount { get; private set; }

    /// <summary>Gets the number of sample rows received so far.</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Gets a value indicating whether <see cref="Complete"/> has run.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>Starts the export.</summary>
    /// <param name="columns">The exported variables, in column order; at least one, names unique and not <c>sample</c>.</param>
    /// <param name="sampleCount">The total number of samples (rows) that will follow. Range: [1, 2^63 − 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or a column is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> is empty, or two columns share a name, or one is named <c>sample</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Begin"/> was already called.</exception>
    public void Begin(IReadOnlyList<SampleColumn> columns, long sampleCount)
    {
        Guard.NotNull(columns);
        if (_columns is not null)
        {
            throw new InvalidOperationException("Expected Begin to be called once; it was already called.");
        }

        if (columns.Count == 0)
        {
            throw new ArgumentException("Expected at least one column to export; got none.", nameof(columns));
        }

        var copy = new SampleColumn[columns.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Guard.NotNull(columns[i], $"{nameof(columns)}[{i}]");
            if (copy[i].Name == SampleColumnName)
            {
                throw new ArgumentException($"Expected column names other than '{SampleColumnName}' (the sample-index column); got it at {nameof(columns)}[{i}].", nameof(columns));
            }

            if (!names.Add(copy[i].Name))
            {
                throw new ArgumentException($"Expected each column once; '{copy[i].Name}' appears twice.", nameof(columns));
            }
        }

        if (sampleCount < 1)
        {
            throw new ParameterViolation(nameof(sampleCount), "an integer >= 1", sampleCount.ToString(CultureInfo.InvariantCulture)).ToException();
        }

        OnBegin(copy, sampleCount);
        _columns = copy;
        SampleCount = sampleCount;
    }

    /// <summary>Writes one block of consecutive samples, following the rows already written.</summary>
    /// <param name="columns">One span of values per column, in the order given to <see cref="Begin"/>, all of the same length (at least 1).
    /// The memory may be reused after the call returns: a sink copies what it keeps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of columns differs from <see cref="Begin"/>'s, the columns' lengths differ or are 0, or the rows would exceed the announced sample count.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Begin"/> was not called, or <see cref="Complete"/> was.</exception>
    public void WriteBlock(IReadOnlyList<ReadOnlyMemory<double>> columns)
    {
        Guard.NotNull(columns);
        if (_columns is null || IsCompleted)
        {
            throw new InvalidOperationException(IsCompleted ? "Expected no block after Complete; got one." : "Expected Begin before the first block.");
        }

        if (columns.Count != _columns.Length)
        {
            throw new ArgumentException($"Expected {_columns.Length} columns in the block (as given to Begin); got {columns.Count}.", nameof(columns));
        }

        var length = columns[0].Length;
        for (var c = 1; c < columns.Count; c++)
        {
            if (columns[c].Length != length)
            {
                throw new ArgumentException($"Expected every column of a block to have {length} values (as column 0); column {c} has {columns[c].Length}.", nameof(columns));
            }
        }

        var remaining = SampleCount - RowsWritten;
        if (length == 0 || length > remaining)
        {
            throw new ArgumentException($"Expected a block of 1 to {remaining} samples (the rest of the announced count); got {length}.", nameof(columns));
        }

        OnWriteBlock(RowsWritten, columns);
        RowsWritten += length;
    }

    /// <summary>Finishes the export after the last block (flushes buffers, writes footers).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Begin"/> was not called, <see cref="Complete"/> was already called, or fewer rows than announced were written.</exception>
    public void Complete()
    {
        if (_columns is null || IsCompleted)
        {
            throw new InvalidOperationException(IsCompleted ? "Expected Complete to be called once; it was already called." : "Expected Begin before Complete.");
        }

        if (RowsWritten != SampleCount)
        {
            throw new InvalidOperationException($"Expected {SampleCount} samples before Complete (as announced to Begin); got {RowsWritten}.");
        }

        OnComplete();
        IsCompleted = true;
    }

    /// <summary>Starts the export (arguments already checked).</summary>
    /// <param name="columns">The columns, at least one, names unique.</param>
    /// <param name="sampleCount">The number of rows that will follow; at least 1.</param>
    protected abstract void OnBegin(IReadOnlyList<SampleColumn> columns, long sampleCount);

    /// <summary>Writes one checked block.</summary>
    /// <param name="firstSample">The 0-based index of the block's first sample.</param>
    /// <param name="columns">One span per column, all of the same non-zero length.</param>
    protected abstract void OnWriteBlock(long firstSample, IReadOnlyList<ReadOnlyMemory<double>> columns);

    /// <summary>Finishes the export (every announced row has been written).</summary>
    protected abstract void OnComplete();
}
