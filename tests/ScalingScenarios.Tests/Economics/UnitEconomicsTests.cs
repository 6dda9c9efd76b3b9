using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class UnitEconomicsTests
{
    // Products of decimal inputs; differences are rounding only.
    private const double Exact = 1e-12;

    public class NewGrossMargin
    {
        [Theory]
        [InlineData(0.10, 0.46)] // 1 − 0.6 × 0.9
        [InlineData(0.20, 0.52)] // 1 − 0.6 × 0.8
        [InlineData(0.30, 0.58)] // 1 − 0.6 × 0.7
        public void ModelMakerAllInference_InterviewCases(double gain, double expected)
            => UnitEconomics.NewGrossMargin(UnitEconomics.DefaultModelGrossMargin, gain, 1).Should().BeApproximately(expected, Exact);

        [Fact]
        public void Application_TwentyPercentGain_MatchesHandCalculation()
        {
            // m = 0.55, inference 0.30 of revenue = 0.30/0.45 = 2/3 of cost; 1 − 0.45 × (1 − 0.2 × 2/3) = 1 − 0.39 = 0.61.
            var k = UnitEconomics.DefaultApplicationInferenceShareOfRevenue / (1 - UnitEconomics.DefaultApplicationGrossMargin);

            UnitEconomics.NewGrossMargin(UnitEconomics.DefaultApplicationGrossMargin, 0.2, k).Should().BeApproximately(0.61, Exact);
        }

        [Fact]
        public void UpliftAndProfitUplift_MatchHandCalculation()
        {
            // (1 − 0.4) × 0.2 × 1 = 0.12 margin points; 0.12 / 0.40 = +30% gross profit.
            UnitEconomics.GrossMarginUplift(0.4, 0.2, 1).Should().BeApproximately(0.12, Exact);
            UnitEconomics.GrossProfitUplift(0.4, 0.2, 1).Should().BeApproximately(0.30, Exact);
        }

        [Fact]
        public void NegativeMargin_IsAllowed()
            => UnitEconomics.NewGrossMargin(-0.5, 0.2, 1).Should().BeApproximately(-0.2, Exact); // 1 − 1.5 × 0.8

        [Fact]
        public void Property_MarginsRiseWithInferenceSavings()
        {
            Gen.Select(Gen.Double[-1, 0.99], Gen.Double[0, 0.9], Gen.Double[0.001, 0.1], Gen.Double[0.01, 1]).Sample(t =>
            {
                var (m, s, more, k) = t;
                UnitEconomics.NewGrossMargin(m, s + more, k).Should().BeGreaterThan(UnitEconomics.NewGrossMargin(m, s, k));
            });
        }

        [Theory]
        [InlineData(1.1, 0.2, 1, "grossMargin", "Expected a number <= 1; got 1.1. (Parameter 'grossMargin')")]
        [InlineData(0.4, -0.1, 1, "gain", "Expected a number in [0, 1]; got -0.1. (Parameter 'gain')")]
        [InlineData(0.4, 0.2, 2, "inferenceShareOfCost", "Expected a number in [0, 1]; got 2. (Parameter 'inferenceShareOfCost')")]
        [InlineData(double.NaN, 0.2, 1, "grossMargin", "Expected a finite number; got NaN. (Parameter 'grossMargin')")]
        public void BadInput_Throws(double m, double s, double k, string param, string message)
        {
            var act = () => UnitEconomics.NewGrossMargin(m, s, k);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
        }
    }

    public class Statics
    {
        [Fact]
        public void BreakEvenVolume_IsFixedCostOverUnitMargin()
            => UnitEconomics.BreakEvenVolume(1e9, 15, 9).Should().BeApproximately(1e9 / 6, 1e-3);

        [Fact]
        public void BreakEvenVolume_PriceNotAboveCost_IsInfinite()
            => UnitEconomics.BreakEvenVolume(1e9, 9, 9).Should().Be(double.PositiveInfinity);

        [Fact]
        public void BreakEvenVolume_NoFixedCost_IsZero()
            => UnitEconomics.BreakEvenVolume(0, 9, 12).Should().Be(0);

        [Fact]
        public void BreakEvenVolume_NegativePrice_Throws()
        {
            var act = () => UnitEconomics.BreakEvenVolume(1e9, -15, 9);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got -15. (Parameter 'price')");
        }

        [Fact]
        public void ProfitAverageCostMarginAndFixedShare_MatchHandCalculation()
        {
            // F = 100, p = 10, c = 4, Q = 50: profit 6 × 50 − 100 = 200; average 100/50 + 4 = 6;
            // margin 1 − 4/10 = 0.6; fixed share 100/(100 + 200) = 1/3.
            UnitEconomics.ProfitOf(100, 10, 4, 50).Should().Be(200);
            UnitEconomics.AverageCostFrom(100, 4, 50).Should().Be(6);
            UnitEconomics.GrossMarginFrom(10, 4).Should().BeApproximately(0.6, Exact);
            UnitEconomics.FixedCostShareFrom(100, 4, 50).Should().BeApproximately(1.0 / 3, Exact);
            UnitEconomics.FixedCostShareFrom(0, 0, 50).Should().Be(0);
        }

        [Fact]
        public void GrossProfitUplift_ZeroMargin_Throws()
        {
            var act = () => UnitEconomics.GrossProfitUplift(0, 0.2, 1);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in (0, 1]; got 0. (Parameter 'grossMargin')");
        }

        [Fact]
        public void Property_FixedShareFallsAsVolumeGrows()
        {
            Gen.Select(Gen.Double[1, 1e9], Gen.Double[0.01, 100], Gen.Double[1, 1e6], Gen.Double[1.01, 10]).Sample(t =>
            {
                var (f, c, q, factor) = t;
                UnitEconomics.FixedCostShareFrom(f, c, q * factor).Should().BeLessThan(UnitEconomics.FixedCostShareFrom(f, c, q));
            });
        }
    }

    public class Instance
    {
        [Fact]
        public void FrontierModelExample_MatchesHandCalculation()
        {
            // F = 1e9, p = 15, c = 15 × 0.6 = 9, Q = 2e8: revenue 3e9, gross profit 1.2e9, profit 2e8,
            // average cost 1e9/2e8 + 9 = 14, break-even 1e9/6, fixed share 1e9/(1e9 + 1.8e9) = 5/14.
            var e = UnitEconomics.FrontierModelExample;

            e.Revenue.Should().BeApproximately(3e9, 1e-3);
            e.GrossProfit.Should().BeApproximately(1.2e9, 1e-3);
            e.Profit.Should().BeApproximately(2e8, 1e-3);
            e.GrossMargin.Should().BeApproximately(0.4, Exact);
            e.OperatingMargin.Should().BeApproximately(2e8 / 3e9, Exact);
            e.AverageCost.Should().BeApproximately(14, Exact);
            e.BreakEvenUnits.Should().BeApproximately(1e9 / 6, 1e-3);
            e.FixedCostShare.Should().BeApproximately(5.0 / 14, Exact);
        }

        [Fact]
        public void WithInferenceGain_TwentyPercent_RaisesMarginToFiftyTwoPercent()
        {
            // c' = 9 × 0.8 = 7.2; margin 1 − 7.2/15 = 0.52; profit 7.8 × 2e8 − 1e9 = 5.6e8 (2.8× the 2e8 before).
            var after = UnitEconomics.FrontierModelExample.WithInferenceGain(0.2);

            after.UnitCost.Should().BeApproximately(7.2, Exact);
            after.GrossMargin.Should().BeApproximately(0.52, Exact);
            after.Profit.Should().BeApproximately(5.6e8, 1e-3);
            after.GrossMargin.Should().BeApproximately(UnitEconomics.NewGrossMargin(0.4, 0.2, 1), Exact);
        }

        [Fact]
        public void WithInferenceGain_PartialInferenceShare_UpdatesTheShare()
        {
            // k = 0.5, s = 0.2: c' = c × 0.9; inference is now 0.5 × 0.8 / 0.9 = 4/9 of the unit cost.
            var e = UnitEconomics.Create(0, 10, 6, 1, 0.5).WithInferenceGain(0.2);

            e.UnitCost.Should().BeApproximately(5.4, Exact);
            e.InferenceShareOfUnitCost.Should().BeApproximately(4.0 / 9, Exact);
        }

        [Fact]
        public void WithVolume_ChangesOnlyVolume()
            => UnitEconomics.FrontierModelExample.WithVolume(1e9 / 6).Profit.Should().BeApproximately(0, 1e-3);

        [Theory]
        [InlineData(-1, 15, 9, 1, 1, "fixedCost", "Expected a non-negative number (>= 0); got -1. (Parameter 'fixedCost')")]
        [InlineData(1, -15, 9, 1, 1, "price", "Expected a positive number (> 0); got -15. (Parameter 'price')")]
        [InlineData(1, 15, -9, 1, 1, "unitCost", "Expected a non-negative number (>= 0); got -9. (Parameter 'unitCost')")]
        [InlineData(1, 15, 9, 0, 1, "volume", "Expected a positive number (> 0); got 0. (Parameter 'volume')")]
        [InlineData(1, 15, 9, 1, 1.5, "inferenceShareOfUnitCost", "Expected a number in [0, 1]; got 1.5. (Parameter 'inferenceShareOfUnitCost')")]
        [InlineData(double.PositiveInfinity, 15, 9, 1, 1, "fixedCost", "Expected a finite number; got Infinity. (Parameter 'fixedCost')")]
        public void Create_BadInput_ThrowsNamingParameterAndValue(double f, double p, double c, double q, double k, string param, string message)
        {
            var act = () => UnitEconomics.Create(f, p, c, q, k);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
        }

        [Fact]
        public void WithInferenceGain_AboveOne_Throws()
        {
            var act = () => UnitEconomics.FrontierModelExample.WithInferenceGain(1.2);

            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [0, 1]; got 1.2. (Parameter 'gain')");
        }

        [Fact]
        public void InferenceGainCases_AreTheInterviewsThree()
            => UnitEconomics.InferenceGainCases.Should().Equal(0.10, 0.20, 0.30);
    }
}
