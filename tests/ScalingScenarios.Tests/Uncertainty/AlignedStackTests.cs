using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class AlignedStackTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(40)]
    public void ExpAndLog_AreTensorPrimitivesBits_FromAnyStackDepth(int padding)
    {
        // AlignedStack moves the stack pointer before calling TensorPrimitives.Exp and Log (one or two 16-byte stack
        // allocations, whichever lands on a 32-byte boundary); called from frames padded by 0 … 40 bytes, both of its
        // branches run, and each must give the plain call's bits for every value and length.
        var random = new Random(padding);
        foreach (var n in new[] { 1, 2, 3, 7, 8, 9, 31, 512, 4096 })
        {
            var x = Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * 1400).ToArray();
            var positive = x.Select(Math.Abs).ToArray();
            var (exp, log) = Padded(padding, x, positive);
            var log10 = Padded10(padding, positive);

            var expectedExp = new double[n];
            var expectedLog = new double[n];
            TensorPrimitives.Exp(x, expectedExp);
            TensorPrimitives.Log(positive, expectedLog);
            var expectedLog10 = new double[n];
            TensorPrimitives.Log10(positive, expectedLog10);
            exp.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expectedExp.Select(BitConverter.DoubleToInt64Bits), $"exp of {n} values");
            log.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expectedLog.Select(BitConverter.DoubleToInt64Bits), $"log of {n} values");
            log10.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expectedLog10.Select(BitConverter.DoubleToInt64Bits), $"log10 of {n} values");
        }
    }

    [Fact]
    public void IsAligned_MeansA32ByteBoundary()
    {
        AlignedStack.IsAligned((nint)0x7000_1000).Should().BeTrue();
        AlignedStack.IsAligned((nint)0x7000_1020).Should().BeTrue();
        AlignedStack.IsAligned((nint)0x7000_1010).Should().BeFalse();
        AlignedStack.IsAligned((nint)0x7000_1030).Should().BeFalse();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double[] Exp, double[] Log) Padded(int padding, double[] x, double[] positive)
    {
        Span<byte> pad = stackalloc byte[padding + 1];
        pad[padding] = 1;
        var exp = new double[x.Length];
        var log = new double[x.Length];
        AlignedStack.Exp(x, exp);
        AlignedStack.Log(positive, log);
        pad[padding] = 0; // the padding stays live across the calls
        return (exp, log);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double[] Padded10(int padding, double[] positive)
    {
        Span<byte> pad = stackalloc byte[padding + 1];
        pad[padding] = 1;
        var log10 = new double[positive.Length];
        AlignedStack.Log10(positive, log10);
        pad[padding] = 0;
        return log10;
    }
}
