using CsCheck;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class RankSelectionTests
{
    public static TheoryData<string, long> Shapes()
    {
        var data = new TheoryData<string, long>();
        foreach (var shape in new[] { "sorted", "reversed", "constant", "two-values", "random", "mixed-signs-and-zeros", "full-range", "subnormal", "heavy-tail", "narrow-band-in-wide-range" })
        {
            data.Add(shape, 1 << 20); // one counting pass, one gathering pass (the bounded mode's large gathers)
            data.Add(shape, 1 << 12); // as kept samples are summarized: bins over 4 096 values are refined, not sorted
            data.Add(shape, 3); // a tiny gather limit forces a refining pass for every bin with more than 3 values
        }

        return data;
    }

    /// <summary>The k-th value of the sorted array, as the selection reports it (−0 read as +0).</summary>
    private static double Sorted(double[] sorted, long k) => sorted[k] + 0.0;

    private static double[] Values(string shape, int n)
    {
        var random = new Random(2);
        return shape switch
        {
            "sorted" => [.. Enumerable.Range(0, n).Select(i => (double)i)],
            "reversed" => [.. Enumerable.Range(0, n).Select(i => (double)(n - i))],
            "constant" => [.. Enumerable.Repeat(4.0, n)],
            "two-values" => [.. Enumerable.Range(0, n).Select(i => (double)(i % 2))],
            "mixed-signs-and-zeros" => [.. Enumerable.Range(0, n).Select(i => (i % 5) switch { 0 => -0.0, 1 => 0.0, 2 => -random.NextDouble(), _ => random.NextDouble() * 3 })],
            "full-range" => [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * 2 * double.MaxValue)],
            "subnormal" => [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() * double.Epsilon * 1000)],
            // Most values in a band 10% wide near -1e11, a few up to 2e11 (a builder's profit after a $100B training run):
            // the band falls in a handful of the first pass's bins.
            "narrow-band-in-wide-range" => [.. Enumerable.Range(0, n).Select(i => i % 50 == 0 ? random.NextDouble() * 2e11 : -1e11 + (random.NextDouble() * 1e10))],
            "heavy-tail" => [.. Enumerable.Range(0, n).Select(_ => Math.Exp(30 * random.NextDouble()) * (random.Next(2) * 2 - 1))],
            _ => [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())],
        };
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Select_AgreesWithSorting_OnAdversarialInputs(string shape, long gatherLimit)
    {
        const int n = 100_001; // more than 65 536, so the selection counts before it gathers
        var values = Values(shape, n);
        var copy = (double[])values.Clone();
        var sorted = values.Order().ToArray();
        long[] ranks = [0, 1, n / 20, n / 2, (n / 2) + 1, n - 2, n - 1];

        var found = RankSelection.Select([n], [values.Min()], [values.Max()], [ranks], pass => pass.Visit(0, values), gatherLimit)[0];

        for (var i = 0; i < ranks.Length; i++)
        {
            BitConverter.DoubleToInt64Bits(found[i]).Should().Be(BitConverter.DoubleToInt64Bits(Sorted(sorted, ranks[i])), $"rank {ranks[i]} of '{shape}'");
        }

        values.Should().Equal(copy, "the selection only reads the samples");
    }

    [Fact]
    public void Select_PiecesInAnyOrderAndSeveralOutputs_AgreesWithSorting()
    {
        // Random arrays (with ties), random ranks, random gather limits, and each pass visiting the values in shuffled
        // pieces of random length — as the bounded-memory mode's re-simulated chunks arrive from several workers.
        var gen = Gen.Select(Gen.Int[1, 3000], Gen.Int[0, 1000], Gen.Long[1, 50], Gen.Int[1, 700]);
        gen.Sample(t =>
        {
            var (n, seed, gatherLimit, piece) = t;
            var random = new Random(seed);
            var outputs = new[]
            {
                Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 40) - 20).ToArray(),
                Enumerable.Range(0, n).Select(_ => random.NextDouble() * Math.Pow(10, random.Next(-300, 300))).ToArray(),
            };
            var ranks = outputs.Select(_ => Enumerable.Range(0, 5).Select(_ => (long)random.Next(n)).Distinct().Order().ToArray()).ToArray();

            var found = RankSelection.Select(
                [n, n],
                [.. outputs.Select(o => o.Min())],
                [.. outputs.Select(o => o.Max())],
                ranks,
                pass =>
                {
                    var pieces = Enumerable.Range(0, 2).SelectMany(o => Enumerable.Range(0, ((n - 1) / piece) + 1).Select(p => (o, p))).ToArray();
                    random.Shuffle(pieces);
                    foreach (var (o, p) in pieces)
                    {
                        var start = p * piece;
                        pass.Visit(o, outputs[o].AsSpan(start, Math.Min(piece, n - start)));
                    }
                },
                gatherLimit);

            for (var o = 0; o < 2; o++)
            {
                var sorted = outputs[o].Order().ToArray();
                found[o].Should().Equal(ranks[o].Select(k => Sorted(sorted, k)));
            }
        }, iter: 200);
    }

    [Fact]
    public void Select_PassesSeeDifferentValues_ThrowsInsteadOfAnsweringWrongly()
    {
        var values = Values("random", 100_000);
        var passes = 0;

        var act = () => RankSelection.Select([values.Length], [values.Min()], [values.Max()], [[50_000]], pass =>
        {
            pass.Visit(0, values);
            if (passes++ > 0)
            {
                pass.Visit(0, values); // the gathering pass sees every value twice
            }
        }, 1 << 20);

        act.Should().Throw<InvalidOperationException>().WithMessage("A selection pass saw * values in a bin that held * before: the passes did not see the same samples.");
    }

    [Fact]
    public void Key_PreservesOrderAndRoundTrips()
    {
        Gen.Select(Gen.Double, Gen.Double).Where(t => double.IsFinite(t.Item1) && double.IsFinite(t.Item2)).Sample((a, b) =>
        {
            (RankSelection.Key(a) < RankSelection.Key(b)).Should().Be(a < b);
            (RankSelection.Key(a) == RankSelection.Key(b)).Should().Be(a == b);
            RankSelection.FromKey(RankSelection.Key(a)).Should().Be(a + 0.0);
        });
        RankSelection.Key(-0.0).Should().Be(RankSelection.Key(0.0));
        RankSelection.Key(double.MinValue).Should().BeLessThan(RankSelection.Key(-double.Epsilon));
        RankSelection.Key(double.Epsilon).Should().BeGreaterThan(RankSelection.Key(0.0));
    }
}
