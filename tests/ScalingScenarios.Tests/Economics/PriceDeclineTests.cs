using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class PriceDeclineTests
{
    // Exponentials and logarithms in double precision.
    private const double Exact = 1e-12;

    [Fact]
    public void Constants_AreTheCheckedPublishedRates()
    {
        // a16z "Welcome to LLMflation" (Nov 2024): 10× per year at constant MMLU score.
        // Epoch AI, "LLM inference prices have fallen rapidly but unequally across tasks" (Mar 2025): 9× to 900× per year,
        // 40× per year for GPT-4-level accuracy on PhD-level science questions.
        new[] { PriceDecline.LlmFoldPerYear, PriceDecline.LlmFoldPerYearLow, PriceDecline.LlmFoldPerYearHigh, PriceDecline.FrontierFoldPerYear }
            .Should().Equal(10, 9, 900, 40);
    }

    [Fact]
    public void DecayRate_TenFold_IsLnTen()
        => PriceDecline.DecayRate(PriceDecline.LlmFoldPerYear).Should().BeApproximately(2.302585092994046, Exact);

    [Fact]
    public void PriceAfterYears_TwoYearsAtTenFold_IsOneHundredth()
        => PriceDecline.PriceAfterYears(100, 10, 2).Should().BeApproximately(1, Exact);

    [Fact]
    public void LifetimeRevenue_OneYearAtTenFold_MatchesIntegral()
    {
        // ∫₀¹ e^(−t ln 10) dt = (1 − 1/10) / ln 10 = 0.9 / 2.302585 = 0.390865.
        PriceDecline.LifetimeRevenue(1, Math.Log(10), 1).Should().BeApproximately(0.9 / Math.Log(10), Exact);
    }

    [Fact]
    public void LifetimeRevenue_NoDecay_IsRateTimesYears()
        => PriceDecline.LifetimeRevenue(5, 0, 3).Should().Be(15);

    [Fact]
    public void LifetimeRevenue_LongHorizon_ApproachesPerpetual()
        => PriceDecline.LifetimeRevenue(1, Math.Log(10), 50).Should().BeApproximately(PriceDecline.PerpetualRevenue(1, Math.Log(10)), 1e-15);

    [Fact]
    public void PerpetualRevenue_TenFold_IsOneOverLnTen()
        => PriceDecline.PerpetualRevenue(1, Math.Log(10)).Should().BeApproximately(0.4342944819032518, Exact);

    [Fact]
    public void DecayRate_FoldBelowOne_Throws()
    {
        var act = () => PriceDecline.DecayRate(0.5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number >= 1; got 0.5. (Parameter 'foldPerYear')");
    }

    [Fact]
    public void PerpetualRevenue_ZeroDecay_Throws()
    {
        var act = () => PriceDecline.PerpetualRevenue(1, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'decayRate')");
    }

    [Fact]
    public void LifetimeRevenue_InfiniteYears_Throws()
    {
        var act = () => PriceDecline.LifetimeRevenue(1, 1, double.PositiveInfinity);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got Infinity. (Parameter 'years')");
    }
}
