using CsCheck;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class TierLadderTests
{
    private static readonly TierAssumptions Default = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, 2.0));

    [Fact]
    public void Parameters_FourTiersTenTimesApart_WithClaimLabels()
    {
        var ladder = TierLadder.Create(TierBasis.Parameters, Default);

        ladder.Tiers.Select(t => t.Parameters).Should().Equal(1e8, 1e9, 1e10, 1e11);
        ladder.Tiers.Select(t => t.Label).Should().Equal("strong first-year student", "strong undergraduate", "top graduate student", "Nobel-level researcher");
        ladder.Tiers.Should().OnlyContain(t => t.Basis == TierBasis.Parameters);
    }

    [Fact]
    public void Parameters_TenTimesParameters_IsHundredTimesComputeUnderTheTokensRule()
    {
        // Claim C02's arithmetic: with D = 20·N, C = 120·N², so ×10 in N is ×100 in C.
        var ladder = TierLadder.Create(TierBasis.Parameters, Default);

        ladder.Steps.Should().HaveCount(3);
        ladder.Steps.Should().AllSatisfy(s =>
        {
            s.ParametersRatio.Should().BeApproximately(10, 1e-9);
            s.TrainingFlopsRatio.Should().BeApproximately(100, 1e-9);
            s.TrainingCostRatio.Should().BeApproximately(100, 1e-9);
            s.LossDrop.Should().BePositive();
        });
    }

    [Fact]
    public void Parameters_ClosedFormOfEq10_TenTimesParametersIsTenToTheOneOverATimesCompute()
    {
        // On the eq. 10 frontier N ∝ C^a with a = 0.28/0.62, so ×10 N is ×10^(1/a) = ×163.7 compute: more than the rule's ×100.
        var assumptions = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, 2.0), AllocationRule.FitClosedForm);

        var ladder = TierLadder.Create(TierBasis.Parameters, assumptions);

        ladder.Steps.Should().AllSatisfy(s => s.TrainingFlopsRatio.Should().BeApproximately(163.7, 0.1));
    }

    [Fact]
    public void Parameters_TopTier_CostsMillionsNotBillions()
    {
        // 1e11 parameters, 2e12 tokens: C = 1.2e24 FLOPs; / (989.4e12 · 0.40) / 3600 · $2 = $1.68452M.
        var top = TierLadder.Create(TierBasis.Parameters, Default).Tiers[^1];

        top.TrainingFlops.Should().BeApproximately(1.2e24, 1e12);
        top.TrainingCostUsd.Should().BeApproximately(1.68452e6, 1e1);
    }

    [Fact]
    public void TrainingCost_BottomTierIsLargerThanTheParameterReadingsTopTier()
    {
        // The translation caveat made concrete: $1e8 buys 7.12368e25 FLOPs, N = sqrt(C / 120) = 7.7048e11 parameters,
        // more than the parameter reading's top tier (1e11).
        var cost = TierLadder.Create(TierBasis.TrainingCostUsd, Default);

        cost.Tiers[0].Parameters.Should().BeApproximately(7.7048e11, 1e8);
        cost.Tiers[0].Parameters.Should().BeGreaterThan(TierLadder.Create(TierBasis.Parameters, Default).Tiers[^1].Parameters);
        cost.Tiers.Select(t => t.TrainingCostUsd).Should().Equal(1e8, 1e9, 1e10, 1e11);
    }

    [Fact]
    public void TrainingCost_TenTimesDollars_IsSqrtTenTimesParametersUnderTheTokensRule()
    {
        var cost = TierLadder.Create(TierBasis.TrainingCostUsd, Default);

        cost.Steps.Should().AllSatisfy(s =>
        {
            s.TrainingCostRatio.Should().BeApproximately(10, 1e-9);
            s.ParametersRatio.Should().BeApproximately(Math.Sqrt(10), 1e-9);
        });
    }

    [Fact]
    public void Caveat_NamesBothReadingsAndTheBuildersConclusion()
    {
        TierLadder.TranslationCaveat.Should().Contain("parameters").And.Contain("training dollars").And.Contain("4-5 builders");
    }

    [Fact]
    public void Property_TiersAreMonotoneOnBothBases()
    {
        var fits = LossFit.All;
        Gen.Select(Gen.Int[0, fits.Count - 1], Gen.Double[0.2, 0.5], Gen.Double[0.5, 10], Gen.Bool, Gen.Double[1, 100])
            .Sample((f, mfu, price, closedForm, ratio) =>
            {
                var assumptions = TierAssumptions.Create(
                    fits[f], Hardware.Create(Accelerator.H100Sxm, price, mfu), closedForm ? AllocationRule.FitClosedForm : AllocationRule.TokensPerParameter, ratio);
                foreach (var basis in new[] { TierBasis.Parameters, TierBasis.TrainingCostUsd })
                {
                    var ladder = TierLadder.Create(basis, assumptions);
                    ladder.Steps.Should().AllSatisfy(s =>
                    {
                        s.ParametersRatio.Should().BeGreaterThan(1);
                        s.TokensRatio.Should().BeGreaterThan(1);
                        s.TrainingFlopsRatio.Should().BeGreaterThan(1);
                        s.TrainingCostRatio.Should().BeGreaterThan(1);
                        s.LossDrop.Should().BePositive();
                    });
                }
            });
    }

    [Fact]
    public void TierFromParameters_NaN_Throws()
    {
        var act = () => Tier.FromParameters(double.NaN, "x", Default);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got NaN. (Parameter 'parameters')");
    }

    [Fact]
    public void TierFromTrainingCostUsd_Negative_Throws()
    {
        var act = () => Tier.FromTrainingCostUsd(-1e8, "x", Default);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got -100000000. (Parameter 'trainingCostUsd')");
    }

    [Fact]
    public void CreateCustom_NotIncreasing_Throws()
    {
        var act = () => TierLadder.Create(TierBasis.Parameters, [1e9, 1e9], ["a", "b"], Default);

        act.Should().Throw<ArgumentException>().WithMessage("Expected strictly increasing tier values; got 1000000000 after 1000000000. (Parameter 'values')");
    }

    [Fact]
    public void CreateCustom_ZeroValue_Throws()
    {
        var act = () => TierLadder.Create(TierBasis.TrainingCostUsd, [0, 1e9], ["a", "b"], Default);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'values')");
    }

    [Fact]
    public void AssumptionsCreate_GivenTokens_Throws()
    {
        var act = () => TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.A100, 1), AllocationRule.GivenTokens);

        act.Should().Throw<ArgumentException>().WithMessage("Expected TokensPerParameter or FitClosedForm; got GivenTokens. (Parameter 'allocation')");
    }

    [Fact]
    public void AssumptionsCreate_ZeroRatio_Throws()
    {
        var act = () => TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.A100, 1), AllocationRule.TokensPerParameter, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got 0. (Parameter 'tokensPerParameter')");
    }

    [Fact]
    public void Collections_AreReadOnlyViews()
    {
        var ladder = TierLadder.Create(TierBasis.Parameters, Default);

        ladder.Tiers.Should().NotBeAssignableTo<Tier[]>();
        ladder.Steps.Should().NotBeAssignableTo<TierStep[]>();
        LossFit.All.Should().NotBeAssignableTo<LossFit[]>();
    }
}
