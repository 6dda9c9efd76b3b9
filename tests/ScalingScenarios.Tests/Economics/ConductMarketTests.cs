using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class ConductMarketTests
{
    // Closed forms evaluated in double precision; differences are rounding only.
    private const double Exact = 1e-12;

    [Fact]
    public void Linear_ConductZero_IsCompetitive()
    {
        // θ = 0: P = c = 20, Q = (a − c)/b = 80, no margin, no deadweight loss.
        var m = ConductMarket.Linear(100, 1, 20, 0);

        m.Price.Should().Be(20);
        m.IndustryOutput.Should().Be(80);
        m.Lerner.Should().Be(0);
        m.IndustryProfit.Should().Be(0);
        m.DeadweightLoss.Should().Be(0);
    }

    [Fact]
    public void Linear_ConductOne_IsMonopoly()
    {
        // θ = 1: P = (100 + 20)/2 = 60, Q = 40, profit 1600.
        var m = ConductMarket.Linear(100, 1, 20, 1);

        m.Price.Should().BeApproximately(60, Exact);
        m.IndustryOutput.Should().BeApproximately(40, Exact);
        m.IndustryProfit.Should().BeApproximately(1600, Exact);
        m.ProfitRelativeToMonopoly.Should().BeApproximately(1, Exact);
    }

    [Fact]
    public void Linear_ConductZeroWithZeroCost_HasLernerZero()
        => ConductMarket.Linear(100, 1, 0, 0).Lerner.Should().Be(0);

    [Fact]
    public void Property_ConductOneOverN_ReproducesCournot()
    {
        Gen.Double[1, 500].Sample(n =>
        {
            var cournot = Cournot.Linear(100, 2, 20, n);
            var conduct = ConductMarket.Linear(100, 2, 20, 1 / n);
            conduct.Price.Should().BeApproximately(cournot.Price, 1e-9);
            conduct.IndustryOutput.Should().BeApproximately(cournot.IndustryOutput, 1e-9);
            conduct.IndustryProfit.Should().BeApproximately(cournot.IndustryProfit, 1e-9);
            conduct.DeadweightLoss.Should().BeApproximately(cournot.DeadweightLoss, 1e-9);
            conduct.ProfitRelativeToMonopoly.Should().BeApproximately(cournot.ProfitRelativeToMonopoly, 1e-12);
        });
    }

    [Fact]
    public void Property_WelfareIdentityHolds()
    {
        Gen.Double[0, 1].Sample(theta =>
        {
            var m = ConductMarket.Linear(100, 1, 20, theta);
            (m.ConsumerSurplus + m.IndustryProfit + m.DeadweightLoss).Should().BeApproximately(3200, 1e-9);
            m.MaximumSurplus.Should().Be(3200);
        });
    }

    [Fact]
    public void Linear_ConductAboveOne_ThrowsNamingConduct()
    {
        var act = () => ConductMarket.Linear(100, 1, 20, 1.5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "conduct"
                && e.Message == "Expected a number in [0, 1]; got 1.5. (Parameter 'conduct')");
    }

    [Fact]
    public void Linear_InterceptBelowCost_ThrowsNamingA()
    {
        var act = () => ConductMarket.Linear(10, 1, 20, 0.5);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("a");
    }

    [Fact]
    public void ToString_ShowsConduct()
        => ConductMarket.Linear(100, 1, 20, 0.25).ToString().Should().Be("Conduct θ=0.25: P=36, Q=64, Lerner=0.444");
}
