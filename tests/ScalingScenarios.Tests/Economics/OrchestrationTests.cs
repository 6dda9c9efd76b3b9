using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class OrchestrationTests
{
    // Small products and powers; differences are rounding only.
    private const double Exact = 1e-12;

    [Fact]
    public void DefaultPriceRatio_IsClaude3OpusOverHaikuInputPrice()
    {
        // Anthropic's Claude 3 price list: Opus USD 15 and Haiku USD 0.25 per million input tokens (output 75 vs 1.25: the same ratio).
        Orchestration.DefaultPriceRatio.Should().Be(15 / 0.25);
    }

    [Fact]
    public void RelativeCost_TwentySubtasksAtSixtyFold_MatchesHandCalculation()
    {
        // (1 + 20/60) / 21 = (4/3) / 21 = 4/63 = 0.0635: the swarm costs about 6% of all-large.
        Orchestration.RelativeCostOf(20, Orchestration.DefaultPriceRatio).Should().BeApproximately(4.0 / 63, Exact);
    }

    [Fact]
    public void RelativeCost_NoSubtasks_IsOne()
        => Orchestration.RelativeCostOf(0, 60).Should().Be(1);

    [Fact]
    public void Create_WithAccuracies_MatchesHandCalculation()
    {
        // k = 4, r = 60, a_L = 0.95, a_S = 0.9:
        // cost 1 + 4/60 = 16/15 vs 5; accuracy 0.95 × 0.9⁴ = 0.623295 vs 0.95⁵ = 0.7737809;
        // per correct 1.711352 vs 6.461822; break-even a_S = 0.95 × (16/75)^(1/4).
        var o = Orchestration.Create(4, 60, 0.95, 0.9);

        o.OrchestratedCost.Should().BeApproximately(16.0 / 15, Exact);
        o.AllLargeCost.Should().Be(5);
        o.OrchestratedAccuracy.Should().BeApproximately(0.623295, 1e-9);
        o.AllLargeAccuracy.Should().BeApproximately(0.7737809375, 1e-9);
        o.OrchestratedCostPerCorrect.Should().BeApproximately((16.0 / 15) / 0.623295, 1e-9);
        o.AllLargeCostPerCorrect.Should().BeApproximately(5 / 0.7737809375, 1e-9);
        o.BreakEvenSmallAccuracy.Should().BeApproximately(0.95 * Math.Pow(16.0 / 75, 0.25), Exact);
    }

    [Fact]
    public void BreakEvenSmallAccuracy_EqualizesCostPerCorrect()
    {
        var o = Orchestration.Create(4, 60, 0.95, 0.9);
        var even = Orchestration.Create(4, 60, 0.95, o.BreakEvenSmallAccuracy);

        even.OrchestratedCostPerCorrect.Should().BeApproximately(even.AllLargeCostPerCorrect, 1e-9);
    }

    [Fact]
    public void CostPerCorrect_ZeroAccuracy_IsInfinite()
        => Orchestration.Create(3, 60, 0.9, 0).OrchestratedCostPerCorrect.Should().Be(double.PositiveInfinity);

    [Fact]
    public void Property_RelativeCostFallsWithMoreSubtasks()
    {
        Gen.Select(Gen.Double[0, 1000], Gen.Double[0.1, 10], Gen.Double[1.01, 1000]).Sample(t =>
        {
            var (k, more, r) = t;
            Orchestration.RelativeCostOf(k + more, r).Should().BeLessThan(Orchestration.RelativeCostOf(k, r));
            Orchestration.RelativeCostOf(k, r).Should().BeGreaterThan(1 / r);
        });
    }

    [Theory]
    [InlineData(-1, 60, 1, 1, "smallCalls", "Expected a non-negative number (>= 0); got -1. (Parameter 'smallCalls')")]
    [InlineData(4, 0.5, 1, 1, "priceRatio", "Expected a number >= 1; got 0.5. (Parameter 'priceRatio')")]
    [InlineData(4, 60, 1.1, 1, "largeAccuracy", "Expected a number in [0, 1]; got 1.1. (Parameter 'largeAccuracy')")]
    [InlineData(4, 60, 1, double.NaN, "smallAccuracy", "Expected a finite number; got NaN. (Parameter 'smallAccuracy')")]
    public void Create_BadInput_ThrowsNamingParameterAndValue(double k, double r, double aL, double aS, string param, string message)
    {
        var act = () => Orchestration.Create(k, r, aL, aS);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
    }

    [Fact]
    public void ToString_ShowsRelativeCost()
        => Orchestration.Create(20).ToString().Should().Be("1 large + 20 small (r = 60): 6.35% of the all-large cost");
}
