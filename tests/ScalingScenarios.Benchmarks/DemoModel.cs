using ScalingScenarios.Uncertainty;

namespace ScalingScenarios.Benchmarks;

/// <summary>
/// The model of the Squiggle peer's demo.squiggle (tiered training budgets and a value-chain slice, $B), built with
/// the engine: 20 nodes, one beta, two log-normals, four uniforms and a Bernoulli with an uncertain p.
/// </summary>
public static class DemoModel
{
    /// <summary>The 5th-to-95th-percentile z-score used by "a to b".</summary>
    public const double Z95 = 1.6448536269514722;

    /// <summary>Builds the output node, layerProfit.</summary>
    public static Uncertain Build()
    {
        var pHolds = Uncertain.Uniform(0.55, 0.75).Named("pHolds");
        var holds = Uncertain.Bernoulli(pHolds).Named("holds");
        var poolIfHolds = Uncertain.To(2000, 20000).Named("poolIfHolds");
        var poolIfNot = Uncertain.To(200, 2000).Named("poolIfNot");
        var pool = ((holds * poolIfHolds) + ((1 - holds) * poolIfNot)).Named("pool");
        var layerShare = Uncertain.Beta(2, 8).Named("layerShare");
        var margin = Uncertain.Uniform(0.2, 0.5).Named("margin");
        var savings = Uncertain.Uniform(0.1, 0.3).Named("savings");
        var infShare = Uncertain.Uniform(0.5, 0.9).Named("infShare");
        var costBefore = (1 - margin).Named("costBefore");
        var marginAfter = (1 - (costBefore * (1 - (infShare * savings)))).Named("marginAfter");
        return (pool * layerShare * marginAfter).Named("layerProfit");
    }

    /// <summary>μ and σ of the log-normal with the given 5th and 95th percentiles.</summary>
    public static (double Mu, double Sigma) FromCredibleInterval(double low, double high)
        => ((Math.Log(low) + Math.Log(high)) / 2, (Math.Log(high) - Math.Log(low)) / (2 * Z95));
}
