using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// Fills <paramref name="destination"/> with <c>(u · scale) + shift</c> for uniform numbers u in [0, 1): the values
    /// of <see cref="FillUniform(Span{double})"/> followed by that multiply and add, rounded after each step.
    /// </summary>
    void FillUniform(Span<double> destination, double scale, double shift);

    /// <summary>Fills <paramref name="destination"/> with standard normal numbers.</summary>
    void FillNormal(Span<double> destination);
}

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2021) seeded through SplitMix64, written from the
/// published algorithm. One instance covers one leaf for one chunk of samples; its seed is a pure
/// function of (run seed, leaf identity, chunk index), which is what makes runs independent of
/// thread count and scheduling. Bulk draws (<see cref="FillBits"/>) come from four further xoshiro256**
/// states advanced side by side in one 256-bit vector (a fixed lane count, so results do not depend
/// on the machine's vector width); single draws come from the scalar state.
/// </summary>
/// <remarks>Not thread-safe: a value type owned by one worker at a time.</remarks>
internal struct RandomStream : IUniformSource
{
    private const double Unit = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private Vector256<ulong> _v0;
    private Vector256<ulong> _v1;
    private Vector256<ulong> _v2;
    private Vector256<ulong> _v3;

    /// <summary>Seeds the scalar state and the four vector lanes from one 64-bit value with SplitMix64.</summary>
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

        // Lane k's state is (word0[k], word1[k], word2[k], word3[k]); SplitMix64 outputs are never all zero.
        _v0 = Vector256.Create(StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x));
        _v1 = Vector256.Create(StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x));
        _v2 = Vector256.Create(StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x));
        _v3 = Vector256.Create(StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x), StreamKeys.SplitMix64(ref x));
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
    public void FillUniform(Span<double> destination)
        => Generate(MemoryMarshal.Cast<double, ulong>(destination), default(UnitInterval));

    /// <inheritdoc />
    public void FillUniform(Span<double> destination, double scale, double shift)
        => Generate(MemoryMarshal.Cast<double, ulong>(destination), new ScaledUnit(scale, shift));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FillNormal(Span<double> destination)
    {
        // One 64-bit draw per value up front (state in registers), then the ziggurat on those bits, four values at a
        // time; the rare wedge and tail cases continue from the stream itself, in index order.
        var bits = MemoryMarshal.Cast<double, ulong>(destination);
        FillBits(bits);
        var i = Ziggurat.FastBlocks(bits, destination, ref this);
        var edges = Ziggurat.Edges;
        for (; i < destination.Length; i++)
        {
            var b = bits[i];
            destination[i] = Ziggurat.TryFast(b, edges, out var x) ? x : Ziggurat.Slow(b, ref this);
        }
    }

    /// <summary>Fills <paramref name="destination"/> with raw 64-bit outputs: four lanes at a time from the vector states (kept in registers), the remainder from the scalar state.</summary>
    internal void FillBits(Span<ulong> destination) => Generate(destination, default(RawBits));

    /// <summary>
    /// The one generator loop: the four vector lanes advanced side by side, each output passed through
    /// <paramref name="map"/> (raw bits, or a uniform number's bits) before it is stored, so a fill is one pass; the
    /// remainder of fewer than four values comes from the scalar state.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Generate<TMap>(Span<ulong> destination, TMap map)
        where TMap : struct, IBitsMap
    {
        var s0 = _v0;
        var s1 = _v1;
        var s2 = _v2;
        var s3 = _v3;
        var i = 0;
        for (; i <= destination.Length - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
        {
            // result = rotl(s1 * 5, 7) * 9, with the multiplications as shifts and adds.
            var times5 = (s1 << 2) + s1;
            var rotated = RotateLeft(times5, 7);
            map.Map((rotated << 3) + rotated).CopyTo(destination.Slice(i, Vector256<ulong>.Count));
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
        }

        (_v0, _v1, _v2, _v3) = (s0, s1, s2, s3);
        for (; i < destination.Length; i++)
        {
            destination[i] = map.Map(NextUInt64());
        }
    }

    /// <summary>Rotates each lane left: one instruction with AVX-512 (VPROLQ), two shifts and an or elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateLeft(Vector256<ulong> value, [System.Diagnostics.CodeAnalysis.ConstantExpected] byte count)
        => Avx512F.VL.IsSupported ? Avx512F.VL.RotateLeft(value, count) : (value << count) | Vector256.ShiftRightLogical(value, 64 - count);

    /// <summary>What <see cref="Generate"/> stores for each 64-bit output.</summary>
    private interface IBitsMap
    {
        Vector256<ulong> Map(Vector256<ulong> bits);

        ulong Map(ulong bits);
    }

    /// <summary>The raw bits.</summary>
    private readonly struct RawBits : IBitsMap
    {
        public Vector256<ulong> Map(Vector256<ulong> bits) => bits;

        public ulong Map(ulong bits) => bits;
    }

    /// <summary>The bits of the uniform number <c>(bits >> 11) · 2⁻⁵³</c>.</summary>
    private readonly struct UnitInterval : IBitsMap
    {
        public Vector256<ulong> Map(Vector256<ulong> bits)
            => (Vector256.ConvertToDouble(Vector256.ShiftRightLogical(bits, 11)) * Vector256.Create(Unit)).AsUInt64();

        public ulong Map(ulong bits) => BitConverter.DoubleToUInt64Bits((bits >> 11) * Unit);
    }

    /// <summary>The bits of <c>(u · scale) + shift</c> for the uniform number u of <see cref="UnitInterval"/>.</summary>
    private readonly struct ScaledUnit(double scale, double shift) : IBitsMap
    {
        private readonly Vector256<double> _scale = Vector256.Create(scale);
        private readonly Vector256<double> _shift = Vector256.Create(shift);

        public Vector256<ulong> Map(Vector256<ulong> bits)
            => ((default(UnitInterval).Map(bits).AsDouble() * _scale) + _shift).AsUInt64();

        public ulong Map(ulong bits) => BitConverter.DoubleToUInt64Bits((BitConverter.UInt64BitsToDouble(default(UnitInterval).Map(bits)) * _scale[0]) + _shift[0]);
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
    public void FillUniform(Span<double> destination, double scale, double shift)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (_random.NextDouble() * scale) + shift;
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
