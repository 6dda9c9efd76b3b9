using ScalingScenarios.Claims;
using ScalingScenarios.Reporting;

namespace ScalingScenarios.Economics;

/// <summary>
/// One large-model call that hands k subtasks to small models, against doing all k + 1 calls with the large model:
/// relative cost, expected task accuracy (every call must be right) and cost per correct answer.
/// </summary>
/// <remarks>
/// Claim C09 (a big model directing a swarm of cheap small ones). Price ratio r = large price / small price; default 60
/// (Claude 3 Opus vs Haiku input prices, Claude3Prices). Costs are in units of one large call. Calls are assumed
/// independent and a task is right only when all its calls are right. Immutable and thread-safe.
/// </remarks>
public sealed class Orchestration
{
    /// <summary>Large-to-small price ratio: 60 (USD 15 vs USD 0.25 per million input tokens).</summary>
    [Cites("C09")]
    [Cites("Claude3Prices")]
    public const double DefaultPriceRatio = 60;

    private Orchestration(double smallCalls, double priceRatio, double largeAccuracy, double smallAccuracy)
    {
        SmallCalls = smallCalls;
        PriceRatio = priceRatio;
        LargeAccuracy = largeAccuracy;
        SmallAccuracy = smallAccuracy;
    }

    /// <summary>Number of subtasks k.</summary>
    public double SmallCalls { get; }

    /// <summary>Price ratio r = large / small.</summary>
    public double PriceRatio { get; }

    /// <summary>Probability a large-model call is right.</summary>
    public double LargeAccuracy { get; }

    /// <summary>Probability a small-model call is right.</summary>
    public double SmallAccuracy { get; }

    /// <summary>Cost of the orchestrated task, 1 + k/r large-call units.</summary>
    public double OrchestratedCost => 1 + (SmallCalls / PriceRatio);

    /// <summary>Cost of doing everything with the large model, k + 1 large-call units.</summary>
    public double AllLargeCost => SmallCalls + 1;

    /// <summary>Orchestrated cost / all-large cost = (1 + k/r)/(k + 1).</summary>
    public double RelativeCost => OrchestratedCost / AllLargeCost;

    /// <summary>Probability the orchestrated task is right: a_L · a_S^k.</summary>
    public double OrchestratedAccuracy => TaskAccuracy(LargeAccuracy, SmallAccuracy, SmallCalls);

    /// <summary>Probability the all-large task is right: a_L^(k + 1).</summary>
    public double AllLargeAccuracy => TaskAccuracy(LargeAccuracy, LargeAccuracy, SmallCalls);

    /// <summary>Expected cost per correct orchestrated answer (cost / accuracy); +∞ when accuracy is 0.</summary>
    public double OrchestratedCostPerCorrect => PerCorrect(OrchestratedCost, OrchestratedAccuracy);

    /// <summary>Expected cost per correct all-large answer; +∞ when accuracy is 0.</summary>
    public double AllLargeCostPerCorrect => PerCorrect(AllLargeCost, AllLargeAccuracy);

    /// <summary>Small-model accuracy at which both plans cost the same per correct answer: a_L · RelativeCost^(1/k); 0 when k = 0.</summary>
    public double BreakEvenSmallAccuracy => SmallCalls > 0 ? LargeAccuracy * Math.Pow(RelativeCost, 1 / SmallCalls) : 0;

    /// <summary>Creates the comparison.</summary>
    /// <param name="smallCalls">k subtasks. Range: [0, ∞); fractional values are read through the continuous formulas.</param>
    /// <param name="priceRatio">r = large price / small price. Range: [1, ∞); default 60.</param>
    /// <param name="largeAccuracy">a_L. Range: [0, 1]; default 1.</param>
    /// <param name="smallAccuracy">a_S. Range: [0, 1]; default 1.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C09; Claude3Prices.</remarks>
    [Cites("C09")]
    public static Orchestration Create(double smallCalls, double priceRatio = DefaultPriceRatio, double largeAccuracy = 1, double smallAccuracy = 1)
    {
        Guard.NonNegative(smallCalls);
        Guard.AtLeast(priceRatio, 1);
        Guard.Probability(largeAccuracy);
        Guard.Probability(smallAccuracy);
        return new Orchestration(smallCalls, priceRatio, largeAccuracy, smallAccuracy);
    }

    /// <summary>Cost of 1 large + k small calls relative to k + 1 large calls: (1 + k/r)/(k + 1).</summary>
    /// <param name="smallCalls">k. Range: [0, ∞).</param>
    /// <param name="priceRatio">r. Range: [1, ∞).</param>
    /// <returns>The relative cost in [1/r, 1]; 1 when k = 0; 4/63 ≈ 0.0635 for k = 20, r = 60.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claim C09 (the arithmetic in CLAIMS.md). Allocation-free; thread-safe.</remarks>
    [Cites("C09")]
    public static double RelativeCostOf(double smallCalls, double priceRatio)
    {
        Guard.NonNegative(smallCalls);
        Guard.AtLeast(priceRatio, 1);
        return (1 + (smallCalls / priceRatio)) / (smallCalls + 1);
    }

    /// <summary>Probability that a task of one large call and k small calls is right: a_L · a_S^k.</summary>
    /// <param name="largeAccuracy">a_L. Range: [0, 1].</param>
    /// <param name="smallAccuracy">a_S. Range: [0, 1].</param>
    /// <param name="smallCalls">k. Range: [0, ∞).</param>
    /// <returns>The task accuracy in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, ±∞ or outside its range.</exception>
    /// <remarks>Claims C09, C10. Allocation-free; thread-safe.</remarks>
    [Cites("C09")]
    public static double TaskAccuracy(double largeAccuracy, double smallAccuracy, double smallCalls)
    {
        Guard.Probability(largeAccuracy);
        Guard.Probability(smallAccuracy);
        Guard.NonNegative(smallCalls);
        return largeAccuracy * Math.Pow(smallAccuracy, smallCalls);
    }

    /// <summary>The comparison as one line.</summary>
    /// <returns>For example "1 large + 20 small (r = 60): 6.35% of the all-large cost".</returns>
    public override string ToString()
        => $"1 large + {Guard.Format(SmallCalls)} small (r = {Guard.Format(PriceRatio)}): {Display.Percent(RelativeCost)} of the all-large cost";

    private static double PerCorrect(double cost, double accuracy) => accuracy > 0 ? cost / accuracy : double.PositiveInfinity;
}
