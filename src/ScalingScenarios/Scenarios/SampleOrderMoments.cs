using System.Runtime.Intrinsics;
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
        var (columns, offset) = Columns(chunk);
        RunningMeans(columns, offset, chunk.Length, chunk.Start, _means);
        for (var k = 0; k < _outputs.Length; k++)
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

    /// <summary>The second pass: the squared deviations about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk)
    {
        var (columns, offset) = Columns(chunk);
        SquaredDeviations(columns, offset, chunk.Length, _means, _squares);
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

    /// <summary>The arrays of this fold's outputs in <paramref name="chunk"/> and the chunk's offset in them.</summary>
    private (double[][] Columns, int Offset) Columns(SampleChunk chunk)
    {
        var columns = new double[_outputs.Length][];
        var offset = 0;
        for (var k = 0; k < columns.Length; k++)
        {
            (columns[k], offset) = chunk.Column(_outputs[k]);
        }

        return (columns, offset);
    }

    /// <summary>
    /// <see cref="RunningMean"/> of many series over the same samples: for each series s and each j in order,
    /// means[s] += (series[s][offset + j] − means[s]) / (start + j + 1), the same operations in the same order per series
    /// (so the same bits), four series to a 256-bit vector and four vectors per sample, so that sixteen divisions overlap
    /// instead of each waiting for the one before.
    /// </summary>
    internal static void RunningMeans(ReadOnlySpan<double[]> series, int offset, int length, long start, Span<double> means)
        => Fold<RunningMeanStep>(series, offset, length, start, means, means);

    /// <summary>
    /// <see cref="SquaredDeviations(ReadOnlySpan{double}, double, double)"/> of many series: squares[s] += (x − means[s])²
    /// over series[s][offset .. offset + length) in order, the same operations per series, sixteen series at a time.
    /// </summary>
    internal static void SquaredDeviations(ReadOnlySpan<double[]> series, int offset, int length, ReadOnlySpan<double> means, Span<double> squares)
        => Fold<SquareStep>(series, offset, length, 0, means, squares);

    /// <summary>
    /// Folds every series into its accumulator, sample by sample in order: accumulators[s] = TStep(accumulators[s],
    /// series[s][offset + j], parameters[s], start + j + 1), sixteen series at a time in four vectors.
    /// </summary>
    private static void Fold<TStep>(ReadOnlySpan<double[]> series, int offset, int length, long start, ReadOnlySpan<double> parameters, Span<double> accumulators)
        where TStep : struct, IFoldStep
    {
        for (var s = 0; s < series.Length; s += BlockSeries)
        {
            var count = Math.Min(BlockSeries, series.Length - s);
            var lanes = Lanes(series.Slice(s, count), offset, length);
            var (a0, a1, a2, a3, b0, b1, b2, b3) = (lanes[0], lanes[1], lanes[2], lanes[3], lanes[4], lanes[5], lanes[6], lanes[7]);
            var (c0, c1, c2, c3, d0, d1, d2, d3) = (lanes[8], lanes[9], lanes[10], lanes[11], lanes[12], lanes[13], lanes[14], lanes[15]);
            var given = parameters.Slice(s, count);
            var block = accumulators.Slice(s, count);
            var (pa, pb, pc, pd) = (Gather(given, 0), Gather(given, 4), Gather(given, 8), Gather(given, 12));
            var (ma, mb, mc, md) = (Gather(block, 0), Gather(block, 4), Gather(block, 8), Gather(block, 12));
            for (var j = 0; j < length; j++)
            {
                var n = Vector256.Create((double)(start + j + 1));
                var k = offset + j;
                ma = TStep.Step(ma, Vector256.Create(a0[k], a1[k], a2[k], a3[k]), pa, n);
                mb = TStep.Step(mb, Vector256.Create(b0[k], b1[k], b2[k], b3[k]), pb, n);
                mc = TStep.Step(mc, Vector256.Create(c0[k], c1[k], c2[k], c3[k]), pc, n);
                md = TStep.Step(md, Vector256.Create(d0[k], d1[k], d2[k], d3[k]), pd, n);
            }

            Scatter(ma, block, 0);
            Scatter(mb, block, 4);
            Scatter(mc, block, 8);
            Scatter(md, block, 12);
        }
    }

    /// <summary>One step of a fold of four series: the accumulators, the four values, a parameter per series, the count so far.</summary>
    private interface IFoldStep
    {
        static abstract Vector256<double> Step(Vector256<double> accumulator, Vector256<double> x, Vector256<double> parameter, Vector256<double> count);
    }

    /// <summary>m + (x − m) / n, as <see cref="RunningMean"/>.</summary>
    private readonly struct RunningMeanStep : IFoldStep
    {
        public static Vector256<double> Step(Vector256<double> accumulator, Vector256<double> x, Vector256<double> parameter, Vector256<double> count)
            => accumulator + ((x - accumulator) / count);
    }

    /// <summary>s + (x − mean)², as <see cref="SquaredDeviations(ReadOnlySpan{double}, double, double)"/>.</summary>
    private readonly struct SquareStep : IFoldStep
    {
        public static Vector256<double> Step(Vector256<double> accumulator, Vector256<double> x, Vector256<double> parameter, Vector256<double> count)
        {
            var deviation = x - parameter;
            return accumulator + (deviation * deviation);
        }
    }

    /// <summary>Series folded together by <see cref="RunningMeans(ReadOnlySpan{double[]}, int, int, long, Span{double})"/>: four vectors of four.</summary>
    private const int BlockSeries = 16;

    /// <summary>Sixteen lanes over the block's series (the last series repeated in unused lanes, whose results are dropped), each checked to hold the range.</summary>
    private static double[][] Lanes(ReadOnlySpan<double[]> series, int offset, int length)
    {
        var lanes = new double[BlockSeries][];
        for (var i = 0; i < BlockSeries; i++)
        {
            var array = series[Math.Min(i, series.Length - 1)];
            if (offset < 0 || length < 0 || array.Length - offset < length)
            {
                throw new ArgumentOutOfRangeException(nameof(series), $"Expected series holding [{offset}, {offset + length}); got one of {array.Length} values.");
            }

            lanes[i] = array;
        }

        return lanes;
    }

    /// <summary>Four values of <paramref name="block"/> from <paramref name="from"/> as a vector (zeros past its end).</summary>
    private static Vector256<double> Gather(ReadOnlySpan<double> block, int from)
        => Vector256.Create(At(block, from), At(block, from + 1), At(block, from + 2), At(block, from + 3));

    private static double At(ReadOnlySpan<double> block, int i) => i < block.Length ? block[i] : 0;

    /// <summary>Writes the lanes of <paramref name="value"/> that belong to <paramref name="block"/>, from <paramref name="from"/>.</summary>
    private static void Scatter(Vector256<double> value, Span<double> block, int from)
    {
        for (var i = 0; i < 4 && from + i < block.Length; i++)
        {
            block[from + i] = value.GetElement(i);
        }
    }
}
