using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace ScalingScenarios.Benchmarks;

/// <summary>The second baseline: the demo model with Math.NET distribution objects, sampled one value at a time.</summary>
public static class MathNetLoop
{
    /// <summary>Runs the loop; returns the output's mean (samples go to <paramref name="output"/>).</summary>
    public static double Run(double[] output, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var (muHolds, sigmaHolds) = DemoModel.FromCredibleInterval(2000, 20000);
        var (muNot, sigmaNot) = DemoModel.FromCredibleInterval(200, 2000);
        var pHoldsDist = new ContinuousUniform(0.55, 0.75, random);
        var poolIfHoldsDist = new LogNormal(muHolds, sigmaHolds, random);
        var poolIfNotDist = new LogNormal(muNot, sigmaNot, random);
        var layerShareDist = new Beta(2, 8, random);
        var marginDist = new ContinuousUniform(0.2, 0.5, random);
        var savingsDist = new ContinuousUniform(0.1, 0.3, random);
        var infShareDist = new ContinuousUniform(0.5, 0.9, random);
        double sum = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var pHolds = pHoldsDist.Sample();
            var holds = (double)Bernoulli.Sample(random, pHolds);
            var pool = (holds * poolIfHoldsDist.Sample()) + ((1 - holds) * poolIfNotDist.Sample());
            var layerShare = layerShareDist.Sample();
            var marginAfter = 1 - ((1 - marginDist.Sample()) * (1 - (infShareDist.Sample() * savingsDist.Sample())));
            var value = pool * layerShare * marginAfter;
            output[i] = value;
            sum += value;
        }

        return sum / output.Length;
    }
}
