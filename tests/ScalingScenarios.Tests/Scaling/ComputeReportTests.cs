using System.Text.Json;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class ComputeReportTests
{
    [Fact]
    public void ToCsv_WithHardware_HasRawNumbersAndUnits()
    {
        var run = ComputeOptimal.ForParameters(1e11, ChinchillaFit.Hoffmann2022, 20);
        var report = ComputeReport.Create(run, Hardware.Create(Accelerator.H100Sxm, 2.0));

        var lines = report.ToCsv().TrimEnd('\n').Split('\n');

        lines[0].Should().Be("quantity,value,unit,description");
        lines.Should().Contain("parameters,100000000000,parameters,Parameters")
            .And.Contain("trainingFlops,1.2E+24,FLOP,Training FLOPs (6·N·D)");
        // 1.2e24 FLOPs / (989.4e12 FLOP/s x 0.40) = 3.0321407e9 s = 842,261.30 accelerator-hours; x $2 = $1,684,522.61.
        var cost = lines.Single(l => l.StartsWith("trainingCostUsd,", StringComparison.Ordinal)).Split(',');
        double.Parse(cost[1], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(1_684_522.61, 0.01);
        cost[2].Should().Be("USD");
    }

    [Fact]
    public void ToJson_WithoutHardware_LeavesTimeAndCostOut()
    {
        using var json = JsonDocument.Parse(ComputeReport.Create(ComputeOptimal.ForParameters(70e9, ChinchillaFit.Hoffmann2022, 20)).ToJson());

        json.RootElement.TryGetProperty("trainingCostUsd", out _).Should().BeFalse();
        json.RootElement.TryGetProperty("hardware", out _).Should().BeFalse();
        // 70e9 parameters x 20 = 1.4e12 tokens (Chinchilla's own model).
        json.RootElement.GetProperty("tokens").GetDouble().Should().Be(1.4e12);
        json.RootElement.GetProperty("units").GetProperty("loss").GetString().Should().Be("nats/token");
    }

    [Fact]
    public void InferenceFlopsPerToken_WithShape_AddsTheAttentionTerm()
    {
        var run = TrainingRun.Create(175e9, 300e9, ChinchillaFit.Hoffmann2022);

        var report = ComputeReport.Create(run, shape: TransformerShape.Create(96, 2048, 12288));

        // 2N + 2 n_layer n_ctx d_attn = 3.5e11 + 2 x 96 x 2048 x 12288 = 3.5e11 + 4,831,838,208 (Kaplan et al. 2020, Table 1).
        report.InferenceFlopsPerToken.Should().Be(3.5e11 + 4_831_838_208);
        report.BreakEvenInferenceTokens.Should().BeApproximately(run.TrainingFlops / (3.5e11 + 4_831_838_208), 1);
    }
}
