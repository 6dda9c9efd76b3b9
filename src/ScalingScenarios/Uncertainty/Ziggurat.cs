using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Standard normal variates by the ziggurat method (Marsaglia and Tsang, 2000) with 256 layers of equal area:
/// about 98.5% of draws cost one 64-bit random number, a multiply and a comparison; the rest fall back to an exact
/// rejection test or to the tail algorithm beyond r.
/// </summary>
/// <remarks>The tables are computed once from the method's two constants. Thread-safe (read-only tables).</remarks>
internal static class Ziggurat
{
    private const int Layers = 256;

    /// <summary>The right edge of the base layer (Marsaglia and Tsang's r for 256 layers; re-derived here by bisection on the layer recursion).</summary>
    private const double R = 3.6541528853610088;

    /// <summary>The area of every layer, including the base layer's tail (their v for 256 layers).</summary>
    private const double V = 4.92867323397465524494e-3;

    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>X[i] is the width of layer i (X[0] is the base layer's pseudo-width V / f(R)); X[256] = 0.</summary>
    private static readonly double[] X = BuildEdges();

    /// <summary>
    /// The same edges side by side: Pairs[2i] = X[i] and Pairs[2i + 1] = X[i + 1] for layers 0 … 255, so one 16-byte
    /// load gives a layer's width and the edge of its part under the curve.
    /// </summary>
    private static readonly double[] Pairs = [.. Enumerable.Range(0, Layers).SelectMany(i => new[] { X[i], X[i + 1] })];

    /// <summary>F[i] = f(X[i]) with f(x) = exp(−x²/2).</summary>
    private static readonly double[] F = [.. X.Select(Density)];

    /// <summary>Gets the layer edges (for callers that hoist the table into a local before a loop).</summary>
    internal static double[] Edges => X;

    /// <summary>Draws one standard normal from <paramref name="stream"/>.</summary>
    internal static double Next(ref RandomStream stream)
    {
        var bits = stream.NextUInt64();
        return TryFast(bits, X, out var x) ? x : Slow(bits, ref stream);
    }

    /// <summary>The fast path (about 98.5% of draws): the point lies in the part of its layer that is under the curve.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryFast(ulong bits, double[] edges, out double value)
    {
        var layer = (int)(bits & (Layers - 1));
        var x = (bits >> 11) * Unit * edges[layer];

        // The sign comes from bit 8, moved to the sign bit: no branch to mispredict half of the time.
        value = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ unchecked((long)((bits & Layers) << 55)));
        return x < edges[layer + 1];
    }

    /// <summary>
    /// Runs the fast path on four values at a time (one 256-bit vector), then finishes the values that missed it with
    /// <see cref="Slow"/> in index order, so every value is bit-identical to <see cref="TryFast"/> followed by
    /// <see cref="Slow"/> one value at a time. Works in blocks of 64 values: a missed value keeps its raw bits in
    /// <paramref name="destination"/> and a bit in the block's mask until the block is finished. <paramref name="bits"/>
    /// may alias <paramref name="destination"/> (each group of four is read before it is written).
    /// </summary>
    /// <returns>The number of values written (a multiple of 64); the caller finishes the remainder.</returns>
    internal static int FastBlocks(ReadOnlySpan<ulong> bits, Span<double> destination, ref RandomStream stream)
        => Avx.IsSupported ? FastBlocksPaired(bits, destination, ref stream) : FastBlocksPortable(bits, destination, ref stream);

    /// <summary>
    /// <see cref="FastBlocks"/> with AVX: the layer indices come from scalar loads of the bits (the scalar units are
    /// otherwise idle here), each layer's two edges from one 16-byte load of <see cref="Pairs"/>, and two unpacks sort
    /// the four pairs into a vector of widths and a vector of inner edges (half the loads and inserts of
    /// <see cref="FastBlocksPortable"/>). The misses of up to 64 blocks are noted first and finished after them, still
    /// in index order, so the vector loop holds no call (and keeps its constants in registers); the same values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FastBlocksPaired(ReadOnlySpan<ulong> bits, Span<double> destination, ref RandomStream stream)
    {
        const int Block = 64;
        const int BlocksPerGroup = 64;
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(Pairs);
        ref var source = ref MemoryMarshal.GetReference(bits);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var blocks = Math.Min(bits.Length, destination.Length) / Block;
        Span<ulong> misses = stackalloc ulong[BlocksPerGroup];
        for (var first = 0; first < blocks; first += BlocksPerGroup)
        {
            var count = Math.Min(BlocksPerGroup, blocks - first);
            unchecked
            {
                // In bounds: the group's values are [64 · first, 64 · (first + count)) within both spans, and a masked layer
                // l reads Pairs[2l] and Pairs[2l + 1] of 512. Unchecked: a checked multiply of an index costs more than
                // the loads it addresses.
                var end = (nuint)((first + count) * Block);
                var missed = 0UL;
                for (var i = (nuint)(first * Block); i < end; i += (nuint)Vector256<ulong>.Count)
                {
                    ref var at = ref Unsafe.Add(ref source, i);
                    var b = Vector256.LoadUnsafe(ref at);
                    var p0 = Vector128.LoadUnsafe(ref pairs, (nuint)(at & (Layers - 1)) << 1);
                    var p1 = Vector128.LoadUnsafe(ref pairs, (nuint)(Unsafe.Add(ref at, 1) & (Layers - 1)) << 1);
                    var p2 = Vector128.LoadUnsafe(ref pairs, (nuint)(Unsafe.Add(ref at, 2) & (Layers - 1)) << 1);
                    var p3 = Vector128.LoadUnsafe(ref pairs, (nuint)(Unsafe.Add(ref at, 3) & (Layers - 1)) << 1);

                    // (w0, i0 | w2, i2) and (w1, i1 | w3, i3): the unpacks work within 128-bit halves.
                    var even = Vector256.Create(p0, p2);
                    var odd = Vector256.Create(p1, p3);
                    var width = Avx.UnpackLow(even, odd);
                    var inner = Avx.UnpackHigh(even, odd);

                    FastFour(b, width, inner, out var accepted).StoreUnsafe(ref target, i);

                    // i mod 64 is the position of the four values in their block; a block's mask is complete at its last four.
                    var position = (int)(i % Block);
                    missed |= (ulong)(~accepted.ExtractMostSignificantBits() & 0xF) << position;
                    if (position == Block - Vector256<ulong>.Count)
                    {
                        misses[(int)(i / Block) - first] = missed;
                        missed = 0;
                    }
                }
            }

            for (var k = 0; k < count; k++)
            {
                FinishMissed(destination, (first + k) * Block, misses[k], ref stream);
            }
        }

        return blocks * Block;
    }

    /// <summary><see cref="FastBlocks"/> without AVX: the two table look-ups are four scalar loads each, from lanes of the vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FastBlocksPortable(ReadOnlySpan<ulong> bits, Span<double> destination, ref RandomStream stream)
    {
        const int Block = 64;
        ref var table = ref MemoryMarshal.GetArrayDataReference(X);
        var n = Math.Min(bits.Length, destination.Length);
        var layerMask = Vector256.Create((ulong)(Layers - 1));
        var start = 0;
        for (; start <= n - Block; start += Block)
        {
            var missed = 0UL;
            for (var k = 0; k < Block; k += Vector256<ulong>.Count)
            {
                var i = start + k;
                var b = Vector256.Create(bits.Slice(i, Vector256<ulong>.Count));
                var layer = b & layerMask;
                var l0 = (nint)layer.GetElement(0);
                var l1 = (nint)layer.GetElement(1);
                var l2 = (nint)layer.GetElement(2);
                var l3 = (nint)layer.GetElement(3);

                // Layers are masked to [0, 255] and the table has 257 entries, so the loads need no bounds checks.
                var width = Vector256.Create(Unsafe.Add(ref table, l0), Unsafe.Add(ref table, l1), Unsafe.Add(ref table, l2), Unsafe.Add(ref table, l3));
                var inner = Vector256.Create(Unsafe.Add(ref table, l0 + 1), Unsafe.Add(ref table, l1 + 1), Unsafe.Add(ref table, l2 + 1), Unsafe.Add(ref table, l3 + 1));

                FastFour(b, width, inner, out var accepted).CopyTo(destination.Slice(i, Vector256<double>.Count));
                missed |= (ulong)(~accepted.ExtractMostSignificantBits() & 0xF) << k;
            }

            FinishMissed(destination, start, missed, ref stream);
        }

        return start;
    }

    /// <summary>
    /// The fast path on four values, given their layers' widths and inner edges: the same operations, in the same order,
    /// as <see cref="TryFast"/> (((bits >> 11) · 2⁻⁵³) · X[layer], then the sign from bit 8). A value that misses keeps its
    /// raw bits, for <see cref="Slow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> FastFour(Vector256<ulong> bits, Vector256<double> width, Vector256<double> inner, out Vector256<double> accepted)
    {
        var x = Vector256.ConvertToDouble(Vector256.ShiftRightLogical(bits, 11)) * Vector256.Create(Unit) * width;
        var signed = (x.AsUInt64() ^ Vector256.ShiftLeft(bits & Vector256.Create((ulong)Layers), 55)).AsDouble();
        accepted = Vector256.LessThan(x, inner);
        return Vector256.ConditionalSelect(accepted, signed, bits.AsDouble());
    }

    /// <summary>Finishes, in index order, the values of the block at <paramref name="start"/> whose bits are set in <paramref name="missed"/> (each still holds its raw bits).</summary>
    private static void FinishMissed(Span<double> destination, int start, ulong missed, ref RandomStream stream)
    {
        while (missed != 0)
        {
            var j = start + BitOperations.TrailingZeroCount(missed);
            destination[j] = Slow(BitConverter.DoubleToUInt64Bits(destination[j]), ref stream);
            missed &= missed - 1;
        }
    }

    /// <summary>Finishes a draw whose first candidate (from <paramref name="bits"/>) missed the fast path.</summary>
    internal static double Slow(ulong bits, ref RandomStream stream)
    {
        while (true)
        {
            var layer = (int)(bits & (Layers - 1));
            var negative = (bits & Layers) != 0;
            var x = (bits >> 11) * Unit * X[layer];
            if (x < X[layer + 1])
            {
                return negative ? -x : x;
            }

            if (layer == 0)
            {
                // The tail beyond R (Marsaglia, 1964): exact, by rejection from an exponential.
                double a, b;
                do
                {
                    a = -Math.Log(1 - stream.NextDouble()) / R;
                    b = -Math.Log(1 - stream.NextDouble());
                }
                while (b + b < a * a);

                return negative ? -(R + a) : R + a;
            }

            var y = F[layer] + (stream.NextDouble() * (F[layer + 1] - F[layer]));
            if (y < Density(x))
            {
                return negative ? -x : x;
            }

            bits = stream.NextUInt64();
        }
    }

    private static double Density(double x) => Math.Exp(-0.5 * x * x);

    private static double[] BuildEdges()
    {
        var x = new double[Layers + 1];
        x[0] = V / Density(R);
        x[1] = R;
        for (var i = 1; i < Layers - 1; i++)
        {
            // Layer i spans heights f(x[i]) to f(x[i + 1]) with area x[i] (f(x[i + 1]) − f(x[i])) = V.
            x[i + 1] = Math.Sqrt(-2 * Math.Log(Density(x[i]) + (V / x[i])));
        }

        x[Layers] = 0;
        return x;
    }
}
