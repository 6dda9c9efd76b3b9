using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Sums of a chunk's values and of their squared deviations in one fixed order of additions, whatever the machine's
/// vector width: the order <c>TensorPrimitives.Sum</c> and <c>SumOfSquares</c> (System.Numerics.Tensors 10) follow
/// with 512-bit vectors, so on an AVX-512 machine the bits are exactly theirs (<c>LaneSumsTests</c> checks this against
/// them), and a machine or build with narrower vectors (an AVX2 machine, the Native AOT tool built for x86-64-v3, ARM64)
/// gets the same bits instead of its own order's. Before this, the tool and the JIT differed in the last digits of means
/// and standard deviations on AVX-512 machines.
/// </summary>
/// <remarks>
/// The order, for n values: below 8 values, the short forms (nothing; 0 + x₀; two or four values summed as a vector
/// after adding the last n mod 2 or n mod 4 values lane by lane). From 8 values, eight running sums (lanes) starting at
/// 0: lane j adds, in this order, x[8 + 64m + 8b + j] for the whole groups of 64 after the first 8 values (m ascending,
/// b = 0 … 7 within a group), then x[j], then the remaining whole blocks of 8 in ascending order, then, for the last
/// n mod 8 lanes, the value of the last 8 in that lane (0 for the others). The lanes are then added pairwise:
/// ((l₀ + l₁) + (l₂ + l₃)) + ((l₄ + l₅) + (l₆ + l₇)). The lanes are kept as four 128-bit vectors (SIMD on x64 and ARM64
/// alike; the same per-lane additions as eight scalars). Thread-safe (no state).
/// </remarks>
internal static class LaneSums
{
    private const int Lanes = 8;
    private const int Group = 8 * Lanes;

    /// <summary>Σ x[i], in the fixed order.</summary>
    internal static double Sum(ReadOnlySpan<double> x) => Aggregate(x, new Identity());

    /// <summary>Σ x[i]², in the fixed order (each square rounded, then added).</summary>
    internal static double SumOfSquares(ReadOnlySpan<double> x) => Aggregate(x, new SquaredDeviation(0));

    /// <summary>
    /// Σ (x[i] − <paramref name="mean"/>)², in the fixed order: the bits of subtracting the mean into a buffer and
    /// summing its squares, without the buffer.
    /// </summary>
    internal static double SumOfSquaredDeviations(ReadOnlySpan<double> x, double mean) => Aggregate(x, new SquaredDeviation(mean));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Aggregate<TTerm>(ReadOnlySpan<double> x, TTerm term)
        where TTerm : struct, ITerm
    {
        var n = x.Length;
        if (n < Lanes)
        {
            return Short(x, term);
        }

        ref var start = ref MemoryMarshal.GetReference(x);
        var a0 = Vector128<double>.Zero;
        var a1 = Vector128<double>.Zero;
        var a2 = Vector128<double>.Zero;
        var a3 = Vector128<double>.Zero;
        unchecked
        {
            // In bounds: every block added starts at or after 0 and ends at or before n (n >= 8 here).
            var trailing = (nuint)(n % Lanes);
            var grouped = (nuint)((n - Lanes) / Group * Group);
            var position = (nuint)Lanes;
            for (; position < Lanes + grouped; position += Lanes)
            {
                AddBlock(ref start, position, term, ref a0, ref a1, ref a2, ref a3);
            }

            AddBlock(ref start, 0, term, ref a0, ref a1, ref a2, ref a3);
            for (; position < (nuint)n - trailing; position += Lanes)
            {
                AddBlock(ref start, position, term, ref a0, ref a1, ref a2, ref a3);
            }

            // The last 8 values, of which only the last n mod 8 lanes count: the others add 0.
            var last = (nuint)n - Lanes;
            var first = Lanes - (int)trailing;
            a0 += Masked(ref start, last, 0, first, term);
            a1 += Masked(ref start, last, 2, first, term);
            a2 += Masked(ref start, last, 4, first, term);
            a3 += Masked(ref start, last, 6, first, term);
        }

        return (((a0.GetElement(0) + a0.GetElement(1)) + (a1.GetElement(0) + a1.GetElement(1)))
            + ((a2.GetElement(0) + a2.GetElement(1)) + (a3.GetElement(0) + a3.GetElement(1))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddBlock<TTerm>(ref double start, nuint position, TTerm term, ref Vector128<double> a0, ref Vector128<double> a1, ref Vector128<double> a2, ref Vector128<double> a3)
        where TTerm : struct, ITerm
    {
        a0 += term.Of(Vector128.LoadUnsafe(ref start, position));
        a1 += term.Of(Vector128.LoadUnsafe(ref start, position + 2));
        a2 += term.Of(Vector128.LoadUnsafe(ref start, position + 4));
        a3 += term.Of(Vector128.LoadUnsafe(ref start, position + 6));
    }

    /// <summary>The terms of lanes <paramref name="lane"/> and <paramref name="lane"/> + 1 of the block at <paramref name="position"/>, with 0 for lanes below <paramref name="firstKept"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Masked<TTerm>(ref double start, nuint position, int lane, int firstKept, TTerm term)
        where TTerm : struct, ITerm
    {
        var terms = term.Of(Vector128.LoadUnsafe(ref start, position + (nuint)lane));
        var kept = Vector128.GreaterThanOrEqual(Vector128.Create((long)lane, lane + 1), Vector128.Create((long)firstKept)).AsDouble();
        return terms & kept;
    }

    /// <summary>Fewer than 8 values: the forms for one, two or four values at a time.</summary>
    private static double Short<TTerm>(ReadOnlySpan<double> x, TTerm term)
        where TTerm : struct, ITerm
    {
        switch (x.Length)
        {
            case 0:
                return 0;
            case 1:
                return 0 + term.Of(x[0]);
            case 2:
                return term.Of(x[0]) + term.Of(x[1]);
            case 3:
                // Two values, then the last value added to the second lane (the first adds 0).
                return (term.Of(x[0]) + 0) + (term.Of(x[1]) + term.Of(x[2]));
            case 4:
                return (term.Of(x[0]) + term.Of(x[1])) + (term.Of(x[2]) + term.Of(x[3]));
            default:
                {
                    // Four values, then the last n mod 4 values added to the last lanes (the others add 0).
                    var n = x.Length;
                    Span<double> lanes = [term.Of(x[0]), term.Of(x[1]), term.Of(x[2]), term.Of(x[3])];
                    var firstKept = 4 - (n % 4);
                    for (var j = 0; j < 4; j++)
                    {
                        lanes[j] += j >= firstKept ? term.Of(x[n - 4 + j]) : 0;
                    }

                    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
                }
        }
    }

    /// <summary>What each value contributes to the sum.</summary>
    private interface ITerm
    {
        double Of(double x);

        Vector128<double> Of(Vector128<double> x);
    }

    /// <summary>The value itself.</summary>
    private readonly struct Identity : ITerm
    {
        public double Of(double x) => x;

        public Vector128<double> Of(Vector128<double> x) => x;
    }

    /// <summary>(x − mean)², the difference rounded, then its square.</summary>
    private readonly struct SquaredDeviation(double mean) : ITerm
    {
        private readonly Vector128<double> _mean = Vector128.Create(mean);

        public double Of(double x)
        {
            var d = x - _mean[0];
            return d * d;
        }

        public Vector128<double> Of(Vector128<double> x)
        {
            var d = x - _mean;
            return d * d;
        }
    }
}
