using System.Numerics.Tensors;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class ChunkMomentsTests
{
    /// <summary>The moments of values split into chunks of <paramref name="chunk"/> and merged in order, as a run does.</summary>
    private static ChunkMoments Merged(double[] values, int chunk)
    {
        var total = ChunkMoments.Empty;
        var scratch = new double[chunk];
        for (var start = 0; start < values.Length; start += chunk)
        {
            total = total.Merge(ChunkMoments.Of(values.AsSpan(start, Math.Min(chunk, values.Length - start)), scratch));
        }

        return total;
    }

    /// <summary>Reference mean and population standard deviation in decimal (28 digits), for values of moderate size.</summary>
    private static (double Mean, double StdDev) Exact(double[] values)
    {
        var mean = values.Select(v => (decimal)v).Sum() / values.Length;
        var m2 = values.Select(v => ((decimal)v - mean) * ((decimal)v - mean)).Sum() / values.Length;
        return ((double)mean, Math.Sqrt((double)m2));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(-7.3e-5)]
    [InlineData(1e300)]
    [InlineData(1.7e308)]
    public void Constant_MeanIsTheValueExactly_StdDevZero(double value)
    {
        // The old accumulation (sum / n per chunk) gave 0.09999999999999853 for 0.1 over 100 000 samples.
        var values = Enumerable.Repeat(value, 100_000).ToArray();

        var moments = Merged(values, 4096);

        moments.Mean.Should().Be(value);
        moments.StdDev.Should().Be(0);
        moments.Count.Should().Be(100_000);
    }

    [Fact]
    public void ModerateValues_AgreeWithDecimalReference()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 50_000).Select(_ => 1e6 + (random.NextDouble() * 10)).ToArray(); // large offset, small spread
        var (mean, stdDev) = Exact(values);

        var moments = Merged(values, 4096);

        moments.Mean.Should().BeApproximately(mean, Math.Abs(mean) * 1e-15);
        moments.StdDev.Should().BeApproximately(stdDev, stdDev * 1e-11);
    }

    [Fact]
    public void ValuesNear1e154_StdDevFinite()
    {
        // Squared deviations of ~5e153 overflow double (2.5e307 × 4096); uniform(1e154, 2e154) has sd 1e154 / √12.
        var random = new Random(4);
        var values = Enumerable.Range(0, 40_000).Select(_ => 1e154 + (random.NextDouble() * 1e154)).ToArray();

        var moments = Merged(values, 4096);

        moments.StdDev.Should().BeApproximately(1e154 / Math.Sqrt(12), 0.02 * 1e154 / Math.Sqrt(12));
        moments.Mean.Should().BeApproximately(1.5e154, 0.01 * 1.5e154);
    }

    [Fact]
    public void ValuesNearDoubleMax_MeanAndStdDevFinite()
    {
        // uniform(1e307, 1.5e308): a sum of 4096 values overflows; mean 8.05e307, sd 1.4e308 / √12 ≈ 4.04e307.
        var random = new Random(5);
        var values = Enumerable.Range(0, 40_000).Select(_ => 1e307 + (random.NextDouble() * 1.4e308)).ToArray();

        var moments = Merged(values, 4096);

        moments.Mean.Should().BeApproximately(8.05e307, 0.01 * 8.05e307);
        moments.StdDev.Should().BeApproximately(1.4e308 / Math.Sqrt(12), 0.02 * 1.4e308 / Math.Sqrt(12));
    }

    [Fact]
    public void OppositeHugeChunks_MergeWithoutOverflow()
    {
        // One chunk of -1.5e308, one of +1.5e308: mean 0, sd 1.5e308 (the difference of the means, 3e308, overflows).
        var values = Enumerable.Repeat(-1.5e308, 4096).Concat(Enumerable.Repeat(1.5e308, 4096)).ToArray();

        var moments = Merged(values, 4096);

        moments.Mean.Should().Be(0);
        moments.StdDev.Should().BeApproximately(1.5e308, 1e293);
    }

    [Fact]
    public void TinyValues_StdDevDoesNotUnderflow()
    {
        // Deviations of ~1e-170 square to 1e-340, below the smallest double; the spread must survive.
        var values = Enumerable.Range(0, 10_000).Select(i => (i % 2) * 2e-170).ToArray(); // 0 and 2e-170: mean 1e-170, sd 1e-170

        var moments = Merged(values, 4096);

        moments.Mean.Should().BeApproximately(1e-170, 1e-184);
        moments.StdDev.Should().BeApproximately(1e-170, 1e-184);
    }
    [Fact]
    public void MinMax_IsTensorPrimitivesMinAndMax_AndCopiesTheValues()
    {
        // ChunkMoments.MinMax replaced TensorPrimitives.Min and Max (two passes) with one pass that also fills the kept
        // array: it must give their bits, including the sign of a zero (−0 is below +0) and NaN when any value is NaN,
        // at every length around the four-lane vectors and with the special value in every position.
        var random = new Random(5);
        double[] specials = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, -double.Epsilon];
        foreach (var n in new[] { 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 64, 4095, 4096 })
        {
            foreach (var zerosOnly in new[] { false, true })
            {
                var baseValues = Enumerable.Range(0, n).Select(_ => zerosOnly ? (random.Next(2) == 0 ? 0.0 : -0.0) : (random.NextDouble() - 0.5) * 1e3).ToArray();
                Check(baseValues);
                foreach (var special in specials)
                {
                    foreach (var position in new[] { 0, n / 2, n - 1 }.Distinct())
                    {
                        var values = (double[])baseValues.Clone();
                        values[position] = special;
                        Check(values);
                    }
                }
            }
        }

        static void Check(double[] values)
        {
            var copy = new double[values.Length + 1];
            copy[^1] = 42;
            var (min, max) = ChunkMoments.MinMax(values, copy);
            BitConverter.DoubleToInt64Bits(min).Should().Be(BitConverter.DoubleToInt64Bits(NaNAsOne(TensorPrimitives.Min<double>(values))), "min of [{0}]", string.Join(", ", values.Take(20)));
            BitConverter.DoubleToInt64Bits(max).Should().Be(BitConverter.DoubleToInt64Bits(NaNAsOne(TensorPrimitives.Max<double>(values))), "max of [{0}]", string.Join(", ", values.Take(20)));
            copy.Take(values.Length).Select(BitConverter.DoubleToInt64Bits).Should().Equal(values.Select(BitConverter.DoubleToInt64Bits));
            copy[^1].Should().Be(42, "nothing is written past the values");
            ChunkMoments.MinMax(values, default).Should().Be((min, max), "the same without a copy");
        }

        // Any NaN is the answer when a value is NaN; which NaN (its payload) is not part of the contract.
        static double NaNAsOne(double value) => double.IsNaN(value) ? double.NaN : value;
    }
}
