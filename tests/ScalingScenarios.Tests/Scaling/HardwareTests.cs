using CsCheck;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class HardwareTests
{
    private static readonly Hardware H100AtForty = Hardware.Create(Accelerator.H100Sxm, usdPerAcceleratorHour: 2.0, modelFlopsUtilization: 0.40, acceleratorCount: 1000);

    [Fact]
    public void Presets_CarryDatasheetPeaks()
    {
        // NVIDIA datasheets list BF16 Tensor Core at 1,979 (H100 SXM) and 624 (A100) TFLOP/s with sparsity, dense being half:
        // 989.4 (NVIDIA's unrounded dense H100 value) and 312 TFLOP/s.
        Accelerator.H100Sxm.PeakFlopsPerSecond.Should().Be(989.4e12);
        Accelerator.A100.PeakFlopsPerSecond.Should().Be(312e12);
    }

    [Fact]
    public void MfuConstants_ArePalmTable3Values()
    {
        // Chowdhery et al. 2022 (PaLM), Table 3: model FLOPs utilization of GPT-3 21.3% and PaLM 540B 46.2%.
        Hardware.Gpt3ModelFlopsUtilization.Should().Be(0.213);
        Hardware.PalmModelFlopsUtilization.Should().Be(0.462);
    }

    [Fact]
    public void CostUsd_DeepSeekV3Table1_2_788MillionGpuHoursAtTwoDollars_Is5_576Million()
    {
        // DeepSeek-V3 technical report, Table 1: 2.788M H800 GPU-hours at $2 per GPU-hour = $5.576M.
        var flops = 2.788e6 * 3600 * H100AtForty.EffectiveFlopsPerSecondPerAccelerator;

        H100AtForty.AcceleratorHours(flops).Should().BeApproximately(2.788e6, 1e-3);
        H100AtForty.CostUsd(flops).Should().BeApproximately(5.576e6, 1e-3);
    }

    [Fact]
    public void AcceleratorHours_ChinchillaCompute_MatchesHandCalculation()
    {
        // 5.88e23 FLOPs / (989.4e12 · 0.40 FLOP/s) = 1.485749e9 s = 412,708 GPU-hours; on 1000 GPUs 17.196 days.
        H100AtForty.AcceleratorHours(5.88e23).Should().BeApproximately(412_708, 1);
        H100AtForty.WallClockDays(5.88e23).Should().BeApproximately(17.196, 1e-3);
    }

    [Fact]
    public void Property_FlopsForBudget_InvertsCostUsd()
    {
        Gen.Select(Gen.Double[3, 12], Gen.Double[0.2, 0.5], Gen.Double[0.5, 10])
            .Sample((logUsd, mfu, price) =>
            {
                var hardware = Hardware.Create(Accelerator.A100, price, mfu, 64);
                var usd = Math.Pow(10, logUsd);
                hardware.CostUsd(hardware.FlopsForBudget(usd)).Should().BeApproximately(usd, usd * 1e-12);
            });
    }

    [Theory]
    [InlineData(double.NaN, 0.4, 1, "usdPerAcceleratorHour", "Expected a finite number; got NaN. (Parameter 'usdPerAcceleratorHour')")]
    [InlineData(0.0, 0.4, 1, "usdPerAcceleratorHour", "Expected a positive number (> 0); got 0. (Parameter 'usdPerAcceleratorHour')")]
    [InlineData(2.0, 0.0, 1, "modelFlopsUtilization", "Expected a number in (0, 1]; got 0. (Parameter 'modelFlopsUtilization')")]
    [InlineData(2.0, 1.5, 1, "modelFlopsUtilization", "Expected a number in (0, 1]; got 1.5. (Parameter 'modelFlopsUtilization')")]
    [InlineData(2.0, double.PositiveInfinity, 1, "modelFlopsUtilization", "Expected a finite number; got Infinity. (Parameter 'modelFlopsUtilization')")]
    [InlineData(2.0, 0.4, 0, "acceleratorCount", "Expected an integer >= 1; got 0. (Parameter 'acceleratorCount')")]
    public void Create_InvalidInput_ThrowsWithExactMessage(double price, double mfu, int count, string paramName, string message)
    {
        var act = () => Hardware.Create(Accelerator.H100Sxm, price, mfu, count);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Should().Match<ArgumentOutOfRangeException>(e => e.ParamName == paramName && e.Message == message);
    }

    [Fact]
    public void FlopsForBudget_NegativeBudget_Throws()
    {
        var act = () => H100AtForty.FlopsForBudget(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a positive number (> 0); got -1. (Parameter 'budgetUsd')");
    }

    [Fact]
    public void AcceleratorCreate_InvalidPeak_Throws()
    {
        var act = () => Accelerator.Create("TPU", double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a finite number; got NaN. (Parameter 'peakFlopsPerSecond')");
    }

    [Fact]
    public void AcceleratorFromKey_Unknown_ThrowsListingKeys()
    {
        var act = () => Accelerator.FromKey("b200");

        act.Should().Throw<KeyNotFoundException>().WithMessage("Expected one of the accelerators h100, a100; got 'b200'.");
    }

    [Fact]
    public void With_ReturnsChangedCopy()
    {
        var cheaper = H100AtForty.WithUsdPerAcceleratorHour(1.0);

        cheaper.CostUsd(1e24).Should().BeApproximately(H100AtForty.CostUsd(1e24) / 2, 1e-6);
        H100AtForty.UsdPerAcceleratorHour.Should().Be(2.0);
    }
}
