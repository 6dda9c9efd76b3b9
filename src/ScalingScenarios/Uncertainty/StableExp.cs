using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// e^x over a span, with bits that depend on the values alone. <c>TensorPrimitives.Exp</c>
/// gives other last bits for some values of a vector holding an argument beyond about ±708 (such a vector takes
/// another path) depending on where in memory its vectors start, so the same chunk could give other bits in another
/// buffer (found by <c>JointRunPropertyTests</c>: a joint run lays out its buffers otherwise than a run alone). Spans
/// whose arguments all lie within ±700 go straight to it (their bits do not depend on memory, checked at every
/// alignment); the others are computed in blocks of 512 from the span's start, each copied to a 64-byte-aligned buffer.
/// </summary>
internal static class StableExp
{
    /// <summary>The largest |x| whose results do not depend on memory placement (with a margin to about 708).</summary>
    internal const double SafeArgument = 700;
    private const int Block = 512;
    private const int Alignment = 64;

    [ThreadStatic]
    private static double[]? t_buffer;

    [ThreadStatic]
    private static int t_offset;

    /// <summary>destination[i] = e^x[i]; <paramref name="x"/> and <paramref name="destination"/> may be the same span.</summary>
    internal static void Exp(ReadOnlySpan<double> x, Span<double> destination)
        => Exp(x, destination, AllWithinSafeRange(x));

    /// <summary>
    /// destination[i] = e^x[i], for a caller that already knows whether every |x[i]| is at most
    /// <see cref="SafeArgument"/> (false for NaN).
    /// </summary>
    internal static void Exp(ReadOnlySpan<double> x, Span<double> destination, bool withinSafeRange)
    {
        if (withinSafeRange)
        {
            AlignedStack.Exp(x, destination);
            return;
        }

        var aligned = AlignedBlock();
        for (var i = 0; i < x.Length; i += Block)
        {
            var m = Math.Min(Block, x.Length - i);
            var block = aligned[..m];
            x.Slice(i, m).CopyTo(block);
            AlignedStack.Exp(block, block);
            block.CopyTo(destination.Slice(i, m));
        }
    }

    /// <summary>Whether every |x| is at most <see cref="SafeArgument"/> (false for NaN).</summary>
    private static bool AllWithinSafeRange(ReadOnlySpan<double> x)
    {
        var limit = Vector256.Create(SafeArgument);
        var i = 0;
        for (; i <= x.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            if (!Vector256.LessThanOrEqualAll(Vector256.Abs(Vector256.Create(x.Slice(i, Vector256<double>.Count))), limit))
            {
                return false;
            }
        }

        for (; i < x.Length; i++)
        {
            if (!(Math.Abs(x[i]) <= SafeArgument))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>This thread's block buffer, starting on a 64-byte boundary (a pinned array never moves).</summary>
    private static Span<double> AlignedBlock()
    {
        if (t_buffer is null)
        {
            var buffer = GC.AllocateArray<double>(Block + (Alignment / sizeof(double)), pinned: true);
            var handle = GCHandle.Alloc(buffer, GCHandleType.Pinned);
            var address = (long)handle.AddrOfPinnedObject();
            handle.Free();
            t_offset = (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(double);
            t_buffer = buffer;
        }

        return t_buffer.AsSpan(t_offset, Block);
    }
}
