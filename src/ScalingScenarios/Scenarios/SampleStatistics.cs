using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Scenarios;

/// <summary>Summaries of per-sample values computed after a run (mixtures, weighted sums, paired differences).</summary>
internal static class SampleStatistics
{
    /// <summary>A summary of <paramref name="values"/> (kept, in sample-index order), with the engine's definitions of mean, standard deviation and quantiles.</summary>
    public static Summary Summarize(string name, double[] values, int histogramBins)
    {
        // The arithmetic the sample-order folds reproduce chunk by chunk (SampleOrderMoments), so the two agree bit for bit.
        var mean = SampleOrderMoments.RunningMean(values, 0, 0);
        var squares = SampleOrderMoments.SquaredDeviations(values, mean, 0);
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return new Summary(name, values.Length, mean, values.Length > 0 ? Math.Sqrt(squares / values.Length) : 0, min, max, values, histogramBins);
    }

    /// <summary>A uniform number in [0, 1) for one sample index, from the seed alone (SplitMix64): the same on any thread count.</summary>
    public static double Uniform(long seed, int index)
    {
        unchecked
        {
            var z = ((ulong)seed * 0x9E3779B97F4A7C15UL) + (ulong)index + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
