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
        for (var k = 0; k < _outputs.Length; k++)
        {
            var values = chunk.Output(_outputs[k]);
            var mean = _means[k];
            long positive = 0;
            for (var j = 0; j < values.Length; j++)
            {
                mean += (values[j] - mean) / (start + j + 1);
                if (values[j] > 0)
                {
                    positive++;
                }
            }

            _means[k] = mean;
            _positive[k] += positive;
        }
    }

    /// <summary>The second pass: the squared deviations about the first pass's means.</summary>
    internal void Squares(SampleChunk chunk)
    {
        for (var k = 0; k < _outputs.Length; k++)
        {
            var mean = _means[k];
            var squares = _squares[k];
            foreach (var v in chunk.Output(_outputs[k]))
            {
                squares += (v - mean) * (v - mean);
            }

            _squares[k] = squares;
        }
    }
}
