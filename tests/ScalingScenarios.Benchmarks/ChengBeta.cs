using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// Cheng's algorithm BB for beta variates with both shapes above 1, written over the engine's uniform source as the
/// alternative that <see cref="BetaSamplerBenchmarks"/> measures against the engine's beta sampler (the ratio of two
/// Marsaglia–Tsang gamma variates). Not used by the engine: wired into it, it passed the distribution contract tests but
/// was 1.9–5.5 times slower (docs/performance.md, "Beta sampler").
/// </summary>
internal static class ChengBeta
{
    /// <summary>
    /// Fills <paramref name="destination"/> with beta(<paramref name="alpha"/>, <paramref name="beta"/>) variates, both
    /// shapes above 1, by Cheng's algorithm BB (Cheng 1978, "Generating beta variates with nonintegral shape parameters",
    /// Communications of the ACM 21(4), 317–322), vectorized: with a = min(α, β), b = max(α, β), each candidate takes two
    /// uniforms U₁, U₂, V = λ ln(U₁ / (1 − U₁)), W = a e^V, Z = U₁² U₂, R = γ V − ln 4 and S = a + R − W, and is accepted
    /// when S + 1 + ln 5 ≥ 5 Z, or S ≥ ln Z, or R + (a + b) ln((a + b) / (b + W)) ≥ ln Z; the variate is W / (b + W)
    /// (b / (b + W) when α is the larger shape). About 1.15 candidates per variate for PERT-like shapes. Candidates are
    /// drawn for blocks of <see cref="ChengBlock"/> values at once (all U₁, then all U₂), their logarithms and exponentials
    /// computed over the block; the rejected ones are drawn again, in index order, until none is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fill<T>(ref T source, double alpha, double beta, Span<double> destination)
        where T : struct, IUniformSource
    {
        var shape = new ChengShape(alpha, beta);
        Span<double> x = stackalloc double[ChengBlock];
        Span<double> y = stackalloc double[ChengBlock];
        Span<double> v = stackalloc double[ChengBlock];
        Span<double> w = stackalloc double[ChengBlock];
        Span<double> logZ = stackalloc double[ChengBlock];
        Span<int> pending = stackalloc int[ChengBlock];
        for (var start = 0; start < destination.Length; start += ChengBlock)
        {
            var block = destination.Slice(start, Math.Min(ChengBlock, destination.Length - start));
            var m = block.Length;
            for (var k = 0; k < m; k++)
            {
                pending[k] = k;
            }

            while (m > 0)
            {
                m = ChengRound(ref source, shape, block, pending[..m], x[..m], y[..m], v[..m], w[..m], logZ[..m]);
            }
        }
    }

    /// <summary>Values per block of <see cref="Fill"/> (five doubles and an int each, on the stack).</summary>
    private const int ChengBlock = 512;

    /// <summary>ln 4, in Cheng's R = γ V − ln 4.</summary>
    private const double Ln4 = 1.3862943611198906;

    /// <summary>1 + ln 5, Cheng's quick-acceptance constant.</summary>
    private const double ChengQuickAcceptance = 2.6094379124341003;

    /// <summary>
    /// One round of <see cref="Fill"/>: a candidate for each index in <paramref name="pending"/> (offsets into
    /// <paramref name="block"/>); accepted ones are written, rejected ones are moved to the front of
    /// <paramref name="pending"/> in order. Returns how many were rejected. The other spans are workspace of the same length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ChengRound<T>(ref T source, in ChengShape shape, Span<double> block, Span<int> pending, Span<double> x, Span<double> y, Span<double> v, Span<double> w, Span<double> logZ)
        where T : struct, IUniformSource
    {
        source.FillUniform(x);
        source.FillUniform(y);

        // V = λ ln(U₁ / (1 − U₁)); W = a e^V; Z = U₁² U₂ (into y); ln Z; ln((a + b) / (b + W)) (into x, U₁ is no longer needed after Z).
        TensorPrimitives.Subtract(1.0, x, v);
        TensorPrimitives.Divide(x, v, v);
        TensorPrimitives.Log(v, v);
        TensorPrimitives.Multiply(v, shape.Lambda, v);
        TensorPrimitives.Exp(v, w);
        TensorPrimitives.Multiply(w, shape.A, w);
        TensorPrimitives.Multiply(x, x, x);
        TensorPrimitives.Multiply(x, y, y);
        TensorPrimitives.Log(y, logZ);
        TensorPrimitives.Add(w, shape.B, x);
        TensorPrimitives.Divide(shape.Sum, x, x);
        TensorPrimitives.Log(x, x);

        var rejected = 0;
        for (var k = 0; k < pending.Length; k++)
        {
            var r = (shape.Gamma * v[k]) - Ln4;
            var s = shape.A + r - w[k];
            if (s + ChengQuickAcceptance >= 5 * y[k] || s >= logZ[k] || r + (shape.Sum * x[k]) >= logZ[k])
            {
                block[pending[k]] = (shape.Swapped ? shape.B : w[k]) / (shape.B + w[k]);
            }
            else
            {
                pending[rejected++] = pending[k];
            }
        }

        return rejected;
    }
}
