using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Count, mean, sum of squared deviations, min and max of one chunk of one output, merged in chunk order with the
/// pairwise update of Chan, Golub and LeVeque ("Updating formulae and a pairwise algorithm for computing sample
/// variances", 1979), without overflow and exactly for constants.
/// </summary>
/// <remarks>
/// The sum of squared deviations is <see cref="SumOfSquares"/> × 4^<see cref="Exponent"/>. For ordinary values the
/// exponent is 0 and every operation is the plain two-pass chunk formula and the plain pairwise merge. Only when a step
/// would overflow (values beyond about 1e154 squared, sums of values near 1.8e308, means of opposite huge signs) or lose
/// the spread to underflow is it redone on values scaled by a power of two, which is exact. A constant chunk gets its
/// value as the mean exactly and 0 as its spread (the plain sum of 4096 copies of 0.1, divided by 4096, is not 0.1), and
/// merging chunks with equal means keeps that mean exactly.
/// </remarks>
internal readonly record struct ChunkMoments(long Count, double Mean, double SumOfSquares, int Exponent, double Min, double Max)
{
    /// <summary>Scaled deviations stay below 2^480: their squares below 2^960, so 2^31 of them still sum to a finite number.</summary>
    private const int TargetExponent = 480;

    /// <summary>Below this a sum of squares has lost digits to underflow (doubles are normal down to 2^−1022).</summary>
    private const double Underflow = 1e-290;

    internal static ChunkMoments Empty => new(0, 0, 0, 0, double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>Gets the standard deviation (dividing by n).</summary>
    internal double StdDev => Count > 0 ? Math.ScaleB(Math.Sqrt(Math.Max(0, SumOfSquares) / Count), Exponent) : 0;

    /// <summary>
    /// The moments of one chunk; <paramref name="scratch"/> holds at least as many values. When <paramref name="keep"/>
    /// is not empty the values are also copied into it, in the pass that finds the minimum and maximum.
    /// </summary>
    internal static ChunkMoments Of(ReadOnlySpan<double> values, Span<double> scratch, Span<double> keep = default)
    {
        var n = values.Length;
        var (min, max) = MinMax(values, keep);
        if (min == max)
        {
            return new ChunkMoments(n, values[0], 0, 0, min, max); // a constant chunk: exact
        }

        var deviations = scratch[..n];
        var mean = LaneSums.Sum(values) / n;
        if (!double.IsFinite(mean))
        {
            // The sum overflowed: sum values halved 2^16 times (exact at this size), then scale the mean back.
            TensorPrimitives.Multiply(values, 1.0 / 65536, deviations);
            mean = Math.Clamp(LaneSums.Sum(deviations) / n * 65536, min, max);
        }

        var sumOfSquares = LaneSums.SumOfSquaredDeviations(values, mean);
        if (double.IsFinite(sumOfSquares) && sumOfSquares >= Underflow)
        {
            return new ChunkMoments(n, mean, sumOfSquares, 0, min, max);
        }

        // Redo on deviations scaled so that the largest is about 2^480: neither its square nor their sum can overflow.
        var largest = Math.Max(Math.ScaleB(max, -1) - Math.ScaleB(mean, -1), Math.ScaleB(mean, -1) - Math.ScaleB(min, -1));
        var exponent = Math.ILogB(largest) + 1 - TargetExponent;
        TensorPrimitives.ScaleB(values, -exponent / 2, deviations); // in two steps: 2^|exponent| alone may not be a double
        TensorPrimitives.ScaleB(deviations, -exponent - (-exponent / 2), deviations);
        TensorPrimitives.Subtract(deviations, Math.ScaleB(mean, -exponent), deviations);
        return new ChunkMoments(n, mean, LaneSums.SumOfSquares(deviations), exponent, min, max);
    }

    /// <summary>
    /// The smallest and the largest of at least one value, as <see cref="TensorPrimitives.Min{T}(ReadOnlySpan{T})"/> and
    /// <see cref="TensorPrimitives.Max{T}(ReadOnlySpan{T})"/> give them (NaN when any value is NaN; −0 below +0), copying
    /// the values into <paramref name="copy"/> on the way when it is not empty (it then holds at least as many).
    /// </summary>
    /// <remarks>
    /// The minimum of a set does not depend on the order of comparisons, so two pairs of four-lane accumulators and a
    /// final reduction give the value any other order gives. The native vector minimum and maximum do not tell −0 from
    /// +0 (of two equal values they return the second), so a result of zero is settled by a scalar pass over the values;
    /// NaN is noted separately.
    /// </remarks>
    internal static (double Min, double Max) MinMax(ReadOnlySpan<double> values, Span<double> copy)
    {
        var n = values.Length;
        if (n == 0)
        {
            throw new ArgumentException("The minimum and maximum of no values are undefined.", nameof(values));
        }

        var copying = !copy.IsEmpty;
        if (copying && copy.Length < n)
        {
            throw new ArgumentException("The copy is shorter than the values.", nameof(copy));
        }

        var i = 0;
        var lo0 = Vector256.Create(values[0]);
        var (lo1, hi0, hi1) = (lo0, lo0, lo0);
        var numbers = Vector256<double>.AllBitsSet;
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var target = ref MemoryMarshal.GetReference(copy);
        const int Step = 2 * 4; // two vectors of four
        unchecked
        {
            // In bounds: i + 7 < n, and copy holds at least n values when copying.
            for (; i <= n - Step; i += Step)
            {
                var x0 = Vector256.LoadUnsafe(ref source, (nuint)i);
                var x1 = Vector256.LoadUnsafe(ref source, (nuint)(i + 4));
                if (copying)
                {
                    x0.StoreUnsafe(ref target, (nuint)i);
                    x1.StoreUnsafe(ref target, (nuint)(i + 4));
                }

                numbers &= Vector256.Equals(x0, x0) & Vector256.Equals(x1, x1);
                lo0 = Vector256.MinNative(lo0, x0);
                lo1 = Vector256.MinNative(lo1, x1);
                hi0 = Vector256.MaxNative(hi0, x0);
                hi1 = Vector256.MaxNative(hi1, x1);
            }
        }

        var lo = Vector256.MinNative(lo0, lo1);
        var hi = Vector256.MaxNative(hi0, hi1);
        var min = Math.Min(Math.Min(lo[0], lo[1]), Math.Min(lo[2], lo[3]));
        var max = Math.Max(Math.Max(hi[0], hi[1]), Math.Max(hi[2], hi[3]));
        var anyNaN = !Vector256.EqualsAll(numbers.AsUInt64(), Vector256<ulong>.AllBitsSet);
        for (; i < n; i++)
        {
            var x = values[i];
            if (copying)
            {
                copy[i] = x;
            }

            anyNaN |= double.IsNaN(x);
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        if (anyNaN)
        {
            return (double.NaN, double.NaN);
        }

        if (min == 0 || max == 0)
        {
            // Which zero: the scalar Math.Min and Math.Max order −0 below +0.
            foreach (var x in values)
            {
                min = Math.Min(min, x);
                max = Math.Max(max, x);
            }
        }

        return (min, max);
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
        var min = Math.Min(Min, next.Min);
        var max = Math.Max(Max, next.Max);
        if (Exponent == 0 && next.Exponent == 0)
        {
            var mean = Mean + (delta * next.Count / n);
            var m2 = SumOfSquares + next.SumOfSquares + (delta * delta * Count * next.Count / n);
            if (double.IsFinite(mean) && double.IsFinite(m2) && (m2 >= Underflow || (m2 == 0 && delta == 0)))
            {
                return new ChunkMoments(n, mean, m2, 0, min, max);
            }
        }

        return MergeScaled(next, n, min, max);
    }

    /// <summary>The merge on a common power-of-two scale, for moments whose plain merge would overflow or underflow.</summary>
    private ChunkMoments MergeScaled(ChunkMoments next, long n, double min, double max)
    {
        // Halved means cannot overflow when subtracted.
        var halfDelta = Math.ScaleB(next.Mean, -1) - Math.ScaleB(Mean, -1);
        var plain = Mean + ((next.Mean - Mean) * next.Count / n);
        var mean = double.IsFinite(plain) ? plain : Math.Clamp(Math.ScaleB(Math.ScaleB(Mean, -1) + (halfDelta * ((double)next.Count / n)), 1), min, max);
        var deltaExponent = halfDelta == 0 ? int.MinValue : Math.ILogB(halfDelta) + 2 - TargetExponent;
        var exponent = Math.Max(Math.Max(ExponentOf(this), ExponentOf(next)), deltaExponent);
        if (exponent == int.MinValue)
        {
            return new ChunkMoments(n, mean, 0, 0, min, max);
        }

        var a = Math.ScaleB(SumOfSquares, 2 * (Exponent - exponent));
        var b = Math.ScaleB(next.SumOfSquares, 2 * (next.Exponent - exponent));
        var d = Math.ScaleB(halfDelta, 1 - exponent);
        return new ChunkMoments(n, mean, a + b + (d * d * Count * next.Count / n), exponent, min, max);
    }

    /// <summary>The exponent at which this chunk's spread is about 2^480, or <see cref="int.MinValue"/> when it has none.</summary>
    private static int ExponentOf(ChunkMoments m)
        => m.SumOfSquares > 0 ? m.Exponent + ((Math.ILogB(m.SumOfSquares) + 1) / 2) - TargetExponent : int.MinValue;
}
