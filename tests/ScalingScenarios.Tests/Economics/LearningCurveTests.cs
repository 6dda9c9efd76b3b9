using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class LearningCurveTests
{
    // Logarithms and powers in double precision: 1e-12 relative is ample.
    private const double Exact = 1e-12;

    [Fact]
    public void Wright_TwentyPercent_HasExponentMinusLog2OfPointEight()
    {
        // b = −log₂(0.8) = −ln 0.8 / ln 2 = 0.22314355 / 0.69314718 = 0.32192809.
        var curve = LearningCurve.Wright(0.20);

        curve.Exponent.Should().BeApproximately(0.3219280948873623, Exact);
        curve.ProgressRatio.Should().BeApproximately(0.8, Exact);
    }

    [Fact]
    public void PriceAfterDoublings_Three_IsPointFiveOneTwo()
        => LearningCurve.Wright(0.20).PriceAfterDoublings(3).Should().BeApproximately(0.512, Exact); // 0.8³

    [Fact]
    public void DoublingsForPriceDrop_TenFold_IsLnTenOverLnOnePointTwoFive()
    {
        // ln 10 / −ln 0.8 = 2.302585 / 0.223144 = 10.3189; the volume must grow 2^10.3189 ≈ 1277-fold.
        var curve = LearningCurve.SolarPv;

        curve.DoublingsForPriceDrop(10).Should().BeApproximately(Math.Log(10) / Math.Log(1.25), Exact);
        curve.VolumeMultipleForPriceDrop(10).Should().BeApproximately(Math.Pow(10, 1 / curve.Exponent), 1e-9);
        curve.PriceAtVolumeMultiple(curve.VolumeMultipleForPriceDrop(10)).Should().BeApproximately(0.1, Exact);
    }

    [Fact]
    public void PriceAtVolumeMultiple_OneDoubling_IsProgressRatio()
        => LearningCurve.Wright(0.24).PriceAtVolumeMultiple(2).Should().BeApproximately(0.76, Exact);

    [Fact]
    public void FromExponent_RoundTripsTheLearningRate()
        => LearningCurve.FromExponent(LearningCurve.ExponentFromLearningRate(0.2)).LearningRate.Should().BeApproximately(0.2, Exact);

    [Fact]
    public void StaticPriceAfterDoublings_ScalesTheInitialPrice()
        => LearningCurve.PriceAfterDoublings(100, 0.2, 2).Should().BeApproximately(64, Exact);

    [Fact]
    public void Wright_RateOne_ThrowsNamingLearningRate()
    {
        var act = () => LearningCurve.Wright(1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "learningRate"
                && e.Message == "Expected a number in (0, 1); got 1. (Parameter 'learningRate')");
    }

    [Fact]
    public void FromExponent_Negative_ThrowsNamingExponent()
    {
        var act = () => LearningCurve.FromExponent(-0.3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got -0.3. (Parameter 'exponent')");
    }

    [Fact]
    public void DoublingsForPriceDrop_FoldBelowOne_Throws()
    {
        var act = () => LearningCurve.DoublingsForPriceDrop(0.2, 0.5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number >= 1; got 0.5. (Parameter 'fold')");
    }

    [Fact]
    public void PriceAfterDoublings_NegativePrice_Throws()
    {
        var act = () => LearningCurve.PriceAfterDoublings(-1, 0.2, 2);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a non-negative number (>= 0); got -1. (Parameter 'initialPrice')");
    }

    [Fact]
    public void Property_PriceFallsWithEveryDoubling()
    {
        Gen.Select(Gen.Double[0.01, 0.6], Gen.Double[0, 30], Gen.Double[0.01, 5]).Sample(t =>
        {
            var (rate, k, more) = t;
            var curve = LearningCurve.Wright(rate);
            curve.PriceAfterDoublings(k + more).Should().BeLessThan(curve.PriceAfterDoublings(k));
        });
    }

    [Fact]
    public void ToString_ShowsRateAndExponent()
        => LearningCurve.SolarPv.ToString().Should().Be("Wright curve: 20% per doubling (b = 0.322)");
}
