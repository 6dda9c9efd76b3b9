using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Tests.Uncertainty;

public class AllFiniteTests
{
    [Fact]
    public void AllFinite_FindsOneNonFiniteValueAnywhere()
    {
        // The engine's check of outputs and of checked nodes (SimulationEngine.AllFinite) runs four vector accumulators
        // and a scalar remainder: a single NaN or infinity must be found at every position of every length around the
        // 16-value step, and finite extremes (the largest double, the smallest subnormal) must pass.
        double[] nonFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];
        foreach (var n in Enumerable.Range(0, 40).Concat([63, 64, 65, 4095, 4096]))
        {
            var values = Enumerable.Range(0, n).Select(i => i % 3 == 0 ? double.MaxValue : i % 3 == 1 ? -double.Epsilon : i * 0.5).ToArray();
            SimulationEngine.AllFinite(values).Should().BeTrue($"{n} finite values");
            for (var position = 0; position < n; position++)
            {
                foreach (var bad in nonFinite)
                {
                    var copy = (double[])values.Clone();
                    copy[position] = bad;
                    SimulationEngine.AllFinite(copy).Should().BeFalse($"{bad} at {position} of {n}");
                }
            }
        }
    }
}
