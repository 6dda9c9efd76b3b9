using ScalingScenarios.Formulas;

namespace ScalingScenarios.Cli.Tests.Commands;

public class FunctionsCommandTests
{
    [Fact]
    public void Functions_Json_ListsEveryCatalogFunction()
    {
        var json = CliRunner.Run("functions", "--format", "json").Json();

        var functions = json.GetProperty("functions");
        functions.GetArrayLength().Should().Be(FormulaFunctions.All.Count);
        var uniform = functions.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "uniform");
        uniform.GetProperty("signature").GetString().Should().Be("uniform(min, max)");
        uniform.GetProperty("category").GetString().Should().Be("distribution");
    }

    [Fact]
    public void Functions_Table_ShowsSignaturesAndTheOperatorTable()
    {
        var result = CliRunner.Run("functions");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("discrete([values], [weights])").And.Contain("max(a, b, ...)").And.Contain("a to b");
    }
}
