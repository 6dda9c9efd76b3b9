namespace ScalingScenarios.Benchmarks;

/// <summary>
/// The hand-written baseline for quantiles: copy the samples, sort the copy, read the seven type-7 quantiles
/// (Hyndman and Fan 1996, definition 7) off it.
/// </summary>
public static class QuantileBaseline
{
    /// <summary>The probabilities of p5 … p95.</summary>
    public static readonly double[] Probabilities = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

    /// <summary>The seven quantiles of <paramref name="samples"/> by sorting a copy.</summary>
    /// <param name="samples">The samples (not modified).</param>
    /// <returns>p5, p10, p25, p50, p75, p90, p95.</returns>
    public static double[] SortCopy(double[] samples)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        var result = new double[Probabilities.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var h = (sorted.Length - 1) * Probabilities[i];
            var lower = (int)Math.Floor(h);
            var fraction = h - lower;
            var a = sorted[lower] + 0.0;
            var b = lower + 1 < sorted.Length ? sorted[lower + 1] + 0.0 : a;
            result[i] = fraction > 0 ? a + (fraction * (b - a)) : a;
        }

        return result;
    }
}
