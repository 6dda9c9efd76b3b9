using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>
/// Means, standard deviations and counts of positive values of some outputs of a run, folded in sample order from the
/// chunks of two ordered passes (<see cref="Simulation.RunJoint"/>): exactly the arithmetic of
/// <see cref="SampleStatistics.Summarize"/> over kept samples (a running mean, then the squared deviations about it), so
/// a summary built from them is the same, bit for bit, whether the samples were kept or re-simulated.
/// </summary>
/// <remarks><see cref="Means"/> must see every chunk before <see cref="Squares"/> sees the first. Not thread-safe: each pass is called from one thread at a time.</remarks>
internal sealed class SampleOrderMoments
{
    private readonly int[] _outputs;
    private readonly long _samples;
    private readonly double[] _means;
    private readonly double[] _squares;
    private readonly long[] _positive;

    /// <param name="outputs">The positions, among the run's outputs, of the outputs to fold.</param>
    /// <param name="samples">The run's sample count.</param>
    internal SampleOrderMoments(int[] outputs, long samples)
    {
        _outputs = outputs;
        _samples = samples;
        _means = new double[outputs.Length];
        _squares = new double[outputs.Length];
        _positive = new long[outputs.Length];
    }

    /// <summary>The running mean of the k-th folded output.</summary>
    internal double Mean(int k) => _means[k];

    /// <summary>The standard deviation (dividing by n) of the k-th folded output.</summary>
    internal double StdDev(int k) => _samples > 0 ? Math.Sqrt(_squares[k] / _samples) : 0;

    /// <summary>The fraction of samples of the k-th folded output that are strictly above 0.</summary>
    internal double FractionPositive(int k) => (double)_positive[k] / _samples;

    /// <summary>The first pass: running means and counts of positive values.</summary>
    internal void Means(SampleChunk chunk)
    {
        var start = chunk.Start;
        var k = 0;
        for (; k + 4 <= _outputs.Length; k += 4)
        {
            RunningMeans(chunk.Output(_outputs[k]), chunk.Output(_outputs[k + 1]), chunk.Output(_outputs[k + 2]), chunk.Output(_outputs[k + 3]), start, _means.AsSpan(k, 4));
        }

        for (; k < _outputs.Length; k++)
        {
            _means[k] = RunningMean(chunk.Output(_outputs[k]), start, _means[k]);
        }

        for (k = 0; k < _outputs.Length; k++)
        {
            var values = chunk.Output(_outputs[k]);
            long positive = 0;
            for (var j = 0; j < values.Length; j++)
            {
                if (values[j] > 0)
                {
                    positive++;
                }
            }

            _positive[k] += positive;
        }
    }

    /// <summary>
    /// The running mean <c>m += (v[j] − m) / (start + j + 1)</c> of one series, continued from <paramref name="mean"/>:
    /// the arithmetic of <see cref="SampleStatistics.Summarize"/>.
    /// </summary>
    internal static double RunningMean(ReadOnlySpan<double> values, long start, double mean)
    {
        for (var j = 0; j < values.Length; j++)
        {
            mean += (values[j] - mean) / (start + j + 1);
        }

        return mean;
    }

    /// <summary>
    /// <see cref="RunningMean"/> of four series of the same length at once, continuing <paramref name="means"/>[0..3]. Each
    /// series' operations are exactly those of the one-series loop (so the bits are the same); the four dependency chains
    /// through the division are independent, so the processor overlaps them instead of waiting for each division in turn.
    /// </summary>
    internal static void RunningMeans(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, long start, Span<double> means)
    {
        double ma = means[0], mb = means[1], mc = means[2], md = means[3];
        var length = a.Length;
        b = b[..length];
        c = c[..length];
        d = d[..length];
        for (var j = 0; j < length; j++)
        {
            double n = start + j + 1;
            ma += (a[j] - ma) / n;
            mb += (b[j] - mb) / n;
            mc += (c[j] - mc) / n;
            md += (d[j] - md) / n;
        }

        means[0] = ma;
        means[1] = mb;
        means[2] = mc;
        means[3] = md;
    }

    /// <summary>The second pass: the squared deviations about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk)
    {
        var k = 0;
        for (; k + 4 <= _outputs.Length; k += 4)
        {
            SquaredDeviations(chunk.Output(_outputs[k]), chunk.Output(_outputs[k + 1]), chunk.Output(_outputs[k + 2]), chunk.Output(_outputs[k + 3]), _means.AsSpan(k, 4), _squares.AsSpan(k, 4));
        }

        for (; k < _outputs.Length; k++)
        {
            _squares[k] = SquaredDeviations(chunk.Output(_outputs[k]), _means[k], _squares[k]);
        }
    }

    /// <summary>The sum <c>s += (v[j] − mean)²</c> of one series, continued from <paramref name="squares"/>: the arithmetic of <see cref="SampleStatistics.Summarize"/>.</summary>
    internal static double SquaredDeviations(ReadOnlySpan<double> values, double mean, double squares)
    {
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return squares;
    }

    /// <summary><see cref="SquaredDeviations(ReadOnlySpan{double}, double, double)"/> of four series of the same length at once (each series' operations unchanged, the four addition chains overlapped).</summary>
    internal static void SquaredDeviations(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d, ReadOnlySpan<double> means, Span<double> squares)
    {
        double ma = means[0], mb = means[1], mc = means[2], md = means[3];
        double sa = squares[0], sb = squares[1], sc = squares[2], sd = squares[3];
        var length = a.Length;
        b = b[..length];
        c = c[..length];
        d = d[..length];
        for (var j = 0; j < length; j++)
        {
            sa += (a[j] - ma) * (a[j] - ma);
            sb += (b[j] - mb) * (b[j] - mb);
            sc += (c[j] - mc) * (c[j] - mc);
            sd += (d[j] - md) * (d[j] - md);
        }

        squares[0] = sa;
        squares[1] = sb;
        squares[2] = sc;
        squares[3] = sd;
    }
}
