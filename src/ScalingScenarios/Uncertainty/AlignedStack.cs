using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Calls the vectorized exp, log and log₁₀ of <see cref="TensorPrimitives"/> with the stack pointer on a 32-byte boundary.
/// </summary>
/// <remarks>
/// .NET 10 does not inline its vector exp and log into <c>TensorPrimitives</c>' loops: every vector goes to them and
/// back through the stack, in slots whose alignment follows the caller's stack pointer. When that pointer is 16 bytes
/// off a 32-byte boundary the slots straddle 32-byte boundaries, and on this project's machine (AMD EPYC with AVX-512)
/// exp then took 2.8 instead of 0.84 ns per value, and a log-normal draw 4.1 instead of 2.15 ns. Which of the two a
/// thread got depended on where its stack happened to start (the main thread's on the size of the environment), so
/// the same build ran fast in some processes and slow in others. Here the call goes through one stack allocation of
/// 16 bytes, or two when one leaves the pointer 16 bytes off, so it always starts from the same alignment. This moves
/// the stack only; the values are those of the plain call.
/// </remarks>
internal static class AlignedStack
{
    /// <summary>The stack step, passed as an argument to a method that is never inlined, so that the compiler cannot
    /// see the size and turn the allocation into a fixed slot of the frame (which would not move the stack pointer).</summary>
    private const int Step = 16;

    /// <summary>destination[i] = e^x[i], as <see cref="TensorPrimitives.Exp{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    internal static void Exp(ReadOnlySpan<double> x, Span<double> destination) => Call<ExpFunction>(x, destination, Step);

    /// <summary>destination[i] = ln x[i], as <see cref="TensorPrimitives.Log{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    internal static void Log(ReadOnlySpan<double> x, Span<double> destination) => Call<LogFunction>(x, destination, Step);

    /// <summary>destination[i] = log₁₀ x[i], as <see cref="TensorPrimitives.Log10{T}(ReadOnlySpan{T}, Span{T})"/> (the same out-of-line log inside).</summary>
    internal static void Log10(ReadOnlySpan<double> x, Span<double> destination) => Call<Log10Function>(x, destination, Step);

    /// <summary>Whether a stack address is where the call should start from (the allocation sits at the stack pointer).</summary>
    internal static bool IsAligned(nint address) => (address & 16) == 0;

    /// <summary>The address of the first byte of a span (for the alignment test; never dereferenced as a pointer).</summary>
    internal static nint AddressOf(Span<byte> span)
        => Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref MemoryMarshal.GetReference(span));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Call<TFunction>(ReadOnlySpan<double> x, Span<double> destination, int step)
        where TFunction : struct, ISpanFunction
    {
        Span<byte> first = stackalloc byte[step];
        if (IsAligned(AddressOf(first)))
        {
            TFunction.Apply(x, destination);
            return;
        }

        Span<byte> second = stackalloc byte[step];
        first[0] = second[0]; // uses the second allocation, which is there only to move the stack pointer
        TFunction.Apply(x, destination);
    }

    private interface ISpanFunction
    {
        static abstract void Apply(ReadOnlySpan<double> x, Span<double> destination);
    }

    private readonly struct ExpFunction : ISpanFunction
    {
        public static void Apply(ReadOnlySpan<double> x, Span<double> destination) => TensorPrimitives.Exp(x, destination);
    }

    private readonly struct Log10Function : ISpanFunction
    {
        public static void Apply(ReadOnlySpan<double> x, Span<double> destination) => TensorPrimitives.Log10(x, destination);
    }

    private readonly struct LogFunction : ISpanFunction
    {
        public static void Apply(ReadOnlySpan<double> x, Span<double> destination) => TensorPrimitives.Log(x, destination);
    }
}
