using System.Text.Json;
using ScalingScenarios.Scenarios;

namespace ScalingScenarios.Tests.Scenarios;

public class ScenarioReportingTests
{
    private static Scenario Model() => Scenario.Parse("""
        {
          "name": "slice",
          "variables": { "market": "uniform(1T, 3T)", "share": "0.1", "slice": "market * share" },
          "outputs": ["slice", "share"],
          "units": { "slice": "USD" },
          "descriptions": { "slice": "A 10% slice" },
          "samples": 2000
        }
        """);

    [Fact]
    public void ToCsv_RawNumbersWithUnitAndDescription()
    {
        var lines = Model().Run().ToCsv().TrimEnd('\n').Split('\n');

        lines[0].Should().Be(string.Join(',', ScenarioResult.CsvColumns));
        lines[1].Should().StartWith("slice,").And.EndWith(",USD,A 10% slice").And.NotContain("$");
        // A constant's min, max and quantiles are the constant itself (its mean and standard deviation carry the
        // accumulation's rounding, so they are not compared here); no unit and no description.
        var share = lines[2].Split(',');
        share[0].Should().Be("share");
        share[3..12].Should().OnlyContain(v => v == "0.1");
        share[12..].Should().Equal("", "");
    }

    [Fact]
    public void ToJson_StatisticsThenUnitAndDescription()
    {
        using var json = JsonDocument.Parse(Model().Run().ToJson());

        var slice = json.RootElement.GetProperty("outputs").GetProperty("slice");
        slice.EnumerateObject().Select(p => p.Name).Should().Equal("mean", "stdDev", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "unit", "description");
        // uniform(1T, 3T) x 0.1 has mean 0.2T; 2,000 samples: standard error 0.1 x 2T / sqrt(12) / sqrt(2000) = 1.3e9.
        slice.GetProperty("mean").GetDouble().Should().BeApproximately(2e11, 7e9);
        json.RootElement.GetProperty("outputs").GetProperty("share").TryGetProperty("unit", out _).Should().BeFalse();
    }

    [Fact]
    public void Sensitivity_RanksTheOnlyRandomInputAndCarriesUnits()
    {
        var analysis = ScenarioSensitivity.Analyze(Model(), "slice");

        analysis.Target.Name.Should().Be("slice");
        analysis.Result.Entries.Select(e => e.LeafName).Should().Equal("market");
        // slice = 0.1 x market exactly, so the ranks agree perfectly.
        analysis.Result.Entries[0].RankCorrelation.Should().BeApproximately(1, 1e-12);
        var csv = analysis.ToCsv().Split('\n');
        csv[0].Should().Be("rank,input,inputP10,inputP90,inputUnit,meanAtP10,meanAtP90,swing,unit,rankCorrelation");
        csv[1].Should().StartWith("1,market,").And.Contain(",USD,");
        using var json = JsonDocument.Parse(analysis.ToJson());
        json.RootElement.GetProperty("unit").GetString().Should().Be("USD");
        json.RootElement.GetProperty("inputs")[0].GetProperty("input").GetString().Should().Be("market");
    }

    [Fact]
    public void Sensitivity_UnknownVariable_SuggestsTheClosest()
    {
        var act = () => ScenarioSensitivity.Analyze(Model(), "slise");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*Did you mean 'slice'?*");
    }
}
