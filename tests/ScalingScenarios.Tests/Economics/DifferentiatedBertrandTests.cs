using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class DifferentiatedBertrandTests
{
    // Closed forms evaluated in double precision; differences are rounding only.
    private const double Exact = 1e-12;

    [Fact]
    public void Linear_SmallNumbers_MatchesHandCalculation()
    {
        // α = 10, β = 2, γ = 1, c = 1: p = (10 + 2)/(4 − 1) = 4, margin 3,
        // q = 10 − 2 × 4 + 1 × 4 = 6 = β (p − c), profit 3 × 6 = 18.
        var m = DifferentiatedBertrand.Linear(10, 2, 1, 1);

        m.Price.Should().BeApproximately(4, Exact);
        m.UnitMargin.Should().BeApproximately(3, Exact);
        m.FirmOutput.Should().BeApproximately(6, Exact);
        m.FirmProfit.Should().BeApproximately(18, Exact);
        m.Lerner.Should().BeApproximately(0.75, Exact);
    }

    [Fact]
    public void FromSubstitutability_Half_GivesSinghVivesMargin()
    {
        // Margin (a − c)(1 − g)/(2 − g) = 80 × 0.5/1.5 = 80/3; price 20 + 80/3.
        var m = DifferentiatedBertrand.FromSubstitutability(100, 20, 0.5);

        m.UnitMargin.Should().BeApproximately(80.0 / 3, 1e-9);
        m.Price.Should().BeApproximately(20 + (80.0 / 3), 1e-9);
    }

    [Fact]
    public void FromSubstitutability_Zero_IsTwoMonopolies()
        => DifferentiatedBertrand.FromSubstitutability(100, 20, 0).Price.Should().BeApproximately(60, Exact);

    [Fact]
    public void Property_MarginBeatsHomogeneousBertrandAndFallsWithSubstitutability()
    {
        // C08: any differentiation keeps the margin above homogeneous Bertrand's 0; closer substitutes earn less.
        Gen.Select(Gen.Double[0, 0.98], Gen.Double[0.001, 0.01]).Sample(t =>
        {
            var (g, step) = t;
            var less = DifferentiatedBertrand.FromSubstitutability(100, 20, g);
            var more = DifferentiatedBertrand.FromSubstitutability(100, 20, g + step);
            less.UnitMargin.Should().BeGreaterThan(MarketStructure.HomogeneousBertrandPrice(20) - 20);
            more.UnitMargin.Should().BeLessThan(less.UnitMargin);
        });
    }

    [Fact]
    public void Linear_GammaNotBelowBeta_ThrowsNamingGamma()
    {
        var act = () => DifferentiatedBertrand.Linear(10, 2, 2, 1);

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "gamma"
                && e.Message == "Expected the cross-price slope gamma below the own-price slope beta (imperfect substitutes); got gamma = 2, beta = 2. (Parameter 'gamma')");
    }

    [Fact]
    public void Linear_NoDemandAtCost_ThrowsNamingAlpha()
    {
        var act = () => DifferentiatedBertrand.Linear(1, 2, 1, 5);

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "alpha"
                && e.Message == "Expected alpha > (beta - gamma) × c (demand at a price equal to cost); got alpha = 1, (beta - gamma) × c = 5. (Parameter 'alpha')");
    }

    [Fact]
    public void Linear_NegativeCost_ThrowsNamingC()
    {
        var act = () => DifferentiatedBertrand.Linear(10, 2, 1, -1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Expected a non-negative number (>= 0); got -1. (Parameter 'c')");
    }

    [Fact]
    public void FromSubstitutability_One_ThrowsNamingSubstitutability()
    {
        var act = () => DifferentiatedBertrand.FromSubstitutability(100, 20, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "substitutability"
                && e.Message == "Expected a number in [0, 1); got 1. (Parameter 'substitutability')");
    }
}
