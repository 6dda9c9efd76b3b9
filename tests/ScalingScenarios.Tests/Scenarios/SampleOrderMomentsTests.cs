using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

/// <summary>
/// The folds of many series at once must give, per series, exactly the bits of the one-series loops they replace (the
/// JSON of branched runs is pinned byte for byte): the same operations in the same order, whatever the lanes.
/// </summary>
public class SampleOrderMomentsTests
{
    public static TheoryData<int> SeriesCounts() => [1, 3, 4, 5, 15, 16, 17, 33, 44];

    private static double[][] Series(int count, int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(s => Enumerable.Range(0, length).Select(_ => s % 3 switch
        {
            0 => random.NextDouble() * 1e12,
            1 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-5, 6)),
            _ => random.Next(4) == 0 ? -0.0 : random.NextDouble(),
        }).ToArray())];
    }

    [Theory]
    [MemberData(nameof(SeriesCounts))]
    public void RunningMeans_OfManySeries_AreBitForBitTheOneSeriesRunningMeans(int count)
    {
        // Two chunks of one fold: 700 values from index 1 000 of arrays of 2 000, continuing from means of a first chunk.
        var series = Series(count, 2_000, count);
        var start = 4_096L;
        var means = Enumerable.Range(0, count).Select(s => s * 0.25).ToArray();
        var expected = means.Select((m, s) => SampleOrderMoments.RunningMean(series[s].AsSpan(1_000, 700), start, m)).ToArray();

        SampleOrderMoments.RunningMeans(series, 1_000, 700, start, means);

        means.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [MemberData(nameof(SeriesCounts))]
    public void SquaredDeviations_OfManySeries_AreBitForBitTheOneSeriesSums(int count)
    {
        var series = Series(count, 1_500, 100 + count);
        var means = Enumerable.Range(0, count).Select(s => series[s].Average()).ToArray();
        var squares = Enumerable.Range(0, count).Select(s => s * 3.5).ToArray();
        var expected = squares.Select((q, s) => SampleOrderMoments.SquaredDeviations(series[s].AsSpan(200, 1_300), means[s], q)).ToArray();

        SampleOrderMoments.SquaredDeviations(series, 200, 1_300, means, squares);

        squares.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void RunningMeans_ASeriesShorterThanTheRange_IsRefusedNotReadPastItsEnd()
    {
        double[][] series = [new double[100], new double[50]];

        var act = () => SampleOrderMoments.RunningMeans(series, 10, 60, 0, new double[2]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[10, 70)*50 values*");
    }
}
