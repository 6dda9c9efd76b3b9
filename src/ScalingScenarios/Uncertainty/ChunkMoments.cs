using System.Numerics.Tensors;

namespace ScalingScenarios.Uncertainty;

/// <summary>Count, mean, sum of squared deviations, min and max of one chunk of one output; merged in chunk order (Chan et al., 1979).</summary>
internal readonly record struct ChunkMoments(long Count, double Mean, double SumOfSquares, double Min, double Max)
{
    internal static ChunkMoments Empty => new(0, 0, 0, double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>Two-pass moments of one chunk; <paramref name="scratch"/> holds at least as many values.</summary>
    internal static ChunkMoments Of(ReadOnlySpan<double> values, Span<double> scratch)
    {
        var mean = TensorPrimitives.Sum(values) / values.Length;
        var deviations = scratch[..values.Length];
        TensorPrimitives.Subtract(values, mean, deviations);
        return new ChunkMoments(values.Length, mean, TensorPrimitives.SumOfSquares(deviations), TensorPrimitives.Min(values), TensorPrimitives.Max(values));
    }

    /// <summary>The moments of this chunk followed by <paramref name="next"/>.</summary>
    internal ChunkMoments Merge(ChunkMoments next)
    {
        if (Count == 0)
        {
            return next;
        }

        if (next.Count == 0)
        {
            return this;
        }

        var n = Count + next.Count;
        var delta = next.Mean - Mean;
        var mean = Mean + (delta * next.Count / n);
        var m2 = SumOfSquares + next.SumOfSquares + (delta * delta * Count * next.Count / n);
        return new ChunkMoments(n, mean, m2, Math.Min(Min, next.Min), Math.Max(Max, next.Max));
    }
}
