using CsCheck;
using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

public class ReliabilityTests
{
    // Powers of decimals in double precision.
    private const double Exact = 1e-12;

    [Fact]
    public void ChainSuccess_TenStepsAtNinetyFive_IsAboutPointSixZero()
    {
        // 0.95² = 0.9025; ^4 = 0.81450625; ^8 = 0.6634204313; × 0.9025 = 0.5987369392.
        Reliability.ChainSuccess(Reliability.DefaultStepReliability, 10).Should().BeApproximately(0.5987369392383789, Exact);
    }

    [Fact]
    public void ChainSuccess_ZeroSteps_IsOne()
        => Reliability.ChainSuccess(0.5, 0).Should().Be(1);

    [Fact]
    public void StepSuccessWithRetries_PerfectDetectorOneRetry_IsOneMinusFailureSquared()
    {
        // d = 1, R = 1: fail only when both attempts fail: 1 − 0.05² = 0.9975; calls 1 + 0.05 = 1.05.
        Reliability.StepSuccessWithRetries(0.95, 1, 1).Should().BeApproximately(0.9975, Exact);
        Reliability.ExpectedCallsPerStep(0.95, 1, 1).Should().BeApproximately(1.05, Exact);
    }

    [Fact]
    public void StepSuccessWithRetries_PartialDetector_MatchesHandSum()
    {
        // d = 0.8, R = 2, q = 0.05 × 0.8 = 0.04: success 0.95 (1 + 0.04 + 0.0016) = 0.98952; calls 1.0416.
        Reliability.StepSuccessWithRetries(0.95, 0.8, 2).Should().BeApproximately(0.98952, Exact);
        Reliability.ExpectedCallsPerStep(0.95, 0.8, 2).Should().BeApproximately(1.0416, Exact);
        Reliability.ChainSuccessWithRetries(0.95, 10, 0.8, 2).Should().BeApproximately(Math.Pow(0.98952, 10), Exact);
        Reliability.ExpectedCallsPerTask(0.95, 10, 0.8, 2).Should().BeApproximately(10.416, 1e-11);
    }

    [Fact]
    public void WithoutDetector_RetriesChangeNothing()
        => Reliability.ChainSuccessWithRetries(0.95, 10, 0, 5).Should().BeApproximately(Reliability.ChainSuccess(0.95, 10), Exact);

    [Fact]
    public void ExpectedCallsPerStep_CertainFailureAndDetection_IsRetriesPlusOne()
        => Reliability.ExpectedCallsPerStep(0, 1, 3).Should().Be(4);

    [Theory]
    [InlineData(0.95, 0.5, 14)] // 0.95^13 = 0.5133 ≥ 0.5 > 0.95^14 = 0.4877
    [InlineData(0.5, 0.25, 3)]  // 0.5² = 0.25 is not below 0.25; 0.5³ is
    [InlineData(0.9, 1, 1)]     // any failure risk falls below certainty at once
    [InlineData(0, 0.5, 1)]
    public void StepsBelowThreshold_MatchesHandCalculation(double p, double threshold, double expected)
        => Reliability.StepsBelowThreshold(p, threshold).Should().Be(expected);

    [Fact]
    public void StepsBelowThreshold_PerfectSteps_IsInfinite()
        => Reliability.StepsBelowThreshold(1, 0.5).Should().Be(double.PositiveInfinity);

    [Fact]
    public void Property_SuccessFallsWithChainLength()
    {
        Gen.Select(Gen.Double[0.01, 0.999], Gen.Double[0, 100], Gen.Double[0.5, 10]).Sample(t =>
        {
            var (p, m, more) = t;
            Reliability.ChainSuccess(p, m + more).Should().BeLessThan(Reliability.ChainSuccess(p, m));
        });
    }

    [Fact]
    public void Property_DetectionNeverHurtsAndStepsBelowThresholdIsExact()
    {
        Gen.Select(Gen.Double[0.01, 0.999], Gen.Double[0, 1], Gen.Double[0, 5], Gen.Double[0.01, 0.99]).Sample(t =>
        {
            var (p, d, r, threshold) = t;
            Reliability.StepSuccessWithRetries(p, d, r).Should().BeGreaterThanOrEqualTo(p - 1e-15);
            var m = Reliability.StepsBelowThreshold(p, threshold);
            Math.Pow(p, m).Should().BeLessThan(threshold);
            if (m > 1)
            {
                Math.Pow(p, m - 1).Should().BeGreaterThanOrEqualTo(threshold);
            }
        });
    }

    [Theory]
    [InlineData(1.5, 10, "stepReliability", "Expected a number in [0, 1]; got 1.5. (Parameter 'stepReliability')")]
    [InlineData(-0.1, 10, "stepReliability", "Expected a number in [0, 1]; got -0.1. (Parameter 'stepReliability')")]
    [InlineData(0.95, -1, "steps", "Expected a non-negative number (>= 0); got -1. (Parameter 'steps')")]
    [InlineData(double.NaN, 10, "stepReliability", "Expected a finite number; got NaN. (Parameter 'stepReliability')")]
    public void ChainSuccess_BadInput_Throws(double p, double m, string param, string message)
    {
        var act = () => Reliability.ChainSuccess(p, m);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == param && e.Message == message);
    }

    [Fact]
    public void StepSuccessWithRetries_RecallAboveOne_Throws()
    {
        var act = () => Reliability.StepSuccessWithRetries(0.95, 1.2, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in [0, 1]; got 1.2. (Parameter 'detectorRecall')");
    }

    [Fact]
    public void StepsBelowThreshold_ZeroThreshold_Throws()
    {
        var act = () => Reliability.StepsBelowThreshold(0.95, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number in (0, 1]; got 0. (Parameter 'threshold')");
    }
}
