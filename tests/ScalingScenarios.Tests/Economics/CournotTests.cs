using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class CournotTests
{
    // Exact arithmetic on small integers and fractions: only rounding of the last bit can differ.
    private const double Exact = 1e-12;

    // a = 100, b = 1, c = 20 throughout the textbook cases: a − c = 80, (a − c)²/(2b) = 3200.
    private const double A = 100, B = 1, C = 20;

    [Fact]
    public void Linear_Monopoly_MatchesHandCalculation()
    {
        // n = 1: q = 80/2 = 40, P = (100 + 20)/2 = 60, margin 40, Lerner 40/60 = 2/3,
        // profit 40 × 40 = 1600, CS = 40²/2 = 800, DWL = (80 − 40)²/2 = 800.
        var m = Cournot.Linear(A, B, C, 1);

        m.FirmOutput.Should().BeApproximately(40, Exact);
        m.Price.Should().BeApproximately(60, Exact);
        m.UnitMargin.Should().BeApproximately(40, Exact);
        m.Lerner.Should().BeApproximately(2.0 / 3, Exact);
        m.IndustryProfit.Should().BeApproximately(1600, Exact);
        m.ProfitRelativeToMonopoly.Should().BeApproximately(1, Exact);
        m.ConsumerSurplus.Should().BeApproximately(800, Exact);
        m.DeadweightLoss.Should().BeApproximately(800, Exact);
    }

    [Fact]
    public void Linear_FourFirms_MatchesHandCalculation()
    {
        // n = 4: q = 80/5 = 16, Q = 64, P = (100 + 4 × 20)/5 = 36, margin 16, Lerner 16/36 = 4/9,
        // firm profit 16 × 16 = 256, industry 1024 = 0.64 × 1600, CS = 64²/2 = 2048, DWL = (80 − 64)²/2 = 128.
        var m = Cournot.Linear(A, B, C, 4);

        m.FirmOutput.Should().BeApproximately(16, Exact);
        m.IndustryOutput.Should().BeApproximately(64, Exact);
        m.Price.Should().BeApproximately(36, Exact);
        m.UnitMargin.Should().BeApproximately(16, Exact);
        m.Lerner.Should().BeApproximately(4.0 / 9, Exact);
        m.FirmProfit.Should().BeApproximately(256, Exact);
        m.IndustryProfit.Should().BeApproximately(1024, Exact);
        m.ProfitRelativeToMonopoly.Should().BeApproximately(0.64, Exact);
        m.ConsumerSurplus.Should().BeApproximately(2048, Exact);
        m.DeadweightLoss.Should().BeApproximately(128, Exact);
        m.Hhi.Should().BeApproximately(0.25, Exact);
    }

    [Fact]
    public void Linear_FiveFirms_MatchesHandCalculation()
    {
        // n = 5: q = 80/6, P = (100 + 100)/6 = 100/3, margin 80/6, Lerner (80/6)/(100/3) = 0.4,
        // industry profit 5 × (80/6)² = 888.89 = 20/36 of 1600.
        var m = Cournot.Linear(A, B, C, 5);

        m.Price.Should().BeApproximately(100.0 / 3, Exact);
        m.Lerner.Should().BeApproximately(0.4, Exact);
        m.IndustryProfit.Should().BeApproximately(5 * (80.0 / 6) * (80.0 / 6), 1e-9);
        m.ProfitRelativeToMonopoly.Should().BeApproximately(20.0 / 36, Exact);
    }

    [Fact]
    public void Linear_ManyFirms_ApproachesCompetition()
    {
        // n → ∞: P → c = 20, Q → (a − c)/b = 80, Lerner → 0, DWL → 0. With n = 1e6, P − c = 80/(1e6 + 1).
        var m = Cournot.Linear(A, B, C, 1e6);

        m.Price.Should().BeApproximately(20, 1e-4);
        m.IndustryOutput.Should().BeApproximately(80, 1e-4);
        m.Lerner.Should().BeLessThan(1e-5);
        m.DeadweightLoss.Should().BeLessThan(1e-8);
    }

    [Fact]
    public void Lerner_EqualsOneOverNTimesElasticity()
    {
        // The equilibrium elasticity is P/(bQ) = 36/64; 1/(4 × 36/64) = 4/9 = the Lerner index.
        var m = Cournot.Linear(A, B, C, 4);

        m.DemandElasticity.Should().BeApproximately(36.0 / 64, Exact);
        MarketStructure.CournotLerner(4, m.DemandElasticity).Should().BeApproximately(m.Lerner, Exact);
    }

    [Fact]
    public void WithFirms_ChangesOnlyTheNumberOfFirms()
        => Cournot.Linear(A, B, C, 1).WithFirms(4).Price.Should().BeApproximately(36, Exact);

    [Fact]
    public void ToString_ShowsPriceAndLerner()
        => Cournot.Linear(A, B, C, 4).ToString().Should().Be("Cournot n=4: P=36, Q=64, Lerner=0.444");

    [Fact]
    public void Property_WelfareIdentityHoldsForEveryMarket()
    {
        // CS + Π + DWL = (a − c)²/(2b) for any valid a, b, c, n.
        Gen.Select(Gen.Double[0, 100], Gen.Double[0.01, 100], Gen.Double[0.1, 1000], Gen.Double[1, 1000])
            .Sample(t =>
            {
                var (c, b, gap, n) = t;
                var m = Cournot.Linear(c + gap, b, c, n);
                var total = m.ConsumerSurplus + m.IndustryProfit + m.DeadweightLoss;
                total.Should().BeApproximately(gap * gap / (2 * b), 1e-9 * gap * gap / b);
            });
    }

    [Fact]
    public void Property_LernerFallsAsFirmsRise()
    {
        Gen.Select(Gen.Double[1, 1000], Gen.Double[0.01, 100]).Sample(t =>
        {
            var (n, extra) = t;
            var fewer = Cournot.Linear(A, B, C, n);
            var more = fewer.WithFirms(n + extra);
            more.Lerner.Should().BeLessThan(fewer.Lerner);
            more.ProfitRelativeToMonopoly.Should().BeLessThan(fewer.ProfitRelativeToMonopoly);
        });
    }

    [Fact]
    public void Linear_FewerThanOneFirm_ThrowsNamingFirms()
    {
        var act = () => Cournot.Linear(A, B, C, 0.5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "firms"
                && e.Message == "Expected a number >= 1; got 0.5. (Parameter 'firms')");
    }

    [Fact]
    public void Linear_InterceptNotAboveCost_ThrowsNamingA()
    {
        var act = () => Cournot.Linear(20, B, 20, 4);

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "a"
                && e.Message == "Expected the demand intercept a to exceed the marginal cost c (otherwise nothing is sold); got a = 20, c = 20. (Parameter 'a')");
    }

    [Theory]
    [InlineData(double.NaN, 1, 20, 4, "a", "Expected a finite number; got NaN. (Parameter 'a')")]
    [InlineData(100, 0, 20, 4, "b", "Expected a positive number (> 0); got 0. (Parameter 'b')")]
    [InlineData(100, 1, -1, 4, "c", "Expected a non-negative number (>= 0); got -1. (Parameter 'c')")]
    [InlineData(100, 1, 20, double.PositiveInfinity, "firms", "Expected a finite number; got Infinity. (Parameter 'firms')")]
    public void Linear_BadInput_ThrowsNamingParameterAndValue(double a, double b, double c, double firms, string param, string message)
    {
        var act = () => Cournot.Linear(a, b, c, firms);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
    }
}
