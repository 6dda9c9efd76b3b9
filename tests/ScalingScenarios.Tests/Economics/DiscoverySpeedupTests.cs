using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class DiscoverySpeedupTests
{
    // Quotients of small integers.
    private const double Exact = 1e-12;

    [Theory]
    [InlineData(10, 3)]    // 30 / 10
    [InlineData(100, 0.3)] // 30 / 100
    public void YearsAt_Crispr_MatchesHandCalculation(double speedup, double expected)
        => DiscoverySpeedup.YearsAt(DiscoverySpeedup.CrisprYears, speedup).Should().BeApproximately(expected, Exact);

    [Theory]
    [InlineData(5, 20)]  // 100 / 5
    [InlineData(10, 10)] // 100 / 10
    public void SpeedupNeeded_CenturyIntoYears_MatchesHandCalculation(double target, double expected)
        => DiscoverySpeedup.SpeedupNeeded(DiscoverySpeedup.CenturyYears, target).Should().BeApproximately(expected, Exact);

    [Fact]
    public void Interview_TenToHundredAgainstCenturyInFiveToTen_IsConsistentOnTenToTwenty()
    {
        // Needed: 100/10 = 10 to 100/5 = 20. Claimed 10× gives 10 years, 100× gives 1 year.
        // Overlap [max(10, 10), min(100, 20)] = [10, 20]; it covers log(20/10)/log(100/10) = 0.301 of the claimed range.
        var check = DiscoverySpeedup.Interview;

        check.NeededSpeedupLow.Should().BeApproximately(10, Exact);
        check.NeededSpeedupHigh.Should().BeApproximately(20, Exact);
        check.YearsAtClaimedLow.Should().BeApproximately(10, Exact);
        check.YearsAtClaimedHigh.Should().BeApproximately(1, Exact);
        check.OverlapLow.Should().BeApproximately(10, Exact);
        check.OverlapHigh.Should().BeApproximately(20, Exact);
        check.IsConsistent.Should().BeTrue();
        check.ClaimedShareInsideNeeded.Should().BeApproximately(Math.Log10(2), Exact);
        check.ToString().Should().Be("100 years in 5–10 years needs 10–20×; claimed 10–100× gives 10–1 years; overlap 10–20× (consistent)");
    }

    [Fact]
    public void CheckConsistency_DisjointRanges_IsInconsistent()
    {
        // 2–5× cannot compress 100 years into 5–10 (needs 10–20×).
        var check = DiscoverySpeedup.CheckConsistency(2, 5, 100, 5, 10);

        check.IsConsistent.Should().BeFalse();
        check.ClaimedShareInsideNeeded.Should().Be(0);
    }

    [Fact]
    public void CheckConsistency_HighBelowLow_ThrowsNamingHigh()
    {
        var act = () => DiscoverySpeedup.CheckConsistency(100, 10, 100, 5, 10);

        act.Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == "claimedHigh"
                && e.Message == "Expected claimedHigh >= claimedLow; got 10 < 100. (Parameter 'claimedHigh')");
    }

    [Fact]
    public void CheckConsistency_ZeroYears_Throws()
    {
        var act = () => DiscoverySpeedup.CheckConsistency(10, 100, 0, 5, 10);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'years')");
    }

    [Fact]
    public void YearsAt_ZeroSpeedup_Throws()
    {
        var act = () => DiscoverySpeedup.YearsAt(30, 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == "speedup"
                && e.Message == "Expected a positive number (> 0); got 0. (Parameter 'speedup')");
    }

    [Fact]
    public void SpeedupNeeded_NegativeYears_Throws()
    {
        var act = () => DiscoverySpeedup.SpeedupNeeded(-100, 5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a non-negative number (>= 0); got -100. (Parameter 'years')");
    }
}
