using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class LaneSumsTests
{
    private static readonly int[] Lengths = [.. Enumerable.Range(0, 200), 255, 256, 257, 1000, 4095, 4096, 4097, 8200];

    [Fact]
    public void Sums_FollowTheDocumentedOrder_ForEveryShortAndLongLength()
    {
        // The reference is the order of LaneSums' remarks written out value by value with eight scalar running sums,
        // on values of mixed signs and magnitudes 1e-3 … 1e12 (a different order changes the last bits of most of them).
        var random = new Random(11);
        foreach (var n in Lengths)
        {
            var x = Values(random, n);
            var mean = x.Length > 0 ? x.Average() : 0;

            Bits(LaneSums.Sum(x)).Should().Be(Bits(Reference(x, v => v)), $"the sum of {n} values");
            Bits(LaneSums.SumOfSquares(x)).Should().Be(Bits(Reference(x, v => v * v)), $"the sum of squares of {n} values");
            Bits(LaneSums.SumOfSquaredDeviations(x, mean)).Should().Be(Bits(Reference(x, v => (v - mean) * (v - mean))), $"the squared deviations of {n} values");
        }
    }

    [Fact]
    public void Sums_AreTensorPrimitivesBits_WhereTheMachineHas512BitVectors()
    {
        // The order is the one System.Numerics.Tensors 10 follows with 512-bit vectors, so on such a machine the bits
        // are exactly those of TensorPrimitives.Sum and SumOfSquares (and of Subtract then SumOfSquares), at every
        // length and at every starting offset within a cache line. Elsewhere TensorPrimitives takes another order and
        // this comparison does not apply; the documented-order test above still does.
        if (!Vector512.IsHardwareAccelerated)
        {
            return;
        }

        var random = new Random(12);
        var buffer = new double[8200 + 8];
        var deviations = new double[8200];
        foreach (var n in Lengths)
        {
            for (var offset = 0; offset < 8; offset++)
            {
                var x = buffer.AsSpan(offset, n);
                Values(random, n).CopyTo(x);
                var mean = n > 0 ? TensorPrimitives.Sum<double>(x) / n : 0;
                TensorPrimitives.Subtract(x, mean, deviations.AsSpan(0, n));

                Bits(LaneSums.Sum(x)).Should().Be(Bits(TensorPrimitives.Sum<double>(x)), $"n = {n}, offset {offset}");
                Bits(LaneSums.SumOfSquares(x)).Should().Be(Bits(TensorPrimitives.SumOfSquares<double>(x)), $"n = {n}, offset {offset}");
                Bits(LaneSums.SumOfSquaredDeviations(x, mean)).Should().Be(Bits(TensorPrimitives.SumOfSquares<double>(deviations.AsSpan(0, n))), $"n = {n}, offset {offset}");
            }
        }
    }

    [Fact]
    public void Sums_OfSpecialValues_AreTheOnesOfAnyOrder()
    {
        double[] withNaN = [1, 2, double.NaN, 4, 5, 6, 7, 8, 9];
        double[] opposedInfinities = [double.PositiveInfinity, 1, 2, 3, 4, 5, 6, 7, double.NegativeInfinity];

        double.IsNaN(LaneSums.Sum(withNaN)).Should().BeTrue();
        double.IsNaN(LaneSums.Sum(opposedInfinities)).Should().BeTrue();
        LaneSums.Sum([double.PositiveInfinity, 1, 2, 3, 4, 5, 6, 7, 8]).Should().Be(double.PositiveInfinity);
        double.IsNegative(LaneSums.Sum([-0.0])).Should().BeFalse("0 + (−0) is +0");
        LaneSums.Sum([]).Should().Be(0);
    }

    private static double[] Values(Random random, int n)
        => [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 13)))];

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    /// <summary>The documented order, value by value.</summary>
    private static double Reference(double[] x, Func<double, double> term)
    {
        var n = x.Length;
        if (n < 8)
        {
            return n switch
            {
                0 => 0,
                1 => 0 + term(x[0]),
                2 => term(x[0]) + term(x[1]),
                3 => (term(x[0]) + 0) + (term(x[1]) + term(x[2])),
                4 => (term(x[0]) + term(x[1])) + (term(x[2]) + term(x[3])),
                _ => ShortForm(x, term),
            };
        }

        var lanes = new double[8];
        var trailing = n % 8;
        var grouped = (n - 8) / 64 * 64;
        void AddBlock(int position)
        {
            for (var j = 0; j < 8; j++)
            {
                lanes[j] += term(x[position + j]);
            }
        }

        var block = 8;
        for (; block < 8 + grouped; block += 8)
        {
            AddBlock(block);
        }

        AddBlock(0);
        for (; block < n - trailing; block += 8)
        {
            AddBlock(block);
        }

        for (var j = 0; j < 8; j++)
        {
            lanes[j] += j >= 8 - trailing ? term(x[n - 8 + j]) : 0;
        }

        return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
    }

    private static double ShortForm(double[] x, Func<double, double> term)
    {
        var n = x.Length;
        var lanes = new[] { term(x[0]), term(x[1]), term(x[2]), term(x[3]) };
        for (var j = 0; j < 4; j++)
        {
            lanes[j] += j >= 4 - (n % 4) ? term(x[n - 4 + j]) : 0;
        }

        return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
    }
}
