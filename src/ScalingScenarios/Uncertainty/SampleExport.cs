using ScalingScenarios.Reporting;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Writes the kept samples of summaries to a <see cref="SampleSink"/> (for example a <see cref="CsvSampleWriter"/>),
/// one row per sample and one column per summary, block by block straight from the summaries' own arrays.
/// </summary>
/// <remarks>
/// No second copy of the samples is made: each block is a slice of the arrays the summaries already hold. To export
/// variables without keeping all their samples, use <c>Scenario.Export</c>, which streams them during the run.
/// Thread-safe when the sink is not shared.
/// </remarks>
public static class SampleExport
{
    /// <summary>The number of samples handed to the sink per block (the engine's chunk size).</summary>
    public const int BlockSize = SimulationEngine.ChunkSize;

    /// <summary>Writes the samples of <paramref name="summaries"/>, each column named after its summary.</summary>
    /// <param name="sink">Where the rows go.</param>
    /// <param name="summaries">The summaries to export, in column order; at least one, all with kept samples of one run.</param>
    /// <exception cref="ArgumentNullException">An argument or a summary is null.</exception>
    /// <exception cref="ArgumentException">There is no summary, two share a name, or their sample counts differ.</exception>
    /// <exception cref="InvalidOperationException">A summary's samples were not kept (run with <see cref="SimulationOptions.KeepSamples"/>).</exception>
    public static void Write(SampleSink sink, params Summary[] summaries)
    {
        Guard.NotNull(summaries);
        Write(sink, summaries, [.. summaries.Select((s, i) => new SampleColumn(Guard.NotNull(s, $"{nameof(summaries)}[{i}]").Name))]);
    }

    /// <summary>Writes the samples of <paramref name="summaries"/> under the given column names and units.</summary>
    /// <param name="sink">Where the rows go.</param>
    /// <param name="summaries">The summaries to export, in column order; all with kept samples of one run.</param>
    /// <param name="columns">One column (name and unit) per summary.</param>
    /// <exception cref="ArgumentNullException">An argument, a summary or a column is null.</exception>
    /// <exception cref="ArgumentException">There is no summary, the counts of summaries and columns differ, or the sample counts differ.</exception>
    /// <exception cref="InvalidOperationException">A summary's samples were not kept.</exception>
    public static void Write(SampleSink sink, IReadOnlyList<Summary> summaries, IReadOnlyList<SampleColumn> columns)
    {
        Guard.NotNull(sink);
        Guard.NotNull(summaries);
        Guard.NotNull(columns);
        if (summaries.Count == 0)
        {
            throw new ArgumentException("Expected at least one summary to export; got none.", nameof(summaries));
        }

        if (columns.Count != summaries.Count)
        {
            throw new ArgumentException($"Expected one column per summary ({summaries.Count}); got {columns.Count}.", nameof(columns));
        }

        var data = new ReadOnlyMemory<double>[summaries.Count];
        for (var i = 0; i < data.Length; i++)
        {
            var summary = Guard.NotNull(summaries[i], $"{nameof(summaries)}[{i}]");
            if (!summary.HasSamples)
            {
                throw new InvalidOperationException($"Expected kept samples to export; '{summary.Name}' has none (run with keepSamples = true).");
            }

            data[i] = summary.SampleMemory;
            if (data[i].Length != data[0].Length)
            {
                throw new ArgumentException($"Expected summaries of one run; '{summary.Name}' has {data[i].Length} samples and '{summaries[0].Name}' {data[0].Length}.", nameof(summaries));
            }
        }

        WriteColumns(sink, columns, data);
    }

    /// <summary>Streams whole columns to the sink in blocks of <see cref="BlockSize"/>.</summary>
    internal static void WriteColumns(SampleSink sink, IReadOnlyList<SampleColumn> columns, ReadOnlyMemory<double>[] data)
    {
        var count = data[0].Length;
        sink.Begin(columns, count);
        var block = new ReadOnlyMemory<double>[data.Length];
        for (var start = 0; start < count; start += BlockSize)
        {
            var length = Math.Min(BlockSize, count - start);
            for (var c = 0; c < data.Length; c++)
            {
                block[c] = data[c].Slice(start, length);
            }

            sink.WriteBlock(block);
        }

        sink.Complete();
    }
}
