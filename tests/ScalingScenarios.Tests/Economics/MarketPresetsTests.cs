using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class MarketPresetsTests
{
    // Closed forms evaluated in double precision; differences are rounding only.
    private const double Exact = 1e-12;

    [Fact]
    public void Presets_RankFromMonopolyToCommodity()
    {
        // Monopoly Lerner 40/60; four-firm Cournot 16/36; Singh–Vives g = 0.5: (80/3)/(20 + 80/3) = 4/7; commodity 0.
        MarketPresets.Monopoly.Lerner.Should().BeApproximately(2.0 / 3, Exact);
        MarketPresets.FrontierOligopoly.Lerner.Should().BeApproximately(4.0 / 9, Exact);
        MarketPresets.DifferentiatedOligopoly.Lerner.Should().BeApproximately(4.0 / 7, 1e-9);
        MarketPresets.Commoditized.Lerner.Should().Be(0);
    }

    [Fact]
    public void FrontierOligopoly_UsesFourFirms()
        => MarketPresets.FrontierOligopoly.Firms.Should().Be(MarketPresets.FrontierFirms).And.Be(4);
}
