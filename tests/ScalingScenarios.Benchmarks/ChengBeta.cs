using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// Cheng's algorithm BB for beta variates with both shapes above 1, written over the engine's uniform source as the
/// alternative that <see cref="BetaSamplerBenchmarks"/> measures against the engine's beta sampler (the ratio of two
/// Marsaglia–Tsang gamma variates). Not used by the engine: a first version, wired into it, passed the distribution
/// contract tests but was 1.9–5.5 times slower; this one is 1.6–3.7 times slower (docs/performance.md, "Beta sampler").
/// `--beta-moments` checks its mean and variance.
/// </summary>
internal static class ChengBeta
{
    /// <summary>
    /// Fills <paramref name="destination"/> with beta(<paramref name="alpha"/>, <paramref name="beta"/>) variates, both
    /// shapes above 1, by Cheng's algorithm BB (Cheng 1978, "Generating beta variates with nonintegral shape parameters",
    /// Communications of the ACM 21(4), 317–322), vectorized: with a = min(α, β), b = max(α, β), each candidate takes two
    /// uniforms U₁, U₂, V = λ ln(U₁ / (1 − U₁)), W = a e^V, Z = U₁² U₂, R = γ V − ln 4 and S = a + R − W, and is accepted
    /// when S + 1 + ln 5 ≥ 5 Z, or S ≥ ln Z, or R + (a + b) ln((a + b) / (b + W)) ≥ ln Z; the variate is W / (b + W)
    /// (b / (b + W) when α is the larger shape). About 1.15 candidates per variate for PERT-like shapes.
    /// Blocks of up to <see cref="ChengBlock"/> values: all U₁, then all U₂ drawn in bulk, V, W and Z computed over the
    /// block, the quick test and the variate in one vector pass that notes the misses in bit masks; the misses (about
    /// half) get their two logarithms in batches and the exact tests; the rejected ones are drawn again, in index order,
    /// in further rounds over the rejected only. <paramref name="scratch"/> holds at least three times as many values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fill<T>(ref T source, double alpha, double beta, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var shape = new ChengShape(alpha, beta);
        Span<int> map = stackalloc int[ChengBlock];
        Span<int> rejected = stackalloc int[ChengBlock];
        for (var start = 0; start < destination.Length; start += ChengBlock)
        {
            var block = destination.Slice(start, Math.Min(ChengBlock, destination.Length - start));
            var n = block.Length;
            var m = ChengRound(ref source, shape, block, default, rejected, scratch[..n], scratch.Slice(n, n), scratch.Slice(2 * n, n));
            while (m > 0)
            {
                // Later rounds: candidates for the rejected indices only, in the first m values of the buffers.
                var swap = map;
                map = rejected;
                rejected = swap;
                m = ChengRound(ref source, shape, block, map[..m], rejected, scratch[..m], scratch.Slice(n, m), scratch.Slice(2 * n, m));
            }
        }
    }

    /// <summary>
    /// One round: a candidate per value of <paramref name="x"/> (its length), for the indices <paramref name="map"/> of
    /// <paramref name="block"/> (all indices in order when empty). Accepted variates are written; the indices of the
    /// rejected are written to <paramref name="rejected"/> in order; returns their count. <paramref name="x"/>,
    /// <paramref name="y"/> and <paramref name="w"/> are workspace.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ChengRound<T>(ref T source, in ChengShape shape, Span<double> block, ReadOnlySpan<int> map, Span<int> rejected, Span<double> x, Span<double> y, Span<double> w)
        where T : struct, IUniformSource
    {
        var n = x.Length;
        var direct = map.IsEmpty;
        source.FillUniform(x);
        source.FillUniform(y);

        // V into w, Z into y, W into x.
        TensorPrimitives.Subtract(1.0, x, w);
        TensorPrimitives.Divide(x, w, w);
        TensorPrimitives.Log(w, w);
        TensorPrimitives.Multiply(w, shape.Lambda, w);
        TensorPrimitives.Multiply(x, x, x);
        TensorPrimitives.Multiply(x, y, y);
        TensorPrimitives.Exp(w, x);
        TensorPrimitives.Multiply(x, shape.A, x);

        // The quick test (and in the first round the variate, for every candidate: a rejected one is overwritten by a
        // later round), four at a time; misses noted per 64 values, then the exact tests for the misses in batches.
        Span<int> misses = stackalloc int[MissBatch];
        Span<double> logZ = stackalloc double[MissBatch];
        Span<double> logB = stackalloc double[MissBatch];
        var a = Vector256.Create(shape.A);
        var b = Vector256.Create(shape.B);
        var gamma = Vector256.Create(shape.Gamma);
        var ln4 = Vector256.Create(Ln4);
        var quick = Vector256.Create(ChengQuickAcceptance);
        var five = Vector256.Create(5.0);
        var count = 0;
        var rejectedCount = 0;
        for (var i = 0; i < n; i += 64)
        {
            var missed = 0UL;
            var k = 0;
            for (; k < 64 && i + k <= n - Vector256<double>.Count; k += Vector256<double>.Count)
            {
                var j = i + k;
                var v = Vector256.Create((ReadOnlySpan<double>)w.Slice(j, Vector256<double>.Count));
                var wv = Vector256.Create((ReadOnlySpan<double>)x.Slice(j, Vector256<double>.Count));
                var z = Vector256.Create((ReadOnlySpan<double>)y.Slice(j, Vector256<double>.Count));
                var s = a + ((gamma * v) - ln4) - wv;
                var accept = Vector256.GreaterThanOrEqual(s + quick, five * z);
                missed |= (ulong)(~accept.ExtractMostSignificantBits() & 0xF) << k;
                if (direct)
                {
                    ((shape.Swapped ? b : wv) / (b + wv)).CopyTo(block.Slice(j, Vector256<double>.Count));
                }
            }

            for (; k < 64 && i + k < n; k++)
            {
                missed |= 1UL << k; // the tail: the scalar tests decide
                if (direct)
                {
                    block[i + k] = (shape.Swapped ? shape.B : x[i + k]) / (shape.B + x[i + k]);
                }
            }

            while (missed != 0)
            {
                misses[count++] = i + BitOperations.TrailingZeroCount(missed);
                missed &= missed - 1;
                if (count == MissBatch)
                {
                    rejectedCount = ExactTests(shape, misses, logZ, logB, map, rejected, rejectedCount, x, y, w);
                    count = 0;
                }
            }
        }

        rejectedCount = ExactTests(shape, misses[..count], logZ[..count], logB[..count], map, rejected, rejectedCount, x, y, w);
        if (!direct)
        {
            // In index order; a rejected one gets a value that a later round overwrites.
            for (var k = 0; k < n; k++)
            {
                block[map[k]] = (shape.Swapped ? shape.B : x[k]) / (shape.B + x[k]);
            }
        }

        return rejectedCount;
    }

    /// <summary>Candidates per batch of exact tests.</summary>
    private const int MissBatch = 256;

    /// <summary>
    /// Cheng's two exact tests for the candidates <paramref name="misses"/> that failed the quick test (S ≥ ln Z, then
    /// R + (a + b) ln((a + b) / (b + W)) ≥ ln Z; the logarithms over the batch); appends the rejected to
    /// <paramref name="rejected"/> (as block indices through <paramref name="map"/>) and returns the new count.
    /// </summary>
    private static int ExactTests(in ChengShape shape, ReadOnlySpan<int> misses, Span<double> logZ, Span<double> logB, ReadOnlySpan<int> map, Span<int> rejected, int rejectedCount, ReadOnlySpan<double> w, ReadOnlySpan<double> z, ReadOnlySpan<double> v)
    {
        for (var k = 0; k < misses.Length; k++)
        {
            logZ[k] = z[misses[k]];
            logB[k] = shape.Sum / (shape.B + w[misses[k]]);
        }

        TensorPrimitives.Log(logZ, logZ);
        TensorPrimitives.Log(logB, logB);
        for (var k = 0; k < misses.Length; k++)
        {
            var j = misses[k];
            var r = (shape.Gamma * v[j]) - Ln4;
            var s = shape.A + r - w[j];
            if (s + ChengQuickAcceptance >= 5 * z[j] || s >= logZ[k] || r + (shape.Sum * logB[k]) >= logZ[k])
            {
                continue;
            }

            rejected[rejectedCount++] = map.IsEmpty ? j : map[j];
        }

        return rejectedCount;
    }

    /// <summary>
    /// Not a sampler: the work every candidate of <see cref="Fill"/> needs whatever its acceptance tests cost — two
    /// uniforms, V = λ ln(U₁ / (1 − U₁)), W = a e^V and W / (b + W) — once per value, with no test and no rejection. Its
    /// time is a floor under any variant of BB with a cheaper squeeze.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CostFloor<T>(ref T source, double alpha, double beta, Span<double> destination, Span<double> scratch)
        where T : struct, IUniformSource
    {
        var shape = new ChengShape(alpha, beta);
        for (var start = 0; start < destination.Length; start += ChengBlock)
        {
            var block = destination.Slice(start, Math.Min(ChengBlock, destination.Length - start));
            var u1 = scratch[..block.Length];
            var w = scratch.Slice(block.Length, block.Length);
            source.FillUniform(u1);
            source.FillUniform(w);
            TensorPrimitives.Subtract(1.0, u1, block);
            TensorPrimitives.Divide(u1, block, block);
            TensorPrimitives.Log(block, block);
            TensorPrimitives.Multiply(block, shape.Lambda, block);
            TensorPrimitives.Exp(block, w);
            TensorPrimitives.Multiply(w, shape.A, w);
            TensorPrimitives.Add(w, shape.B, block);
            TensorPrimitives.Divide(w, block, block);
        }
    }

    /// <summary>Values per block of <see cref="Fill"/> (the rejected indices of a block are kept on the stack).</summary>
    private const int ChengBlock = 4096;

    /// <summary>ln 4, in Cheng's R = γ V − ln 4.</summary>
    private const double Ln4 = 1.3862943611198906;

    /// <summary>1 + ln 5, Cheng's quick-acceptance constant.</summary>
    private const double ChengQuickAcceptance = 2.6094379124341003;
}
