using ScalingScenarios.Economics;

namespace ScalingScenarios.Tests.Economics;

/// <summary>
/// The formula language and the uncertainty engine call the static calculators once per sample, so they must not
/// allocate. Counted with the per-thread allocation counter, after a warm-up call (JIT and static constructors).
/// </summary>
public class AllocationTests
{
    // A span over constants at the call site can allocate in unoptimized code (the runtime's field handle), so the
    // shares live in an array made once; the measurement is of Hhi itself.
    private static readonly double[] Shares = [0.5, 0.3, 0.2];

    private static double CallEveryStaticFormula()
    {
        var sum = 0.0;
        sum += MarketStructure.CournotFirmOutput(100, 1, 20, 4);
        sum += MarketStructure.CournotIndustryOutput(100, 1, 20, 4);
        sum += MarketStructure.CournotPrice(100, 1, 20, 4);
        sum += MarketStructure.CournotUnitMargin(100, 1, 20, 4);
        sum += MarketStructure.CournotFirmProfit(100, 1, 20, 4);
        sum += MarketStructure.CournotLerner(4, 1);
        sum += MarketStructure.LernerFromShare(0.3, 1.5);
        sum += MarketStructure.IndustryLerner(0.38, 1);
        sum += MarketStructure.Hhi(Shares);
        sum += MarketStructure.ConductPrice(100, 1, 20, 0.25);
        sum += MarketStructure.ConductOutput(100, 1, 20, 0.25);
        sum += MarketStructure.ConductLerner(0.25, 1);
        sum += MarketStructure.HomogeneousBertrandPrice(20);
        sum += MarketStructure.DifferentiatedBertrandPrice(10, 2, 1, 1);
        sum += MarketStructure.DifferentiatedBertrandMargin(10, 2, 1, 1);
        sum += MarketStructure.FreeEntryFirms(100, 1, 20, 100);
        sum += MarketStructure.SunkCostFirmBound(100, 4);
        sum += MarketStructure.EndogenousSunkCostFirmBound(100, 1, 0.04);
        sum += ValueChain.SliceValue(1e12, 0.1);
        sum += ValueChain.RequiredEndRevenue(150e9, 0.5, 0.5);
        sum += LearningCurve.ExponentFromLearningRate(0.2);
        sum += LearningCurve.LearningRateFromExponent(0.3);
        sum += LearningCurve.PriceAfterDoublings(1, 0.2, 3);
        sum += LearningCurve.DoublingsForPriceDrop(0.2, 10);
        sum += PriceDecline.DecayRate(10);
        sum += PriceDecline.PriceAfterYears(10, 10, 2);
        sum += PriceDecline.LifetimeRevenue(1, 2, 3);
        sum += PriceDecline.PerpetualRevenue(1, 2);
        sum += UnitEconomics.NewGrossMargin(0.4, 0.2, 1);
        sum += UnitEconomics.GrossMarginUplift(0.4, 0.2, 1);
        sum += UnitEconomics.GrossProfitUplift(0.4, 0.2, 1);
        sum += UnitEconomics.BreakEvenVolume(1e9, 15, 9);
        sum += UnitEconomics.ProfitOf(1e9, 15, 9, 2e8);
        sum += UnitEconomics.GrossMarginFrom(15, 9);
        sum += UnitEconomics.AverageCostFrom(1e9, 9, 2e8);
        sum += UnitEconomics.FixedCostShareFrom(1e9, 9, 2e8);
        sum += Orchestration.RelativeCostOf(20, 60);
        sum += Orchestration.TaskAccuracy(0.95, 0.9, 4);
        sum += Reliability.ChainSuccess(0.95, 10);
        sum += Reliability.StepSuccessWithRetries(0.95, 0.8, 2);
        sum += Reliability.ExpectedCallsPerStep(0.95, 0.8, 2);
        sum += Reliability.ChainSuccessWithRetries(0.95, 10, 0.8, 2);
        sum += Reliability.ExpectedCallsPerTask(0.95, 10, 0.8, 2);
        sum += Reliability.StepsBelowThreshold(0.95, 0.5);
        sum += DiscoverySpeedup.YearsAt(30, 10);
        sum += DiscoverySpeedup.SpeedupNeeded(100, 5);
        return sum;
    }

    [Fact]
    public void StaticFormulas_ValidInput_AllocateNothing()
    {
        CallEveryStaticFormula();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0.0;
        for (var i = 0; i < 100; i++)
        {
            sum += CallEveryStaticFormula();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        double.IsFinite(sum).Should().BeTrue();
        allocated.Should().Be(0);
    }
}
