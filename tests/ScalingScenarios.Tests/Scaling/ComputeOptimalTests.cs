using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class ComputeOptimalTests
{
    // Table 3's ratios run from 20.0 (400M) to 22.4 (67B on 1.5T); 12% covers the largest gap from the 20:1 rule.
    private const double Table3RatioTolerance = 0.12;

    [Theory]
    [InlineData(400e6, 8.0e9)]
    [InlineData(1e9, 20.2e9)]
    [InlineData(10e9, 205.1e9)]
    [InlineData(67e9, 1.5e12)]
    public void TokensForParameters_HoffmannTable3Rows_AgreeWithTheTwentyToOneRule(double parameters, double table3Tokens)
    {
        // Hoffmann et al. 2022, Table 3 (Approach 1 projections): parameters and compute-optimal training tokens.
        var tokens = ComputeOptimal.TokensForParameters(parameters);

        (tokens / table3Tokens).Should().BeApproximately(1.0, Table3RatioTolerance);
    }

    [Fact]
    public void ForParameters_Chinchilla70B_GivesTheRuleOfThumbTokens()
    {
        // Hoffmann et al. 2022: Chinchilla is 70B parameters on 1.4T tokens, i.e. 20 tokens per parameter.
        var run = ComputeOptimal.ForParameters(70e9, ChinchillaFit.Hoffmann2022);

        run.Tokens.Should().Be(1.4e12);
        run.TokensPerParameter.Should().Be(20);
        run.TrainingFlops.Should().BeApproximately(5.88e23, 1e9);
        run.InferenceFlopsPerToken.Should().Be(140e9);
        run.Loss.Should().Be(ChinchillaFit.Hoffmann2022.Loss(70e9, 1.4e12));
        run.Allocation.Should().Be(AllocationRule.TokensPerParameter);
    }

    [Fact]
    public void ForBudget_ByRule_SpendsTheBudgetAtTwentyTokensPerParameter()
    {
        // N = sqrt(C / 120): for C = 5.88e23, N = sqrt(4.9e21) = 7e10.
        var run = ComputeOptimal.ForBudget(5.88e23, ChinchillaFit.Hoffmann2022, 20);

        run.Parameters.Should().BeApproximately(70e9, 1);
        run.Tokens.Should().BeApproximately(1.4e12, 1e2);
    }

    [Fact]
    public void ForBudget_ClosedForm_SpendsExactlyTheBudget()
    {
        var run = ComputeOptimal.ForBudget(5.76e23, ChinchillaFit.Hoffmann2022);

        run.TrainingFlops.Should().BeApproximately(5.76e23, 5.76e23 * 1e-12);
        run.Parameters.Should().Be(ChinchillaFit.Hoffmann2022.OptimalParameters(5.76e23));
        run.Allocation.Should().Be(AllocationRule.FitClosedForm);
        run.Fit.Should().BeSameAs(ChinchillaFit.Hoffmann2022);
    }

    [Fact]
    public void ForBudget_ClosedFormHoffmann2022_GopherBudget_MatchesHandCalculation()
    {
        // N_opt = G · (C/6)^(0.28/0.62) = 1.34471 · (9.6e22)^0.451613 = 1.34471 · 2.39379e10 = 3.2190e10.
        var run = ComputeOptimal.ForBudget(5.76e23, ChinchillaFit.Hoffmann2022);

        run.Parameters.Should().BeApproximately(3.2190e10, 1e7);
    }

    [Fact]
    public void ForBudgetUsd_TurnsDollarsIntoFlopsThroughHardware()
    {
        // $1e8 at $2/H100-hour and 40% MFU: 5e7 h · 3600 s · 3.9576e14 FLOP/s = 7.12368e25 FLOPs.
        var hardware = Hardware.Create(Accelerator.H100Sxm, 2.0);

        var run = ComputeOptimal.ForBudgetUsd(1e8, hardware, ChinchillaFit.Hoffmann2022, 20);

        run.TrainingFlops.Should().BeApproximately(7.12368e25, 1e20);
        run.CostUsd(hardware).Should().BeApproximately(1e8, 1e-3);
    }

    [Fact]
    public void TokensForParameters_Default_IsTwentyTimes() => ComputeOptimal.TokensForParameters(1e9).Should().Be(2e10);

    [Fact]
    public void ParametersForBudget_InvalidRatio_Throws()
    {
        var act = () => ComputeOptimal.ParametersForBudget(1e24, double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got NaN. (Parameter 'tokensPerParameter')");
    }

    [Fact]
    public void ForBudget_ZeroBudget_Throws()
    {
        var act = () => ComputeOptimal.ForBudget(0, ChinchillaFit.Hoffmann2022);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'trainingFlops')");
    }

    [Fact]
    public void TrainingRunCreate_InvalidTokens_Throws()
    {
        var act = () => TrainingRun.Create(1e9, double.PositiveInfinity, ChinchillaFit.Hoffmann2022);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got Infinity. (Parameter 'tokens')");
    }

    [Fact]
    public void TrainingRunCreate_NullFit_Throws()
    {
        var act = () => TrainingRun.Create(1e9, 2e10, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("fit");
    }
}
