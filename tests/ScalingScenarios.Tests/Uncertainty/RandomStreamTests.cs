using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class RandomStreamTests
{
    [Fact]
    public void NextDouble_IsUniform_ChiSquare()
    {
        // 100 bins, 200 000 draws: the chi-square statistic has 99 degrees of freedom (mean 99, sd 14);
        // 160 is above its 99.99th percentile.
        const int bins = 100;
        const int draws = 200_000;
        var counts = new int[bins];
        var stream = new RandomStream(StreamKeys.ChunkSeed(StreamKeys.LeafKey(42, 7), 0));
        for (var i = 0; i < draws; i++)
        {
            var u = stream.NextDouble();
            u.Should().BeInRange(0, 1 - 1e-17);
            counts[(int)(u * bins)]++;
        }

        var expected = (double)draws / bins;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);

        chiSquare.Should().BeLessThan(160);
    }

    [Fact]
    public void FillUniform_VectorLanes_AreUniformAndUncorrelated()
    {
        // Bulk draws interleave four vector lanes: check the histogram (chi-square, 99 degrees of freedom, 160 is above
        // the 99.99th percentile) and the correlation of neighbours, which come from different lanes
        // (sd 1/sqrt(n) = 0.0022 for n = 200 000).
        const int bins = 100;
        const int draws = 200_000;
        var values = new double[draws];
        var stream = new RandomStream(99);
        stream.FillUniform(values);
        var counts = new int[bins];
        foreach (var u in values)
        {
            u.Should().BeInRange(0, 1 - 1e-17);
            counts[(int)(u * bins)]++;
        }

        var expected = (double)draws / bins;
        counts.Sum(c => (c - expected) * (c - expected) / expected).Should().BeLessThan(160);
        for (var lag = 1; lag <= 4; lag++)
        {
            var l = lag;
            Pearson(values[..^l], values[l..]).Should().BeInRange(-0.012, 0.012, $"lag {l}");
        }
    }

    [Fact]
    public void NeighbouringChunks_AreUncorrelated()
    {
        // Correlation of two independent streams of n values has sd 1/sqrt(n) = 0.0032 for n = 100 000.
        const int n = 100_000;
        var key = StreamKeys.LeafKey(1, 1);
        var a = new RandomStream(StreamKeys.ChunkSeed(key, 0));
        var b = new RandomStream(StreamKeys.ChunkSeed(key, 1));
        var xs = new double[n];
        var ys = new double[n];
        a.FillUniform(xs);
        b.FillUniform(ys);

        Pearson(xs, ys).Should().BeInRange(-0.02, 0.02);
    }

    [Fact]
    public void SameSeed_SameSequence()
    {
        var a = new RandomStream(123);
        var b = new RandomStream(123);

        Enumerable.Range(0, 10).Select(_ => a.NextUInt64()).Should().Equal(Enumerable.Range(0, 10).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Hash_IsStableAcrossProcesses()
    {
        // Pinned values: a change here would silently change every named leaf's stream.
        StreamKeys.Hash("name:x").Should().Be(StreamKeys.Hash("name:x"));
        StreamKeys.Hash("a").Should().NotBe(StreamKeys.Hash("b"));
        StreamKeys.Mix(0).Should().Be(0UL);
        StreamKeys.Mix(1).Should().Be(0x5692161D100B05E5UL);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1000)]
    [InlineData(63)]
    public void FillNormal_VectorFastPath_IsBitIdenticalToOneAtATime(int length)
    {
        // The vectorized ziggurat must give exactly the values (and leave exactly the stream state) of the scalar
        // ziggurat run value by value in index order, including the ~1.5% of draws that take the slow path.
        var vector = new RandomStream(2024);
        var scalar = new RandomStream(2024);
        var fast = new double[length];
        vector.FillNormal(fast);
        var bits = new ulong[length];
        scalar.FillBits(bits);
        var expected = bits.Select(b => Ziggurat.TryFast(b, Ziggurat.Edges, out var x) ? x : Ziggurat.Slow(b, ref scalar)).ToArray();

        bits.Count(b => !Ziggurat.TryFast(b, Ziggurat.Edges, out _)).Should().BeGreaterThanOrEqualTo(length / 100, "the slow path must be exercised (63 values: the scalar tail only)");
        fast.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits));
        vector.NextUInt64().Should().Be(scalar.NextUInt64());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(4099)]
    public void FillBits_VectorLanes_AreFourXoshiroStreams_AndTheTailIsTheScalarOne(int length)
    {
        // The reference is xoshiro256** as published (Blackman and Vigna: result = rotl(s1 · 5, 7) · 9, then the state
        // update), with real multiplications and rotations, seeded as the constructor documents: SplitMix64 from the
        // seed gives the scalar state's four words, then the vector words, four lanes per word. Value 4j + k comes from
        // lane k's j-th step; the last length mod 4 values come from the scalar state.
        const ulong seed = 2026;
        var x = seed;
        var scalar = new ulong[4];
        for (var w = 0; w < 4; w++)
        {
            scalar[w] = StreamKeys.SplitMix64(ref x);
        }

        var lanes = new ulong[4][];
        for (var k = 0; k < 4; k++)
        {
            lanes[k] = new ulong[4];
        }

        for (var w = 0; w < 4; w++)
        {
            for (var k = 0; k < 4; k++)
            {
                lanes[k][w] = StreamKeys.SplitMix64(ref x);
            }
        }

        var expected = new ulong[length];
        var vectorPart = length - (length % 4);
        for (var i = 0; i < vectorPart; i++)
        {
            expected[i] = Xoshiro(lanes[i % 4]);
        }

        for (var i = vectorPart; i < length; i++)
        {
            expected[i] = Xoshiro(scalar);
        }

        var actual = new ulong[length];
        var stream = new RandomStream(seed);
        stream.FillBits(actual);

        actual.Should().Equal(expected);
        stream.NextUInt64().Should().Be(Xoshiro(scalar));

        static ulong Xoshiro(ulong[] s)
        {
            unchecked
            {
                var result = ulong.RotateLeft(s[1] * 5, 7) * 9;
                var t = s[1] << 17;
                s[2] ^= s[0];
                s[3] ^= s[1];
                s[1] ^= s[2];
                s[0] ^= s[3];
                s[2] ^= t;
                s[3] = ulong.RotateLeft(s[3], 45);
                return result;
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(4099)]
    public void FillUniform_Scaled_IsFillUniformThenMultiplyThenAdd(int length)
    {
        // The one-pass form the uniform samplers use must give exactly the two-step values: u, then (u · scale) + shift,
        // each rounded; for the engine's stream and for a caller's Random alike, and leave the stream where the
        // two-step form leaves it.
        const double scale = 0.3;
        const double shift = -0.7;
        var fused = new RandomStream(5);
        var twoStep = new RandomStream(5);
        var oneStep = new double[length];
        var reference = new double[length];
        fused.FillUniform(oneStep, scale, shift);
        twoStep.FillUniform(reference);
        var expected = reference.Select(u => (u * scale) + shift).ToArray();

        oneStep.Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits));
        fused.NextUInt64().Should().Be(twoStep.NextUInt64());

        var injected = new SystemRandomSource(new Random(5));
        var injectedReference = new Random(5);
        var fromRandom = new double[length];
        injected.FillUniform(fromRandom, scale, shift);
        fromRandom.Should().Equal(Enumerable.Range(0, length).Select(_ => (injectedReference.NextDouble() * scale) + shift));
    }

    [Theory]
    [InlineData(true, 4096)]
    [InlineData(true, 1000)]
    [InlineData(false, 4096)]
    [InlineData(false, 1000)]
    public void ZigguratFastBlocks_BothPaths_AreBitIdenticalToOneAtATime(bool paired, int length)
    {
        // FillNormal takes the AVX path where the machine has AVX and the portable one elsewhere; both must give the
        // values (and leave the stream state) of TryFast then Slow value by value, for the blocks they write.
        if (paired && !System.Runtime.Intrinsics.X86.Avx.IsSupported)
        {
            return; // no AVX here: the portable path is the one FillNormal uses, and it is checked below
        }

        var bits = new ulong[length];
        new RandomStream(77).FillBits(bits);
        var values = new double[length];
        var stream = new RandomStream(99);
        var written = paired ? Ziggurat.FastBlocksPaired(bits, values, ref stream) : Ziggurat.FastBlocksPortable(bits, values, ref stream);
        var reference = new RandomStream(99);
        var expected = bits.Take(written).Select(b => Ziggurat.TryFast(b, Ziggurat.Edges, out var x) ? x : Ziggurat.Slow(b, ref reference)).ToArray();

        written.Should().Be(length / 64 * 64);
        bits.Take(written).Count(b => !Ziggurat.TryFast(b, Ziggurat.Edges, out _)).Should().BeGreaterThan(length / 100, "the slow path must be exercised");
        values.Take(written).Select(BitConverter.DoubleToInt64Bits).Should().Equal(expected.Select(BitConverter.DoubleToInt64Bits));
        stream.NextUInt64().Should().Be(reference.NextUInt64());
    }

    internal static double Pearson(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var mx = xs.Average();
        var my = ys.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
