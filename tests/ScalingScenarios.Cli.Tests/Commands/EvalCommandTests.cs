using System.Text.RegularExpressions;

namespace ScalingScenarios.Cli.Tests.Commands;

public partial class EvalCommandTests
{
    [Fact]
    public void Eval_DocsExamples_PrintExactlyWhatTheDocsShow()
    {
        // The ```text block under "### `eval EXPR`" in docs/scenarios.md: "$ scaling-scenarios eval "EXPR"" lines, each
        // followed by its output.
        var docs = File.ReadAllText(RepositoryFiles.Path("docs", "scenarios.md"));
        var section = docs[docs.IndexOf("### `eval EXPR`", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```text\n", StringComparison.Ordinal) + 8)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var examples = Prompt().Split(block).Skip(1).ToList();

        examples.Should().HaveCount(3);
        foreach (var example in examples)
        {
            var newline = example.IndexOf('\n', StringComparison.Ordinal);
            var expression = example[..newline].Trim().TrimStart('"').TrimEnd('"');
            var expected = example[(newline + 1)..];

            var result = CliRunner.RunAt(100, "eval", expression);

            result.ExitCode.Should().Be(0);
            result.Error.Should().BeEmpty();
            result.Out.TrimEnd('\n').Should().Be(expected.TrimEnd('\n'), $"docs/scenarios.md shows this output for eval \"{expression}\"");
        }
    }

    [Theory]
    [InlineData("0.95^10", 0.5987369392383787)] // 0.95^10 by hand: 0.95^2 = 0.9025, ^4 = 0.81450625, ^8 = 0.6634204313, x 0.9025 = 0.5987369392.
    [InlineData("chainSuccess(0.95, 10)", 0.5987369392383787)] // the same product: ten steps that each succeed with 0.95 (C10).
    [InlineData("0.1", 0.1)] // a constant is exact, not the mean of 100,000 equal samples
    [InlineData("2 * 3 + 1", 7)]
    public void Eval_Constant_PrintsThePlainValue(string expression, double value)
    {
        var result = CliRunner.Run("eval", expression);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n");
    }

    [Fact]
    public void Eval_UncertainJson_HasTheSummaryNearTheAnalyticMean()
    {
        var json = CliRunner.Run("eval", "0.1 * (1T to 10T)", "--format", "json").Json();

        json.GetProperty("constant").GetBoolean().Should().BeFalse();
        json.GetProperty("samples").GetInt32().Should().Be(100_000);
        var summary = json.GetProperty("summary");
        // Log-normal with 5% = 1T and 95% = 10T: mu = ln sqrt(10) T, sigma = ln 10 / (2 x 1.6449) = 0.69996;
        // mean = exp(mu + sigma^2 / 2) = 3.16228 x 1.27758 = 4.0401T; x 0.1 = 4.0401e11. The sample's standard error is
        // about 3.2e11 / sqrt(1e5) = 1.0e9, so 5 standard errors is 5e9.
        summary.GetProperty("mean").GetDouble().Should().BeApproximately(4.0401e11, 5e9);
        summary.GetProperty("p5").GetDouble().Should().BeApproximately(1e11, 2e9);
        summary.GetProperty("p95").GetDouble().Should().BeApproximately(1e12, 2e10);
    }

    [Fact]
    public void Eval_ConstantJson_HasTheValue()
    {
        var json = CliRunner.Run("eval", "0.95^10", "--format", "json").Json();

        json.GetProperty("constant").GetBoolean().Should().BeTrue();
        json.GetProperty("value").GetDouble().Should().Be(0.5987369392383787);
    }

    [Fact]
    public void Eval_BadFormula_ExitsOneWithACaretUnderTheProblem()
    {
        var result = CliRunner.Run("eval", "0.95^^10");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(
            "error: the expression has 1 error\n"
            + "  character 6: expected a value (a number, a name, a function call, '(' or '['); found '^'.\n"
            + "    0.95^^10\n"
            + "         ^\n");
    }

    [Fact]
    public void Eval_UnknownFunction_SuggestsTheClosest()
        => CliRunner.Run("eval", "chainSucess(0.95, 10)").Error.Should().Contain("Did you mean 'chainSuccess'?");

    [Fact]
    public void Eval_NoExpression_IsAUsageError()
        => CliRunner.Run("eval").ExitCode.Should().Be(2);

    [GeneratedRegex(@"^\$ scaling-scenarios eval ", RegexOptions.Multiline)]
    private static partial Regex Prompt();
}
