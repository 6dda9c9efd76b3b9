using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>Fills <paramref name="destination"/> with uniform numbers in [0, 1).</summary>
    void FillUniform(Span<double> destination);

    /// <summary>Fills <paramref name="destination"/> with standard normal numbers.</summary>
    void FillNormal(Span<double> destination);
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

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FillUniform(Span<double> destination)
    {
        FillBits(MemoryMarshal.Cast<double, ulong>(destination));
        var bits = MemoryMarshal.Cast<double, ulong>(destination);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (bits[i] >> 11) * Unit;
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FillNormal(Span<double> destination)
    {
        // One 64-bit draw per value up front (state in registers), then the ziggurat on those bits; the rare
        // wedge and tail cases continue from the stream itself.
        var bits = MemoryMarshal.Cast<double, ulong>(destination);
        FillBits(bits);
        var edges = Ziggurat.Edges;
        for (var i = 0; i < destination.Length; i++)
        {
            var b = bits[i];
            destination[i] = Ziggurat.TryFast(b, edges, out var x) ? x : Ziggurat.Slow(b, ref this);
        }
    }

    /// <summary>Fills <paramref name="destination"/> with raw 64-bit outputs, keeping the state in locals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void FillBits(Span<ulong> destination)
    {
        unchecked
        {
            var s0 = _s0;
            var s1 = _s1;
            var s2 = _s2;
            var s3 = _s3;
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = ulong.RotateLeft(s1 * 5, 7) * 9;
                var t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = ulong.RotateLeft(s3, 45);
            }

            (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
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
    public void FillUniform(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = _random.NextDouble();
        }
    }

    /// <inheritdoc />
    public void FillNormal(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = NextNormal();
        }
    }

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
