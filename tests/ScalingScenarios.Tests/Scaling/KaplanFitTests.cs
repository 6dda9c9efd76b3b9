using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class KaplanFitTests
{
    // Hand calculations below keep six significant figures.
    private const double HandCalculationTolerance = 1e-5;

    [Fact]
    public void Constants_AreThePublishedFits()
    {
        // Kaplan et al. 2020: eq. 1.1 (α_N 0.076, N_c 8.8e13), eq. 1.2 (α_D 0.095, D_c 5.4e13), eq. 1.3 (α_C^min 0.050,
        // C_c^min 3.1e8 PF-days), Table 2 (joint fit: 0.076, 0.103, 6.4e13, 1.8e13), eq. 6.1 and Figure 14 (N = 1.3e9 · C^0.73).
        new[] { KaplanFit.ParameterExponent, KaplanFit.CriticalParameters, KaplanFit.TokenExponent, KaplanFit.CriticalTokens }
            .Should().Equal(0.076, 8.8e13, 0.095, 5.4e13);
        new[] { KaplanFit.ComputeExponent, KaplanFit.CriticalComputePetaflopDays }.Should().Equal(0.050, 3.1e8);
        new[] { KaplanFit.JointParameterExponent, KaplanFit.JointTokenExponent, KaplanFit.JointCriticalParameters, KaplanFit.JointCriticalTokens }
            .Should().Equal(0.076, 0.103, 6.4e13, 1.8e13);
        new[] { KaplanFit.OptimalParametersExponent, KaplanFit.OptimalParametersAtOnePetaflopDay }.Should().Equal(0.73, 1.3e9);
    }

    [Fact]
    public void LossFromParameters_AtCriticalSize_IsOne()
        => KaplanFit.LossFromParameters(KaplanFit.CriticalParameters).Should().BeApproximately(1.0, 1e-15);

    [Fact]
    public void LossFromParameters_70B_MatchesHandCalculationOfEq1_1()
    {
        // (8.8e13 / 70e9)^0.076 = 1257.14^0.076 = exp(0.076 · 7.13660) = exp(0.542382) = 1.720098
        KaplanFit.LossFromParameters(70e9).Should().BeApproximately(1.720098, HandCalculationTolerance);
    }

    [Fact]
    public void LossFromTokens_1_4T_MatchesHandCalculationOfEq1_2()
    {
        // (5.4e13 / 1.4e12)^0.095 = 38.5714^0.095 = exp(0.095 · 3.65249) = exp(0.346986) = 1.414801
        KaplanFit.LossFromTokens(1.4e12).Should().BeApproximately(1.414801, HandCalculationTolerance);
    }

    [Fact]
    public void Loss_Joint_MatchesHandCalculationOfEq1_5()
    {
        // [(6.4e13 / 70e9)^(0.076/0.103) + 1.8e13 / 1.4e12]^0.103
        //   914.286^0.737864 = exp(0.737864 · 6.81813) = exp(5.03086) = 153.065
        //   1.8e13 / 1.4e12 = 12.8571
        //   (153.065 + 12.8571)^0.103 = 165.922^0.103 = exp(0.103 · 5.11153) = 1.692973
        KaplanFit.Kaplan2020.Loss(70e9, 1.4e12).Should().BeApproximately(1.692973, 1e-4);
    }

    [Fact]
    public void Loss_Joint_RecoversSingleVariableFormInTheLimits()
    {
        // Kaplan et al. 2020, section 4: L(N, D → ∞) = (N_c / N)^α_N with the joint constants.
        KaplanFit.Kaplan2020.Loss(1e9, 1e300).Should().BeApproximately(Math.Pow(6.4e13 / 1e9, 0.076), 1e-12);
    }

    [Fact]
    public void LossFromCompute_GopherBudget_MatchesHandCalculationOfEq1_3()
    {
        // 5.76e23 FLOPs = 6666.67 PF-days; (3.1e8 / 6666.67)^0.05 = 46500^0.05 = exp(0.05 · 10.7474) = 1.711483
        KaplanFit.LossFromCompute(5.76e23).Should().BeApproximately(1.711483, HandCalculationTolerance);
    }

    [Fact]
    public void OptimalParameters_OnePetaflopDay_Is1_3Billion()
        => KaplanFit.Kaplan2020.OptimalParameters(TrainingCompute.FlopsPerPetaflopDay).Should().BeApproximately(1.3e9, 1e-3);

    [Fact]
    public void OptimalParameters_TenTimesCompute_Gives10ToThe0_73TimesParameters()
    {
        var fit = KaplanFit.Kaplan2020;

        (fit.OptimalParameters(1e25) / fit.OptimalParameters(1e24)).Should().BeApproximately(Math.Pow(10, 0.73), 1e-9);
    }

    [Fact]
    public void OptimalTrainingFlops_InvertsOptimalParameters()
        => KaplanFit.Kaplan2020.OptimalTrainingFlops(KaplanFit.Kaplan2020.OptimalParameters(3e23)).Should().BeApproximately(3e23, 3e23 * 1e-12);

    [Fact]
    public void LossFromCompute_Zero_Throws()
    {
        var act = () => KaplanFit.LossFromCompute(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'trainingFlops')");
    }

    [Theory]
    [InlineData(double.NaN, "Expected a finite number; got NaN. (Parameter 'parameters')")]
    [InlineData(-1.0, "Expected a positive number (> 0); got -1. (Parameter 'parameters')")]
    public void LossFromParameters_Invalid_Throws(double parameters, string message)
    {
        var act = () => KaplanFit.LossFromParameters(parameters);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void LossFromTokens_Infinite_Throws()
    {
        var act = () => KaplanFit.LossFromTokens(double.PositiveInfinity);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got Infinity. (Parameter 'tokens')");
    }
}
