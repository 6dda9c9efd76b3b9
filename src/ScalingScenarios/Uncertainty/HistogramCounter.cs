namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Equal-width histogram counts between a known min and max, filled chunk by chunk from several threads; the same bin
/// formula as a summary's histogram over kept samples, so both modes give the same counts.
/// </summary>
internal sealed class HistogramCounter(double min, double max, int bins)
{
    private readonly long[] _counts = new long[max > min ? bins : 1];
    private readonly Lock _gate = new();

    /// <summary>The bin of <paramref name="x"/>: ⌊(x − min) / width⌋, the last bin closed.</summary>
    internal static int BinOf(double x, double min, double width, int bins) => Math.Clamp((int)((x - min) / width), 0, bins - 1);

    /// <summary>The bins of counts taken with <see cref="BinOf"/>.</summary>
    internal static HistogramBin[] Bins(long[] counts, double min, double max)
    {
        if (!(max > min))
        {
            return [new HistogramBin(min, max, counts[0])];
        }

        var bins = counts.Length;
        var width = (max - min) / bins;
        var result = new HistogramBin[bins];
        for (var i = 0; i < bins; i++)
        {
            var upper = i == bins - 1 ? max : min + ((i + 1) * width);
            result[i] = new HistogramBin(min + (i * width), upper, counts[i]);
        }

        return result;
    }

    /// <summary>Counts a chunk of values, all in [min, max].</summary>
    internal void Add(ReadOnlySpan<double> values)
    {
        if (!(max > min))
        {
            lock (_gate)
            {
                _counts[0] += values.Length;
            }

            return;
        }

        Span<int> local = stackalloc int[_counts.Length <= 1024 ? _counts.Length : 0];
        var width = (max - min) / bins;
        if (local.Length == _counts.Length)
        {
            foreach (var x in values)
            {
                local[BinOf(x, min, width, bins)]++;
            }

            lock (_gate)
            {
                for (var i = 0; i < local.Length; i++)
                {
                    _counts[i] += local[i];
                }
            }

            return;
        }

        lock (_gate)
        {
            foreach (var x in values)
            {
                _counts[BinOf(x, min, width, bins)]++;
            }
        }
    }

    /// <summary>Counts <paramref name="count"/> copies of the (single) value of a constant output.</summary>
    internal void AddConstant(long count)
    {
        lock (_gate)
        {
            _counts[0] += count;
        }
    }

    /// <summary>The histogram.</summary>
    internal HistogramBin[] Bins() => Bins(_counts, min, max);
}
