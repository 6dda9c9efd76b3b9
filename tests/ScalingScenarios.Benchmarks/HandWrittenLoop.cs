namespace ScalingScenarios.Benchmarks;

/// <summary>
/// The baseline: the demo model as one hand-written scalar loop — xoshiro256**, Marsaglia's polar normal and
/// Marsaglia–Tsang gamma draws for the beta — storing the output and accumulating its moments.
/// </summary>
public static class HandWrittenLoop
{
    /// <summary>Runs the loop; returns the output's mean (samples go to <paramref name="output"/>).</summary>
    public static double Run(double[] output, ulong seed)
    {
        var rng = new Xoshiro(seed);
        var (muHolds, sigmaHolds) = DemoModel.FromCredibleInterval(2000, 20000);
        var (muNot, sigmaNot) = DemoModel.FromCredibleInterval(200, 2000);
        double sum = 0, sumSquares = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < output.Length; i++)
        {
            var pHolds = 0.55 + (0.2 * rng.NextDouble());
            var holds = rng.NextDouble() < pHolds ? 1.0 : 0.0;
            var poolIfHolds = Math.Exp(muHolds + (sigmaHolds * rng.NextNormal()));
            var poolIfNot = Math.Exp(muNot + (sigmaNot * rng.NextNormal()));
            var pool = (holds * poolIfHolds) + ((1 - holds) * poolIfNot);
            var x = rng.NextGamma(2);
            var y = rng.NextGamma(8);
            var layerShare = x / (x + y);
            var margin = 0.2 + (0.3 * rng.NextDouble());
            var savings = 0.1 + (0.2 * rng.NextDouble());
            var infShare = 0.5 + (0.4 * rng.NextDouble());
            var marginAfter = 1 - ((1 - margin) * (1 - (infShare * savings)));
            var value = pool * layerShare * marginAfter;
            output[i] = value;
            sum += value;
            sumSquares += value * value;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return sum / output.Length;
    }

    /// <summary>A plain xoshiro256** with a polar-method normal and Marsaglia–Tsang gamma.</summary>
    private struct Xoshiro
    {
        private ulong _s0, _s1, _s2, _s3;
        private double _spare;
        private bool _hasSpare;

        public Xoshiro(ulong seed)
        {
            _s0 = Next(ref seed);
            _s1 = Next(ref seed);
            _s2 = Next(ref seed);
            _s3 = Next(ref seed);
            _spare = 0;
            _hasSpare = false;

            static ulong Next(ref ulong x)
            {
                unchecked
                {
                    x += 0x9E3779B97F4A7C15UL;
                    var z = x;
                    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                    z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                    return z ^ (z >> 31);
                }
            }
        }

        public double NextDouble()
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
                return (result >> 11) * (1.0 / (1UL << 53));
            }
        }

        public double NextNormal()
        {
            if (_hasSpare)
            {
                _hasSpare = false;
                return _spare;
            }

            double u, v, s;
            do
            {
                u = (2 * NextDouble()) - 1;
                v = (2 * NextDouble()) - 1;
                s = (u * u) + (v * v);
            }
            while (s >= 1 || s == 0);

            var f = Math.Sqrt(-2 * Math.Log(s) / s);
            _spare = v * f;
            _hasSpare = true;
            return u * f;
        }

        public double NextGamma(double shape)
        {
            var d = shape - (1.0 / 3);
            var c = 1 / Math.Sqrt(9 * d);
            while (true)
            {
                double x, v;
                do
                {
                    x = NextNormal();
                    v = 1 + (c * x);
                }
                while (v <= 0);

                v = v * v * v;
                var u = NextDouble();
                var x2 = x * x;
                if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
                {
                    return d * v;
                }
            }
        }
    }
}
