using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class GammaFillTests
{
    public static TheoryData<double> Shapes => [0.3, 0.999, 1, 1.0001, 2, 8, 50, 1e4];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void GammaFill_IsMarsagliaTsangValueByValue_InIndexOrder(double shape)
    {
        // The contract of the batched gamma fill (Samplers.GammaFill): draw the chunk's normals, then its uniforms, then
        // decide each index in turn by Marsaglia and Tsang's test (2000, "A simple method for generating gamma
        // variables", ACM TOMS 26(3), the squeeze u < 1 − 0.0331 x⁴ or ln u < x²/2 + d(1 − v + ln v)); a rejected index
        // takes a fresh scalar draw right then, so redraws consume the stream in index order. The reference below is
        // that description written one value at a time; the fill must give the same bits at every length, including
        // the partial last block of 64, batches of candidates that end mid-chunk, and shapes below 1 (the u^(1/k) boost).
        foreach (var n in new[] { 1, 3, 63, 64, 65, 257, 1000, 4096, 5000 })
        {
            var seed = (ulong)(n * 7919) + (ulong)BitConverter.DoubleToInt64Bits(shape);
            var fill = new RandomStream(seed);
            var actual = new double[n];
            Samplers.GammaFill(ref fill, new GammaShape(shape), actual, new double[2 * n]);

            var reference = new RandomStream(seed);
            var expected = Reference(ref reference, shape, n);

            for (var i = 0; i < n; i++)
            {
                BitConverter.DoubleToInt64Bits(actual[i]).Should().Be(BitConverter.DoubleToInt64Bits(expected[i]), $"value {i} of {n} at shape {shape}");
            }

            fill.NextUInt64().Should().Be(reference.NextUInt64(), $"both consumed the same draws (n = {n}, shape {shape})");
        }
    }

    private static double[] Reference(ref RandomStream stream, double k, int n)
    {
        var boosted = new GammaShape(k < 1 ? k + 1 : k);
        var d = boosted.D;
        var c = boosted.C;
        var normals = new double[n];
        var uniforms = new double[n];
        stream.FillNormal(normals);
        stream.FillUniform(uniforms);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var x = normals[i];
            var u = uniforms[i];
            var v = 1 + (c * x);
            if (v > 0)
            {
                v = v * v * v;
                var x2 = x * x;
                if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
                {
                    values[i] = d * v;
                    continue;
                }
            }

            values[i] = Samplers.GammaVariate(ref stream, boosted);
        }

        if (k < 1)
        {
            stream.FillUniform(uniforms);
            for (var i = 0; i < n; i++)
            {
                values[i] *= Math.Pow(1 - uniforms[i], 1 / k);
            }
        }

        return values;
    }
}
