using ScalingScenarios.Reporting;

namespace ScalingScenarios.Tests.Reporting;

public class TextTableTests
{
    private static TextTable Sample() => new("Tiers", ["Tier", "Params"], [["1", "1e+08"], ["a|b", "1e+09"]], ["note"]);

    [Fact]
    public void ToMarkdown_EscapesPipesAndRightAlignsNumbers()
        => Sample().ToMarkdown().Should().Be("**Tiers**\n\n| Tier | Params |\n|---|---:|\n| 1 | 1e+08 |\n| a\\|b | 1e+09 |\n\n- note\n");

    [Fact]
    public void ToCsv_QuotesCellsWithCommasAndQuotes()
    {
        var table = new TextTable("", ["a", "b"], [["x,y", "say \"hi\""]]);

        table.ToCsv().Should().Be("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    [Fact]
    public void Constructor_RaggedRow_Throws()
    {
        var act = () => new TextTable("", ["a", "b"], [["1"]]);

        act.Should().Throw<ArgumentException>().WithMessage("Expected 2 cells in row 0; got 1.*").Which.ParamName.Should().Be("rows");
    }

    [Fact]
    public void Constructor_CopiesRows()
    {
        var row = new[] { "1", "2" };
        var table = new TextTable("", ["a", "b"], [row]);

        row[0] = "changed";

        table.Rows[0][0].Should().Be("1");
    }

    [Fact]
    public void IsNumeric_DollarAmountsWithScaleWords_AreNumeric()
    {
        var table = new TextTable("", ["Cost", "Label"], [["$16.8k", "B"], ["-$1.5T", "T"], ["59.9%", "k"]]);

        table.IsNumeric(0).Should().BeTrue();
        table.IsNumeric(1).Should().BeFalse("a lone scale letter is a label, not a number");
    }
}
