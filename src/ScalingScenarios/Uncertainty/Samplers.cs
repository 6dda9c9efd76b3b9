using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// The sampling algorithms, written once over any uniform source and over per-sample or shared
/// parameters. Invalid per-sample parameters produce NaN at that sample; the engine then reports
/// the node and the sample index (see <see cref="ParameterRules"/> for the message).
/// </summary>
internal static class Samplers
{
    /// <summary>Marsaglia's polar method: two independent standard normals from pairs of uniforms.</summary>
    internal static double Polar<T>(ref T source, out double second)
        where T : struct, IUniformSource
    {
        double u, v, s;
        do
        {
            u = (2 * source.NextDouble()) - 1;
            v = (2 * source.NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        second = v * factor;
        return u * factor;
    }

    /// <summary>Fills <paramref name="destination"/> with uniforms in [0, 1).</summary>
    internal static void FillUniform<T>(ref T source, Span<double> destination)
        where T : struct, IUniformSource
        => source.FillUniform(destination);

    /// <summary>Fills <paramref name="destination"/> with standard normals (the ziggurat for the engine's own stream).</summary>
    internal static void FillStandardNormal<T>(ref T source, Span<double> destination)
        where T : struct, IUniformSource
        => source.FillNormal(destination);

    /// <summary>Uniform on [min, max).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Uniform<T>(ref T source, Param min, Param max, Span<double> destination)
        where T : struct, IUniformSource
    {
        if (min.IsScalar && max.IsScalar)
        {
            source.FillUniform(destination, max.Scalar - min.Scalar, min.Scalar);
            return;
        }

        FillUniform(ref source, destination);

        for (var i = 0; i < destination.Length; i++)
        {
            var a = min[i];
            var b = max[i];
            destination[i] = ParameterRules.IsInterval(a, b) ? a + ((b - a) * destination[i]) : double.NaN;
        }
    }

    /// <summary>Normal with the given mean and standard deviation.</summary>
    internal static void Normal<T>(ref T source, Param mean, Param stdDev, Span<double> destination)
        where T : struct, IUniformSource
    {
        FillStandardNormal(ref source, destination);
        ScaleShift(mean, stdDev, destination);
    }

    /// <summary>Log-normal: exp of a normal with mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/>.</summary>
    internal static void LogNormal<T>(ref T source, Param mu, Param sigma, Span<double> destination)
        where T : struct, IUniformSource
    {
        FillStandardNormal(ref source, destination);
        if (mu.IsScalar && sigma.IsScalar)
        {
            // One pass scales, shifts and checks the range StableExp needs to know.
            var withinSafeRange = MultiplyAdd(destination, sigma.Scalar, mu.Scalar, StableExp.SafeArgument);
            StableExp.Exp(destination, destination, withinSafeRange);
            return;
        }

        ScaleShift(mu, sigma, destination);
        StableExp.Exp(destination, destination);
    }

    /// <summary>Triangular on [min, max] with the given mode, by inverting the CDF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Triangular<T>(ref T source, Param min, Param mode, Param max, Span<double> destination)
        where T : struct, IUniformSource
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var a = min[i];
            var c = mode[i];
            var b = max[i];
            var u = source.NextDouble();
            destination[i] = ParameterRules.IsTriangular(a, c, b) ? TriangularInverse(u, a, c, b) : double.NaN;
        }
    }

    /// <summary>The triangular quantile function.</summary>
    internal static double TriangularInverse(double u, double a, double c, double b)
    {
        var width = b - a;
        var split = (c - a) / width;
        return u < split
            ? a + Math.Sqrt(u * width * (c - a))
            : b - Math.Sqrt((1 - u) * width * (b - c));
    }

    /// <summary>PERT on [min, max] with the given mode (a scaled beta with shape 4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Pert<T>(ref T source, Param min, Param mode, Param max, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        if (min.IsScalar && mode.IsScalar && max.IsScalar)
        {
            var (a0, b0) = PertShape(min.Scalar, mode.Scalar, max.Scalar);
            BetaFill(ref source, new GammaShape(a0), new GammaShape(b0), destination, scratch);
            MultiplyAdd(destination, max.Scalar - min.Scalar, min.Scalar);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            var a = min[i];
            var c = mode[i];
            var b = max[i];
            if (!ParameterRules.IsTriangular(a, c, b))
            {
                destination[i] = double.NaN;
                continue;
            }

            var (alpha, beta) = PertShape(a, c, b);
            destination[i] = a + ((b - a) * BetaVariate(ref source, alpha, beta));
        }
    }

    /// <summary>The beta shape parameters of a PERT distribution (λ = 4).</summary>
    internal static (double Alpha, double Beta) PertShape(double min, double mode, double max)
    {
        var width = max - min;
        return (1 + (4 * (mode - min) / width), 1 + (4 * (max - mode) / width));
    }

    /// <summary>Beta(alpha, beta) as a ratio of gamma variates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Beta<T>(ref T source, Param alpha, Param beta, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        if (alpha.IsScalar && beta.IsScalar)
        {
            BetaFill(ref source, new GammaShape(alpha.Scalar), new GammaShape(beta.Scalar), destination, scratch);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            var a = alpha[i];
            var b = beta[i];
            destination[i] = ParameterRules.IsPositive(a) && ParameterRules.IsPositive(b) ? BetaVariate(ref source, a, b) : double.NaN;
        }
    }

    /// <summary>1 with probability p, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Bernoulli<T>(ref T source, Param p, Span<double> destination)
        where T : struct, IUniformSource
    {
        FillUniform(ref source, destination);
        var n = destination.Length;
        ref var values = ref MemoryMarshal.GetReference(destination);
        var vectorEnd = (nuint)(n - (n % Vector256<double>.Count));
        unchecked
        {
            // In bounds: i + 3 < vectorEnd <= n for both spans (ps has n values). Unchecked: offsets below n.
            if (p.IsScalar)
            {
                var threshold = Vector256.Create(p.Scalar);
                for (nuint i = 0; i < vectorEnd; i += (nuint)Vector256<double>.Count)
                {
                    var u = Vector256.LoadUnsafe(ref values, i);
                    (Vector256.LessThan(u, threshold) & Vector256<double>.One).StoreUnsafe(ref values, i);
                }
            }
            else
            {
                // Per-sample p, branch-free (the outcome is a coin flip the branch predictor cannot learn): 1 where u < p,
                // else 0, and NaN where p is outside [0, 1] (NaN included): ParameterRules.IsProbability, vectorized, as in
                // the scalar loop below.
                ref var ps = ref MemoryMarshal.GetReference(p.Span(n));
                var nan = Vector256.Create(double.NaN);
                for (nuint i = 0; i < vectorEnd; i += (nuint)Vector256<double>.Count)
                {
                    var u = Vector256.LoadUnsafe(ref values, i);
                    var q = Vector256.LoadUnsafe(ref ps, i);
                    var valid = Vector256.GreaterThanOrEqual(q, Vector256<double>.Zero) & Vector256.LessThanOrEqual(q, Vector256<double>.One);
                    Vector256.ConditionalSelect(valid, Vector256.LessThan(u, q) & Vector256<double>.One, nan).StoreUnsafe(ref values, i);
                }
            }
        }

        for (var i = (int)vectorEnd; i < n; i++)
        {
            var q = p[i];
            destination[i] = ParameterRules.IsProbability(q) ? (destination[i] < q ? 1 : 0) : double.NaN;
        }
    }

    /// <summary>A value drawn from <paramref name="values"/> with the given cumulative probabilities (last = 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Discrete<T>(ref T source, double[] values, double[] cumulative, Span<double> destination)
        where T : struct, IUniformSource
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = values[PickIndex(cumulative, source.NextDouble())];
        }
    }

    /// <summary>The index k of the first cumulative probability above u (u in [0, 1)).</summary>
    internal static int PickIndex(double[] cumulative, double u)
    {
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (u < cumulative[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>A gamma(shape, 1) variate by Marsaglia and Tsang (2000); shapes below 1 use the u^(1/shape) boost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double GammaVariate<T>(ref T source, in GammaShape shape)
        where T : struct, IUniformSource
    {
        var d = shape.D;
        var c = shape.C;
        double result;
        while (true)
        {
            double x, v;
            do
            {
                x = source.NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = source.NextDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                result = d * v;
                break;
            }
        }

        return shape.Value < 1 ? result * Math.Pow(1 - source.NextDouble(), shape.InverseValue) : result;
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with gamma variates of one shape: normals and uniforms for the whole chunk are
    /// drawn first (the fast generators), then the Marsaglia–Tsang test runs over them; the few rejected candidates are
    /// redrawn one at a time. <paramref name="scratch"/> holds at least twice as many values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void GammaFill<T>(ref T source, in GammaShape shape, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var n = destination.Length;
        var normals = scratch[..n];
        var uniforms = scratch.Slice(n, n);
        source.FillNormal(normals);
        source.FillUniform(uniforms);
        var d = shape.D;
        var c = shape.C;

        // Vectorized, in blocks of 64: accept by the squeeze test u < 1 − 0.0331 x⁴ (about 92% of candidates) and note
        // the others in the block's bit mask; they are gathered in index order and finished by the full test in batches
        // (vectorized logarithms). No per-value branch, so no mispredictions on the common path.
        const int Block = 64;
        Span<double> candidateX = stackalloc double[CandidateBlock];
        Span<double> candidateU = stackalloc double[CandidateBlock];
        Span<double> logU = stackalloc double[CandidateBlock];
        Span<double> logV = stackalloc double[CandidateBlock];
        Span<int> candidateIndex = stackalloc int[CandidateBlock];
        var m = 0;
        var dv = Vector256.Create(d);
        var cv = Vector256.Create(c);
        var squeeze = Vector256.Create(0.0331);
        var i = 0;
        for (; i < n; i += Block)
        {
            var missed = 0UL;
            if (i <= n - Block)
            {
                ref var blockX = ref Unsafe.Add(ref MemoryMarshal.GetReference(normals), i);
                ref var blockU = ref Unsafe.Add(ref MemoryMarshal.GetReference(uniforms), i);
                ref var blockOut = ref Unsafe.Add(ref MemoryMarshal.GetReference(destination), i);
                unchecked
                {
                    // In bounds: i + 63 < n for all three spans. Unchecked: offsets below 64.
                    for (nuint k = 0; k < Block; k += (nuint)Vector256<double>.Count)
                    {
                        var x = Vector256.LoadUnsafe(ref blockX, k);
                        var u = Vector256.LoadUnsafe(ref blockU, k);
                        var v = Vector256<double>.One + (cv * x);
                        var v3 = v * v * v;
                        var x2 = x * x;
                        var accept = Vector256.GreaterThan(v, Vector256<double>.Zero) & Vector256.LessThan(u, Vector256<double>.One - (squeeze * x2 * x2));
                        (dv * v3).StoreUnsafe(ref blockOut, k);
                        missed |= (ulong)(~accept.ExtractMostSignificantBits() & 0xF) << (int)k;
                    }
                }
            }
            else
            {
                missed = (1UL << (n - i)) - 1; // the last partial block: every value takes the full test
            }

            while (missed != 0)
            {
                var j = i + BitOperations.TrailingZeroCount(missed);
                missed &= missed - 1;
                candidateX[m] = normals[j];
                candidateU[m] = uniforms[j];
                candidateIndex[m] = j;
                if (++m == CandidateBlock)
                {
                    FinishCandidates(ref source, shape, candidateX, candidateU, logU, logV, candidateIndex, destination);
                    m = 0;
                }
            }
        }

        FinishCandidates(ref source, shape, candidateX[..m], candidateU[..m], logU[..m], logV[..m], candidateIndex[..m], destination);

        if (shape.Value < 1)
        {
            source.FillUniform(uniforms);
            for (i = 0; i < n; i++)
            {
                destination[i] *= Math.Pow(1 - uniforms[i], shape.InverseValue);
            }
        }
    }

    /// <summary>Candidates gathered per block by <see cref="GammaFill"/>'s second pass (three doubles and an int each, on the stack).</summary>
    private const int CandidateBlock = 256;

    /// <summary>
    /// Marsaglia and Tsang's test, u &lt; 1 − 0.0331 x⁴ or ln u &lt; x²/2 + d (1 − v + ln v), for candidates that
    /// failed the vectorized squeeze: the logarithms and the test run vectorized over the block, every candidate's
    /// d·v is written, and then the rejected ones are replaced by fresh draws in index order (the stream is consumed
    /// exactly as by a loop that tests and redraws one candidate at a time). <paramref name="logU"/> and
    /// <paramref name="logV"/> are workspace.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FinishCandidates<T>(ref T source, in GammaShape shape, ReadOnlySpan<double> x, ReadOnlySpan<double> u, Span<double> logU, Span<double> logV, ReadOnlySpan<int> index, Span<double> destination)
        where T : struct, IUniformSource
    {
        var m = x.Length;
        var d = shape.D;
        var c = shape.C;
        for (var k = 0; k < m; k++)
        {
            var v = 1 + (c * x[k]);
            logV[k] = v > 0 ? v * v * v : 1;
        }

        AlignedStack.Log(logV, logV);
        AlignedStack.Log(u, logU);

        // The test per candidate, four at a time (the same operations in the same order as the scalar expression, so
        // the same decisions), with d·v³ written to every candidate's index; the rejected ones are noted in a bit mask.
        Span<ulong> rejected = stackalloc ulong[(CandidateBlock + 63) / 64];
        rejected.Clear();
        var k4 = 0;
        unchecked
        {
            var dv = Vector256.Create(d);
            var cv = Vector256.Create(c);
            var squeeze = Vector256.Create(0.0331);
            var half = Vector256.Create(0.5);
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var us = ref MemoryMarshal.GetReference(u);
            ref var lus = ref MemoryMarshal.GetReference(logU);
            ref var lvs = ref MemoryMarshal.GetReference((ReadOnlySpan<double>)logV);
            ref var indices = ref MemoryMarshal.GetReference(index);
            ref var output = ref MemoryMarshal.GetReference(destination);
            for (; k4 <= m - Vector256<double>.Count; k4 += Vector256<double>.Count)
            {
                // In bounds: k4 + 3 < m for the five spans of candidates; every index is below destination.Length.
                var xv = Vector256.LoadUnsafe(ref xs, (nuint)k4);
                var uv = Vector256.LoadUnsafe(ref us, (nuint)k4);
                var v = Vector256<double>.One + (cv * xv);
                var v3 = v * v * v;
                var x2 = xv * xv;
                var accept = Vector256.GreaterThan(v, Vector256<double>.Zero)
                    & (Vector256.LessThan(uv, Vector256<double>.One - (squeeze * x2 * x2))
                       | Vector256.LessThan(Vector256.LoadUnsafe(ref lus, (nuint)k4), (half * x2) + (dv * (Vector256<double>.One - v3 + Vector256.LoadUnsafe(ref lvs, (nuint)k4)))));
                var value = dv * v3;
                for (var lane = 0; lane < Vector256<double>.Count; lane++)
                {
                    Unsafe.Add(ref output, Unsafe.Add(ref indices, k4 + lane)) = value.GetElement(lane);
                }

                rejected[k4 >> 6] |= (ulong)(~accept.ExtractMostSignificantBits() & 0xF) << (k4 & 63);
            }
        }

        for (var k = k4; k < m; k++)
        {
            var v = 1 + (c * x[k]);
            var v3 = v * v * v;
            var x2 = x[k] * x[k];
            destination[index[k]] = d * v3;
            if (!(v > 0 && (u[k] < 1 - (0.0331 * x2 * x2) || logU[k] < (0.5 * x2) + (d * (1 - v3 + logV[k])))))
            {
                rejected[k >> 6] |= 1UL << (k & 63);
            }
        }

        var redraw = new GammaShape(shape.Value < 1 ? shape.Value + 1 : shape.Value);
        for (var w = 0; w < rejected.Length; w++)
        {
            for (var bits = rejected[w]; bits != 0; bits &= bits - 1)
            {
                var k = (w * 64) + BitOperations.TrailingZeroCount(bits);
                destination[index[k]] = GammaVariate(ref source, redraw);
            }
        }
    }

    /// <summary>Fills <paramref name="destination"/> with beta variates of fixed shapes; <paramref name="scratch"/> holds at least three times as many values.</summary>
    internal static void BetaFill<T>(ref T source, in GammaShape alpha, in GammaShape beta, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        if (Math.Min(alpha.Value, beta.Value) < LogSpaceShape)
        {
            BetaFillLogSpace(ref source, alpha.Value, beta.Value, destination, scratch);
            return;
        }

        var n = destination.Length;
        var y = scratch.Slice(2 * n, n);
        GammaFill(ref source, alpha, destination, scratch);
        GammaFill(ref source, beta, y, scratch);
        // x / (x + y) in one pass, noting whether any sum is not positive (both draws underflowed to 0: tiny shapes).
        var allPositive = Vector256<double>.AllBitsSet;
        var i = 0;
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var x = Vector256.Create((ReadOnlySpan<double>)destination.Slice(i, Vector256<double>.Count));
            var sum = x + Vector256.Create((ReadOnlySpan<double>)y.Slice(i, Vector256<double>.Count));
            allPositive &= Vector256.GreaterThan(sum, Vector256<double>.Zero);
            (x / sum).CopyTo(destination.Slice(i, Vector256<double>.Count));
        }

        var vectorEnd = i;
        for (; i < n; i++)
        {
            var sum = destination[i] + y[i];
            destination[i] = sum > 0 ? destination[i] / sum : (alpha.Value >= beta.Value ? 1 : 0);
        }

        if (!Vector256.EqualsAll(allPositive.AsUInt64(), Vector256<ulong>.AllBitsSet))
        {
            for (i = 0; i < vectorEnd; i++)
            {
                if (!(destination[i] >= 0))
                {
                    // 0 / 0: the mass sits at the end of the larger shape.
                    destination[i] = alpha.Value >= beta.Value ? 1 : 0;
                }
            }
        }
    }

    /// <summary>A beta(alpha, beta) variate: X / (X + Y) with X ~ gamma(alpha), Y ~ gamma(beta).</summary>
    internal static double BetaVariate<T>(ref T source, double alpha, double beta)
        where T : struct, IUniformSource
        => BetaVariate(ref source, new GammaShape(alpha), new GammaShape(beta));

    /// <summary>A beta variate from precomputed gamma shapes.</summary>
    internal static double BetaVariate<T>(ref T source, in GammaShape alpha, in GammaShape beta)
        where T : struct, IUniformSource
    {
        if (Math.Min(alpha.Value, beta.Value) < LogSpaceShape)
        {
            var lx = LogGammaVariate(ref source, alpha.Value);
            var ly = LogGammaVariate(ref source, beta.Value);
            return 1 / (1 + Math.Exp(ly - lx));
        }

        var x = GammaVariate(ref source, alpha);
        var y = GammaVariate(ref source, beta);
        var sum = x + y;
        return sum > 0 ? x / sum : (alpha.Value >= beta.Value ? 1 : 0);
    }

    /// <summary>
    /// Below this shape, beta (and Student's t) variates are built from logarithms of gamma variates. The Marsaglia–Tsang
    /// boost G(k) = G(k + 1) · U^(1/k) for k &lt; 1 leaves the normal double range once U^(1/k) can fall below 2^-1022:
    /// with U ≥ 2^-53 that happens for k &lt; 53 / 1022 ≈ 0.052, and then X / (X + Y) is 0 / 0 or loses all precision
    /// (beta(0.002, 0.002) had mean 0.524 instead of 0.5). In logs nothing underflows; above the threshold the direct
    /// form is exact and kept (same samples as before).
    /// </summary>
    internal const double LogSpaceShape = 0.1;

    /// <summary>ln G for a gamma(<paramref name="shape"/>, 1) variate G: ln G(k + 1) + ln(U) / k below shape 1, else ln G(k).</summary>
    internal static double LogGammaVariate<T>(ref T source, double shape)
        where T : struct, IUniformSource
        => shape < 1
            ? Math.Log(GammaVariate(ref source, new GammaShape(shape + 1))) + (Math.Log(1 - source.NextDouble()) / shape)
            : Math.Log(GammaVariate(ref source, new GammaShape(shape)));

    /// <summary>Fills <paramref name="destination"/> with ln G for gamma(<paramref name="shape"/>, 1) variates; <paramref name="scratch"/> holds at least twice as many values.</summary>
    private static void LogGammaFill<T>(ref T source, double shape, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var n = destination.Length;
        GammaFill(ref source, new GammaShape(shape < 1 ? shape + 1 : shape), destination, scratch);
        AlignedStack.Log(destination, destination);
        if (shape < 1)
        {
            var u = scratch[..n];
            source.FillUniform(u);
            for (var i = 0; i < n; i++)
            {
                destination[i] += Math.Log(1 - u[i]) / shape;
            }
        }
    }

    /// <summary>Beta variates for small shapes: X / (X + Y) = 1 / (1 + exp(ln Y − ln X)); <paramref name="scratch"/> holds at least three times as many values.</summary>
    private static void BetaFillLogSpace<T>(ref T source, double alpha, double beta, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var n = destination.Length;
        var logY = scratch.Slice(2 * n, n);
        LogGammaFill(ref source, alpha, destination, scratch[..(2 * n)]);
        LogGammaFill(ref source, beta, logY, scratch[..(2 * n)]);
        for (var i = 0; i < n; i++)
        {
            destination[i] = 1 / (1 + Math.Exp(logY[i] - destination[i]));
        }
    }

    /// <summary>
    /// Student's t with the given location, scale and degrees of freedom ν: location + scale · Z / √(V / ν), with Z standard
    /// normal and V = 2 G(ν / 2) chi-squared with ν degrees of freedom (Student 1908; G gamma). <paramref name="scratch"/>
    /// holds at least three times as many values.
    /// </summary>
    internal static void StudentT<T>(ref T source, Param location, Param scale, Param degreesOfFreedom, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var n = destination.Length;
        if (location.IsScalar && scale.IsScalar && degreesOfFreedom.IsScalar)
        {
            var nu = degreesOfFreedom.Scalar;
            var logG = scratch.Slice(2 * n, n);
            LogGammaFill(ref source, nu / 2, logG, scratch[..(2 * n)]);
            source.FillNormal(destination);
            var (m, sc, logHalfNu) = (location.Scalar, scale.Scalar, Math.Log(nu / 2));
            for (var i = 0; i < n; i++)
            {
                // √(V / ν) = √(G / (ν / 2)) = exp((ln G − ln(ν / 2)) / 2), in logs so that a tiny G cannot underflow.
                destination[i] = m + (sc * destination[i] * Math.Exp(-0.5 * (logG[i] - logHalfNu)));
            }

            return;
        }

        for (var i = 0; i < n; i++)
        {
            var (m, sc, nu) = (location[i], scale[i], degreesOfFreedom[i]);
            if (!(ParameterRules.IsFinite(m) && ParameterRules.IsPositive(sc) && ParameterRules.IsPositive(nu)))
            {
                destination[i] = double.NaN;
                continue;
            }

            var z = source.NextNormal();
            destination[i] = m + (sc * z * Math.Exp(-0.5 * (LogGammaVariate(ref source, nu / 2) - Math.Log(nu / 2))));
        }
    }

    /// <summary>Log-uniform on [min, max): exp of a uniform on [ln min, ln max).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void LogUniform<T>(ref T source, Param min, Param max, Span<double> destination)
        where T : struct, IUniformSource
    {
        if (min.IsScalar && max.IsScalar)
        {
            var lo = Math.Log(min.Scalar);
            source.FillUniform(destination, Math.Log(max.Scalar) - lo, lo);
            StableExp.Exp(destination, destination);
            return;
        }

        FillUniform(ref source, destination);

        for (var i = 0; i < destination.Length; i++)
        {
            var a = min[i];
            var b = max[i];
            if (!ParameterRules.IsPositiveInterval(a, b))
            {
                destination[i] = double.NaN;
                continue;
            }

            var lo = Math.Log(a);
            destination[i] = Math.Exp(lo + ((Math.Log(b) - lo) * destination[i]));
        }
    }

    /// <summary>
    /// values[i] = values[i] · scale + shift in one pass: a multiplication then an addition, each rounded (no fused
    /// multiply-add), so the result is exactly that of two separate passes.
    /// </summary>
    private static void MultiplyAdd(Span<double> values, double scale, double shift)
        => MultiplyAdd(values, scale, shift, double.PositiveInfinity);

    /// <summary>values[i] = (values[i] · scale) + shift; returns whether every result lies within ±<paramref name="limit"/> (false for NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MultiplyAdd(Span<double> values, double scale, double shift, double limit)
    {
        var scaleV = Vector256.Create(scale);
        var shiftV = Vector256.Create(shift);
        var limitV = Vector256.Create(limit);
        var within = Vector256<double>.AllBitsSet;
        ref var start = ref MemoryMarshal.GetReference(values);
        var vectorEnd = (nuint)(values.Length - (values.Length % Vector256<double>.Count));
        unchecked
        {
            // In bounds: i + 3 < vectorEnd <= values.Length.
            for (nuint i = 0; i < vectorEnd; i += (nuint)Vector256<double>.Count)
            {
                var result = (Vector256.LoadUnsafe(ref start, i) * scaleV) + shiftV;
                within &= Vector256.LessThanOrEqual(Vector256.Abs(result), limitV);
                result.StoreUnsafe(ref start, i);
            }
        }

        var allWithin = Vector256.EqualsAll(within.AsUInt64(), Vector256<ulong>.AllBitsSet);
        for (var i = (int)vectorEnd; i < values.Length; i++)
        {
            values[i] = (values[i] * scale) + shift;
            allWithin &= Math.Abs(values[i]) <= limit;
        }

        return allWithin;
    }

    private static void ScaleShift(Param shift, Param scale, Span<double> destination)
    {
        if (shift.IsScalar && scale.IsScalar)
        {
            MultiplyAdd(destination, scale.Scalar, shift.Scalar);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            var m = shift[i];
            var s = scale[i];
            destination[i] = ParameterRules.IsFinite(m) && ParameterRules.IsPositive(s) ? m + (s * destination[i]) : double.NaN;
        }
    }
}

/// <summary>The constants of the Marsaglia–Tsang gamma sampler for one shape, computed once.</summary>
internal readonly struct GammaShape
{
    internal GammaShape(double value)
    {
        Value = value;
        InverseValue = 1 / value;
        D = (value < 1 ? value + 1 : value) - (1.0 / 3);
        C = 1 / Math.Sqrt(9 * D);
    }

    /// <summary>The shape k.</summary>
    internal double Value { get; }

    /// <summary>1 / k (the boost exponent for k &lt; 1).</summary>
    internal double InverseValue { get; }

    /// <summary>d = k' − 1/3 with k' = k, or k + 1 when k &lt; 1.</summary>
    internal double D { get; }

    /// <summary>c = 1 / √(9 d).</summary>
    internal double C { get; }
}
