using System.Globalization;
using System.Text.Json;
using ScalingScenarios.Scaling;

namespace ScalingScenarios.Tests.Scaling;

public class TierReportTests
{
    private static readonly TierAssumptions Default = TierAssumptions.Create(ChinchillaFit.Hoffmann2022, Hardware.Create(Accelerator.H100Sxm, 2.0));

    [Fact]
    public void ToCsv_BothReadings_IsOneLongTableWithBasisAndUnitColumns()
    {
        var lines = TierReport.Create([TierBasis.Parameters, TierBasis.TrainingCostUsd], Default).ToCsv().TrimEnd('\n').Split('\n');

        lines[0].Should().Be("basis,tier,capability,quantity,value,unit");
        // Per reading: 4 tiers x 9 quantities + 3 steps x 2 ratios = 42 rows.
        lines.Should().HaveCount(1 + 84);
        // Tier 4, parameter reading: 1e11 parameters x 20 tokens each = 2e12 tokens; 6 x 1e11 x 2e12 = 1.2e24 FLOPs.
        lines.Should().Contain("parameters,4,Nobel-level researcher,tokens,2000000000000,tokens")
            .And.Contain("parameters,4,Nobel-level researcher,trainingFlops,1.2E+24,FLOP")
            .And.Contain("parameters,2,strong undergraduate,trainingFlopsRatio,100,x");
        lines.Should().NotContain(l => l.StartsWith("parameters,1,", StringComparison.Ordinal) && l.Contains("Ratio", StringComparison.Ordinal));
    }

    [Fact]
    public void ToCsv_DollarReading_FirstTierCostsItsDefiningValue()
    {
        var row = TierReport.Create([TierBasis.TrainingCostUsd], Default).ToCsv().Split('\n')
            .Single(l => l.StartsWith("trainingCostUsd,1,", StringComparison.Ordinal) && l.Contains(",trainingCostUsd,", StringComparison.Ordinal));

        double.Parse(row.Split(',')[4], CultureInfo.InvariantCulture).Should().BeApproximately(1e8, 1e-3);
        row.Should().EndWith(",USD");
    }

    [Fact]
    public void ToJson_HasUnitsForEveryQuantityAndTheCaveat()
    {
        using var json = JsonDocument.Parse(TierReport.Create([TierBasis.Parameters], Default).ToJson());
        var root = json.RootElement;

        root.GetProperty("basis").GetString().Should().Be("parameters");
        root.GetProperty("caveat").GetString().Should().Be(TierLadder.TranslationCaveat);
        root.GetProperty("units").EnumerateObject().Select(p => p.Name).Should().Equal(TierReport.Quantities.Select(q => q.Quantity));
        root.GetProperty("tiers").GetArrayLength().Should().Be(4);
        root.GetProperty("tiers")[0].TryGetProperty("parametersRatio", out _).Should().BeFalse("tier 1 has no tier below it");
    }

    [Fact]
    public void ToTables_PutTheNotesUnderTheLastTableOnly()
    {
        var tables = TierReport.Create([TierBasis.Parameters, TierBasis.TrainingCostUsd], Default).ToTables();

        tables.Should().HaveCount(2);
        tables[0].Notes.Should().BeEmpty();
        tables[1].Notes.Should().Contain(TierLadder.TranslationCaveat);
    }

    [Fact]
    public void Create_RepeatedReading_Throws()
    {
        var act = () => TierReport.Create([TierBasis.Parameters, TierBasis.Parameters], Default);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("bases");
    }
}
