using System.Runtime.CompilerServices;

namespace ScalingScenarios.Uncertainty;

/// <summary>
/// Standard normal variates by the ziggurat method (Marsaglia and Tsang, 2000) with 128 layers of equal area:
/// about 99% of draws cost one 64-bit random number, a multiply and a comparison; the rest fall back to an exact
/// rejection test or to the tail algorithm beyond r.
/// </summary>
/// <remarks>The tables are computed once from the method's two constants. Thread-safe (read-only tables).</remarks>
internal static class Ziggurat
{
    private const int Layers = 128;

    /// <summary>The right edge of the base layer (Marsaglia and Tsang's r for 128 layers).</summary>
    private const double R = 3.442619855899;

    /// <summary>The area of every layer, including the base layer's tail (their v for 128 layers).</summary>
    private const double V = 9.91256303526217e-3;

    private const double Unit = 1.0 / (1UL << 53);

    /// <summary>X[i] is the width of layer i (X[0] is the base layer's pseudo-width V / f(R)); X[128] = 0.</summary>
    private static readonly double[] X = BuildEdges();

    /// <summary>F[i] = f(X[i]) with f(x) = exp(−x²/2).</summary>
    private static readonly double[] F = [.. X.Select(Density)];

    /// <summary>Gets the layer edges (for callers that hoist the table into a local before a loop).</summary>
    internal static double[] Edges => X;

    /// <summary>Draws one standard normal from <paramref name="stream"/>.</summary>
    internal static double Next(ref RandomStream stream)
    {
        var bits = stream.NextUInt64();
        return TryFast(bits, X, out var x) ? x : Slow(bits, ref stream);
    }

    /// <summary>The fast path (about 99% of draws): the point lies in the part of its layer that is under the curve.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryFast(ulong bits, double[] edges, out double value)
    {
        var layer = (int)(bits & (Layers - 1));
        var x = (bits >> 11) * Unit * edges[layer];

        // The sign comes from bit 7, moved to the sign bit: no branch to mispredict half of the time.
        value = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ unchecked((long)((bits & Layers) << 56)));
        return x < edges[layer + 1];
    }

    /// <summary>Finishes a draw whose first candidate (from <paramref name="bits"/>) missed the fast path.</summary>
    internal static double Slow(ulong bits, ref RandomStream stream)
    {
        while (true)
        {
            var layer = (int)(bits & (Layers - 1));
            var negative = (bits & Layers) != 0;
            var x = (bits >> 11) * Unit * X[layer];
            if (x < X[layer + 1])
            {
                return negative ? -x : x;
            }

            if (layer == 0)
            {
                // The tail beyond R (Marsaglia, 1964): exact, by rejection from an exponential.
                double a, b;
                do
                {
                    a = -Math.Log(1 - stream.NextDouble()) / R;
                    b = -Math.Log(1 - stream.NextDouble());
                }
                while (b + b < a * a);

                return negative ? -(R + a) : R + a;
            }

            var y = F[layer] + (stream.NextDouble() * (F[layer + 1] - F[layer]));
            if (y < Density(x))
            {
                return negative ? -x : x;
            }

            bits = stream.NextUInt64();
        }
    }

    private static double Density(double x) => Math.Exp(-0.5 * x * x);

    private static double[] BuildEdges()
    {
        var x = new double[Layers + 1];
        x[0] = V / Density(R);
        x[1] = R;
        for (var i = 1; i < Layers - 1; i++)
        {
            // Layer i spans heights f(x[i]) to f(x[i + 1]) with area x[i] (f(x[i + 1]) − f(x[i])) = V.
            x[i + 1] = Math.Sqrt(-2 * Math.Log(Density(x[i]) + (V / x[i])));
        }

        x[Layers] = 0;
        return x;
    }
}
