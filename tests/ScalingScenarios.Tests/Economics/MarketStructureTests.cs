using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class MarketStructureTests
{
    // Closed forms evaluated in double precision; differences are rounding only.
    private const double Exact = 1e-12;

    public class CournotStatics
    {
        [Fact]
        public void FirmOutputPriceAndIndustryOutput_FourFirms_MatchHandCalculation()
        {
            // a = 100, b = 1, c = 20, n = 4: q = 80/5 = 16, Q = 64, P = (100 + 80)/5 = 36.
            MarketStructure.CournotFirmOutput(100, 1, 20, 4).Should().BeApproximately(16, Exact);
            MarketStructure.CournotIndustryOutput(100, 1, 20, 4).Should().BeApproximately(64, Exact);
            MarketStructure.CournotPrice(100, 1, 20, 4).Should().BeApproximately(36, Exact);
        }

        [Fact]
        public void UnitMarginAndFirmProfit_FiveFirms_MatchHandCalculation()
        {
            // n = 5: margin 80/6; profit (80/6)² = 177.78.
            MarketStructure.CournotUnitMargin(100, 1, 20, 5).Should().BeApproximately(80.0 / 6, Exact);
            MarketStructure.CournotFirmProfit(100, 1, 20, 5).Should().BeApproximately(6400.0 / 36, 1e-9);
        }

        [Fact]
        public void CournotUnitMargin_InterceptBelowCost_ThrowsNamingA()
        {
            var act = () => MarketStructure.CournotUnitMargin(10, 1, 20, 4);

            act.Should().Throw<ArgumentException>()
                .WithMessage("Expected the demand intercept a to exceed the marginal cost c (otherwise nothing is sold); got a = 10, c = 20. (Parameter 'a')");
        }

        [Fact]
        public void CournotFirmProfit_ZeroFirms_ThrowsNamingFirms()
        {
            var act = () => MarketStructure.CournotFirmProfit(100, 1, 20, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number >= 1; got 0. (Parameter 'firms')");
        }

        [Fact]
        public void CournotLerner_FourFirmsUnitElastic_IsOneQuarter()
            => MarketStructure.CournotLerner(4, -1).Should().BeApproximately(0.25, Exact); // 1/(4 × |−1|)

        [Fact]
        public void CournotLerner_FirmsTimesElasticityBelowOne_ThrowsNamingElasticity()
        {
            var act = () => MarketStructure.CournotLerner(2, 0.25);

            act.Should().Throw<ArgumentException>()
                .Which.Should().Match<ArgumentException>(e => e.ParamName == "elasticity"
                    && e.Message == "Expected firms × |elasticity| >= 1 (each Cournot firm must face elastic residual demand); got 2 × 0.25 = 0.5. (Parameter 'elasticity')");
        }

        [Fact]
        public void CournotLerner_ZeroElasticity_Throws()
        {
            var act = () => MarketStructure.CournotLerner(4, 0);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("Expected a non-zero elasticity; got 0. (Parameter 'elasticity')");
        }

        [Fact]
        public void CournotLerner_NaNFirms_ThrowsNamingFirms()
        {
            var act = () => MarketStructure.CournotLerner(double.NaN, 1);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("Expected a finite number; got NaN. (Parameter 'firms')");
        }

        [Fact]
        public void Property_CournotLernerFallsAsFirmsRise()
        {
            Gen.Select(Gen.Double[1, 100], Gen.Double[0.01, 10], Gen.Double[1, 5]).Sample(t =>
            {
                var (n, extra, elasticity) = t;
                MarketStructure.CournotLerner(n + extra, elasticity).Should().BeLessThan(MarketStructure.CournotLerner(n, elasticity));
            });
        }
    }

    public class SharesAndHhi
    {
        [Fact]
        public void Hhi_FourEqualFirms_IsOneQuarter()
            => MarketStructure.Hhi(0.25, 0.25, 0.25, 0.25).Should().BeApproximately(0.25, Exact);

        [Fact]
        public void Hhi_UnequalShares_MatchesHandCalculation()
            => MarketStructure.Hhi(0.5, 0.3, 0.2).Should().BeApproximately(0.38, Exact); // 0.25 + 0.09 + 0.04

        [Fact]
        public void Hhi_SharesNotSummingToOne_ThrowsNamingShares()
        {
            var act = () => MarketStructure.Hhi(0.5, 0.25);

            act.Should().Throw<ArgumentException>()
                .Which.Should().Match<ArgumentException>(e => e.ParamName == "shares"
                    && e.Message == "Expected market shares that sum to 1 (within 1E-06); got 0.75. (Parameter 'shares')");
        }

        [Fact]
        public void Hhi_NegativeShare_ThrowsNamingTheElement()
        {
            var act = () => MarketStructure.Hhi(1.5, -0.5);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("Expected a number in [0, 1]; got 1.5. (Parameter 'shares[0]')");
        }

        [Fact]
        public void Hhi_Empty_Throws()
        {
            var act = () => MarketStructure.Hhi();

            act.Should().Throw<ArgumentException>().WithMessage("Expected at least one market share; got none.*");
        }

        [Fact]
        public void LernerFromShare_AndIndustryLerner_AreCowlingWaterson()
        {
            // s = 0.3, |ε| = 1.5: L = 0.2. HHI 0.38, |ε| = 1.9: L = 0.2.
            MarketStructure.LernerFromShare(0.3, -1.5).Should().BeApproximately(0.2, Exact);
            MarketStructure.IndustryLerner(0.38, 1.9).Should().BeApproximately(0.2, Exact);
        }

        [Fact]
        public void IndustryLerner_EqualSharesEqualsCournotLerner()
            => MarketStructure.IndustryLerner(MarketStructure.Hhi(0.2, 0.2, 0.2, 0.2, 0.2), 2)
                .Should().BeApproximately(MarketStructure.CournotLerner(5, 2), Exact);

        [Fact]
        public void LernerFromShare_ShareAboveElasticity_Throws()
        {
            var act = () => MarketStructure.LernerFromShare(0.8, 0.5);

            act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("elasticity");
        }

        [Fact]
        public void IndustryLerner_ZeroHhi_Throws()
        {
            var act = () => MarketStructure.IndustryLerner(0, 1);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in (0, 1]; got 0. (Parameter 'hhi')");
        }

        [Fact]
        public void Property_SharesThatDoNotSumToOneAreRejected()
        {
            Gen.Select(Gen.Double[0.01, 1].Array[1, 6], Gen.Double[1e-4, 0.2], Gen.Bool).Sample(t =>
            {
                var (raw, gap, above) = t;
                var target = above ? 1 + gap : 1 - gap;
                var total = raw.Sum();
                var shares = raw.Select(x => x / total * target).ToArray();
                if (shares.Any(s => s > 1))
                {
                    return;
                }

                var act = () => MarketStructure.Hhi(shares);
                act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("shares");
            });
        }
    }

    public class ConductAndBertrand
    {
        [Fact]
        public void ConductPriceAndOutput_QuarterConduct_EqualFourFirmCournot()
        {
            MarketStructure.ConductPrice(100, 1, 20, 0.25).Should().BeApproximately(36, Exact);
            MarketStructure.ConductOutput(100, 1, 20, 0.25).Should().BeApproximately(64, Exact);
        }

        [Fact]
        public void ConductLerner_IsThetaOverElasticity()
            => MarketStructure.ConductLerner(0.25, -0.5).Should().BeApproximately(0.5, Exact);

        [Fact]
        public void ConductLerner_ThetaAboveElasticity_Throws()
        {
            var act = () => MarketStructure.ConductLerner(1, 0.5);

            act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("elasticity");
        }

        [Fact]
        public void ConductPrice_NegativeConduct_ThrowsNamingConduct()
        {
            var act = () => MarketStructure.ConductPrice(100, 1, 20, -0.1);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [0, 1]; got -0.1. (Parameter 'conduct')");
        }

        [Fact]
        public void HomogeneousBertrandPrice_IsMarginalCost()
            => MarketStructure.HomogeneousBertrandPrice(20).Should().Be(20);

        [Fact]
        public void HomogeneousBertrandPrice_NegativeCost_Throws()
        {
            var act = () => MarketStructure.HomogeneousBertrandPrice(-5);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a non-negative number (>= 0); got -5. (Parameter 'c')");
        }

        [Fact]
        public void DifferentiatedBertrand_StaticsMatchTheType()
        {
            // α = 10, β = 2, γ = 1, c = 1: p = 12/3 = 4, margin 3.
            MarketStructure.DifferentiatedBertrandPrice(10, 2, 1, 1).Should().BeApproximately(4, Exact);
            MarketStructure.DifferentiatedBertrandMargin(10, 2, 1, 1).Should().BeApproximately(3, Exact);
        }
    }

    public class EntryAndSunkCosts
    {
        [Fact]
        public void FreeEntryFirms_MatchesHandCalculation()
        {
            // π(n) = (80/(n + 1))² ≥ F. F = 100: 80/10 − 1 = 7, and π(7) = 100 ≥ 100 > π(8) = 79.0.
            MarketStructure.FreeEntryFirms(100, 1, 20, 100).Should().Be(7);

            // F = 1600 is exactly the monopoly profit: one firm; a cent more and nobody enters.
            MarketStructure.FreeEntryFirms(100, 1, 20, 1600).Should().Be(1);
            MarketStructure.FreeEntryFirms(100, 1, 20, 1600.01).Should().Be(0);
        }

        [Fact]
        public void FreeEntryFirms_ZeroFixedCost_Throws()
        {
            var act = () => MarketStructure.FreeEntryFirms(100, 1, 20, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'fixedCost')");
        }

        [Fact]
        public void SunkCostFirmBound_IsSquareRootOfSizeOverCost()
            => MarketStructure.SunkCostFirmBound(100e9, 4e9).Should().BeApproximately(5, Exact); // √25

        [Fact]
        public void EndogenousSunkCostFirmBound_StaysBelowOneOverRootEscalation()
        {
            // e = 0.04 and σ₀ = 0: √(S/(0.04 S)) = 5 at every size; with σ₀ = 1e9, S = 100e9: √(100/5) = √20.
            MarketStructure.EndogenousSunkCostFirmBound(1e12, 0, 0.04).Should().BeApproximately(5, 1e-9);
            MarketStructure.EndogenousSunkCostFirmBound(100e9, 1e9, 0.04).Should().BeApproximately(Math.Sqrt(20), 1e-9);
        }

        [Fact]
        public void EndogenousSunkCostFirmBound_ZeroEscalation_Throws()
        {
            var act = () => MarketStructure.EndogenousSunkCostFirmBound(1e12, 1e9, 0);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in (0, 1]; got 0. (Parameter 'escalationShare')");
        }

        [Fact]
        public void Property_EndogenousBoundStaysBoundedWhileExogenousGrows()
        {
            Gen.Select(Gen.Double[1e6, 1e15], Gen.Double[0.01, 0.5]).Sample(t =>
            {
                var (size, e) = t;
                MarketStructure.EndogenousSunkCostFirmBound(size, 1e6, e).Should().BeLessThanOrEqualTo((1 / Math.Sqrt(e)) + 1e-9);
                MarketStructure.SunkCostFirmBound(size * 4, 1e6).Should().BeApproximately(2 * MarketStructure.SunkCostFirmBound(size, 1e6), 1e-6 * size);
            });
        }
    }
}
