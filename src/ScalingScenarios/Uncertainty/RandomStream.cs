namespace ScalingScenarios.Uncertainty;

/// <summary>
/// A source of uniform random numbers that the samplers draw from: the engine's own counter-seeded
/// xoshiro256** stream, or a caller's <see cref="Random"/>.
/// </summary>
internal interface IUniformSource
{
    /// <summary>Returns a uniform number in [0, 1) with 53 random bits.</summary>
    double NextDouble();

    /// <summary>Returns a standard normal number.</summary>
    double NextNormal();
}

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2018) seeded through SplitMix64, written from the
/// published algorithm. One instance covers one leaf for one chunk of samples; its seed is a pure
/// function of (run seed, leaf identity, chunk index), which is what makes runs independent of
/// thread count and scheduling.
/// </summary>
/// <remarks>Not thread-safe: a value type owned by one worker at a time.</remarks>
internal struct RandomStream : IUniformSource
{
    private const double Unit = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four state words from one 64-bit value with SplitMix64.</summary>
    internal RandomStream(ulong seed)
    {
        var x = seed;
        _s0 = StreamKeys.SplitMix64(ref x);
        _s1 = StreamKeys.SplitMix64(ref x);
        _s2 = StreamKeys.SplitMix64(ref x);
        _s3 = StreamKeys.SplitMix64(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1; // xoshiro's only forbidden state; SplitMix64 never yields it in practice.
        }
    }

    /// <summary>Returns the next 64 random bits.</summary>
    internal ulong NextUInt64()
    {
        unchecked
        {
            var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <inheritdoc />
    public double NextDouble() => (NextUInt64() >> 11) * Unit;

    /// <inheritdoc />
    public double NextNormal() => Ziggurat.Next(ref this);

    /// <summary>Fills <paramref name="destination"/> with uniform numbers in [0, 1).</summary>
    internal void FillUniform(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (NextUInt64() >> 11) * Unit;
        }
    }
}

/// <summary>Adapts a caller's <see cref="Random"/> (the injected generator of <see cref="Distribution.Sample(Random)"/>).</summary>
internal struct SystemRandomSource : IUniformSource
{
    private readonly Random _random;
    private double _spareNormal;
    private bool _hasSpare;

    internal SystemRandomSource(Random random)
    {
        _random = random;
        _spareNormal = 0;
        _hasSpare = false;
    }

    /// <inheritdoc />
    public double NextDouble() => _random.NextDouble();

    /// <inheritdoc />
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        var first = Samplers.Polar(ref this, out _spareNormal);
        _hasSpare = true;
        return first;
    }
}
